import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { DeploymentConfig } from '../config';
import { objectLockDays } from '../config/sections/audit';
import { EncryptedBucket, kitBucketArnPrefix } from '../constructs/encrypted-bucket';
import { osakaRecoveryNames } from '../governance/osaka-recovery-names';

export interface OsakaRecoveryStackProps extends StackProps {
  readonly config: DeploymentConfig;
}

/**
 * Recovery inside Japan, in ap-northeast-3 (Osaka): the stack's own rotating key, an
 * object-locked replica bucket that the Tokyo audit bucket replicates into, and the key the
 * conversation table's Osaka replica is encrypted with. Deployed before the Tokyo stacks that
 * refer to it by name.
 */
export class OsakaRecoveryStack extends Stack {
  public readonly key: kms.Key;
  public readonly accessLogsBucket: EncryptedBucket;
  public readonly auditReplica: EncryptedBucket;

  constructor(scope: Construct, id: string, props: OsakaRecoveryStackProps) {
    super(scope, id, props);
    const { config } = props;
    const retain = config.retainData;
    const names = osakaRecoveryNames(config.prefix, config.account);
    const lockDays = objectLockDays(config);

    this.key = new kms.Key(this, 'Key', {
      alias: names.keyAlias,
      description: 'private-ai-jp: Osaka recovery copies (audit-record replica, conversation-table replica, access logs)',
      enableKeyRotation: true,
      rotationPeriod: Duration.days(365),
      pendingWindow: Duration.days(30),
      removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    // S3 server access log delivery writes into the KMS-encrypted access-log bucket.
    const kitBuckets = `${kitBucketArnPrefix(config.prefix)}*`;
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowS3ServerAccessLogDelivery',
        principals: [new iam.ServicePrincipal('logging.s3.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        // Only the kit's buckets are its log sources (confused deputy).
        conditions: { StringEquals: { 'aws:SourceAccount': this.account }, ArnLike: { 'aws:SourceArn': kitBuckets } },
      }),
    );

    this.accessLogsBucket = new EncryptedBucket(this, 'AccessLogs', {
      encryptionKey: this.key,
      isAccessLogBucket: true,
      logSourceBucketArnPattern: kitBuckets,
      retain,
      expireAfterDays: config.retention.logDays,
    });
    const reason = 'This is the Osaka stack\'s server access log destination; logging it to itself would loop.';
    Validations.of(this.accessLogsBucket.bucket.node.defaultChild!).acknowledge(
      { id: 'AwsSolutions-S1', reason },
      { id: 'NIST.800.53.R5-S3BucketLoggingEnabled', reason },
    );

    // Same lock as the source: replicated versions keep the retention they were written with.
    this.auditReplica = new EncryptedBucket(this, 'AuditReplica', {
      encryptionKey: this.key,
      serverAccessLogsBucket: this.accessLogsBucket.bucket,
      retain,
      objectLock: { mode: config.audit.objectLock.mode, days: lockDays },
      expireAfterDays: Math.max(config.retention.auditDays, lockDays),
    });
    (this.auditReplica.bucket.node.defaultChild as s3.CfnBucket).bucketName = names.auditReplicaBucketName;

    new CfnOutput(this, 'AuditReplicaBucketName', { value: this.auditReplica.bucket.bucketName });
    new CfnOutput(this, 'RecoveryKeyArn', { value: this.key.keyArn });
  }
}
