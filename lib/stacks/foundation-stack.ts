import { type CfnResource, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { DeploymentConfig } from '../config';
import { EncryptedBucket, kitBucketArnPrefix } from '../constructs/encrypted-bucket';
import { type InterfaceEndpointName, IsolatedNetwork } from '../constructs/isolated-network';
import { confineFunctionLogs } from '../constructs/kit-function';
import { KitKeys } from '../constructs/kit-keys';

export interface FoundationStackProps extends StackProps {
  readonly config: DeploymentConfig;
  /** Interface endpoints beyond the base set that enabled features need. @default none */
  readonly extraInterfaceEndpoints?: InterfaceEndpointName[];
}

/**
 * Long-lived, stateful base: keys, the isolated network with its endpoints, and the
 * server-access-log bucket every other bucket logs to.
 */
export class FoundationStack extends Stack {
  public readonly keys: KitKeys;
  public readonly network: IsolatedNetwork;
  public readonly accessLogsBucket: EncryptedBucket;
  private readonly configuredZones: string[];

  constructor(scope: Construct, id: string, props: FoundationStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.configuredZones = config.availabilityZones;
    const retain = config.retainData;

    const kitBuckets = `${kitBucketArnPrefix(config.prefix)}*`;
    this.keys = new KitKeys(this, 'Keys', { aliasPrefix: 'private-ai-jp', retain, logSourceBucketArnPattern: kitBuckets });

    this.network = new IsolatedNetwork(this, 'Network', {
      cidr: config.vpcCidr,
      availabilityZones: config.availabilityZones,
      account: config.account,
      allowedModels: config.allowedModels,
      allowOsaka: config.allowOsaka,
      logsKey: this.keys.logsKey,
      logRetentionDays: config.retention.logDays,
      retain,
      extraInterfaceEndpoints: props.extraInterfaceEndpoints,
    });

    // The CDK's function that empties the default security group: its own encrypted log group,
    // and no AWSLambdaBasicExecutionRole (which would let it write into any log group).
    const restrictDefaultSg = this.node.tryFindChild('Custom::VpcRestrictDefaultSGCustomResourceProvider');
    if (restrictDefaultSg) {
      confineFunctionLogs(
        this,
        'DefaultSgRuleRemoverLogs',
        { role: restrictDefaultSg.node.findChild('Role') as CfnResource, handler: restrictDefaultSg.node.findChild('Handler') as CfnResource },
        { logsKey: this.keys.logsKey, logRetentionDays: config.retention.logDays, retain },
      );
    }

    this.accessLogsBucket = new EncryptedBucket(this, 'AccessLogs', {
      encryptionKey: this.keys.logsKey,
      isAccessLogBucket: true,
      logSourceBucketArnPattern: kitBuckets,
      retain,
      expireAfterDays: config.retention.logDays,
    });
    const logBucket = this.accessLogsBucket.bucket.node.defaultChild!;
    Validations.of(logBucket).acknowledge(
      {
        id: 'AwsSolutions-S1',
        reason: 'This is the server access log destination of every other bucket; logging it to itself would loop.',
      },
      {
        id: 'NIST.800.53.R5-S3BucketLoggingEnabled',
        reason: 'This is the server access log destination of every other bucket; logging it to itself would loop.',
      },
    );
  }

  /** The configured zones, so the VPC never triggers an availability-zone context lookup. */
  public override get availabilityZones(): string[] {
    return this.configuredZones;
  }
}
