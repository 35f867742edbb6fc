import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/**
 * The ARN prefix every kit bucket starts with: CloudFormation names them `<stack name
 * lower-cased>-...`, and every kit stack name starts with the config prefix. Append `*` for an
 * `ArnLike` pattern; CloudTrail selectors take it as `startsWith`.
 */
export function kitBucketArnPrefix(prefix: string): string {
  return `arn:aws:s3:::${prefix.toLowerCase()}-`;
}

export interface EncryptedBucketObjectLock {
  /** GOVERNANCE lets a privileged principal shorten retention; COMPLIANCE does not. */
  readonly mode: 'GOVERNANCE' | 'COMPLIANCE';
  /** Default retention of every object version, in days. */
  readonly days: number;
}

export interface EncryptedBucketProps {
  /** Customer-managed key for default encryption. */
  readonly encryptionKey: kms.IKey;
  /**
   * Where server access logs go. Required unless this bucket *is* the access-log bucket.
   * @default - none; only allowed with `isAccessLogBucket: true`
   */
  readonly serverAccessLogsBucket?: s3.IBucket;
  /** Marks the account's access-log destination (it cannot log to itself). @default false */
  readonly isAccessLogBucket?: boolean;
  /**
   * For the access-log bucket: ARN pattern of the buckets whose logs it accepts, the
   * `aws:SourceArn` condition of S3 log delivery (e.g. `arn:aws:s3:::privateaijp-*`).
   * @default the buckets of this bucket's own stack (`arn:aws:s3:::<stack name lower-cased>-*`)
   */
  readonly logSourceBucketArnPattern?: string;
  /** Keep the bucket when the stack is deleted. @default true */
  readonly retain?: boolean;
  /** Days before current objects expire. @default - never */
  readonly expireAfterDays?: number;
  /** Days before noncurrent versions expire. @default 90 */
  readonly noncurrentVersionExpirationDays?: number;
  /** Days before objects move to Infrequent Access. @default 90 */
  readonly transitionToInfrequentAccessDays?: number;
  /** S3 Object Lock default retention. @default - no object lock */
  readonly objectLock?: EncryptedBucketObjectLock;
}

/**
 * The kit's only way to create a bucket: SSE-KMS with a customer-managed key and bucket keys,
 * TLS 1.2+ only, public access blocked, ACLs disabled, versioning, server access logs and
 * lifecycle rules. The security settings are applied after the caller's options, so they cannot
 * be switched off by accident.
 */
export class EncryptedBucket extends Construct {
  public readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: EncryptedBucketProps) {
    super(scope, id);
    if (!props.serverAccessLogsBucket && !props.isAccessLogBucket) {
      throw new Error(`EncryptedBucket ${this.node.path}: serverAccessLogsBucket is required (only the access-log bucket itself may omit it)`);
    }
    if (props.serverAccessLogsBucket && props.isAccessLogBucket) {
      throw new Error(`EncryptedBucket ${this.node.path}: the access-log bucket cannot log to another bucket`);
    }
    if (props.logSourceBucketArnPattern !== undefined && !props.isAccessLogBucket) {
      throw new Error(`EncryptedBucket ${this.node.path}: logSourceBucketArnPattern is for the access-log bucket only`);
    }
    if (props.objectLock && props.expireAfterDays !== undefined && props.expireAfterDays < props.objectLock.days) {
      throw new Error(`EncryptedBucket ${this.node.path}: expireAfterDays (${props.expireAfterDays}) is shorter than the object lock retention (${props.objectLock.days})`);
    }
    const transitionDays = props.transitionToInfrequentAccessDays ?? 90;
    const lifecycleRules: s3.LifecycleRule[] = [
      {
        id: 'tidy-versions-and-uploads',
        abortIncompleteMultipartUploadAfter: Duration.days(7),
        noncurrentVersionExpiration: Duration.days(props.noncurrentVersionExpirationDays ?? 90),
        transitions: [{ storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(transitionDays) }],
        ...(props.expireAfterDays !== undefined ? { expiration: Duration.days(props.expireAfterDays) } : {}),
      },
    ];

    this.bucket = new s3.Bucket(this, 'Bucket', {
      lifecycleRules,
      ...(props.objectLock
        ? {
            objectLockEnabled: true,
            objectLockDefaultRetention:
              props.objectLock.mode === 'COMPLIANCE'
                ? s3.ObjectLockRetention.compliance(Duration.days(props.objectLock.days))
                : s3.ObjectLockRetention.governance(Duration.days(props.objectLock.days)),
          }
        : {}),
      // Guaranteed settings last.
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: props.encryptionKey,
      bucketKeyEnabled: true,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      removalPolicy: props.retain === false ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });
    // Access logging is configured here rather than through the L2's serverAccessLogsBucket: across
    // stacks the L2 adds a bucket-policy statement and a key grant for logging.s3.amazonaws.com
    // without any source condition (a confused deputy); the access-log bucket admits the kit's
    // buckets of this account only.
    if (props.serverAccessLogsBucket) {
      (this.bucket.node.defaultChild as s3.CfnBucket).loggingConfiguration = {
        destinationBucketName: props.serverAccessLogsBucket.bucketName,
        logFilePrefix: `${this.node.path.replace(/\//g, '-')}/`,
      };
    }
    if (props.isAccessLogBucket) {
      this.bucket.addToResourcePolicy(
        new iam.PolicyStatement({
          sid: 'AllowS3ServerAccessLogDeliveryFromTheKitsBuckets',
          principals: [new iam.ServicePrincipal('logging.s3.amazonaws.com')],
          actions: ['s3:PutObject'],
          resources: [this.bucket.arnForObjects('*')],
          conditions: {
            StringEquals: { 'aws:SourceAccount': Stack.of(this).account },
            ArnLike: { 'aws:SourceArn': props.logSourceBucketArnPattern ?? `arn:aws:s3:::${Stack.of(this).stackName.toLowerCase()}-*` },
          },
        }),
      );
    }
    Validations.of(this.bucket.node.defaultChild!).acknowledge({
      id: 'NIST.800.53.R5-S3BucketReplicationEnabled',
      reason: 'Replication is off on purpose: data stays in the region of this bucket, inside Japan (the one replication the kit sets up, of the audit bucket to Osaka with resilience.osaka.enabled, is configured by AuditReplication). Durability comes from S3 multi-AZ storage and versioning.',
    });
  }
}
