import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as logs from 'aws-cdk-lib/aws-logs';
import { chatSettingsSchema } from '../../contracts/chat-settings';
import { type DeploymentConfigInput, parseConfig } from '../../lib/config';
import { GuardedChat } from '../../lib/constructs/guarded-chat';
import { applyPolicyGate } from '../../lib/nag/policy-gate';
import { FoundationStack } from '../../lib/stacks/foundation-stack';

const PROFILE = 'jp.anthropic.claude-haiku-4-5-20251001-v1:0';
const TOKYO_MODEL = 'anthropic.claude-3-haiku-20240307-v1:0';
const PROFILE_ARN = `arn:aws:bedrock:ap-northeast-1:111111111111:inference-profile/${PROFILE}`;
const FM_TOKYO = 'arn:aws:bedrock:ap-northeast-1::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0';
const FM_OSAKA = 'arn:aws:bedrock:ap-northeast-3::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0';
const FM_DIRECT = `arn:aws:bedrock:ap-northeast-1::foundation-model/${TOKYO_MODEL}`;

interface Built {
  app: App;
  stack: Stack;
  chat: GuardedChat;
  template: Template;
}

function build(overrides: DeploymentConfigInput = {}, options: { logGroup?: boolean; policyGate?: boolean } = {}): Built {
  const app = new App({ builtinCloudFormationValidation: false, context: { 'aws:cdk:bundling-stacks': [] } });
  const config = parseConfig({ allowedModels: [PROFILE, TOKYO_MODEL], ...overrides });
  const env = { account: config.account, region: config.region };
  const foundation = new FoundationStack(app, 'Foundation', { env, config });
  const stack = new Stack(app, 'Chat', { env });
  const logGroup = options.logGroup ? new logs.LogGroup(stack, 'AuditLogs', { encryptionKey: foundation.keys.logsKey, retention: 2557 }) : undefined;
  const chat = new GuardedChat(stack, 'Chat', {
    config,
    dataKey: foundation.keys.dataKey,
    logsKey: foundation.keys.logsKey,
    vpc: foundation.network.vpc,
    ...(logGroup ? { logGroup } : {}),
  });
  if (options.policyGate) applyPolicyGate(app, config);
  return { app, stack, chat, template: Template.fromStack(stack) };
}

type Statement = { Sid?: string; Effect: string; Action: string | string[]; Resource?: unknown; NotResource?: unknown; Condition?: Record<string, Record<string, unknown>> };

function statements(template: Template): Statement[] {
  return Object.values(template.findResources('AWS::IAM::Policy')).flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
}

/** The function whose logical id starts with a prefix (ChatHandler, ChatStreamHandler, ChatConversationsHandler). */
function functionOf(template: Template, prefix: string): { id: string; props: Record<string, any> } {
  const found = Object.entries(template.findResources('AWS::Lambda::Function')).filter(([id]) => id.startsWith(`${prefix}Function`));
  if (found.length !== 1) throw new Error(`expected one function ${prefix}, found ${found.length}`);
  return { id: found[0][0], props: found[0][1].Properties };
}

