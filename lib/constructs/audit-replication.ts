import { Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface AuditReplicationProps {
  /** The object-locked, SSE-KMS source bucket (Tokyo). */
  readonly source: s3.Bucket;
  /** The key the source objects are encrypted with. */
  readonly sourceKey: kms.IKey;
  /** Name of the object-locked replica bucket (in `destinationRegion`). */
  readonly destinationBucketName: string;
  /** Region of the replica bucket and its key. */
  readonly destinationRegion: string;
  /** Alias of the replica key, e.g. `alias/private-ai-jp/osaka-recovery`. */
  readonly destinationKeyAlias: string;
  /** Its alias ARN, given to S3 as the replica key. */
  readonly destinationKeyAliasArn: string;
}

/**
 * Same-account S3 replication of the audit bucket to its object-locked replica, with the replica
 * encrypted under the destination region's own key. The replication role can read only this
 * bucket's object versions (with their retention and legal hold), decrypt only through S3 in the
 * source region, and write only replicas of this bucket, encrypted through S3 in the destination
 * region under the named key. Delete markers are not replicated, so a deletion in Tokyo never
 * reaches the copy.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/setting-repl-config-perm-overview.html
 */
export class AuditReplication extends Construct {
  public readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: AuditReplicationProps) {
    super(scope, id);
    const { account, region } = Stack.of(this);
    const sourceBucketArn = props.source.bucketArn;
    const destinationBucketArn = `arn:aws:s3:::${props.destinationBucketName}`;

    this.role = new iam.Role(this, 'Role', {
      description: 'S3 replication of the audit bucket to its object-locked replica in Osaka',
      // aws:SourceAccount only: a SourceArn condition on the bucket would make the bucket and the role depend on each other.
      assumedBy: new iam.ServicePrincipal('s3.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': account } } }),
    });
    const policy = new iam.ManagedPolicy(this, 'Policy', {
      description: 'S3 replication of the audit bucket to its Osaka replica',
      roles: [this.role],
      statements: [
        new iam.PolicyStatement({
          sid: 'ReadTheReplicationConfiguration',
          actions: ['s3:GetReplicationConfiguration', 's3:ListBucket'],
          resources: [sourceBucketArn],
        }),
        new iam.PolicyStatement({
          sid: 'ReadSourceVersionsWithTheirLock',
          actions: [
            's3:GetObjectVersionForReplication',
            's3:GetObjectVersionAcl',
            's3:GetObjectVersionTagging',
            's3:GetObjectRetention',
            's3:GetObjectLegalHold',
          ],
          resources: [`${sourceBucketArn}/*`],
        }),
        new iam.PolicyStatement({
          sid: 'WriteReplicasOnly',
          actions: ['s3:ReplicateObject', 's3:ReplicateTags'],
          resources: [`${destinationBucketArn}/*`],
        }),
        new iam.PolicyStatement({
          sid: 'DecryptSourceThroughS3',
          actions: ['kms:Decrypt'],
          resources: [props.sourceKey.keyArn],
          conditions: {
            StringEquals: { 'kms:ViaService': `s3.${region}.amazonaws.com` },
            StringLike: { 'kms:EncryptionContext:aws:s3:arn': [sourceBucketArn, `${sourceBucketArn}/*`] },
          },
        }),
        new iam.PolicyStatement({
          sid: 'EncryptReplicasWithTheDestinationKey',
          actions: ['kms:Encrypt', 'kms:GenerateDataKey'],
          resources: [`arn:aws:kms:${props.destinationRegion}:${account}:key/*`],
          conditions: {
            StringEquals: { 'kms:ViaService': `s3.${props.destinationRegion}.amazonaws.com` },
            'ForAnyValue:StringEquals': { 'kms:ResourceAliases': [props.destinationKeyAlias] },
            StringLike: { 'kms:EncryptionContext:aws:s3:arn': [destinationBucketArn, `${destinationBucketArn}/*`] },
          },
        }),
      ],
    });
    const stack = Stack.of(this);
    const sourceRef = `<${stack.getLogicalId(props.source.node.defaultChild as s3.CfnBucket)}.Arn>`;
    Validations.of(policy).acknowledge(
      {
        id: `AwsSolutions-IAM5[Resource::${sourceRef}/*]`,
        reason: 'Replication reads every object version of the audit bucket; the statement is limited to the read-for-replication actions on this one bucket.',
      },
      {
        id: `AwsSolutions-IAM5[Resource::${destinationBucketArn}/*]`,
        reason: 'Replication writes every replicated version into the replica bucket; the statement is limited to ReplicateObject/ReplicateTags on that one bucket.',
      },
      {
        id: `AwsSolutions-IAM5[Resource::arn:aws:kms:${props.destinationRegion}:${account}:key/*]`,
        reason: 'The Osaka key is known here only by its alias (no cross-region references); kms:ResourceAliases, kms:ViaService S3 in Osaka and the replica bucket encryption context confine the statement to that key.',
      },
    );

    const cfnSource = props.source.node.defaultChild as s3.CfnBucket;
    cfnSource.replicationConfiguration = {
      role: this.role.roleArn,
      rules: [
        {
          id: 'audit-records-to-osaka',
          status: 'Enabled',
          priority: 1,
          filter: { prefix: '' },
          deleteMarkerReplication: { status: 'Disabled' },
          sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: 'Enabled' } },
          destination: {
            bucket: destinationBucketArn,
            encryptionConfiguration: { replicaKmsKeyId: props.destinationKeyAliasArn },
          },
        },
      ],
    };
  }
}
