import { encryptionInventory } from '../../lib/report/inventory/encryption';
import { networkInventory } from '../../lib/report/inventory/network';
import { residencySummary } from '../../lib/report/inventory/residency';
import { key, kmsBucket, logGroup, model, policy, role, stack, tlsOnlyPolicy } from './synthetic';

describe('encryption inventory', () => {
  it('lists every store with its key and the key rotation', () => {
    const m = model(
      stack('S', {
        Key: key(),
        Slow: { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true, RotationPeriodInDays: 730 } },
        Alias: { Type: 'AWS::KMS::Alias', Properties: { AliasName: 'alias/x', TargetKeyId: { Ref: 'Slow' } } },
        Bucket: kmsBucket(),
        Policy: tlsOnlyPolicy('Bucket'),
        Logs: logGroup(365, null),
        Topic: { Type: 'AWS::SNS::Topic', Properties: { KmsMasterKeyId: { Ref: 'Alias' } } },
        Queue: { Type: 'AWS::SQS::Queue', Properties: { KmsMasterKeyId: 'alias/aws/sqs' } },
        Secret: { Type: 'AWS::SecretsManager::Secret', Properties: {} },
      }),
    );
    const byStore = Object.fromEntries(encryptionInventory(m).map((e) => [e.store.logicalId, e]));
    expect(Object.keys(byStore)).toEqual(['Bucket', 'Logs', 'Queue', 'Secret', 'Topic']);
    expect(byStore.Bucket.key).toEqual({ kind: 'customer-managed', key: { stack: 'S', logicalId: 'Key', type: 'AWS::KMS::Key' }, rotation: { enabled: true, periodDays: 365 } });
    expect(byStore.Bucket.tlsOnly).toBe(true);
    expect(byStore.Logs.key.kind).toBe('service-default');
    expect(byStore.Topic.key.rotation).toEqual({ enabled: true, periodDays: 730 });
    expect(byStore.Topic.tlsOnly).toBe(false);
    expect(byStore.Queue.key).toEqual({ kind: 'aws-managed', literal: 'alias/aws/sqs' });
    expect(byStore.Secret.key.kind).toBe('aws-managed');
  });
});

describe('network inventory', () => {
  const isolated = {
    Subnet: { Type: 'AWS::EC2::Subnet', Properties: { AvailabilityZone: 'ap-northeast-1a', CidrBlock: '10.0.0.0/24', MapPublicIpOnLaunch: false } },
    Rt: { Type: 'AWS::EC2::RouteTable', Properties: {} },
    Assoc: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: { Ref: 'Subnet' }, RouteTableId: { Ref: 'Rt' } } },
    Sg: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: { GroupDescription: 'endpoints', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/16', Description: 'HTTPS' }] },
    },
    Endpoint: {
      Type: 'AWS::EC2::VPCEndpoint',
      Properties: {
        VpcEndpointType: 'Interface',
        ServiceName: { 'Fn::Join': ['', ['com.amazonaws.', { Ref: 'AWS::Region' }, '.bedrock-runtime']] },
        SubnetIds: [{ Ref: 'Subnet' }, 'subnet-2'],
        PrivateDnsEnabled: true,
        PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'bedrock:InvokeModel', Resource: '*', Principal: '*' }] },
      },
    },
  };

  it('states the absence of internet paths for isolated subnets', () => {
    const n = networkInventory(model(stack('F', isolated)));
    expect(n.internetPaths.found).toEqual([]);
    expect(n.internetPaths.checkedTypes).toContain('AWS::EC2::InternetGateway');
    expect(n.subnets).toEqual([
      expect.objectContaining({ availabilityZone: 'ap-northeast-1a', cidr: '10.0.0.0/24', routes: [], routeTables: [{ stack: 'F', logicalId: 'Rt', type: 'AWS::EC2::RouteTable' }] }),
    ]);
    expect(n.endpoints).toEqual([expect.objectContaining({ service: 'bedrock-runtime', endpointType: 'Interface', subnetCount: 2, policy: ['Allow bedrock:InvokeModel on *'] })]);
    expect(n.securityGroups[0].rules).toEqual([{ direction: 'ingress', protocol: 'tcp', ports: '443', peer: '10.0.0.0/16', description: 'HTTPS' }]);
  });

  it('finds an internet gateway and the route through it', () => {
    const n = networkInventory(
      model(
        stack('F', {
          ...isolated,
          Igw: { Type: 'AWS::EC2::InternetGateway', Properties: {} },
          Default: { Type: 'AWS::EC2::Route', Properties: { RouteTableId: { Ref: 'Rt' }, DestinationCidrBlock: '0.0.0.0/0', GatewayId: { Ref: 'Igw' } } },
        }),
      ),
    );
    expect(n.internetPaths.found.map((f) => `${f.resource.logicalId}: ${f.why}`)).toEqual(['Default: route 0.0.0.0/0 via GatewayId', 'Igw: resource type AWS::EC2::InternetGateway']);
    expect(n.subnets[0].routes).toEqual([{ route: { stack: 'F', logicalId: 'Default', type: 'AWS::EC2::Route' }, destination: '0.0.0.0/0', target: 'GatewayId: {Igw}' }]);
  });
});

describe('residency summary', () => {
  it('lists every region, ARN region and model identifier with where it was found', () => {
    const s = residencySummary(
      model(
        stack('S', {
          R: role(),
          P: policy('R', ['bedrock:InvokeModel'], [
            'arn:aws:bedrock:ap-northeast-1:111111111111:inference-profile/jp.anthropic.claude-haiku-4-5-20251001-v1:0',
            'arn:aws:bedrock:ap-northeast-3::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0',
          ]),
        }),
      ),
    );
    expect(s.stacks).toEqual([{ name: 'S', region: 'ap-northeast-1', inJapan: true }]);
    expect(s.regions.map((r) => [r.region, r.inJapan, r.locations.map((l) => `${l.resource.logicalId} ${l.path}`)])).toEqual([
      ['ap-northeast-1', true, ['P Properties.PolicyDocument.Statement[0].Resource[0]']],
      ['ap-northeast-3', true, ['P Properties.PolicyDocument.Statement[0].Resource[1]']],
    ]);
    expect(s.models.map((m) => [m.id, m.scope])).toEqual([
      ['anthropic.claude-haiku-4-5-20251001-v1:0', 'in-region-model'],
      ['jp.anthropic.claude-haiku-4-5-20251001-v1:0', 'japan-profile'],
    ]);
    expect(s.globalPaths).toEqual([]);
  });

  it('does not mistake service host names for model ids', () => {
    const s = residencySummary(model(stack('S', { R: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Statement: [{ Principal: { Service: 'lambda.amazonaws.com' } }] } } } })));
    expect(s.models).toEqual([]);
  });
});
