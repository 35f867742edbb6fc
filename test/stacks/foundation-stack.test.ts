import { Match, Template } from 'aws-cdk-lib/assertions';
import { buildKit } from '../support/kit-app';

describe('FoundationStack (default config)', () => {
  let template: Template;
  beforeAll(() => {
    template = Template.fromStack(buildKit().stacks.foundation);
  });

  test('has no internet path: no IGW, NAT, EIP or public subnet', () => {
    for (const type of ['AWS::EC2::InternetGateway', 'AWS::EC2::NatGateway', 'AWS::EC2::EIP', 'AWS::EC2::EgressOnlyInternetGateway', 'AWS::EC2::VPCGatewayAttachment']) {
      template.resourceCountIs(type, 0);
    }
    template.allResourcesProperties('AWS::EC2::Subnet', { MapPublicIpOnLaunch: false });
    template.resourcePropertiesCountIs('AWS::EC2::Route', { DestinationCidrBlock: '0.0.0.0/0' }, 0);
  });

  test('one isolated subnet per configured AZ, named explicitly', () => {
    template.resourceCountIs('AWS::EC2::Subnet', 2);
    template.hasResourceProperties('AWS::EC2::Subnet', { AvailabilityZone: 'ap-northeast-1a' });
    template.hasResourceProperties('AWS::EC2::Subnet', { AvailabilityZone: 'ap-northeast-1c' });
    template.hasResourceProperties('AWS::EC2::VPC', { CidrBlock: '10.20.0.0/16' });
  });

  test('two rotating CMKs (data, logs) that are retained', () => {
    template.resourceCountIs('AWS::KMS::Key', 2);
    template.allResourcesProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    const keys = template.findResources('AWS::KMS::Key');
    for (const key of Object.values(keys)) expect(key.DeletionPolicy).toBe('Retain');
    template.hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/private-ai-jp/data' });
    template.hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/private-ai-jp/logs' });
  });

  test('the logs key admits CloudWatch Logs only for this account\'s log groups in Tokyo', () => {
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Sid: 'AllowCloudWatchLogsForThisAccountsLogGroups',
            Principal: { Service: 'logs.ap-northeast-1.amazonaws.com' },
            Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws:logs:ap-northeast-1:111111111111:log-group:*' } },
          }),
        ]),
      },
    });
  });

  test('interface endpoints for bedrock-runtime, bedrock, kms, logs, sts with private DNS and a policy each', () => {
    const endpoints = template.findResources('AWS::EC2::VPCEndpoint', { Properties: { VpcEndpointType: 'Interface' } });
    const services = Object.values(endpoints).map((e) => JSON.stringify(e.Properties.ServiceName));
    for (const s of ['bedrock-runtime', 'bedrock', 'kms', 'logs', 'sts']) {
      expect(services.some((name) => name.includes(`.${s}"`) || name.endsWith(`.${s}`) || name.includes(`${s}"]`))).toBe(true);
    }
    expect(Object.keys(endpoints)).toHaveLength(5);
    for (const e of Object.values(endpoints)) {
      expect(e.Properties.PrivateDnsEnabled).toBe(true);
      expect(e.Properties.PolicyDocument).toBeDefined();
      for (const st of e.Properties.PolicyDocument.Statement) {
        expect(st.Condition).toEqual({ StringEquals: expect.objectContaining({ 'aws:PrincipalAccount': '111111111111' }) });
      }
    }
  });

  test('bedrock-runtime endpoint admits only the allow-listed models', () => {
    const endpoints = template.findResources('AWS::EC2::VPCEndpoint', { Properties: { VpcEndpointType: 'Interface' } });
    const runtime = Object.values(endpoints).find((e) => JSON.stringify(e.Properties.ServiceName).includes('bedrock-runtime'))!;
    const [statement] = runtime.Properties.PolicyDocument.Statement;
    expect(statement.Action).toEqual(expect.arrayContaining(['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream']));
    expect(statement.Resource).toContain('arn:aws:bedrock:ap-northeast-1:111111111111:inference-profile/jp.anthropic.claude-sonnet-4-5-20250929-v1:0');
    expect(statement.Resource).toContain('arn:aws:bedrock:ap-northeast-3::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0');
    expect(statement.Resource).not.toContain('*');
    expect(JSON.stringify(statement.Resource)).not.toMatch(/(apac|global|us|eu)\./);
  });

  test('gateway endpoints for S3 and DynamoDB are limited to this account', () => {
    const gateways = template.findResources('AWS::EC2::VPCEndpoint', { Properties: { VpcEndpointType: 'Gateway' } });
    expect(Object.keys(gateways)).toHaveLength(2);
    const s3 = Object.values(gateways).find((g) => JSON.stringify(g.Properties.ServiceName).includes('.s3'))!;
    expect(s3.Properties.PolicyDocument.Statement[0].Condition.StringEquals).toEqual({
      'aws:PrincipalAccount': '111111111111',
      's3:ResourceAccount': '111111111111',
    });
  });

  test('endpoint security group admits 443 from the VPC only', () => {
    template.hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: Match.stringLikeRegexp('VPC interface endpoints'),
      SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.20.0.0/16' }],
    });
  });

  test('flow logs of all traffic go to a KMS-encrypted log group with the configured retention', () => {
    template.hasResourceProperties('AWS::EC2::FlowLog', { TrafficType: 'ALL', LogDestinationType: 'cloud-watch-logs' });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 365, KmsKeyId: Match.anyValue() });
  });

  test('the access-log bucket is KMS-encrypted, TLS-only, private and versioned', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ BucketKeyEnabled: true, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: Match.anyValue() } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      VersioningConfiguration: { Status: 'Enabled' },
    });
  });
});

describe('FoundationStack switches', () => {
  test('retainData=false destroys keys, buckets and log groups on stack deletion', () => {
    const template = Template.fromStack(buildKit({ retainData: false }).stacks.foundation);
    for (const type of ['AWS::KMS::Key', 'AWS::S3::Bucket', 'AWS::Logs::LogGroup']) {
      for (const r of Object.values(template.findResources(type))) expect(r.DeletionPolicy).toBe('Delete');
    }
  });

  test('three AZs and a /20 VPC give three subnets', () => {
    const template = Template.fromStack(buildKit({ availabilityZones: ['ap-northeast-1a', 'ap-northeast-1c', 'ap-northeast-1d'], vpcCidr: '10.9.0.0/20' }).stacks.foundation);
    template.resourceCountIs('AWS::EC2::Subnet', 3);
    template.hasResourceProperties('AWS::EC2::VPC', { CidrBlock: '10.9.0.0/20' });
  });

  test('allowOsaka=false drops the Osaka foundation-model ARNs from the runtime endpoint', () => {
    const template = Template.fromStack(buildKit({ allowOsaka: false }).stacks.foundation);
    expect(JSON.stringify(template.toJSON())).not.toContain('ap-northeast-3');
  });
});
