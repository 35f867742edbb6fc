import { StreamAborted } from './bedrock-converse-stream';
import { BASE_HEADERS, JSON_CONTENT_TYPE, REQUEST_ID_HEADER } from './http-response';

/**
 * Lambda response streaming, as the Node.js runtime provides it: the `awslambda` global (no
 * import, no npm package). `streamifyResponse` marks a handler as streaming, so the runtime calls
 * it as `(event, responseStream, context)`; `HttpResponseStream.from` sets the status and
 * headers of the HTTP response (API Gateway's `response-streaming-invocations` reads them from a
 * JSON prelude followed by eight NUL bytes, written before the first body byte).
 * https://docs.aws.amazon.com/lambda/latest/dg/config-rs-write-functions.html
 */
/** The runtime's response stream (a Writable with `setContentType`), typed by @types/aws-lambda. */
export type ResponseStream = awslambda.HttpResponseStream;

export interface HttpResponseMetadata {
  statusCode: number;
  headers?: Record<string, string>;
  cookies?: string[];
}

export interface AwsLambdaStreaming {
  streamifyResponse: typeof awslambda.streamifyResponse;
  HttpResponseStream: { from(stream: ResponseStream, metadata: HttpResponseMetadata & Record<string, unknown>): ResponseStream };
}

/** The runtime's `awslambda` global; a clear error where it is missing (outside Lambda, without the test shim). */
export function lambdaStreaming(): AwsLambdaStreaming {
  const runtime = (globalThis as unknown as { awslambda?: AwsLambdaStreaming }).awslambda;
  if (!runtime || typeof runtime.streamifyResponse !== 'function' || typeof runtime.HttpResponseStream?.from !== 'function') {
    throw new Error('Response streaming needs the Lambda Node.js runtime (the awslambda global)');
  }
  return runtime;
}

/** The events of `text/event-stream` answers; the README documents each one's fields. */
export type ChatStreamEvent = 'meta' | 'delta' | 'done' | 'blocked' | 'error';

const SSE_HEADERS = { 'content-type': 'text/event-stream; charset=utf-8', 'x-accel-buffering': 'no' };

/**
 * Writes to the response stream: status and headers once, then server-sent events. Waits for
 * the stream to drain (a slow caller) but never past `signal`, and notices the caller going.
 */
export class ResponseWriter {
  private opened = false;
  readonly gone = new AbortController();

  constructor(
    private readonly raw: ResponseStream,
    private readonly runtime: AwsLambdaStreaming,
    private readonly headers: Record<string, string>,
    private readonly requestId: string,
  ) {
    const left = () => {
      if (!raw.writableFinished) this.gone.abort(new Error('client disconnected'));
    };
    raw.once('close', left);
    // Every error of a stream the caller left is that same departure (and must not go unhandled).
    raw.on('error', left);
  }

  get started(): boolean {
    return this.opened;
  }

  private open(statusCode: number, contentHeaders: Record<string, string>): ResponseStream {
    this.opened = true;
    return this.runtime.HttpResponseStream.from(this.raw, {
      statusCode,
      headers: { ...contentHeaders, ...BASE_HEADERS, ...this.headers, [REQUEST_ID_HEADER]: this.requestId },
    });
  }

  /** A failure before the first byte: the buffered route's status and JSON error body. */
  json(statusCode: number, body: Record<string, unknown>): void {
    if (this.raw.destroyed) return;
    const stream = this.open(statusCode, { 'content-type': JSON_CONTENT_TYPE });
    stream.write(JSON.stringify({ ...body, requestId: this.requestId }));
  }

  async event(name: ChatStreamEvent, data: Record<string, unknown>, signal: AbortSignal): Promise<void> {
    if (this.gone.signal.aborted) throw new StreamAborted(this.gone.signal.reason);
    const stream = this.opened ? this.raw : this.open(200, SSE_HEADERS);
    if (stream.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`)) return;
    if (signal.aborted) throw new StreamAborted(signal.reason);
    await new Promise<void>((resolve, reject) => {
      const done = () => {
        stream.off('drain', done);
        signal.removeEventListener('abort', late);
        resolve();
      };
      const late = () => {
        stream.off('drain', done);
        reject(new StreamAborted(signal.reason));
      };
      stream.once('drain', done);
      signal.addEventListener('abort', late, { once: true });
    });
  }

  end(): void {
    if (!this.raw.destroyed && !this.raw.writableEnded) this.raw.end();
  }
}