/** The statements of one function's role only. */
function roleStatements(template: Template, prefix: string): Statement[] {
  const roleId = functionOf(template, prefix).props.Role['Fn::GetAtt'][0];
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((p) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
}

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Replace intrinsic functions by placeholders so a Fn::Join'd JSON env var can be parsed. */
function resolveForTest(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = value as Record<string, unknown>;
  if (v['Fn::Join']) {
    const [sep, parts] = v['Fn::Join'] as [string, unknown[]];
    return parts.map(resolveForTest).join(sep);
  }
  if (v.Ref) return `ref-${String(v.Ref)}`;
  if (v['Fn::GetAtt']) return (v['Fn::GetAtt'] as string[])[1] === 'Version' ? '1' : `getatt-${(v['Fn::GetAtt'] as string[]).join('.')}`;
  throw new Error(`unexpected intrinsic ${JSON.stringify(value)}`);
}

function chatConfigEnv(template: Template, prefix = 'ChatHandler', variable = 'CHAT_CONFIG'): unknown {
  return JSON.parse(resolveForTest(functionOf(template, prefix).props.Environment.Variables[variable]));
}

describe('GuardedChat: the function', () => {
  const { template, chat } = build({ chat: { reservedConcurrency: 7, memoryMb: 2048 } });

  test('house settings: newest Node.js, ARM64, VPC, tracing, reserved concurrency, KMS environment, JSON logs', () => {
    // The buffered chat handler, the streaming one, and the conversations function.
    template.resourceCountIs('AWS::Lambda::Function', 3);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      TracingConfig: { Mode: 'Active' },
      ReservedConcurrentExecutions: 7,
      MemorySize: 2048,
      Timeout: 29,
      KmsKeyArn: { 'Fn::ImportValue': Match.stringLikeRegexp('DataKey') },
      VpcConfig: { SubnetIds: Match.arrayWith([{ 'Fn::ImportValue': Match.stringLikeRegexp('isolated') }]) },
      LoggingConfig: { LogFormat: 'JSON', LogGroup: Match.anyValue() },
    });
    expect(functionOf(template, 'ChatHandler').props).toMatchObject({ MemorySize: 2048, ReservedConcurrentExecutions: 7, Timeout: 29 });
    expect(chat.function.functionArn).toBeDefined();
  });

  test('the conversations function: house settings, small, its own settings variable (a subset of the chat settings, never CHAT_CONFIG)', () => {
    const fn = functionOf(template, 'ChatConversationsHandler').props;
    expect(fn).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'], MemorySize: 256, Timeout: 10, TracingConfig: { Mode: 'Active' } });
    expect(Object.keys(fn.Environment.Variables).sort()).toEqual(['CONVERSATIONS_CONFIG', 'POWERTOOLS_LOG_LEVEL', 'POWERTOOLS_SERVICE_NAME']);
    const own = chatConfigEnv(template, 'ChatConversationsHandler', 'CONVERSATIONS_CONFIG') as Record<string, unknown>;
    const chatSettings = chatConfigEnv(template) as Record<string, unknown>;
    expect(Object.keys(own).sort()).toEqual(['allowedGroups', 'allowedLinkHosts', 'allowedModels', 'conversations', 'corsOrigins', 'guard', 'limits']);
    for (const [k, v] of Object.entries(own)) expect(v).toEqual(chatSettings[k]);
    expect(JSON.stringify(own)).not.toContain(chatSettings.systemPrompt as string);
  });

  test('its own log group is encrypted with the logs key and kept for the log retention', () => {
    // One per function when no audit log group is given.
    template.resourceCountIs('AWS::Logs::LogGroup', 3);
    template.hasResourceProperties('AWS::Logs::LogGroup', {
      KmsKeyId: { 'Fn::ImportValue': Match.stringLikeRegexp('LogsKey') },
      RetentionInDays: 365,
    });
  });

  test('CHAT_CONFIG is valid for the function and holds no secrets', () => {
    const settings = chatSettingsSchema.parse(chatConfigEnv(template));
    expect(settings.allowedModels).toEqual([PROFILE, TOKYO_MODEL]);
    expect(settings.conversations).toEqual({ tableName: expect.stringMatching(/^ref-ChatConversations/), ttlDays: 30 });
    expect(settings.guardrail).toBeUndefined();
    expect(Object.keys(functionOf(template, 'ChatHandler').props.Environment.Variables).sort()).toEqual(['CHAT_CONFIG', 'POWERTOOLS_LOG_LEVEL', 'POWERTOOLS_SERVICE_NAME']);
  });

  test('the audit log group, when given, is used instead of an own log group', () => {
    const withAudit = build({}, { logGroup: true }).template;
    withAudit.resourceCountIs('AWS::Logs::LogGroup', 1);
    // Every function of the construct, the conversations one included, audits into it.
    for (const prefix of ['ChatHandler', 'ChatStreamHandler', 'ChatConversationsHandler']) {
      expect(functionOf(withAudit, prefix).props.LoggingConfig.LogGroup).toEqual({ Ref: expect.stringMatching(/^AuditLogs/) });
    }
  });

  test('an environment over 4 KB fails synth naming the fields to shorten', () => {
    const groups = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`group-${i}`, { codeNames: ['PROJECT-ALPHA', 'PROJECT-BRAVO', 'PROJECT-CHARLIE'] }]));
    const identity = { groups: Object.keys(groups).map((name) => ({ name, kind: 'department' as const })) };
    expect(() => build({ identity, chat: { guard: { groups } } })).toThrow(/function environment would be \d+ bytes \(Lambda allows 4096\); shorten config\.chat\.systemPrompt or config\.chat\.guard/);
  });
});

