import { Stack, Validations } from 'aws-cdk-lib';
import * as config from 'aws-cdk-lib/aws-config';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { EncryptedBucket } from './encrypted-bucket';
import type * as s3 from 'aws-cdk-lib/aws-s3';

/** One drift rule as the evidence report lists it. */
export interface DriftRuleSpec {
  /** Suffix of the Config rule name (`<prefix>-drift-<suffix>`). */
  readonly suffix: string;
  /** The kit control it watches. */
  readonly control: string;
  /** `AWS` managed rule identifier, or `GUARD` for a Guard custom-policy rule. */
  readonly source: string;
}

/** The managed rules, by AWS Config identifier (https://docs.aws.amazon.com/config/latest/developerguide/managed-rules-by-aws-config.html). */
export const MANAGED_DRIFT_RULES: readonly (DriftRuleSpec & { readonly resourceTypes?: readonly config.ResourceType[] })[] = [
  { suffix: 'log-groups-kms', control: 'Log groups encrypted with a KMS key', source: config.ManagedRuleIdentifiers.CLOUDWATCH_LOG_GROUP_ENCRYPTED },
  { suffix: 's3-sse-kms', control: 'Buckets default to SSE-KMS', source: config.ManagedRuleIdentifiers.S3_DEFAULT_ENCRYPTION_KMS },
  { suffix: 's3-tls-only', control: 'Bucket policies refuse requests without TLS', source: config.ManagedRuleIdentifiers.S3_BUCKET_SSL_REQUESTS_ONLY },
  { suffix: 'lambda-in-vpc', control: 'Functions run in a VPC', source: config.ManagedRuleIdentifiers.LAMBDA_INSIDE_VPC },
  { suffix: 'cloudtrail-on', control: 'CloudTrail is on', source: config.ManagedRuleIdentifiers.CLOUD_TRAIL_ENABLED },
  { suffix: 'cloudtrail-validation', control: 'CloudTrail log-file validation is on', source: config.ManagedRuleIdentifiers.CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED },
  { suffix: 'kms-rotation', control: 'Customer-managed keys rotate', source: config.ManagedRuleIdentifiers.CMK_BACKING_KEY_ROTATION_ENABLED },
];

/** Regions a recorded resource may be in; `global` is what Config records for IAM and other global types. */
export const RESIDENT_REGIONS = ['ap-northeast-1', 'ap-northeast-3', 'global'] as const;

/** Guard rule: every configuration item the recorder sees is in Japan (or global). */
export function residencyGuardPolicy(): string {
  return [
    'rule resource_is_in_japan {',
    `  awsRegion IN [${RESIDENT_REGIONS.map((r) => `"${r}"`).join(', ')}]`,
    '}',
    '',
  ].join('\n');
}

/** Guard rule: no internet gateway attached to, and no NAT gateway in, the kit's VPC. */
export function noInternetPathGuardPolicy(vpcId: string): string {
  return [
    'rule kit_vpc_has_no_internet_gateway when resourceType == "AWS::EC2::InternetGateway" {',
    '  when configuration.attachments exists',
    '       configuration.attachments !empty {',
    `    configuration.attachments[*].vpcId != "${vpcId}"`,
    '  }',
    '}',
    'rule kit_vpc_has_no_nat_gateway when resourceType == "AWS::EC2::NatGateway" {',
    `  configuration.vpcId != "${vpcId}"`,
    '}',
    '',
  ].join('\n');
}

/** Advanced query for the aggregator: anything recorded outside Japan, in any region. */
export function residencyAdvancedQuery(): string {
  return `SELECT resourceId, resourceType, awsRegion, accountId WHERE awsRegion NOT IN (${RESIDENT_REGIONS.map((r) => `'${r}'`).join(', ')})`;
}

export interface DriftRulesProps {
  /** Rule names start with `<prefix>-drift-`. */
  readonly prefix: string;
  /** The kit's VPC: no internet or NAT gateway may appear in it. */
  readonly vpcId: string;
  /** The kit's encrypted alarm topic; non-compliance is published there. */
  readonly topic: sns.ITopic;
  /** The topic's key: EventBridge is admitted for this construct's rule only. */
  readonly topicKey: kms.Key;
  /** Create a recorder and delivery channel (where Control Tower does not). @default false */
  readonly createRecorder?: boolean;
  /** Server access logs of the delivery bucket (only with `createRecorder`). */
  readonly accessLogsBucket?: s3.IBucket;
  /** Keep the delivery bucket on stack deletion. @default true */
  readonly retain?: boolean;
  /** Aggregate this account's Config data from every region into this one, with a saved residency query. @default true */
  readonly aggregateAllRegions?: boolean;
}

/**
 * Drift detection in the live account: AWS Config managed rules and Guard custom-policy rules
 * (no Lambda) for the controls the kit relies on, and a residency rule on `awsRegion`. Config
 * records per region, so rules here see what the recorder in this region records; the optional
 * aggregator gathers every region's records into this one for the residency query.
 * Non-compliance goes to the encrypted alarm topic through one EventBridge rule.
 */
export class DriftRules extends Construct {
  public readonly rules: config.IRule[] = [];
  public readonly notification: events.Rule;
  public readonly recorder?: config.CfnConfigurationRecorder;
  public readonly aggregator?: config.CfnConfigurationAggregator;

