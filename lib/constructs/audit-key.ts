import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { admitCloudWatchLogs } from './kit-keys';

export interface AuditKeyProps {
  /** Alias prefix, e.g. `private-ai-jp`; the alias is `<prefix>/audit`. */
  readonly aliasPrefix: string;
  /** Name of the kit's trail: CloudTrail may use the key for this trail only. */
  readonly trailName: string;
  /** Alarm-name prefix: CloudWatch may publish to the encrypted topic for these alarms only. */
  readonly alarmNamePrefix: string;
  /** Keep the key when the stack is deleted. @default true */
  readonly retain?: boolean;
}

/**
 * The customer-managed key of the audit records: CloudTrail files, the trail's and the request
 * audit log groups, Bedrock invocation logs and the alarm topic. Rotates yearly. Besides CDK's
 * account-root statement (so IAM policies can grant use), its policy admits only the service
 * principals that write audit records, each confined to this account's resources.
 */
export class AuditKey extends Construct {
  public readonly key: kms.Key;

  constructor(scope: Construct, id: string, props: AuditKeyProps) {
    super(scope, id);
    const { account, region } = Stack.of(this);

    this.key = new kms.Key(this, 'Key', {
      alias: `alias/${props.aliasPrefix}/audit`,
      description: 'private-ai-jp: audit records (CloudTrail, request audit log, Bedrock invocation logs, alarm topic)',
      enableKeyRotation: true,
      rotationPeriod: Duration.days(365),
      pendingWindow: Duration.days(30),
      removalPolicy: props.retain === false ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });

    // https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html
    const trailArn = `arn:aws:cloudtrail:${region}:${account}:trail/${props.trailName}`;
    const cloudtrail = new iam.ServicePrincipal('cloudtrail.amazonaws.com');
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowCloudTrailToEncryptThisTrailsLogs',
        principals: [cloudtrail],
        actions: ['kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: {
          StringEquals: { 'aws:SourceArn': trailArn },
          StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${account}:trail/${props.trailName}` },
        },
      }),
    );
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowCloudTrailToDescribeKey',
        principals: [cloudtrail],
        actions: ['kms:DescribeKey'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceArn': trailArn } },
      }),
    );

    admitCloudWatchLogs(this.key);

    // Bedrock writes invocation logs (and, with CloudWatch delivery, large payloads) to the audit bucket.
    // https://docs.aws.amazon.com/bedrock/latest/userguide/model-invocation-logging.html
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowBedrockInvocationLogDeliveryToS3',
        principals: [new iam.ServicePrincipal('bedrock.amazonaws.com')],
        actions: ['kms:GenerateDataKey'],
        resources: ['*'],
        conditions: {
          StringEquals: { 'aws:SourceAccount': account },
          ArnLike: { 'aws:SourceArn': `arn:aws:bedrock:${region}:${account}:*` },
        },
      }),
    );

    // https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowThisStacksAlarmsToPublishToTheEncryptedTopic',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: {
          StringEquals: { 'aws:SourceAccount': account },
          ArnLike: { 'aws:SourceArn': `arn:aws:cloudwatch:${region}:${account}:alarm:${props.alarmNamePrefix}*` },
        },
      }),
    );
  }
}
