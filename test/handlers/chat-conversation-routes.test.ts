import type { APIGatewayProxyEvent } from 'aws-lambda';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { conversationsSettingsOf } from '../../contracts/conversations-settings';
import type { ChatSettings, ConversationsSettings } from '../../lambda/shared/chat-settings';
import { ConversationStore } from '../../lambda/shared/conversation-store';
import { useChatBackends } from '../support/chat-backends';
import {
  LEAK_FORMS,
  MODELS,
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

const backends = useChatBackends({ table: 'conversation-routes' });
const { dynamo, capture, table: TABLE } = backends;
let chat: typeof import('../../lambda/handlers/chat');
let routes: typeof import('../../lambda/handlers/conversations');

function conversationsSettings(overrides: Partial<ChatSettings> = {}): ConversationsSettings {
  return conversationsSettingsOf(testSettings({ conversations: { tableName: TABLE, ttlDays: 30 }, ...overrides }));
}

beforeAll(() => {
  process.env.CONVERSATIONS_CONFIG = JSON.stringify(conversationsSettings());
  chat = require('../../lambda/handlers/chat') as typeof chat;
  routes = require('../../lambda/handlers/conversations') as typeof routes;
});

const staff = (sub: string) => ({ sub, 'cognito:groups': 'staff', 'custom:department': 'sales' });

async function say(sub: string, message: string, conversationId?: string): Promise<string> {
  const result = await chat.createChatHandler(backends.depsFor(testSettings({ conversations: { tableName: TABLE, ttlDays: 30 } })))(chatEvent({ ...userMessage(message), ...(conversationId ? { conversationId } : {}) }, staff(sub)), lambdaContext());
  expect(result.statusCode).toBe(200);
  return bodyOf(result).conversationId as string;
}

function call(
  method: 'GET' | 'DELETE',
  resource: string,
  sub: string | null,
  extra: Partial<APIGatewayProxyEvent> = {},
  overrides: Partial<ChatSettings> = {},
) {
  const handler = routes.createConversationsHandler({ settings: conversationsSettings(overrides), store: new ConversationStore(TABLE, 30, dynamo.client()) });
  const id = extra.pathParameters?.conversationId;
  const path = resource.replace('{conversationId}', id ?? '');
  return handler(chatEvent(null, sub ? staff(sub) : null, { httpMethod: method, resource, path, ...extra }), lambdaContext());
}

const audited = (run: () => Promise<unknown>) => capture.auditEventsDuring(run);

describe('GET /v1/me', () => {
  test('groups, department, models, guard summary and limits; never the sub or the code names', async () => {
    const result = await call('GET', '/v1/me', USER_A, {}, {
      guard: { defaultPolicy: { codeNames: ['PROJECT-ORCHID'] }, groups: { staff: { entityActions: { MY_NUMBER: 'block' }, restoreInAnswer: true } } },
      allowedLinkHosts: ['docs.example.com'],
    });
    expect(result.statusCode).toBe(200);
    const body = bodyOf(result);
    expect(body).toMatchObject({
      groups: ['staff'],
      department: 'sales',
      models: { allowed: MODELS, default: MODELS[0] },
      guard: { injectionThreshold: 0.5, restoreInAnswer: true, codeNames: 1 },
      limits: { maxMessageChars: 2_000, maxTotalChars: 3_000, documents: { maxCount: 3, maxChars: 1_500, maxTotalChars: 2_000 } },
      allowedLinkHosts: ['docs.example.com'],
    });
    expect(body.guard.entityActions).toMatchObject({ MY_NUMBER: 'block', EMAIL: 'mask', CONFIDENTIAL_MARKER: 'allow' });
    expect(result.body).not.toContain(USER_A);
    expect(result.body).not.toContain('PROJECT-ORCHID');
  });

  test('the access gate applies: a caller outside allowedGroups gets 403 and a denied audit event', async () => {
    const events = await audited(async () => {
      const result = await call('GET', '/v1/me', USER_A, {}, { allowedGroups: ['ai-users'] });
      expect(result.statusCode).toBe(403);
      expect(bodyOf(result).error.code).toBe('access_denied');
    });
    expect(events).toMatchObject([{ operation: 'me', decision: 'denied', errorKind: 'access_denied' }]);
  });

  test('no verified identity is a 401', async () => {
    expect((await call('GET', '/v1/me', null)).statusCode).toBe(401);
  });

  test('CORS: an allow-listed origin is echoed with Vary: Origin', async () => {
    const result = await call('GET', '/v1/me', USER_A, { headers: { origin: 'https://chat.example.co.jp' } }, { corsOrigins: ['https://chat.example.co.jp'] });
    expect(result.headers).toMatchObject({ 'access-control-allow-origin': 'https://chat.example.co.jp', vary: 'Origin' });
  });
});

describe('GET /v1/conversations', () => {
  test('the caller\'s own, newest first, masked titles, paginated with an opaque cursor', async () => {
    const sub = 'c3333333-3333-4333-8333-333333333333';
    const first = await say(sub, `最初の相談: ${SAMPLE.email} に送った見積もりについて、長いタイトルになるように説明を続けます。さらに続きます。`);
    const second = await say(sub, '二つ目の相談');
    const third = await say(sub, '三つ目の相談');
    await say(sub, '一つ目の続き', first); // first becomes the most recent
    await say(USER_B, 'B の相談');

    const page1 = await call('GET', '/v1/conversations', sub, { queryStringParameters: { limit: '2' } });
    expect(page1.statusCode).toBe(200);
    const b1 = bodyOf(page1);
    expect(b1.conversations.map((c: { conversationId: string }) => c.conversationId)).toEqual([first, third]);
    expect(b1.conversations[0]).toMatchObject({ turns: 2, model: MODELS[0], title: expect.stringContaining('[EMAIL_1]') });
    expect(b1.conversations[0].title.length).toBeLessThanOrEqual(60);
    expect(page1.body).not.toContain(SAMPLE.email);
    expect(typeof b1.nextCursor).toBe('string');

    const page2 = bodyOf(await call('GET', '/v1/conversations', sub, { queryStringParameters: { limit: '2', cursor: b1.nextCursor } }));
    expect(page2.conversations.map((c: { conversationId: string }) => c.conversationId)).toEqual([second]);
    expect(JSON.stringify([b1, page2])).not.toContain('B の相談');
  });

  test('a cursor cannot reach another user\'s conversations: the position is replayed in the caller\'s own partition', async () => {
    const b = await say(USER_B, 'B だけの相談');
    const forged = Buffer.from(JSON.stringify({ c: b, a: '9999-12-31T00:00:00.000Z#' + b })).toString('base64url');
    const result = await call('GET', '/v1/conversations', 'd4444444-4444-4444-8444-444444444444', { queryStringParameters: { cursor: forged } });
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).conversations).toEqual([]);
  });

  test.each([
    [{ limit: '0' }, 'limit must be an integer from 1 to 50'],
    [{ limit: '51' }, 'limit must be an integer from 1 to 50'],
    [{ limit: 'ten' }, 'limit must be an integer from 1 to 50'],
    [{ cursor: 'not-a-cursor' }, 'cursor is invalid'],
    [{ sort: 'asc' }, 'query has parameters that are not allowed'],
  ])('%j is a 400 naming the parameter', async (query, reason) => {
    const result = await call('GET', '/v1/conversations', USER_A, { queryStringParameters: query });
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).error.message).toContain(reason);
  });
});

