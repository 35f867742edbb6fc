import { CfnResource } from 'aws-cdk-lib';
import { NagRuleCompliance } from 'cdk-nag';
import { PolicyStatement, isAnyPrincipal, policyStatements } from './policy-statements';
import { ResidencyRule } from './residency-rule';
import { flattenToString, isRecord, resolvedProperties } from './template-values';

/**
 * Every bucket policy denies requests that do not use TLS: a Deny statement
 * for all principals, on `s3:*` (or `*`), with condition
 * `Bool: { aws:SecureTransport: false }`, whose resources cover both the
 * bucket (`arn`) and its objects (`arn/*`) — or `*`.
 */
export function bucketPolicyTlsOnly(node: CfnResource) {
  if (node.cfnResourceType !== 'AWS::S3::BucketPolicy') return NagRuleCompliance.NOT_APPLICABLE;
  const statements = policyStatements(resolvedProperties(node).PolicyDocument);
  return statements.some(deniesPlainHttp) ? NagRuleCompliance.COMPLIANT : NagRuleCompliance.NON_COMPLIANT;
}
Object.defineProperty(bucketPolicyTlsOnly, 'name', { value: 'BucketPolicyTlsOnly' });

function deniesPlainHttp(s: PolicyStatement): boolean {
  const secureTransport = isRecord(s.condition?.Bool) ? s.condition.Bool['aws:SecureTransport'] : undefined;
  const allActions = s.actions.some((a) => a === '*' || a.toLowerCase() === 's3:*');
  const coversBucketAndObjects =
    s.resources.includes('*') || s.resources.some((r) => !r.endsWith('/*') && s.resources.includes(`${r}/*`));
  return s.effect === 'Deny'
    && isAnyPrincipal(s)
    && allActions
    && flattenToString(secureTransport) === 'false'
    && coversBucketAndObjects;
}

export const BUCKET_POLICY_TLS_ONLY: ResidencyRule = {
  name: 'BucketPolicyTlsOnly',
  info: 'The bucket policy does not deny requests made without TLS (aws:SecureTransport false) for the bucket and its objects.',
  explanation:
    'Data must be encrypted in transit. A Deny on aws:SecureTransport=false is the only way to make S3 refuse plain-HTTP requests from every principal.',
  create: () => bucketPolicyTlsOnly,
};
