import { CfnResource } from 'aws-cdk-lib';
import { NagRuleCompliance } from 'cdk-nag';
import { concreteStackRegion, isAllowedRegion } from './japan-regions';
import { replicatesOnlyToAppBucketsIn } from './replication-destinations';
import { ResidencyRule, ResidencyRuleCheck, ResidencyRuleOptions } from './residency-rule';
import { asList, flattenToString, isRecord, resolveResource } from './template-values';

/** Resource types that are global edges by nature; any instance is a path out of Japan. */
const GLOBAL_TYPES = ['AWS::CloudFront::Distribution', 'AWS::CloudFront::StreamingDistribution', 'AWS::S3::MultiRegionAccessPoint'];
const GLOBAL_TYPE_PREFIXES = ['AWS::GlobalAccelerator::', 'AWS::WAF::' /* WAF Classic (global) */];
const WAF_V2_TYPES = ['AWS::WAFv2::WebACL', 'AWS::WAFv2::IPSet', 'AWS::WAFv2::RuleGroup', 'AWS::WAFv2::RegexPatternSet'];

/**
 * No global edge and no replication out of Japan: CloudFront, CLOUDFRONT-scope
 * WAF (and WAF Classic), Global Accelerator, S3 Multi-Region Access Points,
 * S3 replication unless every destination is a bucket this app defines by a
 * fixed name in a Japanese stack (e.g. the Osaka recovery replica),
 * DynamoDB global-table replicas (and legacy `Custom::DynamoDBReplica`)
 * outside Japan, multi-Region KMS keys, and KMS replica keys in a stack
 * outside Japan.
 */
export function noGlobalDataPath(options: Pick<ResidencyRuleOptions, 'allowedRegions'>): ResidencyRuleCheck {
  const check = (node: CfnResource) => {
    const type = node.cfnResourceType;
    if (GLOBAL_TYPES.includes(type) || GLOBAL_TYPE_PREFIXES.some((p) => type.startsWith(p))) {
      return NagRuleCompliance.NON_COMPLIANT;
    }
    const inJapan = (region: unknown) => isAllowedRegion(flattenToString(region), node, options.allowedRegions);
    const fails = (bad: boolean) => (bad ? NagRuleCompliance.NON_COMPLIANT : NagRuleCompliance.COMPLIANT);
    switch (type) {
      case 'AWS::S3::Bucket': {
        const replication = resolveResource(node).properties.ReplicationConfiguration;
        return fails(replication !== undefined && !replicatesOnlyToAppBucketsIn(node, replication, options.allowedRegions));
      }
      case 'AWS::DynamoDB::GlobalTable': {
        const replicas = asList(resolveResource(node).properties.Replicas).filter(isRecord);
        return fails(replicas.some((r) => !inJapan(r.Region)));
      }
      case 'Custom::DynamoDBReplica':
        return fails(!inJapan(resolveResource(node).properties.Region));
      case 'AWS::KMS::Key':
        return fails(String(resolveResource(node).properties.MultiRegion) === 'true');
      case 'AWS::KMS::ReplicaKey':
        return fails(!inJapan(concreteStackRegion(node) ?? '${?}'));
      default:
        if (WAF_V2_TYPES.includes(type)) {
          return fails(flattenToString(resolveResource(node).properties.Scope) !== 'REGIONAL');
        }
        return NagRuleCompliance.NOT_APPLICABLE;
    }
  };
  return Object.defineProperty(check, 'name', { value: 'NoGlobalDataPath' });
}

export const NO_GLOBAL_DATA_PATH: ResidencyRule = {
  name: 'NoGlobalDataPath',
  info: 'The resource is a global edge (CloudFront, CLOUDFRONT-scope WAF, Global Accelerator) or replicates data (S3, DynamoDB, KMS) to where it may leave Japan.',
  explanation:
    'Global edges terminate and cache traffic at locations worldwide, and cross-region replication copies data or keys out of the region. Neither can be confined to Japan.',
  create: noGlobalDataPath,
};
