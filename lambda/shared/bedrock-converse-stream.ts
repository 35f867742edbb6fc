import { type BedrockRuntimeClient, ConverseStreamCommand, type ConverseStreamOutput } from '@aws-sdk/client-bedrock-runtime';
import { bedrockFailure, type ConverseInput, converseRequest } from './bedrock-converse';
import { ChatError } from './chat-errors';

/** What the streaming transport needs from one ConverseStream event. */
export type ModelStreamEvent =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'stop'; readonly stopReason: string }
  | { readonly kind: 'usage'; readonly inputTokens: number; readonly outputTokens: number };

export interface ConverseStreamOptions {
  /** Ends the call when it fires: the function's deadline, the caller disconnecting, or both. */
  readonly abortSignal: AbortSignal;
  /**
   * Longest wait for the next event once the stream is open. A model that stops sending (a
   * stalled connection) is ended here rather than at the function timeout.
   */
  readonly idleTimeoutMs: number;
}

/** The caller went away or the deadline passed: the reason the stream was aborted, if it was. */
export class StreamAborted extends ChatError {
  constructor(readonly cause: unknown) {
    super(504, 'bedrock_timeout', 'The model did not answer in time. Try again, or shorten the request.');
    this.name = 'StreamAborted';
  }
}

const idleTimeout = () => new ChatError(504, 'bedrock_timeout', 'The model stopped answering. Try again, or shorten the request.');

function toEvent(out: ConverseStreamOutput): ModelStreamEvent | undefined {
  if (out.contentBlockDelta?.delta && typeof out.contentBlockDelta.delta.text === 'string') {
    return { kind: 'text', text: out.contentBlockDelta.delta.text };
  }
  if (out.messageStop) return { kind: 'stop', stopReason: out.messageStop.stopReason ?? 'unknown' };
  if (out.metadata) return { kind: 'usage', inputTokens: out.metadata.usage?.inputTokens ?? 0, outputTokens: out.metadata.usage?.outputTokens ?? 0 };
  // messageStart, contentBlockStart/Stop, tool use and reasoning deltas carry nothing to show.
  return undefined;
}

/**
 * Open a ConverseStream call. Errors before the stream opens reject with the same ChatErrors as
 * the buffered call (429/502/504), so the route answers with the same statuses; errors after it
 * (an exception event, a broken connection, the idle timeout, an abort) are thrown from the
 * iterator as ChatErrors too. The guardrail, when configured, runs in `sync` mode: it assesses
 * each part before the model's text is returned, as the buffered call does.
 */
export async function openConverseStream(
  client: BedrockRuntimeClient,
  input: ConverseInput,
  options: ConverseStreamOptions,
): Promise<AsyncIterable<ModelStreamEvent>> {
  const request = converseRequest(input);
  const command = new ConverseStreamCommand({
    ...request,
    ...(request.guardrailConfig ? { guardrailConfig: { ...request.guardrailConfig, streamProcessingMode: 'sync' as const } } : {}),
  });
  // Our own abort as well as the caller's: an idle stream, or a consumer that stops early
  // (blocked, error), closes the HTTP connection so Bedrock stops generating.
  const local = new AbortController();
  const signal = AbortSignal.any([options.abortSignal, local.signal]);
  let stream: AsyncIterable<ConverseStreamOutput> | undefined;
  try {
    stream = (await client.send(command, { abortSignal: signal })).stream;
  } catch (e) {
    throw options.abortSignal.aborted ? new StreamAborted(options.abortSignal.reason) : bedrockFailure(e);
  }
  if (!stream) throw new ChatError(502, 'bedrock_error', 'The model returned no answer. Try again later.');
  return events(stream, options, local);
}

async function* events(stream: AsyncIterable<ConverseStreamOutput>, options: ConverseStreamOptions, local: AbortController): AsyncGenerator<ModelStreamEvent> {
  const iterator = stream[Symbol.asyncIterator]();
  const aborted = new Promise<never>((_, reject) => {
    const fail = () => reject(new StreamAborted(options.abortSignal.reason));
    if (options.abortSignal.aborted) fail();
    else options.abortSignal.addEventListener('abort', fail, { once: true });
  });
  aborted.catch(() => undefined);
  try {
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const idle = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(idleTimeout()), options.idleTimeoutMs);
      });
      let next: IteratorResult<ConverseStreamOutput>;
      try {
        next = await Promise.race([iterator.next(), idle, aborted]);
      } catch (e) {
        if (e instanceof ChatError) throw e;
        throw options.abortSignal.aborted ? new StreamAborted(options.abortSignal.reason) : bedrockFailure(e);
      } finally {
        clearTimeout(timer);
      }
      if (next.done) return;
      const event = toEvent(next.value);
      if (event) yield event;
    }
  } finally {
    // Whatever ended the loop (done, error, idle, the consumer stopping early): close the call.
    local.abort();
    void iterator.return?.().catch(() => undefined);
  }
}
