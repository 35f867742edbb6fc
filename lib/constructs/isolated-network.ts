import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { HOME_REGION } from '../config/sections/core';
import { allowedModelArns, INVOKE_ACTIONS } from './model-access';

/** Interface endpoints every deployment needs. Each costs money per AZ per hour. */
export const BASE_INTERFACE_ENDPOINTS = ['bedrock-runtime', 'bedrock', 'kms', 'logs', 'sts'] as const;
/** What the kit does through the Bedrock control-plane endpoint; nothing that trains or customizes models. */
export const BEDROCK_CONTROL_PLANE_ACTIONS = [
  'bedrock:PutModelInvocationLoggingConfiguration',
  'bedrock:GetModelInvocationLoggingConfiguration',
  'bedrock:DeleteModelInvocationLoggingConfiguration',
  'bedrock:GetFoundationModel',
  'bedrock:ListFoundationModels',
  'bedrock:GetInferenceProfile',
  'bedrock:ListInferenceProfiles',
  'bedrock:GetGuardrail',
];
/** Endpoints the knowledge base adds (`knowledgeBase.enabled`): ingestion jobs, and Retrieve from the chat function. */
export const KNOWLEDGE_BASE_ENDPOINTS = ['bedrock-agent', 'bedrock-agent-runtime'] as const;
/** What the kit does through the knowledge-base endpoints: retrieve, and start or read ingestion jobs. */
export const KNOWLEDGE_BASE_ENDPOINT_ACTIONS: Readonly<Record<(typeof KNOWLEDGE_BASE_ENDPOINTS)[number], readonly string[]>> = {
  'bedrock-agent': ['bedrock:StartIngestionJob', 'bedrock:GetIngestionJob', 'bedrock:ListIngestionJobs'],
  'bedrock-agent-runtime': ['bedrock:Retrieve'],
};
export type InterfaceEndpointName = (typeof BASE_INTERFACE_ENDPOINTS)[number] | 'execute-api' | (typeof KNOWLEDGE_BASE_ENDPOINTS)[number];

export interface IsolatedNetworkProps {
  readonly cidr: string;
  /** Explicit AZ names: no context lookup at synth. */
  readonly availabilityZones: string[];
  readonly account: string;
  readonly allowedModels: readonly string[];
  readonly allowOsaka: boolean;
  readonly logsKey: kms.IKey;
  readonly logRetentionDays: number;
  /** Keep the flow-log group on stack deletion. @default true */
  readonly retain?: boolean;
  /** Extra interface endpoints a feature needs (e.g. `execute-api` for a private API). @default none */
  readonly extraInterfaceEndpoints?: InterfaceEndpointName[];
}

/**
 * A VPC with isolated subnets only (no internet gateway, no NAT, no public subnet), flow logs
 * to a KMS-encrypted log group, and VPC endpoints whose policies admit only this account's
 * principals. The `bedrock-runtime` endpoint admits inference on the allow-listed models only.
 */
