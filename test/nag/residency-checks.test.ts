import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { InterfaceVpcEndpointAwsService, SubnetType, Vpc } from 'aws-cdk-lib/aws-ec2';
import { AnyPrincipal, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Code, Function, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { RESIDENCY_RULE_NAMES, RESIDENCY_RULES, ResidencyChecks, residencyRuleId } from '../../lib/nag';
import { residencyFindings, testStack } from './findings';

const JP_PROFILE = 'jp.anthropic.claude-sonnet-4-5-20250929-v1:0';

/** A small stack built the way the kit intends: should produce no findings at all. */
function compliantStack(stack: Stack) {
  const key = new Key(stack, 'Key', { enableKeyRotation: true });
  new Bucket(stack, 'Bucket', { encryption: BucketEncryption.KMS, encryptionKey: key, enforceSSL: true });
  const vpc = new Vpc(stack, 'Vpc', {
    maxAzs: 2,
    natGateways: 0,
    subnetConfiguration: [{ name: 'isolated', subnetType: SubnetType.PRIVATE_ISOLATED }],
  });
  const endpoint = vpc.addInterfaceEndpoint('BedrockRuntime', { service: InterfaceVpcEndpointAwsService.BEDROCK_RUNTIME });
  const profileArn = `arn:aws:bedrock:${stack.region}:${stack.account}:inference-profile/${JP_PROFILE}`;
  const modelArns = ['ap-northeast-1', 'ap-northeast-3'].map(
    (r) => `arn:aws:bedrock:${r}::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0`,
  );
  endpoint.addToPolicy(new PolicyStatement({
    principals: [new AnyPrincipal()],
    actions: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'],
    resources: [profileArn, ...modelArns],
  }));
  const logGroup = new LogGroup(stack, 'FnLogs', { encryptionKey: key, retention: RetentionDays.ONE_YEAR });
  const fn = new Function(stack, 'Chat', {
    runtime: Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code: Code.fromInline('exports.handler = async () => ({})'),
    vpc,
    logGroup,
    timeout: Duration.seconds(30),
    environment: { MODEL_ID: JP_PROFILE },
  });
  fn.addToRolePolicy(new PolicyStatement({ actions: ['bedrock:InvokeModel'], resources: [profileArn, ...modelArns] }));
}

describe('ResidencyChecks', () => {
  it('has the ten rules of the issue, the Osaka recovery rule and the knowledge-base rule, in order, each with info and explanation', () => {
    expect(RESIDENCY_RULE_NAMES).toEqual([
      'StackRegion',
      'LiteralRegion',
      'InferenceProfileResidency',
      'NoGlobalDataPath',
      'CustomerManagedEncryption',
      'KeyRotation',
      'NoInternetPath',
      'BucketPolicyTlsOnly',
      'EndpointPolicyScoped',
      'LogRetentionFloor',
      'OsakaRecoveryOnly',
      'KnowledgeBaseResidency',
    ]);
    for (const rule of RESIDENCY_RULES) {
      expect(rule.info).not.toHaveLength(0);
      expect(rule.explanation).not.toHaveLength(0);
    }
    expect(new ResidencyChecks().name).toBe('Residency');
    expect(residencyRuleId('KeyRotation')).toBe('Residency-KeyRotation');
  });

  it('finds nothing in a stack built the way the kit intends', () => {
    const { stack } = testStack();
    compliantStack(stack);
    expect(residencyFindings(stack)).toEqual([]);
  });

  it('an acknowledgment with a reason silences exactly that finding on that construct', () => {
    const { stack } = testStack();
    const acknowledged = new Key(stack, 'Acknowledged', { multiRegion: true });
    new Key(stack, 'Other');
    Validations.of(acknowledged).acknowledge({ id: 'Residency-KeyRotation', reason: 'Imported key material; rotated by hand.' });

    expect(residencyFindings(stack)).toEqual([
      { ruleId: 'Residency-NoGlobalDataPath', path: 'S/Acknowledged/Resource' },
      { ruleId: 'Residency-KeyRotation', path: 'S/Other/Resource' },
    ]);
  });

  it('runs as a validation plugin at synthesis and fails it on a finding', () => {
    const { app, stack } = testStack();
    new Key(stack, 'Key');
    Validations.of(app).addPlugins(new ResidencyChecks(app));
    expect(() => app.synth()).toThrow(/Residency-KeyRotation[\s\S]*S\/Key\/Resource|S\/Key\/Resource[\s\S]*Residency-KeyRotation/);
  });

  it('lets a compliant app synthesize with the plugin registered', () => {
    const { app, stack } = testStack();
    compliantStack(stack);
    Validations.of(app).addPlugins(new ResidencyChecks(app));
    expect(() => app.synth()).not.toThrow();
  });
});
