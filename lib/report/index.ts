export { type EvidenceReport, buildEvidenceReport, checklistResults, CHECKS } from './build-report';
export { type ChecklistResult, CHECKLIST_ITEMS, STATUSES, type Status } from './checklist';
export { loadAssembly, VALIDATION_REPORT_FILE } from './load-assembly';
export type { AssemblyModel, StackModel } from './model';
export { renderHtml } from './render/html';
export { renderJson } from './render/json';
export { renderMarkdown } from './render/markdown';
export { EVIDENCE_DIR, writeEvidenceReport } from './write-report';
