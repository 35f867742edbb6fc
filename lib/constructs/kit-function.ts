import { type CfnResource, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/**
 * What Lambda needs to attach a function to the VPC: the ENI actions of AWS's
 * AWSLambdaVPCAccessExecutionRole without its CloudWatch Logs actions on "*".
 * EC2 scopes none of them usefully (the interfaces do not exist yet when they are created).
 */
export const NETWORK_INTERFACE_ACTIONS = [
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeSubnets',
  'ec2:DeleteNetworkInterface',
  'ec2:AssignPrivateIpAddresses',
  'ec2:UnassignPrivateIpAddresses',
] as const;

/** The only log actions a kit function holds, on its own log group. */
export const OWN_LOG_GROUP_ACTIONS = ['logs:CreateLogStream', 'logs:PutLogEvents'] as const;

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
 * KMS-encrypted environment, and local esbuild bundling (no Docker). Its role holds no AWS
 * managed policy: it may write log events to its own log group only (AWSLambdaBasicExecutionRole
 * and AWSLambdaVPCAccessExecutionRole would let it create and write to any log group, the
 * CloudTrail copy included), and the VPC's ENI actions sit in a policy of their own.
 */
export class KitFunction extends Construct {
  public readonly function: nodejs.NodejsFunction;
  public readonly logGroup: logs.ILogGroup;
  public readonly securityGroup: ec2.ISecurityGroup;
  /** The function's execution role (no AWS managed policies). */
  public readonly role: iam.Role;
  /** The ENI actions the VPC attachment needs, the role's only permissions on "*" besides X-Ray. */
  public readonly networkInterfacePolicy: iam.ManagedPolicy;

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

    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.description.slice(0, 900)} (execution role)`,
    });
    this.networkInterfacePolicy = new iam.ManagedPolicy(this, 'NetworkInterfaces', {
      description: 'Lambda VPC attachment: elastic network interfaces of this function',
      statements: [new iam.PolicyStatement({ actions: [...NETWORK_INTERFACE_ACTIONS], resources: ['*'] })],
    });
    this.role.addManagedPolicy(this.networkInterfacePolicy);

    this.function = new nodejs.NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: props.handler ?? 'handler',
      description: props.description,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      environment: props.environment,
      bundling: {
        minify: true,
        // No source maps: the kit's functions log error class names only, never stack traces,
        // so maps would only add cold-start time and asset size.
        sourceMap: false,
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
      role: this.role,
      tracing: lambda.Tracing.ACTIVE,
      reservedConcurrentExecutions: props.reservedConcurrency,
      environmentEncryption: props.environmentKey,
      loggingFormat: lambda.LoggingFormat.JSON,
    });
    // Log streams and events of this function's own log group only (its ARN ends in `:*`).
    this.role.addToPolicy(new iam.PolicyStatement({ actions: [...OWN_LOG_GROUP_ACTIONS], resources: [this.logGroup.logGroupArn] }));
    // Lambda checks the ENI permissions when the function is created.
    this.function.node.addDependency(this.networkInterfacePolicy);
    this.acknowledgeRoleFindings();
  }

  /**
   * Findings every kit function's role raises, acknowledged on this function's own role. The
   * `Resource::*` acknowledgment is kept honest by a synth-time check that only X-Ray actions
   * (which have no resource-level permissions) use `*` in the role's default policy.
   */
  private acknowledgeRoleFindings(): void {
    const role = this.role;
    Validations.of(this.networkInterfacePolicy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'Only the EC2 network-interface actions Lambda needs to attach the function to its VPC; the interfaces do not exist before they are created, so no resource can be named. A synth-time check keeps this policy to those actions.',
    });
    const defaultPolicy = role.node.tryFindChild('DefaultPolicy') as iam.Policy | undefined;
    if (!defaultPolicy) return;
    Validations.of(defaultPolicy.node.defaultChild!).acknowledge(
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'Only xray:PutTraceSegments/PutTelemetryRecords use "*" (X-Ray has no resource-level permissions); a synth-time check fails on any other "*" resource in this policy.',
      },
      {
        id: 'NIST.800.53.R5-IAMNoInlinePolicy',
        reason: "CDK grants add least-privilege statements to this function's own role in its default policy, which belongs to this one role and is deleted with it.",
      },
    );
    this.node.addValidation({
      validate: () => {
        const doc = defaultPolicy.document.toJSON() as { Statement?: Array<{ Action?: string | string[]; Resource?: string | string[] }> } | undefined;
        const wild = (doc?.Statement ?? []).filter((st) => ([] as string[]).concat(st.Resource ?? []).includes('*'));
        const others = wild.flatMap((st) => ([] as string[]).concat(st.Action ?? [])).filter((a) => !a.startsWith('xray:'));
        const problems = others.length
          ? [`KitFunction ${this.node.path}: actions ${others.join(', ')} are granted on "*"; scope them to resources (only X-Ray may use "*")`]
          : [];
        const eniDoc = this.networkInterfacePolicy.document.toJSON() as { Statement?: Array<{ Action?: string | string[] }> } | undefined;
        const extra = (eniDoc?.Statement ?? []).flatMap((st) => ([] as string[]).concat(st.Action ?? [])).filter((a) => !(NETWORK_INTERFACE_ACTIONS as readonly string[]).includes(a));
        if (extra.length) problems.push(`KitFunction ${this.node.path}: the network-interface policy may hold only ${NETWORK_INTERFACE_ACTIONS.join(', ')} (found ${extra.join(', ')})`);
        const attached = JSON.stringify(Stack.of(this).resolve((role.node.defaultChild as iam.CfnRole).managedPolicyArns) ?? []);
        if (attached.includes(':iam::aws:policy/')) {
          problems.push(`KitFunction ${this.node.path}: the execution role takes no other managed policy (AWS managed ones grant logs on "*"); grant on resources instead`);
        }
        return problems;
      },
    });
  }
}

export interface ConfineFunctionLogsProps {
  /** Encrypts the function's new log group. */
  readonly logsKey: kms.IKey;
  readonly logRetentionDays: number;
  /** Keep the log group on stack deletion. @default true */
  readonly retain?: boolean;
}

/**
 * For a Lambda function the CDK writes itself (a custom-resource provider such as the one that
 * empties the VPC's default security group): give it a KMS-encrypted log group of its own with
 * retention, and swap AWSLambdaBasicExecutionRole on its role (create and write any log group)
 * for log stream and event writes to that one group.
 */
export function confineFunctionLogs(
  scope: Construct,
  id: string,
  target: { readonly role: CfnResource; readonly handler: CfnResource },
  props: ConfineFunctionLogsProps,
): logs.LogGroup {
  if (target.role.cfnResourceType !== 'AWS::IAM::Role' || target.handler.cfnResourceType !== 'AWS::Lambda::Function') {
    throw new Error(`confineFunctionLogs ${scope.node.path}/${id}: needs an AWS::IAM::Role and an AWS::Lambda::Function`);
  }
  const logGroup = new logs.LogGroup(scope, id, {
    encryptionKey: props.logsKey,
    retention: props.logRetentionDays as logs.RetentionDays,
    removalPolicy: props.retain === false ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
  });
  target.handler.addPropertyOverride('LoggingConfig', { LogGroup: logGroup.logGroupName, LogFormat: 'JSON' });
  const ownLogs = new iam.ManagedPolicy(scope, `${id}Write`, {
    description: 'Write log events to this function\'s own log group only',
    statements: [new iam.PolicyStatement({ actions: [...OWN_LOG_GROUP_ACTIONS], resources: [logGroup.logGroupArn] })],
  });
  target.role.addPropertyOverride('ManagedPolicyArns', [ownLogs.managedPolicyArn]);
  target.handler.addResourceDependency(ownLogs.node.defaultChild as CfnResource);
  return logGroup;
}
