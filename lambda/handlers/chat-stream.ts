import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { createStreamGuard, type OutputCheckResult } from '../guard';
import { createBedrockClient } from '../shared/bedrock-client';
import { openConverseStream } from '../shared/bedrock-converse-stream';
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
import { checkCitations, createRetrievalClient } from '../shared/knowledge-retrieval';
import { errorBody } from '../shared/http-response';
import { type AwsLambdaStreaming, lambdaStreaming, ResponseWriter, type ResponseStream } from '../shared/response-stream';

export interface ChatStreamDependencies extends ChatPipelineDeps {
  readonly bedrock: BedrockRuntimeClient;
  /** @default the runtime's `awslambda` global */
  readonly runtime?: AwsLambdaStreaming;
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
      const streamGuard = createStreamGuard({ check, vault: turn.screened.vault, restoring: turn.policy.restoreInAnswer });
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
      if (turn.knowledge) checkCitations(streamGuard.released, turn.knowledge, audit.event.knowledgeBase);

      await finishTurn(deps, turn, { text: streamGuard.released, stopReason, ...usage }, audit.event);
      await writer.event(
        'done',
        {
          stopReason,
          usage,
          outputCheck: { action: last.result.action, reasons: last.result.reasons, neutralisedLinks: last.result.neutralisedLinks },
          neutralisedLinks: last.result.neutralisedLinks,
          ...(turn.knowledge ? { knowledgeBase: { sources: turn.knowledge.names, unverifiedCitations: turn.knowledge.unverified } } : {}),
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
    ...(settings.knowledgeBase ? { knowledge: createRetrievalClient(settings.bedrock) } : {}),
  }),
);
