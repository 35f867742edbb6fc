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
