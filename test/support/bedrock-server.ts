import type * as http from 'node:http';
import { LocalHttpServer } from './local-http-server';
import { EventStreamCodec } from '@smithy/core/event-streams';
import { fromUtf8, toUtf8 } from '@smithy/core/serde';

/** One Converse request as the local server received it. */
export interface ReceivedConverse {
  readonly modelId: string;
  /** `converse` (POST .../converse) or `converse-stream` (POST .../converse-stream). */
  readonly operation?: 'converse' | 'converse-stream';
  readonly headers: http.IncomingHttpHeaders;
  /** The raw JSON body, exactly as it crossed the wire. */
  readonly rawBody: string;
  readonly body: {
    messages: { role: string; content: { text?: string }[] }[];
    system?: { text?: string }[];
    inferenceConfig?: { maxTokens?: number; temperature?: number };
    guardrailConfig?: { guardrailIdentifier: string; guardrailVersion: string };
  };
}

/** What the server does with one request. */
export type ConverseReply =
  | { kind: 'answer'; text?: string; stopReason?: string; inputTokens?: number; outputTokens?: number }
  | { kind: 'error'; status: number; type: string; message?: string }
  | { kind: 'stall' }
  | { kind: 'raw'; status: number; body: string; contentType?: string };

/** Exception events ConverseStream can send after the stream has opened (the union's member names). */
export type StreamException =
  | 'internalServerException'
  | 'modelStreamErrorException'
  | 'serviceUnavailableException'
  | 'throttlingException'
  | 'validationException';

/**
 * What the server does with one ConverseStream request: an event stream (messageStart, one
 * contentBlockDelta per chunk, contentBlockStop, messageStop, metadata), optionally paced,
 * failing with an exception event or going silent after some chunks; or any ConverseReply
 * (an error or a stall before the stream opens).
 */
export type ConverseStreamReply =
  | {
      kind: 'stream';
      chunks: readonly string[];
      /** Pause before each chunk after the first. */
      delayMs?: number;
      /** Pause before the first chunk (the model's time to first token). */
      firstDelayMs?: number;
      stopReason?: string;
      inputTokens?: number;
      outputTokens?: number;
      /** After this many chunks, an exception event ends the stream. */
      failAfter?: { chunks: number; exception: StreamException; message?: string };
      /** After this many chunks, nothing more is sent and the connection stays open. */
      stallAfter?: number;
    }
  | Exclude<ConverseReply, { kind: 'answer' }>;

/** What happened to one stream the server opened. */
export interface StreamRecord {
  chunksSent: number;
  /** The client closed the connection before the server ended the stream. */
  closedByClient: boolean;
  completed: boolean;
}

/** Default stream: the echo answer in chunks of 8 characters. */
export function echoStream(req: ReceivedConverse): ConverseStreamReply {
  const answer = echoAnswer(req);
  const text = answer.kind === 'answer' ? (answer.text ?? '') : '';
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += 8) chunks.push(text.slice(i, i + 8));
  return { kind: 'stream', chunks, inputTokens: 12, outputTokens: 7 };
}

const codec = new EventStreamCodec(toUtf8, fromUtf8);

/** One message in the `application/vnd.amazon.eventstream` framing (prelude, headers, CRC32s). */
export function eventMessage(messageType: 'event' | 'exception', type: string, body: Record<string, unknown>): Uint8Array {
  const typeHeader = messageType === 'event' ? ':event-type' : ':exception-type';
  return codec.encode({
    headers: {
      ':message-type': { type: 'string', value: messageType },
      [typeHeader]: { type: 'string', value: type },
      ':content-type': { type: 'string', value: 'application/json' },
    },
    body: fromUtf8(JSON.stringify(body)),
  });
}

/** Default answer: quotes the last user message, so tests see what the model saw. */
export function echoAnswer(req: ReceivedConverse): ConverseReply {
  const last = [...req.body.messages].reverse().find((m) => m.role === 'user');
  const text = last?.content.map((c) => c.text ?? '').join('') ?? '';
  return { kind: 'answer', text: `You wrote: ${text}`, inputTokens: 12, outputTokens: 7 };
}

/**
 * A local HTTP server on 127.0.0.1 that speaks the Bedrock Runtime Converse wire format
 * (POST /model/{modelId}/converse, JSON in and out, errors typed by x-amzn-ErrorType), so
 * the real SDK client can be pointed at it with an endpoint override.
 */
export class LocalBedrockServer extends LocalHttpServer {
  readonly received: ReceivedConverse[] = [];
  private readonly script: ConverseReply[] = [];
  private readonly streamScript: ConverseStreamReply[] = [];
  /** Every ConverseStream the server opened, in order. */
  readonly streams: StreamRecord[] = [];
  private readonly stalled = new Set<http.ServerResponse>();
  /** Reply used when the script is empty. */
  fallback: (req: ReceivedConverse) => ConverseReply = echoAnswer;
  /** Stream reply used when the stream script is empty. */
  streamFallback: (req: ReceivedConverse) => ConverseStreamReply = echoStream;

