import { CfnResource } from 'aws-cdk-lib';
import { NagRuleCompliance } from 'cdk-nag';
import { ResidencyRule, ResidencyRuleCheck, ResidencyRuleOptions } from './residency-rule';
import { resolvedProperties } from './template-values';

/**
 * Log groups keep events for at least the configured floor. No
 * `RetentionInDays` means "never expire", which satisfies the floor. Also
 * covers CDK's `Custom::LogRetention` (the `logRetention` prop of L2 Lambda
 * functions), where `RetentionInDays` is likewise optional.
 */
export function logRetentionFloor(options: Pick<ResidencyRuleOptions, 'minLogRetentionDays'>): ResidencyRuleCheck {
  const check = (node: CfnResource) => {
    if (node.cfnResourceType !== 'AWS::Logs::LogGroup' && node.cfnResourceType !== 'Custom::LogRetention') {
      return NagRuleCompliance.NOT_APPLICABLE;
    }
    const retention = resolvedProperties(node).RetentionInDays;
    if (retention === undefined) return NagRuleCompliance.COMPLIANT;
    const days = Number(retention);
    return Number.isFinite(days) && days >= options.minLogRetentionDays
      ? NagRuleCompliance.COMPLIANT
      : NagRuleCompliance.NON_COMPLIANT;
  };
  return Object.defineProperty(check, 'name', { value: 'LogRetentionFloor' });
}

export const LOG_RETENTION_FLOOR: ResidencyRule = {
  name: 'LogRetentionFloor',
  info: 'The log group keeps events for fewer days than the configured retention floor.',
  explanation:
    'Operational and audit logs are evidence; the kit requires them to be kept for at least the configured floor (90 days by default) so incidents and data-access questions can be answered.',
  create: logRetentionFloor,
};
