import { checkD1, checkD2, checkD3, checkD4, checkD5 } from '../../lib/report/checks/data-protection';
import type { Finding } from '../../lib/report/checklist';
import {
  apiMethod,
  chatFunction,
  key,
  kmsBucket,
  logGroup,
  model,
  plainFunction,
  policy,
  role,
  stack,
  table,
  tlsOnlyPolicy,
} from './synthetic';

const names = (fs: readonly Finding[]) => fs.flatMap((f) => f.resources.map((r) => r.logicalId));

describe('D-1 inputs not used for training', () => {
  it('is enforced with invocation-only grants and no training resource', () => {
    const r = checkD1(model(stack('S', { ChatRole: role(), ChatPolicy: policy('ChatRole', ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream']) })));
    expect(r.status).toBe('enforced');
    expect(names(r.present)).toContain('ChatPolicy');
  });

  it('becomes partial, naming the policy, when a Bedrock wildcard is granted', () => {
    const r = checkD1(model(stack('S', { R: role(), Broad: policy('R', ['bedrock:*']) })));
    expect(r.status).toBe('partial');
    expect(names(r.missing)).toEqual(['Broad']);
    expect(r.missing[0].text.en).toContain('bedrock:*');
  });

  it('becomes partial when a model customisation action is granted', () => {
    const r = checkD1(model(stack('S', { R: role(), Tune: policy('R', ['bedrock:CreateModelCustomizationJob']) })));
    expect(r.status).toBe('partial');
    expect(names(r.missing)).toEqual(['Tune']);
  });

  it('becomes partial when a SageMaker resource exists', () => {
    const r = checkD1(model(stack('S', { Training: { Type: 'AWS::SageMaker::Model', Properties: {} } })));
    expect(r.status).toBe('partial');
    expect(names(r.missing)).toEqual(['Training']);
  });
});

describe('D-2 the input guard on the only path to the model', () => {
  const guarded = {
    ChatRole: role(),
    ChatPolicy: policy('ChatRole', ['bedrock:InvokeModel']),
    Chat: chatFunction('ChatRole'),
    ChatPost: apiMethod('Chat'),
  };

  it('is enforced when only the chat role may invoke and the API targets only the chat function', () => {
    const r = checkD2(model(stack('Api', guarded)));
    expect(r.status).toBe('enforced');
    expect(names(r.present)).toEqual(expect.arrayContaining(['Chat', 'ChatRole', 'ChatPost']));
  });

  it('is a gap without a guarded chat function', () => {
    const r = checkD2(model(stack('Api', { R: role(), P: policy('R', ['bedrock:InvokeModel']), F: plainFunction('R'), M: apiMethod('F') })));
    expect(r.status).toBe('gap');
    expect(names(r.missing)).toEqual(expect.arrayContaining(['R', 'M']));
  });

  it('becomes partial, naming the role, when another principal may invoke models', () => {
    const r = checkD2(model(stack('Api', { ...guarded, Other: role(), OtherPolicy: policy('Other', ['bedrock:Invoke*']) })));
    expect(r.status).toBe('partial');
    expect(names(r.missing)).toEqual(['Other']);
  });

  it('becomes partial when an API method targets another function that may call a model', () => {
    const r = checkD2(model(stack('Api', { ...guarded, R2: role(), R2Policy: policy('R2', ['bedrock:InvokeModel']), Side: plainFunction('R2'), SidePost: apiMethod('Side') })));
    expect(r.status).toBe('partial');
    expect(names(r.missing)).toEqual(expect.arrayContaining(['SidePost']));
  });

  it('stays enforced when another API method targets a function that cannot reach a model (a profile route)', () => {
    const r = checkD2(model(stack('Api', { ...guarded, R2: role(), Side: plainFunction('R2'), SidePost: apiMethod('Side') })));
    expect(r.status).toBe('enforced');
    expect(r.present.map((f) => f.text.en)).toContain(
      'Every API route that reaches a model goes through the guarded chat function; the other routes reach no model (their functions hold no bedrock:InvokeModel*, or they serve static files).',
    );
  });

  it('becomes partial when a function URL opens a path around the API', () => {
    const r = checkD2(model(stack('Api', { ...guarded, Url: { Type: 'AWS::Lambda::Url', Properties: { TargetFunctionArn: { 'Fn::GetAtt': ['Chat', 'Arn'] } } } })));
    expect(r.status).toBe('partial');
    expect(names(r.missing)).toEqual(['Url']);
  });
});

describe('D-3 known storage region', () => {
  const tokyo = { Key: key(), Grant: policy('R', ['bedrock:InvokeModel'], ['arn:aws:bedrock:ap-northeast-1:111111111111:inference-profile/jp.anthropic.claude-sonnet-4-5-20250929-v1:0']), R: role() };

  it('is enforced when every stack, ARN and profile is in Japan', () => {
    expect(checkD3(model(stack('S', tokyo))).status).toBe('enforced');
  });

  it('becomes a gap when a CloudFront distribution is added', () => {
    const r = checkD3(model(stack('S', { ...tokyo, Cdn: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: {} } } })));
    expect(r.status).toBe('gap');
    expect(names(r.missing)).toEqual(['Cdn']);
  });

  it('becomes a gap for an ARN in another region', () => {
    const r = checkD3(model(stack('S', { ...tokyo, Far: policy('R', ['s3:GetObject'], 'arn:aws:sqs:us-east-1:111111111111:queue') })));
    expect(r.status).toBe('gap');
    expect(r.missing[0].text.en).toContain('us-east-1');
    expect(names(r.missing)).toEqual(['Far']);
  });

  it('becomes a gap for an inference profile that routes outside Japan', () => {
    const r = checkD3(model(stack('S', { ...tokyo, Apac: policy('R', ['bedrock:InvokeModel'], 'arn:aws:bedrock:ap-northeast-1:111111111111:inference-profile/apac.anthropic.claude-sonnet-4-20250514-v1:0') })));
    expect(r.status).toBe('gap');
    expect(r.missing.map((m) => m.text.en).join(' ')).toContain('apac.anthropic.claude-sonnet-4-20250514-v1:0');
  });

  it('becomes a gap for a stack outside Japan', () => {
    const r = checkD3(model(stack('S', tokyo), stack('Edge', {}, {}, 'us-east-1')));
    expect(r.status).toBe('gap');
    expect(r.missing[0].text.en).toContain('Edge (us-east-1)');
  });

  it('resolves the region pseudo parameter to the stack region', () => {
    const arn = { 'Fn::Join': ['', ['arn:aws:logs:', { Ref: 'AWS::Region' }, ':111111111111:log-group:x']] };
    expect(checkD3(model(stack('S', { R: role(), P: policy('R', ['logs:PutLogEvents'], arn) }, {}, 'eu-west-1'))).status).toBe('gap');
    expect(checkD3(model(stack('S', { R: role(), P: policy('R', ['logs:PutLogEvents'], arn) }))).status).toBe('enforced');
  });
});

describe('D-4 encryption in transit and at rest', () => {
  const encrypted = { Key: key(), Bucket: kmsBucket(), BucketPolicy: tlsOnlyPolicy('Bucket'), Logs: logGroup(), Table: table() };

  it('is enforced when every store uses a customer-managed key and buckets are TLS-only', () => {
    expect(checkD4(model(stack('S', encrypted))).status).toBe('enforced');
  });

  it('becomes partial, naming the bucket, when KMS is removed from a bucket', () => {
    const r = checkD4(model(stack('S', { ...encrypted, Bucket: { Type: 'AWS::S3::Bucket', Properties: {} } })));
    expect(r.status).toBe('partial');
    expect(names(r.missing)).toEqual(['Bucket']);
  });

  it('becomes partial when a bucket accepts requests without TLS', () => {
    const r = checkD4(model(stack('S', { Key: key(), Bucket: kmsBucket() })));
    expect(r.status).toBe('partial');
    expect(r.missing[0].text.en).toContain('without TLS');
  });

  it('follows a key imported from another stack', () => {
    const foundation = stack('Foundation', { Key: key() }, { Outputs: { KeyArn: { Value: { 'Fn::GetAtt': ['Key', 'Arn'] }, Export: { Name: 'Foundation:KeyArn' } } } });
    const api = stack('Api', { Logs: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 365, KmsKeyId: { 'Fn::ImportValue': 'Foundation:KeyArn' } } } });
    expect(checkD4(model(foundation, api)).status).toBe('enforced');
  });

  it('is a gap without any store', () => {
    expect(checkD4(model(stack('S', { Key: key() }))).status).toBe('gap');
  });
});

describe('D-5 retention and deletion', () => {
  const lockedBucket = {
    Type: 'AWS::S3::Bucket',
    Properties: { ObjectLockEnabled: true, ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 365 } } } },
  };

  it('is enforced with retention, object lock and conversation TTL', () => {
    const r = checkD5(model(stack('S', { Logs: logGroup(), Audit: lockedBucket, Table: table() })));
    expect(r.status).toBe('enforced');
    expect(r.present.map((f) => f.text.en).join(' ')).toContain('Audit: COMPLIANCE 365d');
  });

  it('becomes partial, naming the table, when TTL is switched off', () => {
    const r = checkD5(model(stack('S', { Logs: logGroup(), Audit: lockedBucket, Table: table(false) })));
    expect(r.status).toBe('partial');
    expect(names(r.missing)).toEqual(['Table']);
  });

  it('becomes partial, naming the log group, when retention is missing', () => {
    const r = checkD5(model(stack('S', { Logs: logGroup(null), Audit: lockedBucket, Table: table() })));
    expect(r.status).toBe('partial');
    expect(names(r.missing)).toEqual(['Logs']);
  });
});