  /** Queue replies for the next ConverseStream requests, in order. */
  enqueueStream(...replies: ConverseStreamReply[]): void {
    this.streamScript.push(...replies);
  }

  /** Queue replies for the next requests, in order. */
  enqueue(...replies: ConverseReply[]): void {
    this.script.push(...replies);
  }

  reset(): void {
    this.received.length = 0;
    this.script.length = 0;
    this.fallback = echoAnswer;
    this.streamScript.length = 0;
    this.streams.length = 0;
    this.streamFallback = echoStream;
  }

  protected beforeStop(): void {
    for (const res of this.stalled) res.destroy();
    this.stalled.clear();
  }

  protected handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const match = /^\/model\/([^/]+)\/(converse|converse-stream)$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match) {
        this.send(res, { kind: 'error', status: 404, type: 'UnknownOperationException', message: 'unknown operation' });
        return;
      }
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const operation = match[2] as 'converse' | 'converse-stream';
      const received: ReceivedConverse = {
        modelId: decodeURIComponent(match[1]),
        operation,
        headers: req.headers,
        rawBody,
        body: JSON.parse(rawBody),
      };
      this.received.push(received);
      if (operation === 'converse-stream') {
        const reply = this.streamScript.shift() ?? this.streamFallback(received);
        if (reply.kind === 'stream') void this.stream(res, reply);
        else this.send(res, reply);
        return;
      }
      this.send(res, this.script.shift() ?? this.fallback(received));
    });
  }

  private send(res: http.ServerResponse, reply: ConverseReply): void {
    switch (reply.kind) {
      case 'answer': {
        const inputTokens = reply.inputTokens ?? 10;
        const outputTokens = reply.outputTokens ?? 5;
        this.json(res, 200, {
          output: { message: { role: 'assistant', content: [{ text: reply.text ?? 'OK' }] } },
          stopReason: reply.stopReason ?? 'end_turn',
          usage: { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens },
          metrics: { latencyMs: 1 },
        });
        return;
      }
      case 'error':
        res.setHeader('x-amzn-ErrorType', `${reply.type}:http://internal.amazon.com/coral/com.amazon.bedrock/`);
        this.json(res, reply.status, { message: reply.message ?? reply.type });
        return;
      case 'stall':
        // Never answer; the client's timeout must end the request.
        this.stalled.add(res);
        return;
      case 'raw':
        res.writeHead(reply.status, { 'content-type': reply.contentType ?? 'application/json' });
        res.end(reply.body);
        return;
    }
  }

  /** ConverseStream's wire format: HTTP 200 with a body of event-stream messages. */
  private async stream(res: http.ServerResponse, reply: Extract<ConverseStreamReply, { kind: 'stream' }>): Promise<void> {
    const record: StreamRecord = { chunksSent: 0, closedByClient: false, completed: false };
    this.streams.push(record);
    res.on('close', () => {
      if (!record.completed) record.closedByClient = true;
    });
    res.writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-RequestId': `local-${this.received.length}` });
    const pause = (ms: number | undefined) => (ms && ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve());
    const open = () => !res.destroyed && !res.writableEnded;
    // Bedrock pads each event body with a "p" field so sizes do not reveal the text.
    const write = (type: string, body: Record<string, unknown>) => open() && res.write(eventMessage('event', type, { ...body, p: 'abcdefgh' }));
    write('messageStart', { role: 'assistant' });
    for (let i = 0; i < reply.chunks.length; i++) {
      if (reply.stallAfter !== undefined && i >= reply.stallAfter) {
        this.stalled.add(res);
        return;
      }
      if (reply.failAfter && i >= reply.failAfter.chunks) {
        if (open()) res.end(eventMessage('exception', reply.failAfter.exception, { message: reply.failAfter.message ?? reply.failAfter.exception }));
        record.completed = true;
        return;
      }
      await pause(i === 0 ? reply.firstDelayMs : reply.delayMs);
      if (!open()) return;
      write('contentBlockDelta', { contentBlockIndex: 0, delta: { text: reply.chunks[i] } });
      record.chunksSent++;
    }
    if (reply.stallAfter !== undefined && reply.stallAfter >= reply.chunks.length) {
      this.stalled.add(res);
      return;
    }
    write('contentBlockStop', { contentBlockIndex: 0 });
    write('messageStop', { stopReason: reply.stopReason ?? 'end_turn' });
    const inputTokens = reply.inputTokens ?? 10;
    const outputTokens = reply.outputTokens ?? 5;
    write('metadata', { usage: { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens }, metrics: { latencyMs: 1 } });
    record.completed = true;
    if (open()) res.end();
  }

  private json(res: http.ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json', 'x-amzn-RequestId': `local-${this.received.length}` });
    res.end(JSON.stringify(body));
  }
}
