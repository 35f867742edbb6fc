/**
 * Benchmark (not a test): what the streaming route adds before the first byte and the first
 * text, against reading the same ConverseStream directly with the SDK client from the local
 * event-stream server; and what the stream guard costs per chunk.
 */
import { ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { checkOutput, createStreamGuard, HOLD_BACK_CHARS, RELEASE_STEP_CHARS } from '../../lambda/guard';
import { LocalBedrockServer } from '../support/bedrock-server';
import { DUMMY_CREDENTIALS, LocalDynamo } from '../support/dynalite';
import { chatEvent, lambdaContext, testSettings } from '../support/chat-harness';
import { AWS_LAMBDA_STREAMING, RecordingResponseStream } from '../support/lambda-streaming';
import { buildCorpus } from './corpus';

const REQUESTS = 100;
const WARM_UP = 10;
const PACED_REQUESTS = 15;
/** A delta as Bedrock sends Japanese text: a few characters. */
const CHUNK_CHARS = 4;
const PACE_MS = 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const ms = (n: number) => `${n.toFixed(2)}ms`;
const us = (n: number) => `${(n * 1000).toFixed(1)}µs`;
const sorted = (v: number[]) => [...v].sort((a, b) => a - b);
const chunksOf = (text: string) => Array.from({ length: Math.ceil(text.length / CHUNK_CHARS) }, (_, i) => text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS));

/** An answer of about 1,200 characters from the seeded corpus (identifiers and all). */
function answers(n: number): string[] {
  return buildCorpus().slice(0, n).map((p) => p.slice(0, 1_200));
}

async function measureFirstBytes(lines: string[]): Promise<void> {
  const settings = testSettings();
  process.env.CHAT_CONFIG = JSON.stringify(settings);
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  process.env.AWS_ACCESS_KEY_ID = DUMMY_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = DUMMY_CREDENTIALS.secretAccessKey;
  process.env.AWS_REGION = 'ap-northeast-1';
  (globalThis as unknown as { awslambda: unknown }).awslambda = AWS_LAMBDA_STREAMING;
  const { createChatStreamHandler } = require('../../lambda/handlers/chat-stream') as typeof import('../../lambda/handlers/chat-stream');
  const { createBedrockClient } = require('../../lambda/shared/bedrock-client') as typeof import('../../lambda/shared/bedrock-client');
  const { ConversationStore } = require('../../lambda/shared/conversation-store') as typeof import('../../lambda/shared/conversation-store');

  const bedrock = await new LocalBedrockServer().start();
  const dynamo = await new LocalDynamo().start();
  try {
    await dynamo.createConversationTable(settings.conversations.tableName);
    const client = createBedrockClient({ ...settings.bedrock, endpoint: bedrock.endpoint });
    const handler = createChatStreamHandler({
      settings,
      runtime: AWS_LAMBDA_STREAMING,
      bedrock: client,
      store: new ConversationStore(settings.conversations.tableName, 30, dynamo.client()),
    });
    // The same client setup the route uses (HTTP/1.1 handler, timeouts), a client of its own.
    const direct = createBedrockClient({ ...settings.bedrock, endpoint: bedrock.endpoint });

    /** Direct: the SDK reading the stream; first event and first text delta after send(). */
    const viaSdk = async (): Promise<{ firstByte: number; firstText: number }> => {
      const t0 = performance.now();
      const out = await direct.send(
        new ConverseStreamCommand({ modelId: settings.allowedModels[0], messages: [{ role: 'user', content: [{ text: 'こんにちは' }] }] }),
      );
      let firstByte = 0;
      let firstText = 0;
      for await (const e of out.stream!) {
        if (!firstByte) firstByte = performance.now() - t0;
        if (!firstText && e.contentBlockDelta?.delta?.text) firstText = performance.now() - t0;
      }
      return { firstByte, firstText };
    };
    /** Through the route: the handler's first write (meta) and first delta on the response stream. */
    const viaRoute = async (): Promise<{ firstByte: number; firstText: number; ok: boolean }> => {
      const stream = new RecordingResponseStream();
      const t0 = performance.now();
      let firstByte = 0;
      let firstText = 0;
      stream.onWrite = (text) => {
        const now = performance.now() - t0;
        if (!firstByte) firstByte = now;
        if (!firstText && text.startsWith('event: delta')) firstText = now;
      };
      await handler(chatEvent({ message: 'こんにちは。手続きを教えてください。' }), stream, lambdaContext());
      return { firstByte, firstText, ok: stream.events().at(-1)?.event === 'done' };
    };

    const run = async (count: number, warmUp: number, delayMs: number, chars: number) => {
      const texts = answers(count + warmUp).map((t) => t.slice(0, chars));
      const t = { sdkByte: [] as number[], sdkText: [] as number[], routeByte: [] as number[], routeText: [] as number[] };
      let failed = 0;
      for (let i = 0; i < texts.length; i++) {
        const reply = { kind: 'stream' as const, chunks: chunksOf(texts[i]), delayMs, firstDelayMs: delayMs };
        // Alternate the order so neither side gets a systematic advantage.
        const order = i % 2 === 0 ? ['sdk', 'route'] : ['route', 'sdk'];
        for (const side of order) {
          bedrock.enqueueStream(reply);
          if (side === 'sdk') {
            const r = await viaSdk();
            if (i >= warmUp) t.sdkByte.push(r.firstByte), t.sdkText.push(r.firstText);
          } else {
            const r = await viaRoute();
            if (!r.ok) failed++;
            else if (i >= warmUp) t.routeByte.push(r.firstByte), t.routeText.push(r.firstText);
          }
        }
      }
      return { t: Object.fromEntries(Object.entries(t).map(([k, v]) => [k, sorted(v)])) as typeof t, failed };
    };

    const fast = await run(REQUESTS, WARM_UP, 0, 1_200);
    const p = (v: number[], q: number) => percentile(v, q);
    lines.push(
      `stream TTFB: streaming handler (prepare turn, ConverseStream, stream guard, SSE) vs the SDK reading the same stream directly, local event-stream server and dynalite, ${fast.t.routeText.length} requests, ~1,200-char answers in ${CHUNK_CHARS}-char deltas sent back to back; node ${process.version}`,
      `  first byte  direct p50=${ms(p(fast.t.sdkByte, 50))} p99=${ms(p(fast.t.sdkByte, 99))}   route (meta) p50=${ms(p(fast.t.routeByte, 50))} p99=${ms(p(fast.t.routeByte, 99))}   overhead p50=+${ms(p(fast.t.routeByte, 50) - p(fast.t.sdkByte, 50))} p99=+${ms(p(fast.t.routeByte, 99) - p(fast.t.sdkByte, 99))}`,
      `  first text  direct p50=${ms(p(fast.t.sdkText, 50))} p99=${ms(p(fast.t.sdkText, 99))}   route (delta) p50=${ms(p(fast.t.routeText, 50))} p99=${ms(p(fast.t.routeText, 99))}   overhead p50=+${ms(p(fast.t.routeText, 50) - p(fast.t.sdkText, 50))} p99=+${ms(p(fast.t.routeText, 99) - p(fast.t.sdkText, 99))}`,
    );
    const paced = await run(PACED_REQUESTS, 2, PACE_MS, 400);
    const windowMs = Math.ceil(HOLD_BACK_CHARS / CHUNK_CHARS) * PACE_MS;
    const textOverhead50 = p(paced.t.routeText, 50) - p(paced.t.sdkText, 50);
    const textOverhead99 = p(paced.t.routeText, 99) - p(paced.t.sdkText, 99);
    lines.push(
      `  paced at ${CHUNK_CHARS} chars per ${PACE_MS} ms (${PACED_REQUESTS} requests): first text overhead p50=+${ms(textOverhead50)} p99=+${ms(textOverhead99)}; the ${HOLD_BACK_CHARS}-char hold-back window takes ${windowMs} ms to arrive at this pace, leaving p50=+${ms(textOverhead50 - windowMs)} p99=+${ms(textOverhead99 - windowMs)} (goal <= 50 ms plus the window)`,
      `  ${fast.failed + paced.failed} streamed requests did not end with done`,
    );
  } finally {
    await Promise.all([bedrock.stop(), dynamo.stop()]);
  }
}

