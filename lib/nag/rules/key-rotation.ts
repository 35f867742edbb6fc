import { CfnResource } from 'aws-cdk-lib';
import { NagRuleCompliance } from 'cdk-nag';
import { ResidencyRule } from './residency-rule';
import { resolvedProperties } from './template-values';

/**
 * Every KMS key rotates. Only symmetric encryption keys (`KeySpec` absent or
 * `SYMMETRIC_DEFAULT`) support automatic rotation, so asymmetric and HMAC
 * keys fail as well; the kit uses none — acknowledge one with a reason if it
 * is ever needed.
 */
export function keyRotation(node: CfnResource) {
  if (node.cfnResourceType !== 'AWS::KMS::Key') return NagRuleCompliance.NOT_APPLICABLE;
  const properties = resolvedProperties(node);
  const symmetric = properties.KeySpec === undefined || properties.KeySpec === 'SYMMETRIC_DEFAULT';
  return symmetric && String(properties.EnableKeyRotation) === 'true'
    ? NagRuleCompliance.COMPLIANT
    : NagRuleCompliance.NON_COMPLIANT;
}
Object.defineProperty(keyRotation, 'name', { value: 'KeyRotation' });

export const KEY_ROTATION: ResidencyRule = {
  name: 'KeyRotation',
  info: 'The KMS key does not have automatic rotation enabled (or is a key type that cannot rotate).',
  explanation:
    'Automatic rotation limits how much data any one key version protects; it is expected by the security baselines the kit is assessed against.',
  create: () => keyRotation,
};
