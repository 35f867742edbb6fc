import { CfnResource } from 'aws-cdk-lib';
import { NagRuleCompliance } from 'cdk-nag';
import { isAppKmsKey, resolveWithAppKeys } from './kms-key-references';
import { ResidencyRule } from './residency-rule';
import { TemplateValue, asList, isRecord } from './template-values';

type Properties = Record<string, TemplateValue>;
const field = (value: TemplateValue, key: string): TemplateValue => (isRecord(value) ? value[key] : undefined);

/** For each covered type: given resolved properties, is every piece of data encrypted with an app key? */
const ENCRYPTED_WITH_APP_KEY: Record<string, (node: CfnResource, p: Properties) => boolean> = {
  'AWS::S3::Bucket': (node, p) => {
    const rules = asList(field(p.BucketEncryption, 'ServerSideEncryptionConfiguration'));
    return rules.length > 0 && rules.every((rule) => {
      const sse = field(rule, 'ServerSideEncryptionByDefault');
      const algorithm = field(sse, 'SSEAlgorithm');
      return (algorithm === 'aws:kms' || algorithm === 'aws:kms:dsse') && isAppKmsKey(node, field(sse, 'KMSMasterKeyID'));
    });
  },
  'AWS::DynamoDB::Table': (node, p) => {
    const sse = p.SSESpecification;
    return String(field(sse, 'SSEEnabled')) === 'true' && (field(sse, 'SSEType') ?? 'KMS') === 'KMS'
      && isAppKmsKey(node, field(sse, 'KMSMasterKeyId'));
  },
  'AWS::DynamoDB::GlobalTable': (node, p) => {
    const sse = p.SSESpecification;
    const replicas = asList(p.Replicas);
    return String(field(sse, 'SSEEnabled')) === 'true' && field(sse, 'SSEType') === 'KMS' && replicas.length > 0
      && replicas.every((r) => isAppKmsKey(node, field(field(r, 'SSESpecification'), 'KMSMasterKeyId')));
  },
  'AWS::Logs::LogGroup': (node, p) => isAppKmsKey(node, p.KmsKeyId),
  'AWS::SNS::Topic': (node, p) => isAppKmsKey(node, p.KmsMasterKeyId),
  'AWS::SQS::Queue': (node, p) => String(p.SqsManagedSseEnabled) !== 'true' && isAppKmsKey(node, p.KmsMasterKeyId),
  'AWS::SecretsManager::Secret': (node, p) => isAppKmsKey(node, p.KmsKeyId),
  // S3 Vectors: the bucket's SSE-KMS key; an index either inherits it or names an app key too.
  'AWS::S3Vectors::VectorBucket': (node, p) => field(p.EncryptionConfiguration, 'SseType') === 'aws:kms' && isAppKmsKey(node, field(p.EncryptionConfiguration, 'KmsKeyArn')),
  'AWS::S3Vectors::Index': (node, p) => p.EncryptionConfiguration === undefined
    || (field(p.EncryptionConfiguration, 'SseType') === 'aws:kms' && isAppKmsKey(node, field(p.EncryptionConfiguration, 'KmsKeyArn'))),
  // A knowledge base's data source keeps transient ingestion data under this key.
  'AWS::Bedrock::DataSource': (node, p) => isAppKmsKey(node, field(p.ServerSideEncryptionConfiguration, 'KmsKeyArn')),
};

/**
 * Buckets, tables, log groups, topics, queues and secrets are encrypted with
 * a KMS key defined in this app (any stack). AWS-owned and AWS-managed keys
 * (`alias/aws/...`), SSE-S3, SQS-managed SSE, and keys given only as a
 * literal ARN or id fail: the kit must control key policy, rotation and
 * deletion.
 */
export function customerManagedEncryption(node: CfnResource) {
  const encrypted = ENCRYPTED_WITH_APP_KEY[node.cfnResourceType];
  if (encrypted === undefined) return NagRuleCompliance.NOT_APPLICABLE;
  return encrypted(node, resolveWithAppKeys(node)) ? NagRuleCompliance.COMPLIANT : NagRuleCompliance.NON_COMPLIANT;
}
Object.defineProperty(customerManagedEncryption, 'name', { value: 'CustomerManagedEncryption' });

export const CUSTOMER_MANAGED_ENCRYPTION: ResidencyRule = {
  name: 'CustomerManagedEncryption',
  info: 'The bucket, vector bucket, table, log group, topic, queue, secret or knowledge-base data source is not encrypted with a KMS key defined in the app.',
  explanation:
    'Data at rest must be encrypted under keys the kit defines, so that key policy, rotation, residency of the key material and crypto-shredding stay under the operator\'s control. AWS-owned/managed keys, SSE-S3 and SQS-managed SSE do not allow that.',
  create: () => customerManagedEncryption,
};