/** The stream guard alone: time per push() over answers cut into Bedrock-sized deltas. */
function measureGuardPerChunk(lines: string[]): void {
  const run = (texts: string[]) => {
    const per: number[] = [];
    const checks: number[] = [];
    let chunks = 0;
    for (const text of texts) {
      const guard = createStreamGuard({ check: (t) => checkOutput(t) });
      for (const c of chunksOf(text)) {
        const t0 = process.hrtime.bigint();
        guard.push(c);
        const took = Number(process.hrtime.bigint() - t0) / 1e6;
        per.push(took);
        // A push that ran the checks (the others only append): the cost of one release step.
        if (took > 0.005) checks.push(took);
        chunks++;
      }
      guard.end();
    }
    return { per: sorted(per), checks: sorted(checks), mean: per.reduce((a, b) => a + b, 0) / per.length, chunks };
  };
  const short = answers(60);
  run(short.slice(0, 10)); // warm-up
  const s = run(short);
  const long = buildCorpus().slice(0, 4).map((p) => p.repeat(4).slice(0, 16_000));
  const l = run(long);
  const line = (name: string, r: ReturnType<typeof run>) =>
    `  ${name}: per chunk mean=${us(r.mean)} p50=${us(percentile(r.per, 50))} p99=${us(percentile(r.per, 99))}; per release step (two whole-answer checks) p50=${us(percentile(r.checks, 50))} p99=${us(percentile(r.checks, 99))}; ${r.chunks} chunks`;
  lines.push(
    `stream guard, ${CHUNK_CHARS}-char chunks, window ${HOLD_BACK_CHARS} chars, checks every ${RELEASE_STEP_CHARS} chars once text is out:`,
    line('~1,200-char answers', s),
    line('16,000-char answers', l),
  );
}

/** Run both measurements; returns the lines to print. */
export async function runStreamBench(): Promise<string> {
  const lines: string[] = [];
  await measureFirstBytes(lines);
  measureGuardPerChunk(lines);
  return lines.join('\n');
}

if (require.main === module) {
  runStreamBench().then((out) => process.stdout.write(`${out}\n`));
}
