import type { AssemblyModel, ResourceRef } from '../model';
import {
  type LocatedResource,
  allResources,
  asArray,
  collectStrings,
  compareRefs,
  getPath,
  isRecord,
  isTrue,
  props,
  refOf,
  resolveTarget,
  resourcesOfType,
} from '../template-query';

export interface SubnetEntry {
  readonly subnet: ResourceRef;
  readonly availabilityZone: string;
  readonly cidr: string;
  readonly mapPublicIpOnLaunch: boolean;
  readonly routeTables: readonly ResourceRef[];
  readonly routes: readonly RouteEntry[];
}

export interface RouteEntry {
  readonly route: ResourceRef;
  readonly destination: string;
  /** e.g. `GatewayId: {IGW}`; gateway endpoints add routes implicitly and are listed with the endpoints. */
  readonly target: string;
}

export interface EndpointEntry {
  readonly endpoint: ResourceRef;
  readonly service: string;
  readonly endpointType: 'Interface' | 'Gateway' | 'GatewayLoadBalancer' | string;
  /** Availability zones (subnets) of an interface endpoint. */
  readonly subnetCount: number;
  readonly privateDns: boolean;
  readonly policy: readonly string[];
}

export interface SecurityGroupRule {
  readonly direction: 'ingress' | 'egress';
  readonly protocol: string;
  readonly ports: string;
  readonly peer: string;
  readonly description: string;
}

export interface SecurityGroupEntry {
  readonly group: ResourceRef;
  readonly description: string;
  readonly rules: readonly SecurityGroupRule[];
}

export interface InternetPathCheck {
  /** Resource types whose presence would open a path to or from the internet. */
  readonly checkedTypes: readonly string[];
  /** What was looked for in routes and subnets besides resource types. */
  readonly checkedProperties: readonly string[];
  readonly templatesChecked: number;
  readonly found: readonly { readonly resource: ResourceRef; readonly why: string }[];
}

export interface NetworkInventory {
  readonly subnets: readonly SubnetEntry[];
  readonly endpoints: readonly EndpointEntry[];
  readonly securityGroups: readonly SecurityGroupEntry[];
  readonly internetPaths: InternetPathCheck;
}

export const INTERNET_PATH_TYPES: readonly string[] = [
  'AWS::EC2::InternetGateway',
  'AWS::EC2::VPCGatewayAttachment',
  'AWS::EC2::EgressOnlyInternetGateway',
  'AWS::EC2::NatGateway',
  'AWS::EC2::EIP',
  'AWS::EC2::VPNGateway',
  'AWS::EC2::CustomerGateway',
  'AWS::EC2::VPCPeeringConnection',
  'AWS::EC2::TransitGatewayAttachment',
  'AWS::EC2::TransitGatewayVpcAttachment',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancing::LoadBalancer',
  'AWS::NetworkFirewall::Firewall',
];

export function networkInventory(model: AssemblyModel): NetworkInventory {
  const routes = resourcesOfType(model, 'AWS::EC2::Route');
  const associations = resourcesOfType(model, 'AWS::EC2::SubnetRouteTableAssociation');
  const subnets = resourcesOfType(model, 'AWS::EC2::Subnet').map((subnet): SubnetEntry => {
    const p = props(subnet);
    const tables = associations
      .filter((a) => sameResource(resolveTarget(model, a.stack, props(a).SubnetId), subnet))
      .map((a) => resolveTarget(model, a.stack, props(a).RouteTableId))
      .filter((t): t is LocatedResource => t !== undefined);
    const subnetRoutes = routes
      .filter((route) => tables.some((t) => sameResource(resolveTarget(model, route.stack, props(route).RouteTableId), t)))
      .map(routeEntry);
    return {
      subnet: refOf(subnet),
      availabilityZone: display(p.AvailabilityZone),
      cidr: display(p.CidrBlock),
      mapPublicIpOnLaunch: isTrue(p.MapPublicIpOnLaunch),
      routeTables: tables.map(refOf).sort(compareRefs),
      routes: subnetRoutes,
    };
  });

  const endpoints = resourcesOfType(model, 'AWS::EC2::VPCEndpoint').map((e): EndpointEntry => {
    const p = props(e);
    const service = display(p.ServiceName).replace(/^com\.amazonaws\.(\{AWS::Region\}|[a-z0-9-]+)\./, '');
    return {
      endpoint: refOf(e),
      service,
      endpointType: typeof p.VpcEndpointType === 'string' ? p.VpcEndpointType : 'Gateway',
      subnetCount: asArray(p.SubnetIds).length,
      privateDns: isTrue(p.PrivateDnsEnabled),
      policy: asArray(getPath(p, 'PolicyDocument.Statement')).map(describeStatement),
    };
  });

  const securityGroups = resourcesOfType(model, 'AWS::EC2::SecurityGroup').map((g): SecurityGroupEntry => {
    const p = props(g);
    const egress = asArray(p.SecurityGroupEgress);
    const rules: SecurityGroupRule[] = [
      ...asArray(p.SecurityGroupIngress).map((r) => sgRule('ingress', r, model, g)),
      ...egress.filter((r) => !isNoEgressPlaceholder(r)).map((r) => sgRule('egress', r, model, g)),
    ];
    // CDK's stand-in for "no egress" is a rule nothing can match; shown as what it means.
    if (egress.some(isNoEgressPlaceholder)) rules.push({ direction: 'egress', protocol: 'none', ports: '-', peer: '-', description: NO_EGRESS });
    for (const standalone of resourcesOfType(model, 'AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress')) {
      if (sameResource(resolveTarget(model, standalone.stack, props(standalone).GroupId), g)) {
        rules.push(sgRule(standalone.resource.Type.endsWith('Ingress') ? 'ingress' : 'egress', props(standalone), model, standalone));
      }
    }
    return { group: refOf(g), description: display(p.GroupDescription), rules };
  });

  return { subnets, endpoints, securityGroups, internetPaths: internetPaths(model) };
}

