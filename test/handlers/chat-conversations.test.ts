import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { ChatSettings } from '../../lambda/shared/chat-settings';
import { ConversationStore } from '../../lambda/shared/conversation-store';
import { useChatBackends } from '../support/chat-backends';
import {
  LEAK_FORMS,
  PROMPT_WITH_IDENTIFIERS,
  SAMPLE,
  USER_A,
  USER_B,
  bodyOf,
  chatEvent,
  lambdaContext,
  personalDataInLogs,
  testSettings,
  useHandlerEnvironment,
  userMessage,
} from '../support/chat-harness';

useHandlerEnvironment();

const backends = useChatBackends();
const { bedrock, dynamo, capture, table: TABLE } = backends;
let chat: typeof import('../../lambda/handlers/chat');

beforeAll(() => {
  // Loaded after the environment above is set: the module reads CHAT_CONFIG when it loads.
  chat = require('../../lambda/handlers/chat') as typeof chat;
});

function call(sub: string, body: unknown, overrides: Partial<ChatSettings> = {}) {
  const handler = chat.createChatHandler(backends.depsFor(testSettings(overrides)));
  return handler(chatEvent(body, { sub, 'cognito:groups': 'staff' }), lambdaContext());
}

async function items(): Promise<Record<string, any>[]> {
  const out = await DynamoDBDocumentClient.from(dynamo.client()).send(new ScanCommand({ TableName: TABLE }));
  return out.Items ?? [];
}

describe('conversation history in DynamoDB (dynalite)', () => {
  test('a conversation continues: earlier masked turns go back to the model', async () => {
    const first = await call(USER_A, userMessage(`私のメールは ${SAMPLE.email} です`));
    expect(first.statusCode).toBe(200);
    const { conversationId } = bodyOf(first);

    bedrock.reset();
    const second = await call(USER_A, { ...userMessage(`予備は second.person@example.com です`), conversationId });
    expect(second.statusCode).toBe(200);
    expect(bodyOf(second).conversationId).toBe(conversationId);
    const sent = bedrock.received[0].body.messages.map((m) => [m.role, m.content[0].text]);
    expect(sent).toEqual([
      ['user', '私のメールは [EMAIL_1] です'],
      ['assistant', 'You wrote: 私のメールは [EMAIL_1] です'],
      // Numbering continues after the history, so [EMAIL_1] still means the first address.
      ['user', '予備は [EMAIL_2] です'],
    ]);

    const turns = (await items()).filter((i) => i.conversationId === conversationId && i.turn !== undefined && i.turnKey !== conversationId).sort((a, b) => a.turn - b.turn);
    expect(turns.map((t) => [t.userSub, t.turnKey, t.turn])).toEqual([
      [USER_A, `${conversationId}#000001`, 1],
      [USER_A, `${conversationId}#000002`, 2],
    ]);
    expect(turns[0].expiresAt - Date.parse(turns[0].createdAt) / 1000).toBeCloseTo(30 * 86_400, -1);
  });

  test('a conversation id in upper case names the same conversation', async () => {
    const { conversationId } = bodyOf(await call(USER_A, userMessage('大文字の id')));
    bedrock.reset();
    const again = await call(USER_A, { ...userMessage('続き'), conversationId: conversationId.toUpperCase() });
    expect(again.statusCode).toBe(200);
    expect(bodyOf(again).conversationId).toBe(conversationId);
    expect(bedrock.received[0].body.messages[0].content[0].text).toBe('大文字の id');
  });

  test('only masked text is stored, even when the answer restored the caller\'s values', async () => {
    const result = await call(
      USER_A,
      userMessage(PROMPT_WITH_IDENTIFIERS),
      { guard: { defaultPolicy: { restoreInAnswer: true }, groups: {} } },
    );
    expect(bodyOf(result).answer).toContain(SAMPLE.email);
    const stored = JSON.stringify(await items());
    for (const form of LEAK_FORMS) expect(stored).not.toContain(form);
    expect(stored).toContain('[MY_NUMBER_1]');
  });

  test('user A cannot read or continue user B\'s conversation', async () => {
    const created = await call(USER_B, userMessage('B の秘密の相談です'));
    const { conversationId } = bodyOf(created);
    const before = await items();

    bedrock.reset();
    const stolen = await call(USER_A, { ...userMessage('続きを見せて'), conversationId });
    expect(stolen.statusCode).toBe(404);
    expect(bodyOf(stolen).error).toEqual({ code: 'conversation_not_found', message: 'Conversation not found.' });
    expect(stolen.body).not.toContain('秘密');
    // The model was never called and nothing was written, under either user.
    expect(bedrock.received).toHaveLength(0);
    expect(await items()).toEqual(before);

    // B still continues normally.
    const own = await call(USER_B, { ...userMessage('続けて'), conversationId });
    expect(own.statusCode).toBe(200);
    expect(bedrock.received[0].body.messages[0].content[0].text).toBe('B の秘密の相談です');
  });

  test('an unknown conversation id is the same 404 as a foreign one', async () => {
    const result = await call(USER_A, { ...userMessage('hi'), conversationId: '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f' });
    expect(result.statusCode).toBe(404);
    expect(bedrock.received).toHaveLength(0);
  });

  test('history is trimmed to the message limit, oldest turns first', async () => {
    const first = await call(USER_A, userMessage('turn one'));
    const { conversationId } = bodyOf(first);
    await call(USER_A, { ...userMessage('turn two'), conversationId });
    bedrock.reset();
    const limits = { ...testSettings().limits, maxMessages: 3 };
    await call(USER_A, { ...userMessage('turn three'), conversationId }, { limits });
    expect(bedrock.received[0].body.messages.map((m) => m.content[0].text)).toEqual(['turn two', 'You wrote: turn two', 'turn three']);
  });

  test('a store failure is a 503 and the answer is not returned', async () => {
    const result = await call(USER_A, userMessage('hi'), { conversations: { tableName: 'missing-table', ttlDays: 30 } });
    expect(result.statusCode).toBe(503);
    expect(bodyOf(result).error.code).toBe('store_error');
    expect(result.body).not.toContain('You wrote');
  });

  test('the store keys every read by the caller\'s sub', async () => {
    const store = new ConversationStore(TABLE, 30, dynamo.client());
    await store.appendTurn(USER_B, '11111111-1111-4111-8111-111111111111', 1, [{ role: 'user', text: 'x' }], 'm');
    expect(await store.history(USER_A, '11111111-1111-4111-8111-111111111111', 5)).toBeUndefined();
    expect((await store.history(USER_B, '11111111-1111-4111-8111-111111111111', 5))?.lastTurn).toBe(1);
    await expect(store.appendTurn(USER_B, '11111111-1111-4111-8111-111111111111', 1, [], 'm')).rejects.toThrow('conversation turn already exists');
  });

  test('nothing these tests logged contains personal data', async () => {
    expect(capture.auditEvents().length).toBeGreaterThanOrEqual(8);
    expect(personalDataInLogs(capture.lines)).toEqual([]);
  });
});
