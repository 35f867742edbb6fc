import type * as http from 'node:http';
import { LocalHttpServer, readBody } from './local-http-server';

/** One Retrieve request as the local server received it. */
export interface ReceivedRetrieve {
  readonly knowledgeBaseId: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: {
    retrievalQuery: { text: string };
    retrievalConfiguration?: { vectorSearchConfiguration?: { numberOfResults?: number; filter?: unknown } };
  };
}

/** One chunk the server returns, as Bedrock Knowledge Bases' Retrieve response carries it. */
export interface ServedChunk {
  readonly text: string;
  readonly uri: string;
  readonly metadata?: Record<string, unknown>;
  readonly score?: number;
}

export type RetrieveReply = { kind: 'chunks'; chunks: readonly ServedChunk[] } | { kind: 'error'; status: number; type: string };

/**
 * A local server on 127.0.0.1 speaking the Bedrock Agent Runtime Retrieve wire format
 * (POST /knowledgebases/{knowledgeBaseId}/retrieve, REST-JSON), so the real
 * @aws-sdk/client-bedrock-agent-runtime client can be pointed at it. It returns whatever it is
 * told, ignoring the filter: a misconfigured index, as far as the caller can tell.
 */
export class LocalKnowledgeBaseServer extends LocalHttpServer {
  readonly received: ReceivedRetrieve[] = [];
  private readonly script: RetrieveReply[] = [];
  fallback: RetrieveReply = { kind: 'chunks', chunks: [] };

  enqueue(...replies: RetrieveReply[]): void {
    this.script.push(...replies);
  }

  reset(): void {
    this.received.length = 0;
    this.script.length = 0;
    this.fallback = { kind: 'chunks', chunks: [] };
  }

  protected handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    readBody(req, (raw) => {
      const match = /^\/knowledgebases\/([^/]+)\/retrieve$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match) return this.json(res, 404, { message: 'unknown operation' }, 'UnknownOperationException');
      this.received.push({ knowledgeBaseId: decodeURIComponent(match[1]), headers: req.headers, body: JSON.parse(raw.toString('utf8')) });
      const reply = this.script.shift() ?? this.fallback;
      if (reply.kind === 'error') return this.json(res, reply.status, { message: 'failed' }, reply.type);
      this.json(res, 200, {
        retrievalResults: reply.chunks.map((c) => ({
          content: { type: 'TEXT', text: c.text },
          location: { type: 'S3', s3Location: { uri: c.uri } },
          score: c.score ?? 0.5,
          metadata: { 'x-amz-bedrock-kb-source-uri': c.uri, ...(c.metadata ?? {}) },
        })),
      });
    });
  }

  private json(res: http.ServerResponse, status: number, body: unknown, errorType?: string): void {
    const data = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...(errorType ? { 'x-amzn-errortype': errorType } : {}) });
    res.end(data);
  }
}
