import { chatSettingsSchema } from '../../contracts/chat-settings';
import { conversationsSettingsOf, conversationsSettingsSchema } from '../../contracts/conversations-settings';
import { parseConfig } from '../../lib/config';
import { chatSettingsFor } from '../../lib/constructs/guarded-chat';

describe('settings the infrastructure writes are what the functions parse', () => {
  const config = parseConfig({ knowledgeBase: { enabled: true }, chat: { output: { allowedLinkHosts: ['docs.example.com'] } } });

  test('chatSettingsFor writes CHAT_CONFIG the chat functions accept, wired to the deployed table, guardrail and knowledge base', () => {
    const settings = chatSettingsFor(config, { tableName: 'conversations-table', guardrail: { identifier: 'arn:aws:bedrock:ap-northeast-1:111111111111:guardrail/abc', version: '1' }, knowledgeBaseId: 'KB123' });
    const parsed = chatSettingsSchema.safeParse(JSON.parse(JSON.stringify(settings)));
    expect(parsed.success).toBe(true);
    expect(settings.conversations).toEqual({ tableName: 'conversations-table', ttlDays: config.retention.conversationTtlDays });
    expect(settings.guardrail).toEqual({ identifier: 'arn:aws:bedrock:ap-northeast-1:111111111111:guardrail/abc', version: '1' });
    expect(settings.knowledgeBase?.knowledgeBaseId).toBe('KB123');
    expect(settings.allowedLinkHosts).toEqual(['docs.example.com']);
    expect(chatSettingsFor(config, { tableName: 'conversations-table' })).not.toHaveProperty('knowledgeBase');
  });

  test('conversationsSettingsOf cuts exactly the fields the conversations schema names, and the strict schema accepts it', () => {
    const settings = chatSettingsFor(config, { tableName: 'conversations-table' });
    const cut = conversationsSettingsOf(settings);
    expect(Object.keys(cut).sort()).toEqual(Object.keys(conversationsSettingsSchema.shape).sort());
    expect(cut).not.toHaveProperty('systemPrompt');
    expect(conversationsSettingsSchema.safeParse(JSON.parse(JSON.stringify(cut))).success).toBe(true);
  });
});
