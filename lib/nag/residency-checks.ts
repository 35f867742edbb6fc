import { CfnResource } from 'aws-cdk-lib';
import { NagMessageLevel, NagPack, NagPackProps } from 'cdk-nag';
import { IConstruct } from 'constructs';
import { LOG_RETENTION_FLOOR_DAYS } from '../config/sections/core';
import { BUCKET_POLICY_TLS_ONLY } from './rules/bucket-policy-tls-only';
import { CUSTOMER_MANAGED_ENCRYPTION } from './rules/customer-managed-encryption';
import { ENDPOINT_POLICY_SCOPED } from './rules/endpoint-policy-scoped';
import { INFERENCE_PROFILE_RESIDENCY } from './rules/inference-profile-residency';
import { japanRegions } from './rules/japan-regions';
import { KEY_ROTATION } from './rules/key-rotation';
import { KNOWLEDGE_BASE_RESIDENCY } from './rules/knowledge-base-residency';
import { LITERAL_REGION } from './rules/literal-region';
import { LOG_RETENTION_FLOOR } from './rules/log-retention-floor';
import { NO_GLOBAL_DATA_PATH } from './rules/no-global-data-path';
import { NO_INTERNET_PATH } from './rules/no-internet-path';
import { OSAKA_RECOVERY_ONLY } from './rules/osaka-recovery-only';
import { ResidencyRule, ResidencyRuleCheck } from './rules/residency-rule';
import { STACK_REGION } from './rules/stack-region';

export interface ResidencyChecksProps extends NagPackProps {
  /**
   * Allow `ap-northeast-3` (Osaka) as a stack region and in resource properties
   * (e.g. the Osaka foundation-model ARNs a `jp.` inference profile routes to).
   * @default true
   */
  readonly allowOsaka?: boolean;
  /**
   * Minimum CloudWatch Logs retention in days.
   * @default 90 (LOG_RETENTION_FLOOR_DAYS)
   */
  readonly minLogRetentionDays?: number;
}

/** Every rule in the pack, in the order of the list. */
export const RESIDENCY_RULES: readonly ResidencyRule[] = [
  STACK_REGION,
  LITERAL_REGION,
  INFERENCE_PROFILE_RESIDENCY,
  NO_GLOBAL_DATA_PATH,
  CUSTOMER_MANAGED_ENCRYPTION,
  KEY_ROTATION,
  NO_INTERNET_PATH,
  BUCKET_POLICY_TLS_ONLY,
  ENDPOINT_POLICY_SCOPED,
  LOG_RETENTION_FLOOR,
  OSAKA_RECOVERY_ONLY,
  KNOWLEDGE_BASE_RESIDENCY,
];

/** The rule names; findings are reported as `Residency-<name>`. */
export const RESIDENCY_RULE_NAMES: readonly string[] = RESIDENCY_RULES.map((r) => r.name);

/** The pack name, and so the rule-id prefix. */
export const RESIDENCY_PACK_NAME = 'Residency';

/** The full rule id for a rule name, e.g. `Residency-StackRegion`, as used with `Validations.acknowledge`. */
export const residencyRuleId = (name: string): string => `${RESIDENCY_PACK_NAME}-${name}`;

/**
 * The kit's data-residency rule pack: everything stays in Japan, encrypted
 * under the app's own keys, with no internet path.
 *
 * @example
 * Validations.of(app).addPlugins(new ResidencyChecks(app, { allowOsaka: config.allowOsaka }));
 */
export class ResidencyChecks extends NagPack {
  public readonly name = RESIDENCY_PACK_NAME;
  private readonly checks: readonly { readonly rule: ResidencyRule; readonly check: ResidencyRuleCheck }[];

  constructor(scope?: IConstruct, props: ResidencyChecksProps = {}) {
    super(scope, props);
    this.packName = RESIDENCY_PACK_NAME;
    const options = {
      allowedRegions: japanRegions(props.allowOsaka ?? true),
      minLogRetentionDays: props.minLogRetentionDays ?? LOG_RETENTION_FLOOR_DAYS,
    };
    this.checks = RESIDENCY_RULES.map((rule) => ({ rule, check: rule.create(options) }));
  }

  protected checkResource(node: CfnResource): void {
    for (const { rule, check } of this.checks) {
      this.applyRule({
        ruleSuffixOverride: rule.name,
        info: rule.info,
        explanation: rule.explanation,
        level: NagMessageLevel.ERROR,
        rule: check,
        node,
      });
    }
  }
}
