import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Converse request as the local server received it. */
export interface ReceivedConverse {
  readonly modelId: string;
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
export class LocalBedrockServer {
  readonly received: ReceivedConverse[] = [];
  private readonly script: ConverseReply[] = [];
  private server?: http.Server;
  private readonly stalled = new Set<http.ServerResponse>();
  /** Reply used when the script is empty. */
  fallback: (req: ReceivedConverse) => ConverseReply = echoAnswer;

  /** Queue replies for the next requests, in order. */
  enqueue(...replies: ConverseReply[]): void {
    this.script.push(...replies);
  }

  reset(): void {
    this.received.length = 0;
    this.script.length = 0;
    this.fallback = echoAnswer;
  }

  get endpoint(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('LocalBedrockServer is not started');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    for (const res of this.stalled) res.destroy();
    this.stalled.clear();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const match = /^\/model\/([^/]+)\/converse$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match) {
        this.send(res, { kind: 'error', status: 404, type: 'UnknownOperationException', message: 'unknown operation' });
        return;
      }
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const received: ReceivedConverse = {
        modelId: decodeURIComponent(match[1]),
        headers: req.headers,
        rawBody,
        body: JSON.parse(rawBody),
      };
      this.received.push(received);
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

  private json(res: http.ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json', 'x-amzn-RequestId': `local-${this.received.length}` });
    res.end(JSON.stringify(body));
  }
}