function internetPaths(model: AssemblyModel): InternetPathCheck {
  const found: { resource: ResourceRef; why: string }[] = [];
  for (const r of allResources(model)) {
    const p = props(r);
    if (INTERNET_PATH_TYPES.includes(r.resource.Type)) {
      const internalLb = r.resource.Type.startsWith('AWS::ElasticLoadBalancing') && p.Scheme === 'internal';
      if (!internalLb) found.push({ resource: refOf(r), why: `resource type ${r.resource.Type}` });
    }
    if (r.resource.Type === 'AWS::EC2::Route') {
      const target = ['GatewayId', 'NatGatewayId', 'EgressOnlyInternetGatewayId', 'TransitGatewayId', 'VpcPeeringConnectionId', 'CarrierGatewayId'].find(
        (k) => p[k] !== undefined,
      );
      if (target) found.push({ resource: refOf(r), why: `route ${display(p.DestinationCidrBlock ?? p.DestinationIpv6CidrBlock)} via ${target}` });
    }
    if (r.resource.Type === 'AWS::EC2::Subnet' && isTrue(p.MapPublicIpOnLaunch)) found.push({ resource: refOf(r), why: 'MapPublicIpOnLaunch: true' });
    if (r.resource.Type === 'AWS::EC2::LaunchTemplate' && JSON.stringify(p).includes('"AssociatePublicIpAddress":true')) {
      found.push({ resource: refOf(r), why: 'AssociatePublicIpAddress: true' });
    }
  }
  return {
    checkedTypes: INTERNET_PATH_TYPES,
    checkedProperties: [
      'AWS::EC2::Route targets (GatewayId, NatGatewayId, EgressOnlyInternetGatewayId, TransitGatewayId, VpcPeeringConnectionId, CarrierGatewayId)',
      'AWS::EC2::Subnet MapPublicIpOnLaunch',
      'AWS::EC2::LaunchTemplate AssociatePublicIpAddress',
      'internet-facing load balancers (Scheme other than internal)',
    ],
    templatesChecked: model.stacks.length,
    found,
  };
}

function routeEntry(route: LocatedResource): RouteEntry {
  const p = props(route);
  const targetKey = Object.keys(p).find((k) => k !== 'RouteTableId' && !k.startsWith('Destination')) ?? '?';
  return { route: refOf(route), destination: display(p.DestinationCidrBlock ?? p.DestinationIpv6CidrBlock ?? p.DestinationPrefixListId), target: `${targetKey}: ${display(p[targetKey])}` };
}

/** What a group with CDK's no-egress placeholder allows out. */
export const NO_EGRESS = 'No outbound traffic allowed (allowAllOutbound: false and no egress rule)';

/**
 * CDK writes `255.255.255.255/32`, ICMP type 252 code 86 ("Disallow all traffic") into a group
 * without egress rules, because EC2 otherwise adds allow-all egress. It admits nothing.
 */
export function isNoEgressPlaceholder(rule: unknown): boolean {
  return isRecord(rule) && rule.CidrIp === '255.255.255.255/32' && rule.IpProtocol === 'icmp' && Number(rule.FromPort) === 252 && Number(rule.ToPort) === 86;
}

function sgRule(direction: 'ingress' | 'egress', rule: unknown, model: AssemblyModel, owner: LocatedResource): SecurityGroupRule {
  const r = isRecord(rule) ? rule : {};
  const protocol = String(r.IpProtocol ?? '?');
  const from = r.FromPort;
  const to = r.ToPort;
  const ports = protocol === '-1' ? 'all' : from === to ? String(from) : `${String(from)}-${String(to)}`;
  const peerValue = r.CidrIp ?? r.CidrIpv6 ?? r.DestinationPrefixListId ?? r.SourcePrefixListId ?? r.DestinationSecurityGroupId ?? r.SourceSecurityGroupId;
  const peerGroup = resolveTarget(model, owner.stack, peerValue);
  const peer = peerGroup ? `${peerGroup.stack.name}/${peerGroup.logicalId}` : display(peerValue);
  return { direction, protocol, ports, peer, description: typeof r.Description === 'string' ? r.Description : '' };
}

function describeStatement(s: unknown): string {
  if (!isRecord(s)) return '?';
  const list = (v: unknown) => collectStrings(v).map((f) => f.value).join(', ');
  const condition = s.Condition === undefined ? '' : ` when ${collectStrings(s.Condition).map((f) => `${f.path}=${f.value}`).join(', ')}`;
  return `${String(s.Effect)} ${list(s.Action)} on ${list(s.Resource)}${condition}`;
}

/** A short text for a literal or an intrinsic. */
export function display(v: unknown): string {
  if (v === undefined) return '-';
  const strings = collectStrings(v);
  if (strings.length === 1 && strings[0].path === '') return strings[0].value;
  if (isRecord(v) && typeof v.Ref === 'string') return `{${v.Ref}}`;
  if (isRecord(v) && Array.isArray(v['Fn::GetAtt'])) return `{${(v['Fn::GetAtt'] as unknown[]).join('.')}}`;
  if (isRecord(v) && typeof v['Fn::ImportValue'] === 'string') return `{import ${v['Fn::ImportValue']}}`;
  if (isRecord(v) && v['Fn::Select'] !== undefined) return JSON.stringify(v);
  return strings.length > 0 ? strings.map((s) => s.value).join(' ') : JSON.stringify(v);
}

function sameResource(a: LocatedResource | undefined, b: LocatedResource): boolean {
  return a !== undefined && a.stack === b.stack && a.logicalId === b.logicalId;
}
