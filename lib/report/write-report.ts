import * as fs from 'node:fs';
import * as path from 'node:path';
import { type BuildReportOptions, type EvidenceReport, buildEvidenceReport } from './build-report';
import { loadAssembly } from './load-assembly';
import { renderHtml } from './render/html';
import { renderJson } from './render/json';
import { renderMarkdown } from './render/markdown';

/** Sub-directory of the cloud assembly the report is written to. */
export const EVIDENCE_DIR = 'evidence';

export interface WrittenReport {
  readonly report: EvidenceReport;
  readonly files: readonly string[];
}

/** Read a cloud assembly and write `<assembly>/evidence/report.{md,html,json}`. */
export function writeEvidenceReport(assemblyDir: string, options: BuildReportOptions = {}): WrittenReport {
  const report = buildEvidenceReport(loadAssembly(assemblyDir), options);
  const outDir = path.join(assemblyDir, EVIDENCE_DIR);
  fs.mkdirSync(outDir, { recursive: true });
  const outputs: [string, string][] = [
    ['report.md', renderMarkdown(report)],
    ['report.html', renderHtml(report)],
    ['report.json', renderJson(report)],
  ];
  const files = outputs.map(([name, content]) => {
    const file = path.join(outDir, name);
    fs.writeFileSync(file, content, 'utf8');
    return file;
  });
  return { report, files };
}