describe('GuardedChat: IAM for Bedrock', () => {
  const built = build().template;
  const all = roleStatements(built, 'ChatHandler');
  const bedrock = all.filter((s) => list(s.Action).some((a) => a.startsWith('bedrock:')));

  test('only InvokeModel (Converse) and InvokeModelWithResponseStream (ConverseStream) are allowed, on the allow-listed ARNs only: no wildcard model', () => {
    const allows = bedrock.filter((s) => s.Effect === 'Allow');
    expect(allows.map((s) => list(s.Action))).toEqual(Array(3).fill(['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream']));
    const resources = allows.flatMap((s) => list(s.Resource as string[]));
    expect(resources.sort()).toEqual([FM_DIRECT, FM_TOKYO, FM_OSAKA, PROFILE_ARN].sort());
    for (const r of resources) expect(r).not.toContain('*');
  });

  test('profile models are reachable only through the allowed profiles', () => {
    const viaProfile = bedrock.find((s) => s.Sid === 'ConverseOnProfileModelsOnlyViaTheseProfiles')!;
    expect(viaProfile.Resource).toEqual([FM_TOKYO, FM_OSAKA]);
    expect(viaProfile.Condition).toEqual({ StringEquals: { 'bedrock:InferenceProfileArn': [PROFILE_ARN] } });
    // A plain Tokyo model in the allow-list has its own statement without the profile condition.
    expect(bedrock.find((s) => s.Sid === 'ConverseOnAllowListedTokyoModels')).toMatchObject({ Resource: FM_DIRECT });
    expect(bedrock.find((s) => s.Sid === 'ConverseOnAllowListedTokyoModels')!.Condition).toBeUndefined();
  });

  test('an explicit deny covers every other model and inference profile', () => {
    const deny = bedrock.find((s) => s.Effect === 'Deny')!;
    expect(deny).toMatchObject({
      Sid: 'DenyAnyOtherModelOrInferenceProfile',
      Action: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'],
    });
    expect(list(deny.NotResource as string[]).sort()).toEqual([FM_DIRECT, FM_TOKYO, FM_OSAKA, PROFILE_ARN].sort());
    expect(deny.Resource).toBeUndefined();
  });

  test('without Osaka, only Tokyo foundation models are allowed', () => {
    const tokyoOnly = statements(build({ allowOsaka: false }).template);
    const resources = tokyoOnly.filter((s) => s.Effect === 'Allow').flatMap((s) => list(s.Resource as string[])).filter((r) => typeof r === 'string');
    expect(resources.some((r) => r.includes('ap-northeast-3'))).toBe(false);
  });

  test('the table is read with Query and written with PutItem and UpdateItem (the summary) only; the data key only via DynamoDB', () => {
    const dynamo = all.filter((s) => list(s.Action).some((a) => a.startsWith('dynamodb:')));
    expect(dynamo).toHaveLength(1);
    expect(dynamo[0].Action).toEqual(['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem']);
    expect(dynamo[0].Resource).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ChatConversations/), 'Arn'] });
    const kmsUse = all.find((s) => s.Sid === 'UseTheDataKeyThroughDynamoDbAndBedrockOnly')!;
    expect(kmsUse.Action).toEqual(['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey']);
    expect(kmsUse.Condition).toEqual({ StringEquals: { 'kms:ViaService': ['dynamodb.ap-northeast-1.amazonaws.com'] } });
  });

  test('"*" appears only for X-Ray, in every role of the construct', () => {
    for (const prefix of ['ChatHandler', 'ChatStreamHandler', 'ChatConversationsHandler']) {
      const star = roleStatements(built, prefix).filter((s) => list(s.Resource as string[]).includes('*'));
      expect(star.flatMap((s) => list(s.Action))).toEqual(['xray:PutTraceSegments', 'xray:PutTelemetryRecords']);
    }
  });

  test('the conversations role: no Bedrock at all; Query on the table and its activity index, DeleteItem on the table; decrypt via DynamoDB only', () => {
    const own = roleStatements(built, 'ChatConversationsHandler');
    expect(own.filter((s) => list(s.Action).some((a) => a.startsWith('bedrock:')))).toEqual([]);
    const dynamo = own.filter((s) => list(s.Action).some((a) => a.startsWith('dynamodb:')));
    expect(dynamo.map((s) => [s.Sid, s.Action])).toEqual([
      ['ReadTheCallersConversations', 'dynamodb:Query'],
      ['DeleteTheCallersConversations', 'dynamodb:DeleteItem'],
    ]);
    expect(JSON.stringify(dynamo[0].Resource)).toContain('/index/byActivity');
    expect(own.find((s) => s.Sid === 'DecryptTheDataKeyThroughDynamoDbOnly')).toMatchObject({
      Action: ['kms:Decrypt', 'kms:DescribeKey'],
      Condition: { StringEquals: { 'kms:ViaService': ['dynamodb.ap-northeast-1.amazonaws.com'] } },
    });
  });
});

