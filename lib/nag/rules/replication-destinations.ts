import { CfnResource, Stack } from 'aws-cdk-lib';
import { concreteStackRegion } from './japan-regions';
import { asList, flattenToString, isRecord, type TemplateValue } from './template-values';

const BUCKET_ARN = /^arn:aws:s3:::([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])$/;

/** The buckets defined anywhere in the app, by their fixed name, with the region of their stack. */
function appBucketRegions(node: CfnResource): Map<string, string | undefined> {
  const regions = new Map<string, string | undefined>();
  for (const c of node.node.root.node.findAll()) {
    if (!CfnResource.isCfnResource(c) || c.cfnResourceType !== 'AWS::S3::Bucket') continue;
    const name = Stack.of(c).resolve((c as unknown as { bucketName?: unknown }).bucketName);
    if (typeof name === 'string') regions.set(name, concreteStackRegion(c));
  }
  return regions;
}

/**
 * Whether every rule of an S3 ReplicationConfiguration copies into a bucket that this app
 * defines, by a fixed name, in a stack whose region is allowed: the only replication whose
 * destination can be proven Japanese from the app itself. A destination in another account, a
 * bucket the app does not define, or one named by a token all fail.
 */
export function replicatesOnlyToAppBucketsIn(node: CfnResource, replication: TemplateValue, allowedRegions: readonly string[]): boolean {
  if (!isRecord(replication)) return false;
  const rules = asList(replication.Rules);
  if (rules.length === 0) return false;
  const buckets = appBucketRegions(node);
  return rules.every((rule) => {
    if (!isRecord(rule) || !isRecord(rule.Destination)) return false;
    const destination = rule.Destination;
    if (destination.Account !== undefined) return false;
    const match = BUCKET_ARN.exec(flattenToString(destination.Bucket));
    if (!match || !buckets.has(match[1])) return false;
    const region = buckets.get(match[1]);
    return region !== undefined && allowedRegions.includes(region);
  });
}
