import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { createStreamGuard, type OutputCheckResult } from '../guard';
import { createBedrockClient } from '../shared/bedrock-client';
import { openConverseStream, StreamAborted } from '../shared/bedrock-converse-stream';
import { blockedByPolicy, ChatError } from '../shared/chat-errors';
import { KIT_GUARD, withinBudget } from '../shared/chat-guard';
import {
  type ChatPipelineDeps,
  finishTurn,
  modelCallSignal,
  outputCheckOptions,
  prepareTurn,
  recordOutputCheck,
  RequestAudit,
  responseHeaders,
  turnSummary,
} from '../shared/chat-pipeline';
import { loadChatSettings } from '../shared/chat-settings';
import { ConversationStore } from '../shared/conversation-store';
import { BASE_HEADERS, errorBody, JSON_CONTENT_TYPE, REQUEST_ID_HEADER } from '../shared/http-response';
import { type AwsLambdaStreaming, lambdaStreaming, type ResponseStream } from '../shared/response-stream';

export interface ChatStreamDependencies extends ChatPipelineDeps {
  readonly bedrock: BedrockRuntimeClient;
  /** @default the runtime's `awslambda` global */
  readonly runtime?: AwsLambdaStreaming;
}

/** The events of `text/event-stream` answers; the README documents each one's fields. */
export type ChatStreamEvent = 'meta' | 'delta' | 'done' | 'blocked' | 'error';

const SSE_HEADERS = { 'content-type': 'text/event-stream; charset=utf-8', 'x-accel-buffering': 'no' };

/**
 * Writes to the response stream: status and headers once, then server-sent events. Waits for
 * the stream to drain (a slow caller) but never past `signal`, and notices the caller going.
 */
class ResponseWriter {
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

/**
 * POST /v1/chat/stream, the streaming transport of the chat pipeline: the same steps as
 * POST /v1/chat (lambda/shared/chat-pipeline.ts), with ConverseStream and the output guard on a
 * hold-back window (lambda/guard/stream-guard.ts). Failures before the first byte get the
 * buffered route's status and body; after it, an `error` or `blocked` event ends the stream.
 * The turn is stored, masked, only when the stream completes; one audit event either way.
 */
export function createChatStreamHandler(deps: ChatStreamDependencies) {
  const guard = deps.guard ?? KIT_GUARD;
  return async (event: APIGatewayProxyEvent, responseStream: ResponseStream, context: Context): Promise<void> => {
    const started = performance.now();
    const audit = RequestAudit.open(event, context, 'chat_stream');
    const writer = new ResponseWriter(responseStream, deps.runtime ?? lambdaStreaming(), responseHeaders(event, deps.settings), audit.requestId);
    const since = () => Math.max(1, Math.round(performance.now() - started));
    let signal: AbortSignal = writer.gone.signal;
    try {
      const turn = await prepareTurn(deps, event, context, audit.event);
      signal = AbortSignal.any([modelCallSignal(turn), writer.gone.signal]);
      const events = await openConverseStream(deps.bedrock, turn.modelInput, { abortSignal: signal, idleTimeoutMs: deps.settings.bedrock.requestTimeoutMs });

      await writer.event('meta', turnSummary(turn), signal);
      audit.event.timeToFirstByteMs = since();

      const options = outputCheckOptions(deps, turn);
      const check = (text: string): OutputCheckResult => withinBudget(deps.settings.guardBudgetMs, () => guard.checkOutput(text, options));
      const streamGuard = createStreamGuard({ check, vault: turn.screened.vault });
      const send = async (text: string) => {
        if (text.length === 0) return;
        await writer.event('delta', { text }, signal);
        if (audit.event.timeToFirstTextMs === 0) audit.event.timeToFirstTextMs = since();
      };

      let stopReason = 'unknown';
      let usage = { inputTokens: 0, outputTokens: 0 };
      for await (const e of events) {
        if (e.kind === 'stop') stopReason = e.stopReason;
        else if (e.kind === 'usage') usage = { inputTokens: e.inputTokens, outputTokens: e.outputTokens };
        else {
          const step = streamGuard.push(e.text);
          if (step.blocked) {
            if (step.result) recordOutputCheck(audit.event, step.result);
            throw blockedByPolicy('answer');
          }
          await send(step.text);
        }
      }
      Object.assign(audit.event, usage, { stopReason });
      if (stopReason === 'guardrail_intervened') throw blockedByPolicy('guardrail');
      const last = streamGuard.end();
      if (last.result) recordOutputCheck(audit.event, last.result);
      if (last.blocked) throw blockedByPolicy('answer');
      await send(last.text);

      await finishTurn(deps, turn, { text: streamGuard.released, stopReason, ...usage }, audit.event);
      await writer.event(
        'done',
        {
          stopReason,
          usage,
          outputCheck: { action: last.result.action, reasons: last.result.reasons, neutralisedLinks: last.result.neutralisedLinks },
          neutralisedLinks: last.result.neutralisedLinks,
          requestId: audit.requestId,
        },
        signal,
      );
    } catch (e) {
      // The caller gone is not the model's fault: record it as such.
      const failure = writer.gone.signal.aborted ? new ChatError(499, 'client_disconnected', 'The caller closed the connection.') : e;
      const error = audit.fail(failure);
      if (!writer.started) {
        writer.json(error.status, errorBody(error.code, error.publicMessage, error.details));
      } else if (!writer.gone.signal.aborted) {
        const blocked = error.code === 'blocked_by_policy';
        await writer
          .event(
            blocked ? 'blocked' : 'error',
            { code: error.code, message: error.publicMessage, ...error.details, ...(blocked ? { stage: 'output' } : {}), requestId: audit.requestId },
            AbortSignal.timeout(1_000),
          )
          .catch(() => undefined);
      }
    } finally {
      writer.end();
      audit.close();
    }
  };
}

/** Cold start: a missing or invalid CHAT_CONFIG stops the function here, never a silent default. */
const settings = loadChatSettings();
const runtime = lambdaStreaming();

export const handler = runtime.streamifyResponse(
  createChatStreamHandler({
    settings,
    runtime,
    bedrock: createBedrockClient(settings.bedrock),
    store: new ConversationStore(settings.conversations.tableName, settings.conversations.ttlDays),
  }),
);