  constructor(scope: Construct, id: string, props: DriftRulesProps) {
    super(scope, id);
    const { account, region } = Stack.of(this);
    const name = (suffix: string) => `${props.prefix}-drift-${suffix}`;

    if (props.createRecorder) {
      if (!props.accessLogsBucket) throw new Error(`DriftRules ${this.node.path}: createRecorder needs accessLogsBucket for the delivery bucket`);
      this.recorder = this.createRecorder(props);
    }

    for (const spec of MANAGED_DRIFT_RULES) {
      this.rules.push(new config.ManagedRule(this, spec.suffix, { configRuleName: name(spec.suffix), identifier: spec.source, description: spec.control }));
    }
    this.rules.push(
      new config.CustomPolicy(this, 'no-internet-path', {
        configRuleName: name('no-internet-path'),
        description: 'No internet gateway attached to, and no NAT gateway in, the kit\'s VPC',
        policyText: noInternetPathGuardPolicy(props.vpcId),
        ruleScope: config.RuleScope.fromResources([config.ResourceType.EC2_INTERNET_GATEWAY, config.ResourceType.EC2_NAT_GATEWAY]),
      }),
      new config.CustomPolicy(this, 'residency', {
        configRuleName: name('residency'),
        description: 'Every recorded resource is in ap-northeast-1 or ap-northeast-3 (or global)',
        policyText: residencyGuardPolicy(),
      }),
    );
    if (this.recorder) for (const rule of this.rules) rule.node.addDependency(this.recorder);

    if (props.aggregateAllRegions !== false) {
      this.aggregator = new config.CfnConfigurationAggregator(this, 'Aggregator', {
        configurationAggregatorName: `${props.prefix}-all-regions`,
        // Same-account aggregation needs no authorization; records from every region are copied here, to Tokyo.
        accountAggregationSources: [{ accountIds: [account], allAwsRegions: true }],
      });
      new config.CfnStoredQuery(this, 'ResidencyQuery', {
        queryName: `${props.prefix}-resources-outside-japan`,
        queryDescription: 'Resources recorded in any region other than ap-northeast-1 / ap-northeast-3 (run against the aggregator)',
        queryExpression: residencyAdvancedQuery(),
      });
    }

    const ruleName = `${props.prefix}-drift-noncompliant`;
    this.notification = new events.Rule(this, 'NonCompliant', {
      ruleName,
      description: 'A drift rule found a non-compliant resource',
      eventPattern: {
        source: ['aws.config'],
        detailType: ['Config Rules Compliance Change'],
        detail: {
          configRuleName: [{ prefix: `${props.prefix}-drift-` }],
          newEvaluationResult: { complianceType: ['NON_COMPLIANT'] },
        },
      },
      targets: [new targets.SnsTopic(props.topic)],
    });
    // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sns-permissions
    props.topicKey.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowTheDriftRuleToPublishToTheEncryptedTopic',
        principals: [new iam.ServicePrincipal('events.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: {
          StringEquals: { 'aws:SourceAccount': account },
          ArnLike: { 'aws:SourceArn': `arn:aws:events:${region}:${account}:rule/${ruleName}` },
        },
      }),
    );
  }

  private createRecorder(props: DriftRulesProps): config.CfnConfigurationRecorder {
    const delivery = new EncryptedBucket(this, 'Delivery', {
      encryptionKey: props.topicKey,
      serverAccessLogsBucket: props.accessLogsBucket,
      retain: props.retain,
    });
    const role = new iam.Role(this, 'RecorderRole', {
      description: 'AWS Config recorder: read resource configurations, deliver snapshots to the delivery bucket',
      assumedBy: new iam.ServicePrincipal('config.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } } }),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWS_ConfigRole')],
    });
    // https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-policy.html (role-based delivery)
    const deliveryPrefix = `${delivery.bucket.bucketArn}/AWSLogs/${Stack.of(this).account}/Config/*`;
    const deliveryPolicy = new iam.ManagedPolicy(this, 'RecorderDeliveryPolicy', {
      description: 'AWS Config recorder: write snapshots and history into the delivery bucket, encrypted with the audit key',
      roles: [role],
      statements: [
        new iam.PolicyStatement({ sid: 'CheckTheDeliveryBucket', actions: ['s3:GetBucketAcl', 's3:ListBucket'], resources: [delivery.bucket.bucketArn] }),
        new iam.PolicyStatement({ sid: 'WriteConfigDeliveries', actions: ['s3:PutObject'], resources: [deliveryPrefix] }),
        new iam.PolicyStatement({
          sid: 'EncryptDeliveriesThroughS3',
          actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
          resources: [props.topicKey.keyArn],
          conditions: { StringEquals: { 'kms:ViaService': `s3.${Stack.of(this).region}.amazonaws.com` } },
        }),
      ],
    });
    Validations.of(deliveryPolicy).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(delivery.bucket.node.defaultChild as s3.CfnBucket)}.Arn>/AWSLogs/${Stack.of(this).account}/Config/*]`,
      reason: 'Config writes one object per snapshot and history file under its fixed AWSLogs/<account>/Config/ prefix of the delivery bucket; nothing else is writable.',
    });
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWS_ConfigRole]',
      reason: 'AWS_ConfigRole is the AWS-maintained read-only policy a Config recorder needs to describe every supported resource type; it changes as AWS adds types.',
    });
    const recorder = new config.CfnConfigurationRecorder(this, 'Recorder', {
      roleArn: role.roleArn,
      recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
    });
    const channel = new config.CfnDeliveryChannel(this, 'DeliveryChannel', {
      s3BucketName: delivery.bucket.bucketName,
      s3KmsKeyArn: props.topicKey.keyArn,
    });
    channel.addResourceDependency(recorder);
    return recorder;
  }
}
