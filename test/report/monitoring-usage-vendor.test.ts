import { checkM1, checkM2, checkM3 } from '../../lib/report/checks/monitoring';
import { checkP1, checkP2, checkP3, checkP4, checkP5 } from '../../lib/report/checks/usage-policy';
import { checkV1, checkV2 } from '../../lib/report/checks/vendor';
import type { Finding } from '../../lib/report/checklist';
import { alarm, chatFunction, group, model, policy, role, stack } from './synthetic';

const names = (fs: readonly Finding[]) => fs.flatMap((f) => f.resources.map((r) => r.logicalId));

const trail = { Type: 'AWS::CloudTrail::Trail', Properties: { IsLogging: true, EnableLogFileValidation: true } };
const invocationLogging = {
  Type: 'Custom::BedrockInvocationLogging',
  Properties: { Create: { 'Fn::Join': ['', ['{"service":"Bedrock","action":"PutModelInvocationLoggingConfiguration","parameters":{"loggingConfig":{"cloudWatchConfig":{"logGroupName":"', { Ref: 'Logs' }, '"}}}}']] } },
};
const stage = { Type: 'AWS::ApiGateway::Stage', Properties: { AccessLogSetting: { DestinationArn: { 'Fn::GetAtt': ['AccessLogs', 'Arn'] } } } };
const query = (name: string) => ({ Type: 'AWS::Logs::QueryDefinition', Properties: { Name: name, QueryString: 'fields @timestamp' } });

describe('M-1 usage logs', () => {
  it('is enforced with CloudTrail, invocation logging and API access logs', () => {
    const r = checkM1(model(stack('Audit', { Trail: trail, InvocationLogging: invocationLogging, Stage: stage })));
    expect(r.status).toBe('enforced');
    expect(names(r.present)).toEqual(['Trail', 'InvocationLogging', 'Stage']);
  });

  it('recognises a provider-backed invocation-logging resource by its loggingConfig', () => {
    const provider = { Type: 'Custom::BedrockInvocationLogging', Properties: { ServiceToken: 'x', LoggingConfig: { textDataDeliveryEnabled: true, s3Config: { bucketName: { Ref: 'Audit' } } } } };
    expect(checkM1(model(stack('Audit', { Trail: trail, Logging: provider, Stage: stage }))).status).toBe('enforced');
  });

  it('becomes partial without invocation logging', () => {
    const r = checkM1(model(stack('Audit', { Trail: trail, Stage: stage })));
    expect(r.status).toBe('partial');
    expect(r.missing[0].text.en).toContain('invocation logging');
  });

  it('is a gap with flow logs only', () => {
    const r = checkM1(model(stack('F', { Flow: { Type: 'AWS::EC2::FlowLog', Properties: {} } })));
    expect(r.status).toBe('gap');
    expect(names(r.present)).toEqual(['Flow']);
  });
});

describe('M-2 detection of unusual use', () => {
  it('is enforced when alarms notify', () => {
    expect(checkM2(model(stack('Audit', { Spike: alarm(), Bulk: alarm() }))).status).toBe('enforced');
  });

  it('becomes a gap when the alarms are dropped', () => {
    expect(checkM2(model(stack('Audit', { Trail: trail }))).status).toBe('gap');
  });

  it('becomes partial, naming the alarm, when one has no action', () => {
    const r = checkM2(model(stack('Audit', { Spike: alarm(), Quiet: alarm(false) })));
    expect(r.status).toBe('partial');
    expect(names(r.missing)).toEqual(['Quiet']);
  });
});

describe('M-3 regular audits', () => {
  it('is enforced with saved queries and a validated trail', () => {
    const r = checkM3(model(stack('Audit', { Trail: trail, Q1: query('requests-by-user'), Q2: query('blocked') })));
    expect(r.status).toBe('enforced');
    expect(r.present.map((f) => f.text.en)).toContain('Saved Logs Insights queries: blocked, requests-by-user.');
  });

  it('becomes partial without saved queries (the report itself is always present)', () => {
    const r = checkM3(model(stack('Audit', { Trail: trail })));
    expect(r.status).toBe('partial');
    expect(r.missing.map((f) => f.text.en)).toEqual(['No saved Logs Insights queries for audits.']);
  });
});

describe('usage policy and vendor items are organizational, with what the kit provides', () => {
  const chat = model(stack('Api', { R: role(), P: policy('R', ['bedrock:InvokeModel']), Chat: chatFunction('R', { legal: { defaultAction: 'block' } }), G: group('legal'), Trail: trail }));
  const empty = model(stack('F', {}));

  it.each([
    ['P-1', checkP1],
    ['P-2', checkP2],
    ['P-3', checkP3],
    ['P-4', checkP4],
    ['P-5', checkP5],
    ['V-1', checkV1],
    ['V-2', checkV2],
  ])('%s is organizational with guidance', (_id, check) => {
    for (const m of [chat, empty]) {
      const r = check(m);
      expect(r.status).toBe('organizational');
      expect(r.guidance!.length).toBeGreaterThan(0);
    }
  });

  it('P-2 lists the per-group guard policy when present and misses it otherwise', () => {
    expect(checkP2(chat).present.map((f) => f.text.en)).toContain('Per-group guard policies: legal.');
    expect(checkP2(empty).missing.map((f) => f.text.en)).toEqual(['No per-group guard policy (chat.guard.groups) is configured.']);
  });

  it('P-1 lists the allow-listed models from CHAT_CONFIG', () => {
    expect(checkP1(chat).present[0].text.en).toBe('Only allow-listed models can be chosen: jp.anthropic.claude-sonnet-4-5-20250929-v1:0.');
  });

  it('V-1 names the services in scope from the resource types', () => {
    expect(checkV1(chat).present[0].text.en).toBe('AWS services in scope: Bedrock, CloudTrail, Cognito, IAM, Lambda.');
  });
});
