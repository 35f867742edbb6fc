import { Writable } from 'node:stream';
import type { AwsLambdaStreaming, HttpResponseMetadata } from '../../lambda/shared/response-stream';

/** Content type the runtime gives an HTTP integration response (prelude, 8 NUL bytes, body). */
export const HTTP_INTEGRATION_RESPONSE = 'application/vnd.awslambda.http-integration-response';
const DELIMITER = new Uint8Array(8);

/**
 * The runtime's response stream as the Node.js runtime interface client builds it: a Writable
 * with `setContentType`, and an `_onBeforeFirstWrite` hook that `HttpResponseStream.from` sets
 * to write the JSON prelude and the delimiter before the first body byte. It records every
 * byte with the time it was written; `disconnect()` is the caller going away.
 */
export class RecordingResponseStream extends Writable {
  contentType: string | undefined;
  readonly writes: { at: number; bytes: Buffer }[] = [];
  _onBeforeFirstWrite: ((write: (chunk: string | Uint8Array) => void) => void) | undefined;
  private first = true;
  private readonly opened = performance.now();
  /** Called after each body write (a test's caller can disconnect from here). */
  onWrite: ((text: string) => void) | undefined;

  /** `writeDelayMs`: a slow caller, each write taking this long (with a 1-byte buffer, writes push back at once). */
  constructor(private readonly options: { writeDelayMs?: number } = {}) {
    super(options.writeDelayMs ? { highWaterMark: 1 } : {});
  }

  setContentType(contentType: string): void {
    if (!this.first) throw new Error('setContentType after the first write');
    this.contentType = contentType;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    const record = (c: string | Uint8Array) => this.writes.push({ at: performance.now() - this.opened, bytes: Buffer.from(c) });
    if (this.first) {
      this.first = false;
      this._onBeforeFirstWrite?.(record);
    }
    record(chunk);
    this.onWrite?.(Buffer.from(chunk).toString('utf8'));
    if (this.options.writeDelayMs) setTimeout(() => callback(), this.options.writeDelayMs);
    else callback();
  }

  /** The caller closes the connection: the stream is destroyed, as when API Gateway drops it. */
  disconnect(): void {
    this.destroy();
  }

  get bytes(): Buffer {
    return Buffer.concat(this.writes.map((w) => w.bytes));
  }

  /** The prelude (status and headers) and the body, split at the eight NUL bytes. */
  response(): { prelude: HttpResponseMetadata | undefined; body: string } {
    const all = this.bytes;
    if (this.contentType !== HTTP_INTEGRATION_RESPONSE) return { prelude: undefined, body: all.toString('utf8') };
    const at = all.indexOf(Buffer.from(DELIMITER));
    if (at < 0) return { prelude: undefined, body: all.toString('utf8') };
    return { prelude: JSON.parse(all.subarray(0, at).toString('utf8')), body: all.subarray(at + DELIMITER.length).toString('utf8') };
  }

  /** Server-sent events in the body, with the time the write holding each one's end was made. */
  events(): { event: string; data: Record<string, any> }[] {
    return this.response()
      .body.split('\n\n')
      .filter((block) => block.trim().length > 0)
      .map((block) => {
        const lines = block.split('\n');
        const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message';
        const data = lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
        return { event, data: JSON.parse(data) };
      });
  }
}

/** The `awslambda` global of the Node.js runtime, behaving as the runtime's own does. */
export const AWS_LAMBDA_STREAMING: AwsLambdaStreaming = {
  streamifyResponse: ((handler: object) => {
    // The runtime recognises streaming handlers by this marker.
    (handler as Record<symbol, string>)[Symbol.for('aws.lambda.runtime.handler.streaming')] = 'response';
    return handler;
  }) as AwsLambdaStreaming['streamifyResponse'],
  HttpResponseStream: {
    from(stream, metadata) {
      stream.setContentType(HTTP_INTEGRATION_RESPONSE);
      const prelude = JSON.stringify(metadata);
      (stream as RecordingResponseStream)._onBeforeFirstWrite = (write) => {
        write(prelude);
        write(DELIMITER);
      };
      return stream;
    },
  },
};

/** Install the runtime global before loading a streaming handler module. */
export function installLambdaStreaming(): void {
  (globalThis as unknown as { awslambda?: AwsLambdaStreaming }).awslambda = AWS_LAMBDA_STREAMING;
}
