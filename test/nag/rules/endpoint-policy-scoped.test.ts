import { AnyPrincipal, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { CfnVPCEndpoint, GatewayVpcEndpointAwsService, InterfaceVpcEndpointAwsService, SubnetType, Vpc } from 'aws-cdk-lib/aws-ec2';
import { Stack } from 'aws-cdk-lib';
import { pathsFor, testStack } from '../findings';

const RULE = 'EndpointPolicyScoped';

const isolatedVpc = (stack: Stack) =>
  new Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'i', subnetType: SubnetType.PRIVATE_ISOLATED }] });

describe('Residency-EndpointPolicyScoped', () => {
  it('fires on an interface endpoint without a policy', () => {
    const { stack } = testStack();
    isolatedVpc(stack).addInterfaceEndpoint('Bedrock', { service: InterfaceVpcEndpointAwsService.BEDROCK_RUNTIME });
    expect(pathsFor(RULE, stack)).toEqual(['S/Vpc/Bedrock/Resource']);
  });

  it('fires on a bare allow-all policy', () => {
    const { stack } = testStack();
    new CfnVPCEndpoint(stack, 'S3', {
      vpcId: 'vpc-1',
      serviceName: 'com.amazonaws.ap-northeast-1.s3',
      policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] },
    });
    expect(pathsFor(RULE, stack)).toEqual(['S/S3']);
  });

  it('is quiet on scoped interface and gateway endpoint policies', () => {
    const { stack } = testStack();
    const vpc = isolatedVpc(stack);
    const bedrock = vpc.addInterfaceEndpoint('Bedrock', { service: InterfaceVpcEndpointAwsService.BEDROCK_RUNTIME });
    bedrock.addToPolicy(new PolicyStatement({
      principals: [new AnyPrincipal()],
      actions: ['bedrock:InvokeModel'],
      resources: ['arn:aws:bedrock:ap-northeast-1:111111111111:inference-profile/jp.*'],
    }));
    const s3 = vpc.addGatewayEndpoint('S3', { service: GatewayVpcEndpointAwsService.S3 });
    s3.addToPolicy(new PolicyStatement({
      principals: [new AnyPrincipal()],
      actions: ['*'],
      resources: ['*'],
      conditions: { StringEquals: { 'aws:ResourceAccount': stack.account } },
    }));
    expect(pathsFor(RULE, stack)).toEqual([]);
  });
});
