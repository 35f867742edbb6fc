import {
  CfnEIP, CfnRoute, CfnSecurityGroupIngress, CfnVPNGateway, Peer, Port, SecurityGroup, SubnetType, Vpc,
} from 'aws-cdk-lib/aws-ec2';
import { CfnUrl } from 'aws-cdk-lib/aws-lambda';
import { Stack } from 'aws-cdk-lib';
import { pathsFor, testStack } from '../findings';

const RULE = 'NoInternetPath';

const isolatedVpc = (stack: Stack) =>
  new Vpc(stack, 'Vpc', {
    maxAzs: 1,
    natGateways: 0,
    subnetConfiguration: [{ name: 'isolated', subnetType: SubnetType.PRIVATE_ISOLATED }],
  });

describe('Residency-NoInternetPath', () => {
  it('fires on the internet plumbing of a default VPC', () => {
    const { stack } = testStack();
    new Vpc(stack, 'Vpc', { maxAzs: 1 });
    expect(pathsFor(RULE, stack)).toEqual([
      'S/Vpc/PublicSubnet1/Subnet',
      'S/Vpc/PublicSubnet1/DefaultRoute',
      'S/Vpc/PublicSubnet1/EIP',
      'S/Vpc/PublicSubnet1/NATGateway',
      'S/Vpc/PrivateSubnet1/DefaultRoute',
      'S/Vpc/IGW',
      'S/Vpc/VPCGW',
    ]);
  });

  it('fires on an EIP, a function URL without auth and open ingress', () => {
    const { stack } = testStack();
    const vpc = isolatedVpc(stack);
    new CfnEIP(stack, 'Eip');
    new CfnUrl(stack, 'Url', { authType: 'NONE', targetFunctionArn: 'arn:aws:lambda:ap-northeast-1:111111111111:function:f' });
    const sg = new SecurityGroup(stack, 'Sg', { vpc });
    sg.addIngressRule(Peer.anyIpv4(), Port.tcp(443));
    new CfnSecurityGroupIngress(stack, 'V6', { groupId: sg.securityGroupId, ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv6: '::/0' });
    expect(pathsFor(RULE, stack)).toEqual(['S/Eip', 'S/Url', 'S/Sg/Resource', 'S/V6']);
  });

  it('is quiet on an isolated VPC, IAM-auth URLs, VPC-internal ingress and routes to a VPN gateway', () => {
    const { stack } = testStack();
    const vpc = isolatedVpc(stack);
    new CfnUrl(stack, 'Url', { authType: 'AWS_IAM', targetFunctionArn: 'arn:aws:lambda:ap-northeast-1:111111111111:function:f' });
    const sg = new SecurityGroup(stack, 'Sg', { vpc });
    sg.addIngressRule(Peer.ipv4(vpc.vpcCidrBlock), Port.tcp(443));
    const vgw = new CfnVPNGateway(stack, 'Vgw', { type: 'ipsec.1' });
    new CfnRoute(stack, 'ToOnPrem', { routeTableId: 'rtb-1', destinationCidrBlock: '0.0.0.0/0', gatewayId: vgw.ref });
    expect(pathsFor(RULE, stack)).toEqual([]);
  });
});
