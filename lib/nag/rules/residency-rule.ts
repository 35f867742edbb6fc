import { CfnResource } from 'aws-cdk-lib';
import { NagRuleResult } from 'cdk-nag';

/** Settings the configurable rules read; derived from `ResidencyChecksProps`. */
export interface ResidencyRuleOptions {
  /** Regions resources may live in or refer to (Tokyo, plus Osaka when allowed). */
  readonly allowedRegions: readonly string[];
  /** Minimum CloudWatch Logs retention in days. */
  readonly minLogRetentionDays: number;
}

/** A rule check: one resource in, a cdk-nag result out. */
export type ResidencyRuleCheck = (node: CfnResource) => NagRuleResult;

/** What the pack needs to apply a rule, and what the evidence report lists. */
export interface ResidencyRule {
  /** The rule id suffix: findings are reported as `Residency-<name>`. */
  readonly name: string;
  /** Why the rule was triggered (short). */
  readonly info: string;
  /** Why the rule exists. */
  readonly explanation: string;
  /** Build the check for the given settings. */
  readonly create: (options: ResidencyRuleOptions) => ResidencyRuleCheck;
}
