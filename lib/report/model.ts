/**
 * The plain in-memory model every check reads: the stacks of one cloud assembly with their
 * synthesized templates, and the policy-validation report if synth wrote one.
 */

export interface CfnResourceJson {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
  readonly Metadata?: Record<string, unknown>;
  readonly DependsOn?: unknown;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
  readonly Condition?: string;
}

export interface CfnTemplateJson {
  readonly Description?: string;
  readonly Resources?: Record<string, CfnResourceJson>;
  readonly Outputs?: Record<string, { readonly Value?: unknown; readonly Export?: { readonly Name?: unknown } }>;
  readonly [key: string]: unknown;
}

export interface StackModel {
  /** Stack (artifact) name, e.g. `PrivateAiJp-Foundation`. */
  readonly name: string;
  /** Region from the stack's environment; `unknown-region` for environment-agnostic stacks. */
  readonly region: string;
  readonly account: string;
  readonly template: CfnTemplateJson;
}

/** One violation in `validation-report.json` (the CDK policy-validation report). */
export interface ValidationViolation {
  readonly ruleName: string;
  readonly constructPaths: readonly string[];
}

export interface ValidationPluginReport {
  readonly pluginName: string;
  readonly conclusion: 'success' | 'failure';
  readonly violations: readonly ValidationViolation[];
}

export interface ValidationReport {
  readonly pluginReports: readonly ValidationPluginReport[];
}

export interface AssemblyModel {
  readonly stacks: readonly StackModel[];
  /** Absent when the assembly holds no `validation-report.json` (the policy gate did not run). */
  readonly validationReport?: ValidationReport;
}

/** Every piece of report text exists in both languages. */
export interface Text {
  readonly en: string;
  readonly ja: string;
}

export const text = (en: string, ja: string): Text => ({ en, ja });

/** A resource in one stack, named the way CloudFormation names it. */
export interface ResourceRef {
  readonly stack: string;
  readonly logicalId: string;
  readonly type: string;
}