describe('cross-stack key references', () => {
  it('follows Fn::GetStackOutput to the key in the other stack', () => {
    const foundation = stack('Foundation', { Key: key() }, { Outputs: { PublishKeyArn: { Value: { 'Fn::GetAtt': ['Key', 'Arn'] } } } });
    const kmsKeyId = { 'Fn::GetStackOutput': { StackName: 'Foundation', Region: 'ap-northeast-1', OutputName: 'PublishKeyArn' } };
    const api = stack('Api', { Logs: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 365, KmsKeyId: kmsKeyId } } });
    const r = checkD4(model(foundation, api));
    expect(r.status).toBe('enforced');
    expect(r.present[0].resources).toEqual([{ stack: 'Api', logicalId: 'Logs', type: 'AWS::Logs::LogGroup' }]);
  });
});

describe('D-2 names the injection judge as configured', () => {
  const judgeFunction = (judge?: Record<string, unknown>) => ({
    Type: 'AWS::Lambda::Function',
    Properties: {
      Role: { 'Fn::GetAtt': ['ChatRole', 'Arn'] },
      Environment: {
        Variables: {
          CHAT_CONFIG: JSON.stringify({ allowedModels: ['jp.amazon.nova-2-lite-v1:0'], guard: { defaultPolicy: {}, groups: {} }, ...(judge ? { injectionJudge: judge } : {}) }),
        },
      },
    },
  });
  const resources = (judge?: Record<string, unknown>) => ({ ChatRole: role(), ChatPolicy: policy('ChatRole', ['bedrock:InvokeModel']), Chat: judgeFunction(judge), ChatPost: apiMethod('Chat') });
  const guidance = (judge?: Record<string, unknown>) => (checkD2(model(stack('Api', resources(judge)))).guidance ?? []).map((t) => t.en).join('\n');

  it('says the judge is off when CHAT_CONFIG has none', () => {
    expect(guidance()).toContain('chat.guard.injectionJudge');
    expect(guidance()).toContain('is off');
  });

  it('names model, scope, timeout, failure mode and cost when it is on', () => {
    const on = guidance({ model: 'jp.amazon.nova-2-lite-v1:0', greyZoneFrom: 0.25, judgeDocuments: true, timeoutMs: 1200, onFailure: 'block' });
    expect(on).toContain('jp.amazon.nova-2-lite-v1:0');
    expect(on).toContain('from 0.25');
    expect(on).toContain('every request with documents');
    expect(on).toContain('1200 ms');
    expect(on).toContain('fail closed');
    expect(on).toContain('one more model call per judged request');
    const open = guidance({ model: 'jp.amazon.nova-2-lite-v1:0', greyZoneFrom: 0.3, judgeDocuments: false, timeoutMs: 800, onFailure: 'allow' });
    expect(open).toContain('fail open');
    expect(open).not.toContain('every request with documents');
  });
});
