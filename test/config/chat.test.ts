import { parseConfig } from '../../lib/config';
import { chatSettingsFor } from '../../lib/constructs/guarded-chat';
import { chatSettingsSchema } from '../../contracts/chat-settings';
import { rejection } from '../support/config-rejection';

describe('chat config: defaults', () => {
  test('an empty config gives working chat settings', () => {
    const { chat } = parseConfig({});
    expect(chat).toMatchObject({
      maxMessages: 20,
      maxMessageChars: 8_000,
      maxTotalChars: 10_000,
      historyTurns: 10,
      maxOutputTokens: 2_048,
      temperature: 0.3,
      bedrock: { connectionTimeoutMs: 1_000, requestTimeoutMs: 24_000, maxAttempts: 3, retryBaseDelayMs: 200 },
      timeoutSeconds: 29,
      streamTimeoutSeconds: 300,
      reservedConcurrency: 10,
      memoryMb: 1_024,
      guardBudgetMs: 1_000,
      guard: { defaultPolicy: {}, groups: {} },
      guardrail: { enabled: false, identifierAction: 'BLOCK' },
    });
    expect(chat.systemPrompt).toContain('placeholders');
    // One Converse call plus the guard fits in the function timeout, which fits API Gateway's 29 s.
    expect(chat.bedrock.requestTimeoutMs + chat.bedrock.connectionTimeoutMs + chat.guardBudgetMs + 2_000).toBeLessThanOrEqual(chat.timeoutSeconds * 1000);
  });

  test('group policies accept entity actions, thresholds, restore and code names', () => {
    const { chat } = parseConfig({
      identity: { groups: [{ name: 'legal', kind: 'department' }, { name: 'eng_team-1', kind: 'department' }] },
      chat: {
        guard: {
          defaultPolicy: { entityActions: { MY_NUMBER: 'block' }, minScore: 0.6 },
          groups: { legal: { restoreInAnswer: true, codeNames: ['PROJECT-SAKURA'] }, 'eng_team-1': { injectionThreshold: 0.3, defaultAction: 'mask' } },
        },
      },
    });
    expect(chat.guard.groups.legal).toEqual({ restoreInAnswer: true, codeNames: ['PROJECT-SAKURA'] });
    expect(chat.guard.defaultPolicy.entityActions).toEqual({ MY_NUMBER: 'block' });
  });

  test('the config section and the function\'s settings schema agree on policy overrides', () => {
    const { chat } = parseConfig({
      identity: { groups: [{ name: 'hr', kind: 'department' }] },
      chat: { guard: { defaultPolicy: { entityActions: { EMAIL: 'allow' }, codeNames: ['ALPHA'] }, groups: { hr: { minScore: 0.9 } } } },
    });
    // The policy part of the section, as chatSettingsFor writes it (the judge travels beside it).
    const policies = { defaultPolicy: chat.guard.defaultPolicy, groups: chat.guard.groups };
    expect(chatSettingsSchema.shape.guard.parse(policies)).toEqual(policies);
  });
});

