import { parseConfig } from '../../lib/config';
import { ConfigError } from '../../lib/config/load';
import { type PolicyDocument, SCP_MAX_CHARACTERS, scpCharacterCount } from '../../lib/governance/japan-residency-scp';
import { residencyScpFor } from '../../lib/governance/write-governance';
import { ACCOUNT, decide as decideRequest } from '../support/iam-simulation';

const ROLE = `arn:aws:iam::${ACCOUNT}:role/app-developer`;
const BREAK_GLASS = `arn:aws:iam::${ACCOUNT}:role/BreakGlass`;
const MODEL = 'anthropic.claude-sonnet-4-5-20250929-v1:0';
const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const fullAwsAccess = { name: 'FullAWSAccess', policy: allowAll };

interface Call {
  readonly action: string;
  readonly resource: string;
  readonly region: string;
  readonly principal?: string;
  readonly context?: Record<string, string>;
}

/** Simulate one request with an allow-all identity policy under FullAWSAccess plus the SCP at the root. */
async function decide(scp: PolicyDocument, call: Call): Promise<string> {
  return decideRequest({
    principal: call.principal ?? ROLE,
    action: call.action,
    resource: call.resource,
    context: { 'aws:RequestedRegion': call.region, ...call.context },
    identityPolicies: [{ name: 'AllowAll', policy: allowAll }],
    serviceControlPolicies: [
      { orgIdentifier: 'r-ab12', policies: [fullAwsAccess, { name: 'JapanResidency', policy: scp }] },
      { orgIdentifier: ACCOUNT, policies: [fullAwsAccess] },
    ],
  });
}

const profileArn = (prefix: string, region = 'ap-northeast-1') => `arn:aws:bedrock:${region}:${ACCOUNT}:inference-profile/${prefix}.${MODEL}`;
const modelArn = (region: string) => `arn:aws:bedrock:${region}::foundation-model/${MODEL}`;
/** The authorization a cross-region request gets in its destination region. */
const routed = (prefix: string, destination: string): Call => ({
  action: 'bedrock:InvokeModel',
  resource: modelArn(destination),
  region: destination,
  context: { 'bedrock:InferenceProfileArn': profileArn(prefix) },
});

