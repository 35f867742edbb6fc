import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** Environment variable names that suggest a secret; the kit never puts secrets in the environment. */
const SECRET_NAME = /(SECRET|PASSWORD|PASSWD|TOKEN|PRIVATE_KEY|API_KEY|CREDENTIAL)/i;

export interface KitFunctionProps {
  /** Path to the handler's TypeScript entry file. */
  readonly entry: string;
  /** @default 'handler' */
  readonly handler?: string;
  readonly description: string;
  readonly vpc: ec2.IVpc;
  /** Security groups for the function's ENIs. @default - one new group, egress only to the VPC on 443 */
  readonly securityGroups?: ec2.ISecurityGroup[];
  /** Encrypts the function's log group. */
  readonly logsKey: kms.IKey;
  /** Encrypts the environment variables at rest. */
  readonly environmentKey: kms.IKey;
  readonly logRetentionDays: number;
  /** Reserved concurrency: caps spend and protects the account's concurrency pool. */
  readonly reservedConcurrency: number;
  /** @default 512 */
  readonly memorySize?: number;
  /** @default 30 seconds */
  readonly timeout?: Duration;
  /** Non-secret configuration only. */
  readonly environment?: Record<string, string>;
  /** Keep the log group on stack deletion. @default true */
  readonly retain?: boolean;
  /** Allow HTTPS egress to the S3/DynamoDB gateway endpoints. @default false */
  readonly gatewayEndpointEgress?: boolean;
  /** Use an existing log group (e.g. the audit log group) instead of creating one. */
  readonly logGroup?: logs.ILogGroup;
}

/**
 * The house Lambda function: newest Node.js runtime the CDK offers, ARM64, isolated subnets,
 * its own KMS-encrypted log group with retention, X-Ray tracing, reserved concurrency,
 * KMS-encrypted environment, and local esbuild bundling (no Docker).
 */
export class KitFunction extends Construct {
  public readonly function: nodejs.NodejsFunction;
  public readonly logGroup: logs.ILogGroup;
  public readonly securityGroup: ec2.ISecurityGroup;

  constructor(scope: Construct, id: string, props: KitFunctionProps) {
    super(scope, id);
    for (const name of Object.keys(props.environment ?? {})) {
      if (SECRET_NAME.test(name)) {
        throw new Error(`KitFunction ${this.node.path}: environment variable ${name} looks like a secret; read secrets at run time instead`);
      }
    }
    if (!Number.isInteger(props.reservedConcurrency) || props.reservedConcurrency < 1) {
      throw new Error(`KitFunction ${this.node.path}: reservedConcurrency must be a positive integer`);
    }

    this.logGroup = props.logGroup ?? new logs.LogGroup(this, 'Logs', {
      encryptionKey: props.logsKey,
      retention: props.logRetentionDays as logs.RetentionDays,
      removalPolicy: props.retain === false ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });

    let securityGroups = props.securityGroups;
    if (!securityGroups) {
      const sg = new ec2.SecurityGroup(this, 'Sg', {
        vpc: props.vpc,
        description: `${id}: HTTPS to VPC endpoints only`,
        allowAllOutbound: false,
      });
      sg.addEgressRule(ec2.Peer.ipv4(props.vpc.vpcCidrBlock), ec2.Port.tcp(443), 'HTTPS to interface endpoints');
      if (props.gatewayEndpointEgress) {
        // Gateway endpoints (S3, DynamoDB) are reached by public prefix-list addresses whose ids
        // are region facts unknown offline. The isolated route tables hold no route to the
        // internet, so this rule reaches only the gateway endpoints.
        sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS to S3/DynamoDB gateway endpoints (no internet route exists)');
      }
      securityGroups = [sg];
    }
    this.securityGroup = securityGroups[0];

    this.function = new nodejs.NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: props.handler ?? 'handler',
      description: props.description,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      bundling: {
        minify: true,
        sourceMap: true,
        target: 'node24',
        format: nodejs.OutputFormat.CJS,
        // Bundle the AWS SDK clients we use so their versions are pinned by our lockfile.
        externalModules: [],
        forceDockerBundling: false,
      },
      // Guaranteed settings last.
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      securityGroups,
      allowPublicSubnet: false,
      logGroup: this.logGroup,
      tracing: lambda.Tracing.ACTIVE,
      reservedConcurrentExecutions: props.reservedConcurrency,
      environmentEncryption: props.environmentKey,
      loggingFormat: lambda.LoggingFormat.JSON,
    });
  }
}