describe('chat config: rejected values name the field and what is allowed', () => {
  test.each([
    [{ maxMessages: 101 }, 'config.chat.maxMessages', 'integer from 1 to 100'],
    [{ maxMessages: 2.5 }, 'config.chat.maxMessages', 'integer from 1 to 100'],
    [{ maxMessageChars: 50_001 }, 'config.chat.maxMessageChars', 'integer from 1 to 50000'],
    [{ maxTotalChars: 60_001 }, 'config.chat.maxTotalChars', 'integer from 1 to 60000'],
    [{ maxTotalChars: 100, maxMessageChars: 200 }, 'config.chat.maxTotalChars', 'at least chat.maxMessageChars'],
    [{ historyTurns: -1 }, 'config.chat.historyTurns', 'integer from 0 to 50'],
    [{ maxOutputTokens: 9_000 }, 'config.chat.maxOutputTokens', 'integer from 1 to 8192'],
    [{ temperature: 1.5 }, 'config.chat.temperature', 'number from 0 to 1'],
    [{ temperature: 'hot' }, 'config.chat.temperature', 'number from 0 to 1'],
    [{ systemPrompt: '' }, 'config.chat.systemPrompt', '1-2000 characters'],
    [{ systemPrompt: 'x'.repeat(2_001) }, 'config.chat.systemPrompt', '1-2000 characters'],
    [{ bedrock: { connectionTimeoutMs: 50 } }, 'config.chat.bedrock.connectionTimeoutMs', 'integer from 100 to 10000'],
    [{ bedrock: { requestTimeoutMs: 999 } }, 'config.chat.bedrock.requestTimeoutMs', 'integer from 1000 to 600000'],
    [{ bedrock: { maxAttempts: 6 } }, 'config.chat.bedrock.maxAttempts', 'integer from 1 to 5'],
    [{ bedrock: { retryBaseDelayMs: 5 } }, 'config.chat.bedrock.retryBaseDelayMs', 'integer from 10 to 5000'],
    [{ bedrock: { retries: 3 } }, 'config.chat.bedrock', 'unknown field(s) "retries"'],
    [{ timeoutSeconds: 901 }, 'config.chat.timeoutSeconds', 'integer from 5 to 900'],
    [{ timeoutSeconds: 20 }, 'config.chat.timeoutSeconds', 'must cover one Converse call'],
    [{ streamTimeoutSeconds: 901 }, 'config.chat.streamTimeoutSeconds', 'integer from 30 to 900'],
    [{ timeoutSeconds: 120, streamTimeoutSeconds: 60 }, 'config.chat.streamTimeoutSeconds', 'at least chat.timeoutSeconds'],
    [{ reservedConcurrency: 0 }, 'config.chat.reservedConcurrency', 'integer from 1 to 1000'],
    [{ memoryMb: 128 }, 'config.chat.memoryMb', 'integer from 256 to 4096'],
    [{ guardBudgetMs: 20 }, 'config.chat.guardBudgetMs', 'integer from 50 to 10000'],
    [{ guard: { defaultPolicy: { entityActions: { FOO: 'mask' } } } }, 'config.chat.guard.defaultPolicy.entityActions.FOO', 'keys are entity types: MY_NUMBER'],
    [{ guard: { defaultPolicy: { entityActions: { EMAIL: 'drop' } } } }, 'config.chat.guard.defaultPolicy.entityActions.EMAIL', 'must be one of mask, block, allow'],
    [{ guard: { defaultPolicy: { defaultAction: 'redact' } } }, 'config.chat.guard.defaultPolicy.defaultAction', 'must be one of mask, block, allow'],
    [{ guard: { defaultPolicy: { minScore: 2 } } }, 'config.chat.guard.defaultPolicy.minScore', 'number from 0 to 1'],
    [{ guard: { defaultPolicy: { injectionThreshold: -0.1 } } }, 'config.chat.guard.defaultPolicy.injectionThreshold', 'number from 0 to 1'],
    [{ guard: { defaultPolicy: { restoreInAnswer: 'yes' } } }, 'config.chat.guard.defaultPolicy.restoreInAnswer', 'true or false'],
    [{ guard: { defaultPolicy: { codeNames: ['X'] } } }, 'config.chat.guard.defaultPolicy.codeNames.0', '2-64 characters'],
    [{ guard: { defaultPolicy: { codeNames: Array.from({ length: 51 }, (_, i) => `CODE-${i}`) } } }, 'config.chat.guard.defaultPolicy.codeNames', 'at most 50 code names'],
    [{ guard: { defaultPolicy: { mask: true } } }, 'config.chat.guard.defaultPolicy', 'unknown field(s) "mask"'],
    [{ guard: { groups: { 'two words': {} } } }, 'config.chat.guard.groups.two words', 'without spaces or commas'],
    [{ guard: { groups: { 'a,b': {} } } }, 'config.chat.guard.groups.a,b', 'without spaces or commas'],
    [{ guard: { groups: { legal: { entityActions: { EMAIL: 'hide' } } } } }, 'config.chat.guard.groups.legal.entityActions.EMAIL', 'must be one of mask, block, allow'],
    [{ guardrail: { enabled: 'on' } }, 'config.chat.guardrail.enabled', 'true or false'],
    [{ guardrail: { identifierAction: 'MASK' } }, 'config.chat.guardrail.identifierAction', 'BLOCK or ANONYMIZE'],
    [{ guardrail: { blockedMessage: '' } }, 'config.chat.guardrail.blockedMessage', '1-500 characters'],
    [{ guardrail: { crossRegion: true } }, 'config.chat.guardrail', 'unknown field(s) "crossRegion"'],
    [{ output: { allowedLinkHosts: ['https://docs.example.com'] } }, 'config.chat.output.allowedLinkHosts.0', 'lower-case host name'],
    [{ output: { allowedLinkHosts: ['*'] } }, 'config.chat.output.allowedLinkHosts.0', '*.example.com for its subdomains'],
    [{ documents: { maxCount: 21 } }, 'config.chat.documents.maxCount', 'integer from 0 to 20'],
    [{ documents: { maxChars: 0 } }, 'config.chat.documents.maxChars', 'integer from 1 to 60000'],
    [{ documents: { maxChars: 9_000 } }, 'config.chat.documents.maxTotalChars', 'at least chat.documents.maxChars and at most chat.maxTotalChars'],
    [{ maxTotalChars: 8_000, maxMessageChars: 4_000, documents: { maxTotalChars: 9_000 } }, 'config.chat.documents.maxTotalChars', 'at most chat.maxTotalChars'],
    [{ documents: { files: 3 } }, 'config.chat.documents', 'unknown field(s) "files"'],
    [{ stream: true }, 'config.chat', 'unknown field(s) "stream"'],
  ])('%j', (chat, field, allowed) => {
    const message = rejection({ chat });
    expect(message).toContain(`${field}:`);
    expect(message).toContain(allowed);
  });
});