describe('GuardedChat: conversation table', () => {
  test('keyed by the caller\'s sub, KMS-encrypted, PITR, TTL, retained with deletion protection', () => {
    const { template } = build({ retention: { conversationTtlDays: 14 } });
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        KeySchema: [
          { AttributeName: 'userSub', KeyType: 'HASH' },
          { AttributeName: 'turnKey', KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        Replicas: [
          Match.objectLike({
            Region: 'ap-northeast-1',
            DeletionProtectionEnabled: true,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 14 },
            SSESpecification: { KMSMasterKeyId: { 'Fn::ImportValue': Match.stringLikeRegexp('DataKey') } },
          }),
        ],
      },
    });
    expect(chatSettingsSchema.parse(chatConfigEnv(template)).conversations.ttlDays).toBe(14);
  });

  test('with retainData off, the table is deleted with the stack and not protected', () => {
    const { template } = build({ retainData: false });
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Delete',
      Properties: { Replicas: [Match.objectLike({ DeletionProtectionEnabled: false })] },
    });
  });

  test('point-in-time recovery never exceeds its 35-day maximum', () => {
    const { template } = build({ retention: { conversationTtlDays: 90 } });
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 35 } })],
    });
  });
});

describe('GuardedChat: optional guardrail', () => {
  test('off by default: no guardrail resources and no guardrail condition', () => {
    const { template } = build();
    template.resourceCountIs('AWS::Bedrock::Guardrail', 0);
    template.resourceCountIs('AWS::Bedrock::GuardrailVersion', 0);
    expect(JSON.stringify(statements(template))).not.toContain('bedrock:GuardrailIdentifier');
  });

  describe('when enabled', () => {
    const { template } = build({ chat: { guardrail: { enabled: true, identifierAction: 'ANONYMIZE' } } });

    test('Classic tier (no cross-region config), KMS key, regexes for Japanese identifiers', () => {
      template.resourceCountIs('AWS::Bedrock::Guardrail', 1);
      template.hasResourceProperties('AWS::Bedrock::Guardrail', {
        KmsKeyArn: { 'Fn::ImportValue': Match.stringLikeRegexp('DataKey') },
        CrossRegionConfig: Match.absent(),
        SensitiveInformationPolicyConfig: {
          RegexesConfig: [
            Match.objectLike({ Name: 'my-number', Action: 'ANONYMIZE' }),
            Match.objectLike({ Name: 'corporate-number', Action: 'ANONYMIZE' }),
            Match.objectLike({ Name: 'jp-phone', Action: 'ANONYMIZE' }),
          ],
        },
      });
      const regexes = Object.values(template.findResources('AWS::Bedrock::Guardrail'))[0].Properties.SensitiveInformationPolicyConfig.RegexesConfig as { Name: string; Pattern: string }[];
      const byName = Object.fromEntries(regexes.map((r) => [r.Name, new RegExp(r.Pattern)]));
      expect(byName['my-number'].test('番号 1234 5678 9018')).toBe(true);
      expect(byName['corporate-number'].test('法人番号 7000012050002')).toBe(true);
      expect(byName['jp-phone'].test('TEL 03-1234-5678')).toBe(true);
      expect(byName['jp-phone'].test('09012345678')).toBe(true);
    });

    test('a published version is used, never DRAFT', () => {
      template.resourceCountIs('AWS::Bedrock::GuardrailVersion', 1);
      template.hasResourceProperties('AWS::Bedrock::GuardrailVersion', {
        GuardrailIdentifier: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ChatGuardrail'), 'GuardrailId'] },
      });
      const settings = chatSettingsSchema.parse(chatConfigEnv(template));
      expect(settings.guardrail).toEqual({ identifier: expect.stringMatching(/GuardrailArn$/), version: '1' });
      expect(JSON.stringify(template.toJSON())).not.toContain('DRAFT');
    });

    test('every invoke statement requires this guardrail version; ApplyGuardrail is allowed on it', () => {
      const all = roleStatements(template, 'ChatHandler');
      const required = {
        'Fn::Join': ['', [{ 'Fn::GetAtt': [expect.stringMatching(/^ChatGuardrail/), 'GuardrailArn'] }, ':', { 'Fn::GetAtt': [expect.stringMatching(/^ChatGuardrailVersion/), 'Version'] }]],
      };
      const invokes = all.filter((s) => s.Effect === 'Allow' && list(s.Action).includes('bedrock:InvokeModel'));
      expect(invokes).toHaveLength(3);
      for (const s of invokes) expect(s.Condition!.StringEquals['bedrock:GuardrailIdentifier']).toEqual(required);
      expect(all.find((s) => s.Sid === 'ApplyTheChatGuardrail')).toMatchObject({
        Action: 'bedrock:ApplyGuardrail',
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/^ChatGuardrail/), 'GuardrailArn'] },
      });
      const kmsUse = all.find((s) => s.Sid === 'UseTheDataKeyThroughDynamoDbAndBedrockOnly')!;
      expect(kmsUse.Condition!.StringEquals['kms:ViaService']).toEqual(['dynamodb.ap-northeast-1.amazonaws.com', 'bedrock.ap-northeast-1.amazonaws.com']);
    });

    test('a changed guardrail configuration publishes a new version', () => {
      const description = (t: Template) => Object.values(t.findResources('AWS::Bedrock::GuardrailVersion'))[0].Properties.Description;
      const other = build({ chat: { guardrail: { enabled: true, identifierAction: 'BLOCK' } } }).template;
      expect(description(other)).not.toEqual(description(template));
    });
  });
});