describe('Japan-residency SCP simulated with an allow-all identity policy (default config: Tokyo, jp. profiles to Osaka)', () => {
  const scp = residencyScpFor(parseConfig({}));

  test.each([
    ['a jp. profile request in Tokyo (the profile itself)', { action: 'bedrock:InvokeModel', resource: profileArn('jp'), region: 'ap-northeast-1' }],
    ['a jp. profile routed to Osaka', routed('jp', 'ap-northeast-3')],
    ['a jp. profile routed to Tokyo', routed('jp', 'ap-northeast-1')],
    ['streaming through a jp. profile routed to Osaka', { ...routed('jp', 'ap-northeast-3'), action: 'bedrock:InvokeModelWithResponseStream' }],
    ['a Tokyo foundation model invoked directly', { action: 'bedrock:InvokeModel', resource: modelArn('ap-northeast-1'), region: 'ap-northeast-1' }],
    ['S3 in Tokyo', { action: 's3:PutObject', resource: 'arn:aws:s3:::kit-bucket/key', region: 'ap-northeast-1' }],
    ['IAM (global endpoint in us-east-1)', { action: 'iam:CreateRole', resource: `arn:aws:iam::${ACCOUNT}:role/new-role`, region: 'us-east-1' }],
    ['STS global endpoint', { action: 'sts:AssumeRole', resource: `arn:aws:iam::${ACCOUNT}:role/new-role`, region: 'us-east-1' }],
    ['an exempt action (s3:ListAllMyBuckets in us-east-1)', { action: 's3:ListAllMyBuckets', resource: '*', region: 'us-east-1' }],
    ['an exempt action (budgets in us-east-1)', { action: 'budgets:ViewBudget', resource: `arn:aws:budgets::${ACCOUNT}:budget/b`, region: 'us-east-1' }],
  ] as [string, Call][])('allowed: %s', async (_name, call) => {
    expect(await decide(scp, call)).toBe('Allowed');
  });

  test.each([
    ['an apac. profile requested in Tokyo', { action: 'bedrock:InvokeModel', resource: profileArn('apac'), region: 'ap-northeast-1' }],
    ['an apac. profile routed to Singapore', routed('apac', 'ap-southeast-1')],
    ['an apac. profile routed to Tokyo', routed('apac', 'ap-northeast-1')],
    ['a global. profile requested in Tokyo', { action: 'bedrock:InvokeModel', resource: profileArn('global'), region: 'ap-northeast-1' }],
    ['a global. profile routed to us-east-1', routed('global', 'us-east-1')],
    ['a global. profile routed to Osaka', routed('global', 'ap-northeast-3')],
    ['a us. profile invoked in us-east-1', { action: 'bedrock:InvokeModel', resource: profileArn('us', 'us-east-1'), region: 'us-east-1' }],
    ['a foundation model invoked directly in us-east-1', { action: 'bedrock:InvokeModel', resource: modelArn('us-east-1'), region: 'us-east-1' }],
    ['S3 in us-east-1', { action: 's3:PutObject', resource: 'arn:aws:s3:::abroad/key', region: 'us-east-1' }],
    ['S3 bucket creation in us-east-1', { action: 's3:CreateBucket', resource: 'arn:aws:s3:::abroad', region: 'us-east-1' }],
    ['Lambda in us-east-1', { action: 'lambda:CreateFunction', resource: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:f`, region: 'us-east-1' }],
    ['Lambda in Osaka (Osaka is approved for jp. inference only)', { action: 'lambda:InvokeFunction', resource: `arn:aws:lambda:ap-northeast-3:${ACCOUNT}:function:f`, region: 'ap-northeast-3' }],
    ['a foundation model in Osaka invoked directly', { action: 'bedrock:InvokeModel', resource: modelArn('ap-northeast-3'), region: 'ap-northeast-3' }],
    ['DynamoDB in Singapore', { action: 'dynamodb:PutItem', resource: `arn:aws:dynamodb:ap-southeast-1:${ACCOUNT}:table/t`, region: 'ap-southeast-1' }],
    ['CloudFront (a global data path, not exempt)', { action: 'cloudfront:CreateDistribution', resource: '*', region: 'us-east-1' }],
  ] as [string, Call][])('denied: %s', async (_name, call) => {
    expect(await decide(scp, call)).toBe('ExplicitlyDenied');
  });
});

describe('break-glass principals', () => {
  const scp = residencyScpFor(parseConfig({ governance: { scp: { breakGlassPrincipals: [`arn:aws:iam::*:role/BreakGlass`] } } }));

  test('are exempt from the region statement and both Bedrock statements', async () => {
    const breakGlass = { principal: BREAK_GLASS };
    expect(await decide(scp, { ...breakGlass, action: 's3:PutObject', resource: 'arn:aws:s3:::abroad/key', region: 'us-east-1' })).toBe('Allowed');
    expect(await decide(scp, { ...breakGlass, ...routed('apac', 'ap-southeast-1') })).toBe('Allowed');
    expect(await decide(scp, { ...breakGlass, ...routed('global', 'ap-northeast-1') })).toBe('Allowed');
    expect(await decide(scp, { ...breakGlass, action: 'bedrock:InvokeModel', resource: profileArn('apac'), region: 'ap-northeast-1' })).toBe('Allowed');
  });

  test('other principals stay denied', async () => {
    expect(await decide(scp, { action: 's3:PutObject', resource: 'arn:aws:s3:::abroad/key', region: 'us-east-1' })).toBe('ExplicitlyDenied');
    expect(await decide(scp, routed('apac', 'ap-southeast-1'))).toBe('ExplicitlyDenied');
  });
});

describe('options', () => {
  test('extra global actions are exempt', async () => {
    const call = { action: 'chatbot:DescribeSlackChannelConfigurations', resource: '*', region: 'us-west-2' };
    expect(await decide(residencyScpFor(parseConfig({})), call)).toBe('ExplicitlyDenied');
    expect(await decide(residencyScpFor(parseConfig({ governance: { scp: { extraGlobalActions: ['chatbot:*'] } } })), call)).toBe('Allowed');
  });

  test('with the recovery stack on, Osaka is approved for every service; other regions stay denied', async () => {
    const scp = residencyScpFor(parseConfig({ resilience: { osaka: { enabled: true } } }));
    expect(await decide(scp, { action: 's3:PutObject', resource: 'arn:aws:s3:::replica/k', region: 'ap-northeast-3' })).toBe('Allowed');
    expect(await decide(scp, { action: 'lambda:InvokeFunction', resource: `arn:aws:lambda:ap-northeast-3:${ACCOUNT}:function:f`, region: 'ap-northeast-3' })).toBe('Allowed');
    expect(await decide(scp, routed('jp', 'ap-northeast-3'))).toBe('Allowed');
    expect(await decide(scp, routed('apac', 'ap-northeast-3'))).toBe('ExplicitlyDenied');
    expect(await decide(scp, { action: 's3:PutObject', resource: 'arn:aws:s3:::abroad/k', region: 'us-east-1' })).toBe('ExplicitlyDenied');
  });

  test('with allowOsaka false, jp. profiles are denied wherever they land and Tokyo still works', async () => {
    const scp = residencyScpFor(parseConfig({ allowOsaka: false }));
    expect(await decide(scp, routed('jp', 'ap-northeast-3'))).toBe('ExplicitlyDenied');
    expect(await decide(scp, routed('jp', 'ap-northeast-1'))).toBe('ExplicitlyDenied');
    expect(await decide(scp, { action: 'bedrock:InvokeModel', resource: profileArn('jp'), region: 'ap-northeast-1' })).toBe('ExplicitlyDenied');
    expect(await decide(scp, { action: 'bedrock:InvokeModel', resource: modelArn('ap-northeast-1'), region: 'ap-northeast-1' })).toBe('Allowed');
  });

  test('the written policy carries the RequestedRegion deny and the jp. InferenceProfileArn exemption', () => {
    const scp = residencyScpFor(parseConfig({}));
    const text = JSON.stringify(scp);
    expect(text).toContain('"aws:RequestedRegion":["ap-northeast-1"]');
    expect(text).toContain('"bedrock:InferenceProfileArn":"arn:aws:bedrock:*:*:inference-profile/jp.*"');
  });

  test('the default policy fits the 5,120-character limit', () => {
    expect(scpCharacterCount(residencyScpFor(parseConfig({})))).toBeLessThanOrEqual(SCP_MAX_CHARACTERS);
  });

  test('a policy over the limit fails with a ConfigError naming the fields to shorten', () => {
    const extraGlobalActions = Array.from({ length: 50 }, (_, i) => `service${i}abcdefghijklmnopqrstuvwxyz:SomeVeryLongActionName${i}`);
    const principals = Array.from({ length: 10 }, (_, i) => `arn:aws:iam::*:role/break-glass/very/long/path/to/role-${i}-abcdefghijklmnopqrstuvwxyz`);
    const build = () => residencyScpFor(parseConfig({ governance: { scp: { extraGlobalActions, breakGlassPrincipals: principals } } }));
    expect(build).toThrow(ConfigError);
    expect(build).toThrow(/SCP is \d+ characters; AWS Organizations accepts at most 5120.*governance\.scp\.extraGlobalActions/);
  });
});
