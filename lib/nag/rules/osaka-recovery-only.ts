import { CfnResource } from 'aws-cdk-lib';
import { NagRuleCompliance } from 'cdk-nag';
import { PARTNER_REGION } from '../../config/sections/core';
import { concreteStackRegion } from './japan-regions';
import { ResidencyRule, ResidencyRuleCheck } from './residency-rule';

/**
 * What a stack in Osaka may hold: the recovery copies and their keys (the kit's Osaka recovery
 * stack). Osaka is otherwise only where `jp.` inference routes; processing and serving stay in
 * Tokyo.
 */
export const OSAKA_RESOURCE_TYPES: readonly string[] = ['AWS::KMS::Key', 'AWS::KMS::Alias', 'AWS::S3::Bucket', 'AWS::S3::BucketPolicy', 'AWS::CDK::Metadata'];

export function osakaRecoveryOnly(): ResidencyRuleCheck {
  const check = (node: CfnResource) => {
    if (concreteStackRegion(node) !== PARTNER_REGION) return NagRuleCompliance.NOT_APPLICABLE;
    return OSAKA_RESOURCE_TYPES.includes(node.cfnResourceType) ? NagRuleCompliance.COMPLIANT : NagRuleCompliance.NON_COMPLIANT;
  };
  return Object.defineProperty(check, 'name', { value: 'OsakaRecoveryOnly' });
}

export const OSAKA_RECOVERY_ONLY: ResidencyRule = {
  name: 'OsakaRecoveryOnly',
  info: 'A stack in ap-northeast-3 holds a resource other than a recovery copy (bucket, bucket policy) or its key.',
  explanation:
    'Osaka is accepted for jp. inference routing and for the recovery copies of the audit records and conversations; the service itself runs in Tokyo.',
  create: osakaRecoveryOnly,
};