describe('chat config: the injection judge', () => {
  test('off by default, and then absent from CHAT_CONFIG', () => {
    const config = parseConfig({});
    expect(config.chat.guard.injectionJudge).toEqual({ enabled: false, greyZoneFrom: 0.2, judgeDocuments: true, timeoutMs: 1_000, onFailure: 'block' });
    expect(chatSettingsFor(config, { tableName: 'conversations' })).not.toHaveProperty('injectionJudge');
  });

  test('on: the judge model defaults to the first small allowed model, and CHAT_CONFIG carries what the function parses', () => {
    const config = parseConfig({ chat: { guard: { injectionJudge: { enabled: true } } } });
    const settings = chatSettingsFor(config, { tableName: 'conversations' });
    // The default list starts with Sonnet 4.5; the judge takes Haiku 4.5, the first small one.
    expect(config.allowedModels[0]).toBe('jp.anthropic.claude-sonnet-4-5-20250929-v1:0');
    const onlyLarge = parseConfig({ allowedModels: ['jp.anthropic.claude-sonnet-4-6'], chat: { guard: { injectionJudge: { enabled: true } } } });
    expect(chatSettingsFor(onlyLarge, { tableName: 'conversations' }).injectionJudge?.model).toBe('jp.anthropic.claude-sonnet-4-6');
    expect(settings.injectionJudge).toEqual({ model: 'jp.anthropic.claude-haiku-4-5-20251001-v1:0', greyZoneFrom: 0.2, judgeDocuments: true, timeoutMs: 1_000, onFailure: 'block' });
    expect(chatSettingsSchema.safeParse(JSON.parse(JSON.stringify(settings))).success).toBe(true);
  });

  test('a judge model outside allowedModels fails, naming the field and the allowed models', () => {
    const message = rejection({ chat: { guard: { injectionJudge: { enabled: true, model: 'jp.amazon.nova-2-lite-v1' } } } });
    expect(message).toContain('chat.guard.injectionJudge.model');
    expect(message).toContain('did you mean "jp.amazon.nova-2-lite-v1:0"');
    expect(message).toContain('jp.anthropic.claude-haiku-4-5-20251001-v1:0');
  });

  test('a disabled judge is not checked against allowedModels', () => {
    expect(() => parseConfig({ chat: { guard: { injectionJudge: { enabled: false, model: 'jp.unknown.model-v1:0' } } } })).not.toThrow();
  });

  test.each([
    [{ timeoutMs: 50 }, 'chat.guard.injectionJudge.timeoutMs'],
    [{ greyZoneFrom: 1.5 }, 'chat.guard.injectionJudge.greyZoneFrom'],
    [{ onFailure: 'ignore' }, 'must be block or allow'],
  ])('%j fails with %s', (judge, expected) => {
    expect(rejection({ chat: { guard: { injectionJudge: { enabled: true, ...judge } } } })).toContain(expected);
  });

  test('the function timeout must also cover the judge when it is on', () => {
    // 24 s Converse + 1 s connect + 1 s guard + 2 s = 28 s: a 1 s judge fits 29 s, a 3 s judge does not.
    expect(rejection({ chat: { guard: { injectionJudge: { enabled: true, timeoutMs: 3_000 } } } })).toContain('chat.timeoutSeconds');
    expect(() => parseConfig({ chat: { guard: { injectionJudge: { enabled: true, timeoutMs: 1_000 } } } })).not.toThrow();
    expect(() => parseConfig({ chat: { bedrock: { requestTimeoutMs: 22_000 }, guard: { injectionJudge: { enabled: true, timeoutMs: 3_000 } } } })).not.toThrow();
  });
});
