import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export interface KitKeysProps {
  /** Alias prefix, e.g. `private-ai-jp`. */
  readonly aliasPrefix: string;
  /** Keep the keys when the stack is deleted. @default true */
  readonly retain?: boolean;
  /** ARN pattern of the buckets whose server access logs the logs key encrypts, e.g. `arn:aws:s3:::privateaijp-*`. */
  readonly logSourceBucketArnPattern: string;
}

/**
 * Customer-managed KMS keys, one per purpose, each rotating yearly.
 * - `dataKey`: buckets, tables, topics, function environments.
 * - `logsKey`: CloudWatch log groups of this account in Tokyo, and the S3 access-log bucket.
 * Key policies keep CDK's default account-root statement (so IAM policies can grant use)
 * and add only the service principals that must encrypt on the account's behalf.
 */
export class KitKeys extends Construct {
  public readonly dataKey: kms.Key;
  public readonly logsKey: kms.Key;

  constructor(scope: Construct, id: string, props: KitKeysProps) {
    super(scope, id);
    const removalPolicy = props.retain === false ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
    const common = {
      enableKeyRotation: true,
      rotationPeriod: Duration.days(365),
      removalPolicy,
      pendingWindow: Duration.days(30),
    } as const;

    this.dataKey = new kms.Key(this, 'DataKey', {
      ...common,
      alias: `alias/${props.aliasPrefix}/data`,
      description: 'private-ai-jp: data at rest (buckets, tables, topics, function environments)',
    });

    this.logsKey = new kms.Key(this, 'LogsKey', {
      ...common,
      alias: `alias/${props.aliasPrefix}/logs`,
      description: 'private-ai-jp: CloudWatch Logs and S3 server access logs',
    });

    const { account } = Stack.of(this);
    admitCloudWatchLogs(this.logsKey);
    // S3 server access log delivery writes into the KMS-encrypted access-log bucket.
    this.logsKey.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowS3ServerAccessLogDelivery',
        principals: [new iam.ServicePrincipal('logging.s3.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        // Confined to the kit's buckets of this account (confused deputy).
        conditions: { StringEquals: { 'aws:SourceAccount': account }, ArnLike: { 'aws:SourceArn': props.logSourceBucketArnPattern } },
      }),
    );
  }
}

/**
 * Let CloudWatch Logs use a key, but only for this account's log groups in this region
 * (encryption-context condition).
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
 */
export function admitCloudWatchLogs(key: kms.Key): void {
  const { account, region } = Stack.of(key);
  key.addToResourcePolicy(
    new iam.PolicyStatement({
      sid: 'AllowCloudWatchLogsForThisAccountsLogGroups',
      principals: [new iam.ServicePrincipal(`logs.${region}.amazonaws.com`)],
      actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
      // In a key policy, "*" means this key.
      resources: ['*'],
      conditions: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:${region}:${account}:log-group:*` } },
    }),
  );
}