export class IsolatedNetwork extends Construct {
  public readonly vpc: ec2.Vpc;
  public readonly endpointSecurityGroup: ec2.SecurityGroup;
  public readonly interfaceEndpoints: Partial<Record<InterfaceEndpointName, ec2.InterfaceVpcEndpoint>> = {};
  public readonly flowLogGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: IsolatedNetworkProps) {
    super(scope, id);
    const removalPolicy = props.retain === false ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    this.vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr(props.cidr),
      availabilityZones: props.availabilityZones,
      natGateways: 0,
      createInternetGateway: false,
      subnetConfiguration: [{ name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }],
      restrictDefaultSecurityGroup: true,
      enableDnsHostnames: true,
      enableDnsSupport: true,
    });

    this.flowLogGroup = new logs.LogGroup(this, 'FlowLogs', {
      encryptionKey: props.logsKey,
      retention: props.logRetentionDays as logs.RetentionDays,
      removalPolicy,
    });
    // A customer-managed policy on a dedicated role, instead of the inline policy CDK would add.
    const flowLogRole = new iam.Role(this, 'FlowLogRole', {
      assumedBy: new iam.ServicePrincipal('vpc-flow-logs.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': props.account } },
      }),
      description: 'VPC flow logs: write to the flow-log group only',
    });
    const flowLogWrite = new iam.ManagedPolicy(this, 'FlowLogWritePolicy', {
        statements: [
          new iam.PolicyStatement({
            actions: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
            resources: [this.flowLogGroup.logGroupArn, `${this.flowLogGroup.logGroupArn}:log-stream:*`],
          }),
        ],
    });
    flowLogRole.addManagedPolicy(flowLogWrite);
    Validations.of(flowLogWrite).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(this.flowLogGroup.node.defaultChild as logs.CfnLogGroup)}.Arn>:log-stream:*]`,
      reason: 'Flow logs create one stream per network interface with names chosen by the service; the wildcard is confined to the flow-log group.',
    });
    this.vpc.addFlowLog('FlowLog', {
      destination: ec2.FlowLogDestination.toCloudWatchLogs(
        this.flowLogGroup,
        iam.Role.fromRoleArn(this, 'FlowLogRoleRef', flowLogRole.roleArn, { mutable: false }),
      ),
      trafficType: ec2.FlowLogTrafficType.ALL,
    });
    for (const [i, subnet] of this.vpc.isolatedSubnets.entries()) {
      Validations.of(subnet.node.defaultChild!).acknowledge({
        id: 'CfnValidate::W3010',
        reason: `Subnet ${i + 1} is pinned to ${props.availabilityZones[i]} from config on purpose: synth must not look up the account's zones.`,
      });
    }

    this.endpointSecurityGroup = new ec2.SecurityGroup(this, 'EndpointSg', {
      vpc: this.vpc,
      description: 'VPC interface endpoints: HTTPS from inside the VPC only',
      allowAllOutbound: false,
    });
    this.endpointSecurityGroup.addIngressRule(ec2.Peer.ipv4(props.cidr), ec2.Port.tcp(443), 'HTTPS from the VPC');

    const inAccount = { StringEquals: { 'aws:PrincipalAccount': props.account } };
    const names: InterfaceEndpointName[] = [...BASE_INTERFACE_ENDPOINTS, ...(props.extraInterfaceEndpoints ?? [])];
    for (const name of names) {
      const endpoint = this.vpc.addInterfaceEndpoint(endpointId(name), {
        service: new ec2.InterfaceVpcEndpointAwsService(name),
        privateDnsEnabled: true,
        securityGroups: [this.endpointSecurityGroup],
        open: false,
        subnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      });
      if (name === 'bedrock-runtime') {
        const arns = allowedModelArns(props.allowedModels, props.account, props.allowOsaka);
        endpoint.addToPolicy(
          new iam.PolicyStatement({
            sid: 'InvokeAllowListedModelsFromThisAccount',
            principals: [new iam.AnyPrincipal()],
            actions: [...INVOKE_ACTIONS, 'bedrock:ApplyGuardrail'],
            resources: [...arns.inferenceProfiles, ...arns.foundationModels, `arn:aws:bedrock:${HOME_REGION}:${props.account}:guardrail/*`],
            conditions: inAccount,
          }),
        );
      } else if (name === 'bedrock') {
        // The control plane is used only to manage model invocation logging and read model metadata.
        endpoint.addToPolicy(
          new iam.PolicyStatement({
            sid: 'InvocationLoggingAndModelMetadataFromThisAccount',
            principals: [new iam.AnyPrincipal()],
            actions: BEDROCK_CONTROL_PLANE_ACTIONS,
            resources: ['*'],
            conditions: inAccount,
          }),
        );
      } else if (name === 'bedrock-agent' || name === 'bedrock-agent-runtime') {
        // This account's knowledge bases in Tokyo, by this account's principals, for these actions only.
        endpoint.addToPolicy(
          new iam.PolicyStatement({
            sid: 'ThisAccountsKnowledgeBasesOnly',
            principals: [new iam.AnyPrincipal()],
            actions: [...KNOWLEDGE_BASE_ENDPOINT_ACTIONS[name]],
            resources: [`arn:aws:bedrock:${HOME_REGION}:${props.account}:knowledge-base/*`],
            conditions: inAccount,
          }),
        );
      } else {
        endpoint.addToPolicy(
          new iam.PolicyStatement({
            sid: 'ThisAccountsPrincipalsOnly',
            principals: [new iam.AnyPrincipal()],
            actions: [`${serviceActionPrefix(name)}:*`],
            resources: ['*'],
            conditions: inAccount,
          }),
        );
      }
      this.interfaceEndpoints[name] = endpoint;
    }

    // Gateway endpoints: this account's principals, this account's resources.
    const s3 = this.vpc.addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3 });
    s3.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ThisAccountsPrincipalsAndBucketsOnly',
        principals: [new iam.AnyPrincipal()],
        actions: ['s3:*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:PrincipalAccount': props.account, 's3:ResourceAccount': props.account } },
      }),
    );
    // Custom-resource functions in the VPC answer CloudFormation with a PUT to a pre-signed URL in
    // CloudFormation's own Tokyo bucket (signed by CloudFormation, not by this account). Only
    // answers about this account's stacks are admitted.
    s3.addToPolicy(
      new iam.PolicyStatement({
        sid: 'CloudFormationCustomResourceResponsesForThisAccount',
        principals: [new iam.AnyPrincipal()],
        actions: ['s3:PutObject'],
        resources: [`arn:aws:s3:::cloudformation-custom-resource-response-${HOME_REGION.replace(/-/g, '')}/arn:aws:cloudformation:${HOME_REGION}:${props.account}:stack/*`],
      }),
    );
    const dynamodb = this.vpc.addGatewayEndpoint('DynamoDb', { service: ec2.GatewayVpcEndpointAwsService.DYNAMODB });
    dynamodb.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ThisAccountsPrincipalsAndTablesOnly',
        principals: [new iam.AnyPrincipal()],
        actions: ['dynamodb:*'],
        resources: [`arn:aws:dynamodb:${Stack.of(this).region}:${props.account}:table/*`],
        conditions: inAccount,
      }),
    );
  }
}

function endpointId(name: string): string {
  return name.split('-').map((p) => p[0].toUpperCase() + p.slice(1)).join('') + 'Endpoint';
}

/** IAM action prefix of an endpoint's service. */
function serviceActionPrefix(name: InterfaceEndpointName): string {
  return name === 'bedrock-runtime' ? 'bedrock' : name;
}
