import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { admitCloudWatchLogs } from './kit-keys';

/** Key actions that destroy or unlock the audit records; only the key administrators may call them. */
export const AUDIT_KEY_ADMIN_ACTIONS = ['kms:ScheduleKeyDeletion', 'kms:DisableKey', 'kms:PutKeyPolicy', 'kms:DisableKeyRotation'] as const;

export interface AuditKeyProps {
  /** Alias prefix, e.g. `private-ai-jp`; the alias is `<prefix>/audit`. */
  readonly aliasPrefix: string;
  /** Name of the kit's trail: CloudTrail may use the key for this trail only. @default no trail, no CloudTrail statements */
  readonly trailName?: string;
  /** Alarm-name prefix: CloudWatch may publish to the encrypted topic for these alarms only. */
  readonly alarmNamePrefix: string;
  /**
   * Roles that may schedule deletion of the key, disable it, disable its rotation or change its
   * policy: the deployment role (CloudFormation updates the policy on stack updates) and
   * break-glass roles. Denied to every other principal, account administrators included.
   */
  readonly administratorRoleArns: readonly string[];
  /** Keep the key when the stack is deleted. @default true */
  readonly retain?: boolean;
}

/**
 * The customer-managed key of the audit records: CloudTrail files, the trail's and the request
 * audit log groups, Bedrock invocation logs and the alarm topic. Rotates yearly. Besides CDK's
 * account-root statement (so IAM policies can grant use), its policy admits only the service
 * principals that write audit records, each confined to this account's resources. An explicit
 * deny keeps every principal but the named administrator roles from scheduling its deletion,
 * disabling it or changing its policy: with `kms:*` from the account root alone, any IAM
 * administrator could crypto-shred the trail and the invocation logs, Object Lock or not.
 */
export class AuditKey extends Construct {
  public readonly key: kms.Key;

  constructor(scope: Construct, id: string, props: AuditKeyProps) {
    super(scope, id);
    const { account, region } = Stack.of(this);
    if (props.administratorRoleArns.length === 0) {
      throw new Error(`AuditKey ${this.node.path}: administratorRoleArns needs at least the deployment role`);
    }

    this.key = new kms.Key(this, 'Key', {
      alias: `alias/${props.aliasPrefix}/audit`,
      description: 'private-ai-jp: audit records (CloudTrail, request audit log, Bedrock invocation logs, alarm topic)',
      enableKeyRotation: true,
      rotationPeriod: Duration.days(365),
      pendingWindow: Duration.days(30),
      removalPolicy: props.retain === false ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });

    // aws:PrincipalArn of an assumed-role session is the role's ARN, so the roles keep these
    // actions whatever their session name; a missing key (a service principal) is denied too.
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'DenyKeyDestructionExceptToTheKeyAdministrators',
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: [...AUDIT_KEY_ADMIN_ACTIONS],
        resources: ['*'],
        conditions: { ArnNotEquals: { 'aws:PrincipalArn': [...props.administratorRoleArns] } },
      }),
    );

    if (props.trailName !== undefined) this.admitCloudTrail(props.trailName);

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

  /**
   * CloudTrail may encrypt the named trail's files and describe the key, for that trail only.
   * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html
   */
  private admitCloudTrail(trailName: string): void {
    const { account, region } = Stack.of(this);
    const trailArn = `arn:aws:cloudtrail:${region}:${account}:trail/${trailName}`;
    const cloudtrail = new iam.ServicePrincipal('cloudtrail.amazonaws.com');
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowCloudTrailToEncryptThisTrailsLogs',
        principals: [cloudtrail],
        actions: ['kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: {
          StringEquals: { 'aws:SourceArn': trailArn },
          StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${account}:trail/${trailName}` },
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
  }
}
