import { createBedrockClient } from '../../lambda/shared/bedrock-client';
import { type ModelStreamEvent, openConverseStream } from '../../lambda/shared/bedrock-converse-stream';
import { ChatError } from '../../lambda/shared/chat-errors';
import { eventMessage, LocalBedrockServer } from '../support/bedrock-server';
import { DUMMY_CREDENTIALS } from '../support/dynalite';

const server = new LocalBedrockServer();
let client: ReturnType<typeof createBedrockClient>;

beforeAll(async () => {
  await server.start();
  process.env.AWS_ACCESS_KEY_ID = DUMMY_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = DUMMY_CREDENTIALS.secretAccessKey;
  client = createBedrockClient({ connectionTimeoutMs: 1_000, requestTimeoutMs: 5_000, maxAttempts: 2, retryBaseDelayMs: 5, endpoint: server.endpoint });
});
afterAll(() => server.stop());
beforeEach(() => server.reset());

const input = {
  modelId: 'jp.anthropic.claude-haiku-4-5-20251001-v1:0',
  system: ['You are the company assistant.'],
  messages: [{ role: 'user' as const, texts: ['こんにちは'] }],
  maxTokens: 256,
  temperature: 0.2,
};

async function collect(events: AsyncIterable<ModelStreamEvent>): Promise<ModelStreamEvent[]> {
  const out: ModelStreamEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

async function failure(p: Promise<unknown>): Promise<ChatError> {
  try {
    await p;
  } catch (e) {
    return e as ChatError;
  }
  throw new Error('expected a failure');
}

describe('ConverseStream through the real SDK client and the event-stream wire format', () => {
  it('frames each message with a prelude, headers and two CRC32s', () => {
    const bytes = eventMessage('event', 'messageStart', { role: 'assistant' });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint32(0)).toBe(bytes.byteLength); // total length
    const headersLength = view.getUint32(4);
    expect(Buffer.from(bytes.slice(12, 12 + headersLength)).toString('latin1')).toContain(':event-type');
    expect(bytes.byteLength).toBe(12 + headersLength + Buffer.byteLength('{"role":"assistant"}') + 4);
  });

  it('yields the text deltas, the stop reason and the usage, and sends the request to converse-stream', async () => {
    server.enqueueStream({ kind: 'stream', chunks: ['こん', 'にちは', '。'], stopReason: 'end_turn', inputTokens: 21, outputTokens: 4 });
    const events = await collect(await openConverseStream(client, input, { abortSignal: AbortSignal.timeout(5_000), idleTimeoutMs: 2_000 }));
    expect(events).toEqual([
      { kind: 'text', text: 'こん' },
      { kind: 'text', text: 'にちは' },
      { kind: 'text', text: '。' },
      { kind: 'stop', stopReason: 'end_turn' },
      { kind: 'usage', inputTokens: 21, outputTokens: 4 },
    ]);
    expect(server.received[0]).toMatchObject({ operation: 'converse-stream', modelId: input.modelId });
    expect(server.received[0].body.system).toEqual([{ text: 'You are the company assistant.' }]);
  });

  it('maps throttling before the stream opens to 429, like the buffered call', async () => {
    server.enqueueStream({ kind: 'error', status: 429, type: 'ThrottlingException' });
    const once = createBedrockClient({ connectionTimeoutMs: 1_000, requestTimeoutMs: 5_000, maxAttempts: 1, retryBaseDelayMs: 5, endpoint: server.endpoint });
    const e = await failure(openConverseStream(once, input, { abortSignal: AbortSignal.timeout(5_000), idleTimeoutMs: 2_000 }));
    expect(e).toBeInstanceOf(ChatError);
    expect(e).toMatchObject({ status: 429, errorKind: 'bedrock_throttled' });
  });

  it('throws a ChatError from the iterator on an exception event mid-stream', async () => {
    server.enqueueStream({ kind: 'stream', chunks: ['a', 'b', 'c'], failAfter: { chunks: 2, exception: 'modelStreamErrorException' } });
    const seen: string[] = [];
    const e = await failure(
      (async () => {
        for await (const ev of await openConverseStream(client, input, { abortSignal: AbortSignal.timeout(5_000), idleTimeoutMs: 2_000 })) {
          if (ev.kind === 'text') seen.push(ev.text);
        }
      })(),
    );
    expect(seen).toEqual(['a', 'b']);
    expect(e).toMatchObject({ status: 502, errorKind: 'bedrock_error' });
  });

  it('ends a stalled stream at the idle timeout and closes the connection', async () => {
    server.enqueueStream({ kind: 'stream', chunks: ['a', 'b', 'c'], stallAfter: 1 });
    const started = Date.now();
    const e = await failure(collect(await openConverseStream(client, input, { abortSignal: AbortSignal.timeout(5_000), idleTimeoutMs: 150 })));
    expect(e).toMatchObject({ status: 504, errorKind: 'bedrock_timeout' });
    expect(Date.now() - started).toBeLessThan(2_000);
    await new Promise((r) => setTimeout(r, 50));
    expect(server.streams[0].closedByClient).toBe(true);
  });

  it('an abort (the caller gone, or the deadline) ends the stream and the server sees the connection close', async () => {
    server.enqueueStream({ kind: 'stream', chunks: Array.from({ length: 50 }, (_, i) => `${i} `), delayMs: 20 });
    const controller = new AbortController();
    const events = await openConverseStream(client, input, { abortSignal: controller.signal, idleTimeoutMs: 2_000 });
    let count = 0;
    const e = await failure(
      (async () => {
        for await (const ev of events) {
          if (ev.kind === 'text' && ++count === 3) controller.abort(new Error('client gone'));
        }
      })(),
    );
    expect(e.name).toBe('StreamAborted');
    await new Promise((r) => setTimeout(r, 100));
    expect(server.streams[0].closedByClient).toBe(true);
    expect(server.streams[0].chunksSent).toBeLessThan(50);
  });
});
