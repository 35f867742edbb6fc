import { Stack } from 'aws-cdk-lib';
import { GatewayVpcEndpointAwsService, InterfaceVpcEndpointAwsService, SubnetType, Vpc } from 'aws-cdk-lib/aws-ec2';
import { AnyPrincipal, Effect, ManagedPolicy, Policy, PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { pathsFor, testStack } from '../findings';

const RULE = 'InferenceProfileResidency';
const TOKYO_MODEL = 'arn:aws:bedrock:ap-northeast-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0';
const OSAKA_MODEL = 'arn:aws:bedrock:ap-northeast-3::foundation-model/anthropic.claude-3-haiku-20240307-v1:0';
const JP_PROFILE = 'arn:aws:bedrock:ap-northeast-1:111111111111:inference-profile/jp.anthropic.claude-sonnet-4-5-20250929-v1:0';

function policyWith(statement: PolicyStatement): { stack: Stack; paths: string[] } {
  const { stack } = testStack();
  new Policy(stack, 'Invoke', { statements: [statement], roles: [lambdaRole(stack)] });
  return { stack, paths: pathsFor(RULE, stack) };
}

const lambdaRole = (stack: Stack) => new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });

function functionWithModel(modelId: string): string[] {
  const { stack } = testStack();
  new CfnFunction(stack, 'Fn', {
    role: 'arn:aws:iam::111111111111:role/r',
    code: { zipFile: 'x' },
    environment: { variables: { MODEL_ID: modelId } },
  });
  return pathsFor(RULE, stack);
}

describe('Residency-InferenceProfileResidency', () => {
  it.each([
    'apac.anthropic.claude-3-5-sonnet-20240620-v1:0',
    'global.anthropic.claude-sonnet-4-5-20250929-v1:0',
    'us.amazon.nova-pro-v1:0',
    'eu.meta.llama3-2-3b-instruct-v1:0',
  ])('fires on the cross-region profile %s in an environment variable', (modelId) => {
    expect(functionWithModel(modelId)).toEqual(['S/Fn']);
  });

  it('is quiet on jp. profiles and plain foundation-model ids in environment variables', () => {
    expect(functionWithModel('jp.anthropic.claude-sonnet-4-5-20250929-v1:0')).toEqual([]);
    expect(functionWithModel('anthropic.claude-3-haiku-20240307-v1:0')).toEqual([]);
  });

  it.each([
    ['an apac. profile ARN', 'arn:aws:bedrock:ap-northeast-1:111111111111:inference-profile/apac.anthropic.claude-3-5-sonnet-20240620-v1:0'],
    ['a wildcard profile ARN', 'arn:aws:bedrock:ap-northeast-1:111111111111:inference-profile/*'],
    ['a foundation model in us-east-1', 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0'],
    ['a foundation model in any region', 'arn:aws:bedrock:*::foundation-model/anthropic.claude-3-haiku-20240307-v1:0'],
  ])('fires on an IAM policy that allows invoking %s', (_what, resource) => {
    const { paths } = policyWith(new PolicyStatement({ actions: ['bedrock:InvokeModel'], resources: [resource] }));
    expect(paths).toEqual(['S/Invoke/Resource']);
  });

  it('fires on bedrock:* and on an invoke action over resource *', () => {
    expect(policyWith(new PolicyStatement({ actions: ['bedrock:*'], resources: [TOKYO_MODEL] })).paths)
      .toEqual(['S/Invoke/Resource']);
    expect(policyWith(new PolicyStatement({ actions: ['bedrock:InvokeModelWithResponseStream'], resources: ['*'] })).paths)
      .toEqual(['S/Invoke/Resource']);
    expect(policyWith(new PolicyStatement({ actions: ['bedrock:Invoke*'], resources: ['*'] })).paths)
      .toEqual(['S/Invoke/Resource']);
    expect(policyWith(new PolicyStatement({ actions: ['*'], resources: ['*'] })).paths)
      .toEqual(['S/Invoke/Resource']);
  });

  it('fires on a role inline policy and on AmazonBedrockFullAccess', () => {
    const { stack } = testStack();
    new Role(stack, 'Inline', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      inlinePolicies: {
        p: new PolicyDocument({ statements: [new PolicyStatement({ actions: ['bedrock:Converse'], resources: ['*'] })] }),
      },
    });
    new Role(stack, 'Managed', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('AmazonBedrockFullAccess')],
    });
    expect(pathsFor(RULE, stack)).toEqual(['S/Inline/Resource', 'S/Managed/Resource']);
  });

  it('fires on a VPC endpoint policy that allows a non-jp profile', () => {
    const { stack } = testStack();
    const vpc = new Vpc(stack, 'Vpc', { natGateways: 0, subnetConfiguration: [{ name: 'i', subnetType: SubnetType.PRIVATE_ISOLATED }] });
    const endpoint = vpc.addGatewayEndpoint('S3', { service: GatewayVpcEndpointAwsService.S3 });
    endpoint.addToPolicy(new PolicyStatement({
      principals: [new AnyPrincipal()],
      actions: ['bedrock:InvokeModel'],
      resources: ['arn:aws:bedrock:ap-northeast-1:111111111111:inference-profile/global.amazon.nova-pro-v1:0'],
    }));
    expect(pathsFor(RULE, stack)).toEqual(['S/Vpc/S3/Resource']);
  });

  it('judges statements only in Bedrock endpoint policies, not in other endpoints\' policies', () => {
    const { stack } = testStack();
    const vpc = new Vpc(stack, 'Vpc', { natGateways: 0, subnetConfiguration: [{ name: 'i', subnetType: SubnetType.PRIVATE_ISOLATED }] });
    const anyAction = () => new PolicyStatement({
      principals: [new AnyPrincipal()],
      actions: ['*'],
      resources: ['*'],
      conditions: { StringEquals: { 'aws:ResourceAccount': '111111111111' } },
    });
    vpc.addGatewayEndpoint('S3', { service: GatewayVpcEndpointAwsService.S3 }).addToPolicy(anyAction());
    vpc.addInterfaceEndpoint('Bedrock', { service: InterfaceVpcEndpointAwsService.BEDROCK_RUNTIME }).addToPolicy(anyAction());
    expect(pathsFor(RULE, stack)).toEqual(['S/Vpc/Bedrock/Resource']);
  });

  it('is quiet on jp. profiles and Tokyo/Osaka foundation models, and on Deny wildcards', () => {
    const { stack } = testStack();
    new Policy(stack, 'Invoke', {
      roles: [lambdaRole(stack)],
      statements: [
        new PolicyStatement({ actions: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'], resources: [JP_PROFILE, TOKYO_MODEL, OSAKA_MODEL] }),
        new PolicyStatement({ actions: ['bedrock:ListFoundationModels'], resources: ['*'] }),
        new PolicyStatement({ effect: Effect.DENY, actions: ['bedrock:*'], resources: ['arn:aws:bedrock:*:*:inference-profile/apac.*'] }),
        new PolicyStatement({ effect: Effect.DENY, actions: ['bedrock:*'], resources: ['*'], conditions: { StringNotEquals: { 'aws:RequestedRegion': ['ap-northeast-1', 'ap-northeast-3'] } } }),
      ],
    });
    expect(pathsFor(RULE, stack)).toEqual([]);
  });
});