describe('GET and DELETE /v1/conversations/{conversationId}', () => {
  test('a conversation comes back with its masked turns, documents included', async () => {
    const created = await chat.createChatHandler(backends.depsFor(testSettings({ conversations: { tableName: TABLE, ttlDays: 30 } })))(chatEvent(userMessage(`${SAMPLE.phone} に折り返して`, [{ name: 'memo.txt', text: `連絡先 ${SAMPLE.email}` }]), staff(USER_A)), lambdaContext());
    const id = bodyOf(created).conversationId;
    const result = await call('GET', '/v1/conversations/{conversationId}', USER_A, { pathParameters: { conversationId: id } });
    expect(result.statusCode).toBe(200);
    const body = bodyOf(result);
    expect(body).toMatchObject({ conversationId: id, turnCount: 1, truncated: false, title: '[PHONE_NUMBER_1] に折り返して' });
    expect(body.turns[0].messages[0]).toEqual({ role: 'user', text: '[PHONE_NUMBER_1] に折り返して', documents: [{ name: 'memo.txt', text: '連絡先 [EMAIL_1]' }] });
    expect(body.turns[0].messages[1].role).toBe('assistant');
    for (const form of LEAK_FORMS) expect(result.body).not.toContain(form);
  });

  test('another user\'s conversation does not exist for the caller, to read or to delete', async () => {
    const b = await say(USER_B, 'B の秘密');
    for (const method of ['GET', 'DELETE'] as const) {
      const result = await call(method, '/v1/conversations/{conversationId}', USER_A, { pathParameters: { conversationId: b } });
      expect(result.statusCode).toBe(404);
      expect(result.body).not.toContain('秘密');
    }
    expect((await call('GET', '/v1/conversations/{conversationId}', USER_B, { pathParameters: { conversationId: b } })).statusCode).toBe(200);
  });

  test('a long conversation comes back with its latest turns only, marked truncated', async () => {
    const store = new ConversationStore(TABLE, 30, dynamo.client());
    const id = '66666666-6666-4666-8666-666666666666';
    for (let turn = 1; turn <= routes.MAX_TURNS_SHOWN + 2; turn++) {
      await store.appendTurn(USER_A, id, turn, [{ role: 'user', text: `q${turn}` }, { role: 'assistant', text: `a${turn}` }], MODELS[0]);
    }
    const body = bodyOf(await call('GET', '/v1/conversations/{conversationId}', USER_A, { pathParameters: { conversationId: id } }));
    expect(body).toMatchObject({ turnCount: routes.MAX_TURNS_SHOWN + 2, truncated: true, title: 'q1' });
    expect(body.turns).toHaveLength(routes.MAX_TURNS_SHOWN);
    expect(body.turns[0].turn).toBe(3);
    expect(body.turns.at(-1).messages[1].text).toBe(`a${routes.MAX_TURNS_SHOWN + 2}`);
  });

  test('a malformed id is a 400', async () => {
    const result = await call('GET', '/v1/conversations/{conversationId}', USER_A, { pathParameters: { conversationId: SAMPLE.email } });
    expect(result.statusCode).toBe(400);
    expect(result.body).not.toContain(SAMPLE.email);
  });

  test('DELETE removes the summary and every turn, writes a user-initiated deletion audit event, and the list forgets it', async () => {
    const sub = 'e5555555-5555-4555-8555-555555555555';
    const id = await say(sub, '消す相談');
    await say(sub, '続き', id);
    const kept = await say(sub, '残す相談');
    const events = await audited(async () => {
      const result = await call('DELETE', '/v1/conversations/{conversationId}', sub, { pathParameters: { conversationId: id } });
      expect(result.statusCode).toBe(200);
      expect(bodyOf(result)).toMatchObject({ conversationId: id, deleted: true });
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ operation: 'delete_conversation', decision: 'allowed', conversationId: id, userSub: sub, deletedItems: 3 });

    const left = ((await DynamoDBDocumentClient.from(dynamo.client()).send(new ScanCommand({ TableName: TABLE }))).Items ?? []).filter((i) => i.userSub === sub);
    expect(left.map((i) => i.conversationId)).toEqual([kept, kept]);
    expect(bodyOf(await call('GET', '/v1/conversations', sub)).conversations.map((c: { conversationId: string }) => c.conversationId)).toEqual([kept]);
    expect((await call('DELETE', '/v1/conversations/{conversationId}', sub, { pathParameters: { conversationId: id } })).statusCode).toBe(404);
    // A deleted conversation cannot be continued either.
    const again = await chat.createChatHandler(backends.depsFor(testSettings({ conversations: { tableName: TABLE, ttlDays: 30 } })))(chatEvent({ ...userMessage('まだある?'), conversationId: id }, staff(sub)), lambdaContext());
    expect(again.statusCode).toBe(404);
  });

  test('every route writes exactly one audit event with its operation', async () => {
    const events = await audited(async () => {
      await call('GET', '/v1/me', USER_A);
      await call('GET', '/v1/conversations', USER_A);
      await call('GET', '/v1/conversations/{conversationId}', USER_A, { pathParameters: { conversationId: '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f' } });
      await call('GET', '/v1/unknown', USER_A);
    });
    expect(events.map((e) => [e.operation, e.decision, e.errorKind])).toEqual([
      ['me', 'allowed', 'none'],
      ['list_conversations', 'allowed', 'none'],
      ['get_conversation', 'error', 'conversation_not_found'],
      ['me', 'error', 'route_not_found'],
    ]);
  });
});

describe('the deployed entry point', () => {
  test('refuses to start without CONVERSATIONS_CONFIG', () => {
    const saved = process.env.CONVERSATIONS_CONFIG;
    try {
      delete process.env.CONVERSATIONS_CONFIG;
      jest.isolateModules(() => {
        expect(() => require('../../lambda/handlers/conversations')).toThrow('CONVERSATIONS_CONFIG is not set');
      });
    } finally {
      process.env.CONVERSATIONS_CONFIG = saved;
    }
  });
});

test('nothing these tests logged contains personal data', () => {
  expect(personalDataInLogs(capture.lines)).toEqual([]);
});
