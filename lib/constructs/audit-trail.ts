import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { kitBucketArnPrefix } from './encrypted-bucket';

export interface AuditTrailProps {
  /** Trail name; the audit key's policy admits CloudTrail for this name only. */
  readonly trailName: string;
  /** Object-locked audit bucket the log files go to. */
  readonly bucket: s3.IBucket;
  /** Key prefix of the log files in the bucket. @default 'cloudtrail' */
  readonly s3KeyPrefix?: string;
  /** Encrypts the log files and the trail's log group. */
  readonly encryptionKey: kms.IKey;
  /** Retention of the trail's CloudWatch log group (the audit retention). */
  readonly logRetentionDays: number;
  /**
   * Stack-name prefix of the kit (`config.prefix`). Data events are selected by it: CloudFormation
   * names the kit's buckets `<prefix lower-cased>-...` and its functions `<prefix>-...`.
   */
  readonly kitPrefix: string;
  /**
   * Buckets whose object events are never recorded: the trail's own bucket and the access-log
   * bucket. Recording them makes every delivery an event of its own (a documented recursion
   * that floods the trail and costs money). @default none
   */
  readonly excludedBuckets?: readonly s3.IBucket[];
  /**
   * Further ARN prefixes never recorded, for buckets in other stacks or regions that copy the
   * audit records (a replica and its access-log bucket would close the same loop). @default none
   */
  readonly excludedArnPrefixes?: readonly string[];
  /** Record S3 object and Lambda invoke data events of the kit's resources. @default true */
  readonly dataEvents?: boolean;
  /** Keep the log group on stack deletion. @default true */
  readonly retain?: boolean;
}

/**
 * A multi-region CloudTrail trail created in Tokyo: management events from every region (activity
 * outside Japan is recorded, not missed) and global services, data events on the kit's buckets and
 * functions, log-file validation (signed digests), KMS encryption, delivery to the object-locked
 * audit bucket and to a KMS-encrypted log group kept for the audit retention.
 */
export class AuditTrail extends Construct {
  public readonly trail: cloudtrail.Trail;
  public readonly logGroup: logs.LogGroup;
  public readonly trailArn: string;

  constructor(scope: Construct, id: string, props: AuditTrailProps) {
    super(scope, id);
    const { account, region } = Stack.of(this);
    this.trailArn = `arn:aws:cloudtrail:${region}:${account}:trail/${props.trailName}`;

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      encryptionKey: props.encryptionKey,
      retention: props.logRetentionDays as logs.RetentionDays,
      removalPolicy: props.retain === false ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });

    this.trail = new cloudtrail.Trail(this, 'Trail', {
      trailName: props.trailName,
      bucket: props.bucket,
      s3KeyPrefix: props.s3KeyPrefix ?? 'cloudtrail',
      // Guaranteed settings.
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      enableFileValidation: true,
      encryptionKey: props.encryptionKey,
    });

    const cfnTrail = this.trail.node.defaultChild as cloudtrail.CfnTrail;

    // CloudWatch Logs delivery through a role of our own (instead of the Trail construct's), so the
    // trust is confined to this trail and the permissions sit in a managed policy.
    const deliveryRole = new iam.Role(this, 'LogsDeliveryRole', {
      assumedBy: new iam.ServicePrincipal('cloudtrail.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': account, 'aws:SourceArn': this.trailArn } },
      }),
      description: 'CloudTrail: deliver this trail\'s events to its log group only',
    });
    // A multi-region trail writes one stream per region, named <account>_CloudTrail_<region>.
    const streams = `arn:aws:logs:${region}:${account}:log-group:${this.logGroup.logGroupName}:log-stream:${account}_CloudTrail_*`;
    const deliveryPolicy = new iam.ManagedPolicy(this, 'LogsDeliveryPolicy', {
      statements: [new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [streams] })],
    });
    deliveryRole.addManagedPolicy(deliveryPolicy);
    Validations.of(deliveryPolicy).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:aws:logs:${region}:${account}:log-group:<${Stack.of(this).getLogicalId(this.logGroup.node.defaultChild as logs.CfnLogGroup)}>:log-stream:${account}_CloudTrail_*]`,
      reason: 'A multi-region trail writes one stream per region (<account>_CloudTrail_<region>); the wildcard covers only those streams of the trail\'s own log group.',
    });
    cfnTrail.cloudWatchLogsLogGroupArn = this.logGroup.logGroupArn;
    cfnTrail.cloudWatchLogsRoleArn = deliveryRole.roleArn;
    // CloudTrail checks the role when the trail is created.
    cfnTrail.node.addDependency(deliveryRole);

    // The Trail construct's bucket statements carry no aws:SourceArn; deny delivery by any other
    // trail so the bucket cannot be used by a trail the kit does not define (confused deputy).
    props.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'DenyCloudTrailDeliveryFromOtherTrails',
        effect: iam.Effect.DENY,
        principals: [new iam.ServicePrincipal('cloudtrail.amazonaws.com')],
        actions: ['s3:PutObject', 's3:GetBucketAcl'],
        resources: [props.bucket.bucketArn, props.bucket.arnForObjects('*')],
        conditions: { StringNotEquals: { 'aws:SourceArn': this.trailArn } },
      }),
    );

    // Advanced event selectors: the Trail L2 has basic selectors only, which cannot select by
    // name prefix. Management events are always recorded; data events select the kit's resources.
    const selectors: cloudtrail.CfnTrail.AdvancedEventSelectorProperty[] = [
      {
        name: 'Management events (read and write, every region)',
        fieldSelectors: [{ field: 'eventCategory', equalTo: ['Management'] }],
      },
    ];
    // Object ARNs are `<bucket ARN>/<key>`; the slash keeps a bucket whose name merely extends
    // an excluded one recorded.
    const excluded = [props.bucket, ...(props.excludedBuckets ?? [])]
      .filter((b, i, all) => all.indexOf(b) === i)
      .map((b) => `${b.bucketArn}/`)
      .concat(props.excludedArnPrefixes ?? []);
    if (props.dataEvents !== false) {
      selectors.push(
        {
          name: 'S3 object events on the kit buckets',
          fieldSelectors: [
            { field: 'eventCategory', equalTo: ['Data'] },
            { field: 'resources.type', equalTo: ['AWS::S3::Object'] },
            {
              field: 'resources.ARN',
              startsWith: [kitBucketArnPrefix(props.kitPrefix)],
              ...(excluded.length ? { notStartsWith: excluded } : {}),
            },
          ],
        },
        {
          name: 'Lambda invoke events on the kit functions',
          fieldSelectors: [
            { field: 'eventCategory', equalTo: ['Data'] },
            { field: 'resources.type', equalTo: ['AWS::Lambda::Function'] },
            { field: 'resources.ARN', startsWith: [`arn:aws:lambda:${region}:${account}:function:${props.kitPrefix}-`] },
          ],
        },
      );
    }
    cfnTrail.advancedEventSelectors = selectors;
    // A trail takes basic or advanced selectors, never both.
    cfnTrail.eventSelectors = undefined;
  }
}
