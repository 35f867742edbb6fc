import { CfnResource, Stack } from 'aws-cdk-lib';
import { NagRuleCompliance } from 'cdk-nag';
import { ResidencyRule } from './residency-rule';
import { TemplateValue, asList, flattenToString, isRecord, resolvedProperties } from './template-values';

type Properties = Record<string, TemplateValue>;

/** Resource types that exist only to connect a VPC to the internet. */
const INTERNET_TYPES = [
  'AWS::EC2::InternetGateway',
  'AWS::EC2::EgressOnlyInternetGateway',
  'AWS::EC2::NatGateway',
  'AWS::EC2::EIP',
  'AWS::EC2::EIPAssociation',
  'AWS::EC2::CarrierGateway',
];

const ANYWHERE = (rule: TemplateValue) => isRecord(rule) && (rule.CidrIp === '0.0.0.0/0' || rule.CidrIpv6 === '::/0');

/** For the remaining covered types: does this resource open an internet path? */
const OPENS_INTERNET_PATH: Record<string, (node: CfnResource, p: Properties) => boolean> = {
  'AWS::EC2::VPCGatewayAttachment': (_node, p) => p.InternetGatewayId !== undefined,
  'AWS::EC2::Subnet': (_node, p) => String(p.MapPublicIpOnLaunch) === 'true',
  'AWS::EC2::Route': (node, p) =>
    [p.NatGatewayId, p.EgressOnlyInternetGatewayId, p.CarrierGatewayId].some((t) => t !== undefined)
    || (p.GatewayId !== undefined && !isVpnGateway(node, p.GatewayId)),
  'AWS::Lambda::Url': (_node, p) => p.AuthType !== 'AWS_IAM',
  'AWS::EC2::SecurityGroup': (_node, p) => asList(p.SecurityGroupIngress).some(ANYWHERE),
  'AWS::EC2::SecurityGroupIngress': (_node, p) => ANYWHERE(p),
};

/** A route's `GatewayId` is either an internet gateway or a virtual private (VPN) gateway. */
function isVpnGateway(node: CfnResource, gatewayId: TemplateValue): boolean {
  const id = flattenToString(gatewayId);
  if (id.startsWith('vgw-')) return true;
  const logicalId = /^\$\{([^.}]+)\}$/.exec(id)?.[1];
  const stack = Stack.of(node);
  return logicalId !== undefined && stack.node.findAll().some(
    (c) => CfnResource.isCfnResource(c) && c.cfnResourceType === 'AWS::EC2::VPNGateway' && stack.resolve(c.logicalId) === logicalId,
  );
}

/**
 * No path between the kit and the internet: no internet, egress-only or NAT
 * gateways, Elastic IPs, public subnets, routes to such gateways, Lambda
 * function URLs without IAM auth, or security-group ingress from 0.0.0.0/0 or
 * ::/0. AWS services are reached through VPC endpoints instead.
 */
export function noInternetPath(node: CfnResource) {
  const type = node.cfnResourceType;
  if (INTERNET_TYPES.includes(type)) return NagRuleCompliance.NON_COMPLIANT;
  const opens = OPENS_INTERNET_PATH[type];
  if (opens === undefined) return NagRuleCompliance.NOT_APPLICABLE;
  return opens(node, resolvedProperties(node)) ? NagRuleCompliance.NON_COMPLIANT : NagRuleCompliance.COMPLIANT;
}
Object.defineProperty(noInternetPath, 'name', { value: 'NoInternetPath' });

export const NO_INTERNET_PATH: ResidencyRule = {
  name: 'NoInternetPath',
  info: 'The resource creates a path to or from the internet (gateway, NAT, EIP, public subnet, unauthenticated function URL, or open security-group ingress).',
  explanation:
    'The kit is private: prompts and data must not be reachable from, or sent to, the internet. AWS APIs are reached through VPC endpoints, which keep traffic on the AWS network in the region.',
  create: () => noInternetPath,
};
