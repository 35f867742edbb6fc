import type { AssemblyModel, ResourceRef, Text } from './model';
import { text } from './model';
import { allResources, asArray, compareRefs, compareText, getPath, isRecord, refOf } from './template-query';

/** The packs of the kit's policy gate, and how their rule ids start. */
export const GATE_PACKS: readonly { readonly name: string; readonly idPrefix: string; readonly description: Text }[] = [
  { name: 'AwsSolutions', idPrefix: 'AwsSolutions-', description: text('cdk-nag AWS Solutions rules', 'cdk-nag AWS Solutions ルール') },
  { name: 'NIST.800.53.R5', idPrefix: 'NIST.800.53.R5-', description: text('cdk-nag NIST 800-53 rev 5 rules', 'cdk-nag NIST 800-53 rev 5 ルール') },
  { name: 'Residency', idPrefix: 'Residency-', description: text("the kit's data-residency rules", 'キット独自のデータ所在ルール') },
  {
    name: 'CfnValidate',
    idPrefix: 'CfnValidate::',
    description: text('strict CloudFormation template validation (warnings are errors)', 'CloudFormation テンプレートの厳格な検証（警告もエラー扱い）'),
  },
];

/** Acknowledgments aws-cdk-lib itself adds for the templates it generates. */
export const BUILT_IN_ACK_PREFIX = 'CloudFormation-Validate::';

export interface Acknowledgment {
  readonly pack: string;
  readonly rule: string;
  readonly resource: ResourceRef;
  readonly reason: string;
}

export interface PackResult {
  readonly pack: string;
  readonly description: Text;
  /** Findings no acknowledgment covers; undefined when the assembly holds no validation report. */
  readonly openFindings?: number;
  readonly openRules: readonly string[];
  readonly acknowledgments: number;
}

export interface PolicyGateSummary {
  /** `validation-report.json` was found in the assembly (written whenever validation plugins run). */
  readonly validationReportFound: boolean;
  readonly packs: readonly PackResult[];
  /** Plugins in the validation report that are not one of the gate's packs. */
  readonly otherPlugins: readonly { readonly name: string; readonly openFindings: number }[];
  readonly ledger: readonly Acknowledgment[];
}

/**
 * Open findings per pack come from `validation-report.json`: CDK writes it whenever validation
 * plugins ran, listing each plugin that failed or had suppressed violations; a pack missing from
 * it had no open findings. The ledger comes from each resource's `Metadata.cdk_nag.rules_to_suppress`.
 */
export function policyGateSummary(model: AssemblyModel): PolicyGateSummary {
  const ledger: Acknowledgment[] = [];
  for (const r of allResources(model)) {
    for (const entry of asArray(getPath(r.resource.Metadata, 'cdk_nag.rules_to_suppress'))) {
      if (!isRecord(entry) || typeof entry.id !== 'string') continue;
      ledger.push({ pack: packOf(entry.id), rule: entry.id, resource: refOf(r), reason: typeof entry.reason === 'string' ? entry.reason : '' });
    }
  }
  ledger.sort((a, b) => compareText(a.pack, b.pack) || compareText(a.rule, b.rule) || compareRefs(a.resource, b.resource) || compareText(a.reason, b.reason));

  const report = model.validationReport;
  const openOf = (name: string) => {
    const plugin = report?.pluginReports.find((p) => p.pluginName === name);
    const rules = plugin ? [...new Set(plugin.violations.map((v) => v.ruleName))].sort(compareText) : [];
    const count = plugin ? plugin.violations.reduce((n, v) => n + Math.max(1, v.constructPaths.length), 0) : 0;
    return { count, rules };
  };
  const packs = GATE_PACKS.map((pack): PackResult => {
    const open = openOf(pack.name);
    return {
      pack: pack.name,
      description: pack.description,
      ...(report ? { openFindings: open.count } : {}),
      openRules: open.rules,
      acknowledgments: ledger.filter((a) => a.pack === pack.name).length,
    };
  });
  const otherPlugins = (report?.pluginReports ?? [])
    .filter((p) => !GATE_PACKS.some((g) => g.name === p.pluginName))
    .map((p) => ({ name: p.pluginName, openFindings: openOf(p.pluginName).count }))
    .sort((a, b) => compareText(a.name, b.name));
  return { validationReportFound: report !== undefined, packs, otherPlugins, ledger };
}

export function packOf(ruleId: string): string {
  if (ruleId.startsWith(BUILT_IN_ACK_PREFIX)) return 'CloudFormation-Validate';
  return GATE_PACKS.find((p) => ruleId.startsWith(p.idPrefix))?.name ?? 'other';
}