describe('GuardedChat: policy gate', () => {
  test.each([
    ['without a guardrail', {}],
    ['with a guardrail', { chat: { guardrail: { enabled: true } } }],
  ])('AwsSolutions, NIST 800-53 and the residency pack pass %s', (_name, overrides) => {
    const { app } = build(overrides as DeploymentConfigInput, { policyGate: true });
    expect(() => app.synth()).not.toThrow();
  });

  test('the acknowledgments this construct adds, each on one resource', () => {
    const { app } = build({}, { policyGate: true });
    const json = app.synth().getStackByName('Chat').template as { Resources: Record<string, { Type: string; Metadata?: { cdk_nag?: { rules_to_suppress: { id: string }[] } } }> };
    const ledger = Object.values(json.Resources)
      .filter((r) => r.Type === 'AWS::DynamoDB::GlobalTable' || r.Type === 'AWS::Lambda::Function')
      .flatMap((r) => (r.Metadata?.cdk_nag?.rules_to_suppress ?? []).map((s) => `${r.Type} ${s.id}`));
    // One DLQ acknowledgment on each of the three functions (all invoked synchronously).
    expect(ledger.sort()).toEqual([
      'AWS::DynamoDB::GlobalTable NIST.800.53.R5-DynamoDBInBackupPlan',
      ...Array(3).fill('AWS::Lambda::Function NIST.800.53.R5-LambdaDLQ'),
    ]);
  });
});
