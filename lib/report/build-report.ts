import { AREAS, type ChecklistResult, CHECKLIST_ITEMS, type CheckOutcome, STATUSES, type Status } from './checklist';
import { checkA1, checkA2, checkA3, checkA4, checkA5 } from './checks/access-control';
import { checkD1, checkD2, checkD3, checkD4, checkD5 } from './checks/data-protection';
import { checkM1, checkM2, checkM3 } from './checks/monitoring';
import { checkP1, checkP2, checkP3, checkP4, checkP5 } from './checks/usage-policy';
import { checkV1, checkV2 } from './checks/vendor';
import { type CostSummary, fixedMonthlyCost } from './cost';
import { type EvidenceSection, FISC_THEMES } from './fisc';
import { type StoreEncryption, encryptionInventory } from './inventory/encryption';
import { type NetworkInventory, networkInventory } from './inventory/network';
import { type ResidencySummary, residencySummary } from './inventory/residency';
import type { AssemblyModel, Text } from './model';
import { type PolicyGateSummary, policyGateSummary } from './policy-gate';
import { type ReportSource, assemblyHash } from './source';
import { compareText } from './template-query';

/** Every checklist item's check, by item id. */
export const CHECKS: Readonly<Record<string, (model: AssemblyModel) => CheckOutcome>> = {
  'D-1': checkD1,
  'D-2': checkD2,
  'D-3': checkD3,
  'D-4': checkD4,
  'D-5': checkD5,
  'A-1': checkA1,
  'A-2': checkA2,
  'A-3': checkA3,
  'A-4': checkA4,
  'A-5': checkA5,
  'P-1': checkP1,
  'P-2': checkP2,
  'P-3': checkP3,
  'P-4': checkP4,
  'P-5': checkP5,
  'M-1': checkM1,
  'M-2': checkM2,
  'M-3': checkM3,
  'V-1': checkV1,
  'V-2': checkV2,
};

export interface FiscRow {
  readonly id: string;
  readonly theme: Text;
  readonly note: Text;
  readonly items: readonly { readonly id: string; readonly status: Status }[];
  readonly sections: readonly EvidenceSection[];
}

export interface EvidenceReport {
  readonly schemaVersion: 1;
  /** Only when given by the caller (`--date`): the report itself never reads the clock. */
  readonly date?: string;
  /** What the report was built from: the assembly's hash, and the commit and config file when known. */
  readonly source: ReportSource;
  readonly stacks: readonly { readonly name: string; readonly region: string; readonly account: string }[];
  readonly statusCounts: Readonly<Record<Status, number>>;
  readonly checklist: readonly ChecklistResult[];
  readonly residency: ResidencySummary;
  readonly encryption: readonly StoreEncryption[];
  readonly network: NetworkInventory;
  readonly policyGate: PolicyGateSummary;
  readonly cost: CostSummary;
  readonly fisc: readonly FiscRow[];
}

export interface BuildReportOptions {
  /** ISO date printed in the report. @default - none (the output depends on the assembly only) */
  readonly date?: string;
  /** The git commit (and whether tracked files had changed) the assembly was synthesized from. */
  readonly commit?: string;
  readonly uncommittedChanges?: boolean;
  /** The deployment config file name. */
  readonly configFile?: string;
}

export function checklistResults(model: AssemblyModel): ChecklistResult[] {
  return CHECKLIST_ITEMS.map((item) => {
    const outcome = CHECKS[item.id](model);
    return {
      id: item.id,
      area: item.area,
      title: item.title,
      status: outcome.status,
      present: outcome.present,
      missing: outcome.missing,
      guidance: outcome.guidance ?? [],
    };
  });
}

/** Build the whole evidence report from an assembly model. Pure: same model, same report. */
export function buildEvidenceReport(model: AssemblyModel, options: BuildReportOptions = {}): EvidenceReport {
  const checklist = checklistResults(model);
  const statusCounts = Object.fromEntries(STATUSES.map((s) => [s, checklist.filter((c) => c.status === s).length])) as Record<Status, number>;
  const statusOf = (id: string) => checklist.find((c) => c.id === id)!.status;
  return {
    schemaVersion: 1,
    ...(options.date ? { date: options.date } : {}),
    source: {
      assemblySha256: assemblyHash(model),
      ...(options.commit ? { commit: options.commit } : {}),
      ...(options.commit && options.uncommittedChanges ? { uncommittedChanges: true } : {}),
      ...(options.configFile ? { configFile: options.configFile } : {}),
    },
    stacks: model.stacks.map((s) => ({ name: s.name, region: s.region, account: s.account })).sort((a, b) => compareText(a.name, b.name)),
    statusCounts,
    checklist,
    residency: residencySummary(model),
    encryption: encryptionInventory(model),
    network: networkInventory(model),
    policyGate: policyGateSummary(model),
    cost: fixedMonthlyCost(model),
    fisc: FISC_THEMES.map((t) => ({ id: t.id, theme: t.theme, note: t.note, items: t.items.map((id) => ({ id, status: statusOf(id) })), sections: t.sections })),
  };
}

export { AREAS };
