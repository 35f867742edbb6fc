import * as path from 'node:path';
import { CustomResource, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { InvocationLogDestination } from '../config/sections/audit';
import { KitFunction } from './kit-function';

/** Key prefix of Bedrock's deliveries in the audit bucket; Bedrock may write under it only. */
export const INVOCATION_LOG_PREFIX = 'bedrock-invocations';
/** The one log stream Bedrock writes invocation logs to in the chosen log group. */
export const INVOCATION_LOG_STREAM = 'aws/bedrock/modelinvocations';

export interface InvocationLoggingProps {
  readonly destinations: readonly InvocationLogDestination[];
  /** The object-locked audit bucket: S3 destination, and large payloads of CloudWatch delivery. */
  readonly bucket: s3.IBucket;
  /** Encrypts the invocation log group (the audit key). */
  readonly auditKey: kms.IKey;
  /** Retention of the invocation log group (the audit retention). */
  readonly auditRetentionDays: number;
  /** The custom-resource function runs here, reaching Bedrock through the `bedrock` endpoint. */
  readonly vpc: ec2.IVpc;
  /** Encrypts the function's own log group. */
  readonly logsKey: kms.IKey;
  /** Encrypts the function's environment. */
  readonly environmentKey: kms.IKey;
  /** Retention of the function's own log group. */
  readonly logRetentionDays: number;
  /**
   * Replace another configuration found in the account and region (it is kept and put back on
   * stack deletion). Without it, such a configuration fails the deployment. @default false
   */
  readonly replaceExisting?: boolean;
  /** Keep the log groups on stack deletion. @default true */
  readonly retain?: boolean;
}

/**
 * Bedrock model invocation logging for the account in Tokyo. CloudFormation has no resource for it,
 * so a custom resource backed by a house function in the VPC reads the configuration in place
 * (`GetModelInvocationLoggingConfiguration`; another workload's configuration fails the deployment
 * unless `replaceExisting`, and is then put back on Delete), calls
 * `PutModelInvocationLoggingConfiguration` (Create/Update) and
 * `DeleteModelInvocationLoggingConfiguration` (Delete) through the `bedrock` interface endpoint,
 * with the SDK bundled at build time. The function answers CloudFormation itself (no provider
 * framework function outside the VPC); the answer travels through the S3 gateway endpoint, whose
 * policy admits CloudFormation's response bucket.
 */
export class InvocationLogging extends Construct {
  public readonly function: KitFunction;
  public readonly resource: CustomResource;
  /** Present when `cloudwatch` is a destination. */
  public readonly logGroup?: logs.LogGroup;
  /** Role Bedrock assumes to write to the log group; present when `cloudwatch` is a destination. */
  public readonly deliveryRole?: iam.Role;
  /** The `loggingConfig` the custom resource puts. */
  public readonly loggingConfig: Record<string, unknown>;

  constructor(scope: Construct, id: string, props: InvocationLoggingProps) {
    super(scope, id);
    if (props.destinations.length === 0) throw new Error(`InvocationLogging ${this.node.path}: needs at least one destination`);
    const { account, region } = Stack.of(this);
    const removalPolicy = props.retain === false ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
    const bedrockSource = {
      StringEquals: { 'aws:SourceAccount': account },
      ArnLike: { 'aws:SourceArn': `arn:aws:bedrock:${region}:${account}:*` },
    };

    // Bedrock writes S3 deliveries with its service principal, under the kit's prefix only.
    const bucketStatement = props.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowBedrockInvocationLogDelivery',
        principals: [new iam.ServicePrincipal('bedrock.amazonaws.com')],
        actions: ['s3:PutObject'],
        resources: [props.bucket.arnForObjects(`${INVOCATION_LOG_PREFIX}/*`)],
        conditions: bedrockSource,
      }),
    );

    const loggingConfig: Record<string, unknown> = {
      textDataDeliveryEnabled: true,
      // The chat endpoint is text-only; nothing else is delivered even if another caller sends it.
      imageDataDeliveryEnabled: false,
      embeddingDataDeliveryEnabled: false,
      videoDataDeliveryEnabled: false,
    };
    if (props.destinations.includes('s3')) {
      loggingConfig.s3Config = { bucketName: props.bucket.bucketName, keyPrefix: INVOCATION_LOG_PREFIX };
    }

    const fnPolicyStatements: iam.PolicyStatement[] = [
      new iam.PolicyStatement({
        sid: 'ConfigureInvocationLogging',
        actions: [
          'bedrock:GetModelInvocationLoggingConfiguration',
          'bedrock:PutModelInvocationLoggingConfiguration',
          'bedrock:DeleteModelInvocationLoggingConfiguration',
        ],
        // These actions have no resource type: the configuration is per account and region.
        resources: ['*'],
        conditions: { StringEquals: { 'aws:RequestedRegion': region } },
      }),
    ];

    if (props.destinations.includes('cloudwatch')) {
      this.logGroup = new logs.LogGroup(this, 'Logs', {
        encryptionKey: props.auditKey,
        retention: props.auditRetentionDays as logs.RetentionDays,
        removalPolicy,
      });
      this.deliveryRole = new iam.Role(this, 'DeliveryRole', {
        assumedBy: new iam.ServicePrincipal('bedrock.amazonaws.com', { conditions: bedrockSource }),
        description: 'Bedrock model invocation logging: write to the invocation log stream only',
      });
      const streamArn = `arn:aws:logs:${region}:${account}:log-group:${this.logGroup.logGroupName}:log-stream:${INVOCATION_LOG_STREAM}`;
      this.deliveryRole.addManagedPolicy(
        new iam.ManagedPolicy(this, 'DeliveryPolicy', {
          statements: [new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [streamArn] })],
        }),
      );
      loggingConfig.cloudWatchConfig = {
        logGroupName: this.logGroup.logGroupName,
        roleArn: this.deliveryRole.roleArn,
        // Payloads over 100 KB cannot go to CloudWatch Logs; they land in the audit bucket.
        largeDataDeliveryS3Config: { bucketName: props.bucket.bucketName, keyPrefix: `${INVOCATION_LOG_PREFIX}/large-data` },
      };
      fnPolicyStatements.push(
        new iam.PolicyStatement({
          sid: 'PassTheDeliveryRoleToBedrock',
          actions: ['iam:PassRole'],
          resources: [this.deliveryRole.roleArn],
          conditions: { StringEquals: { 'iam:PassedToService': 'bedrock.amazonaws.com' } },
        }),
      );
    }
    if (props.replaceExisting) {
      // Putting back a replaced CloudWatch configuration passes that workload's delivery role,
      // which is unknown at synth: any role of this account, to Bedrock only.
      fnPolicyStatements.push(
        new iam.PolicyStatement({
          sid: 'PassAReplacedConfigurationsRoleBackToBedrock',
          actions: ['iam:PassRole'],
          resources: [`arn:aws:iam::${account}:role/*`],
          conditions: { StringEquals: { 'iam:PassedToService': 'bedrock.amazonaws.com' } },
        }),
      );
    }
    this.loggingConfig = loggingConfig;

    this.function = new KitFunction(this, 'Handler', {
      entry: path.join(__dirname, '..', '..', 'lambda', 'handlers', 'invocation-logging.ts'),
      description: 'Custom resource: Bedrock model invocation logging configuration (put on create/update, delete on delete)',
      vpc: props.vpc,
      logsKey: props.logsKey,
      environmentKey: props.environmentKey,
      logRetentionDays: props.logRetentionDays,
      reservedConcurrency: 1,
      memorySize: 256,
      timeout: Duration.minutes(2),
      retain: props.retain,
      // The response to CloudFormation is an HTTPS PUT to S3 (through the gateway endpoint).
      gatewayEndpointEgress: true,
      environment: { POWERTOOLS_SERVICE_NAME: 'invocation-logging' },
    });
    Validations.of(this.function.function.node.defaultChild!).acknowledge({
      id: 'NIST.800.53.R5-LambdaDLQ',
      reason: 'Invoked only by CloudFormation, which receives every outcome as the custom resource answer (shown with its reason in the stack events); an invocation that never answers fails the stack operation after the 5-minute service timeout, so nothing is dropped silently.',
    });
    const fnPolicy = new iam.ManagedPolicy(this, 'HandlerPolicy', {
      description: 'Invocation-logging custom resource: configure Bedrock logging, pass the delivery role',
      statements: fnPolicyStatements,
    });
    this.function.function.role!.addManagedPolicy(fnPolicy);
    Validations.of(fnPolicy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'bedrock:Get/Put/DeleteModelInvocationLoggingConfiguration support no resource type (one configuration per account and region); the statement is limited to those three actions in Tokyo.',
    });
    if (props.replaceExisting) {
      Validations.of(fnPolicy).acknowledge({
        id: `AwsSolutions-IAM5[Resource::arn:aws:iam::${account}:role/*]`,
        reason: 'Only with audit.invocationLogging.replaceExisting: putting back the configuration the kit replaced passes that workload\'s delivery role, unknown at synth, and only to Bedrock (iam:PassedToService).',
      });
    }

    this.resource = new CustomResource(this, 'Resource', {
      serviceToken: this.function.function.functionArn,
      resourceType: 'Custom::BedrockInvocationLogging',
      properties: { LoggingConfig: loggingConfig, ReplaceExisting: props.replaceExisting === true },
      // Fail fast instead of CloudFormation's one-hour default if an answer is ever lost.
      serviceTimeout: Duration.minutes(5),
    });
    // Bedrock checks it can write to the destinations when the configuration is put.
    this.resource.node.addDependency(fnPolicy);
    if (bucketStatement.policyDependable) this.resource.node.addDependency(bucketStatement.policyDependable);
    if (this.deliveryRole) this.resource.node.addDependency(this.deliveryRole);
  }
}
