import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { createBedrockClient } from '../shared/bedrock-client';
import { converse } from '../shared/bedrock-converse';
import { type ChatAuditEvent, emitAuditEvent, newAuditEvent } from '../shared/chat-audit';
import { ChatError, conversationConflict, conversationNotFound, internalError, storeFailed } from '../shared/chat-errors';
import { type ChatGuard, KIT_GUARD, remaskForStorage, screenMessages, withinBudget } from '../shared/chat-guard';
import { parseChatRequest } from '../shared/chat-request';
import { type ChatSettings, loadChatSettings } from '../shared/chat-settings';
import { callerIdentity } from '../shared/caller-identity';
import { policyForGroups } from '../shared/caller-policy';
import { ConversationStore, TurnConflictError } from '../shared/conversation-store';
import { errorResponse, jsonResponse } from '../shared/http-response';
import { logger } from '../shared/logger';

export interface ChatDependencies {
  readonly settings: ChatSettings;
  readonly bedrock: BedrockRuntimeClient;
  readonly store: ConversationStore;
  /** @default the kit's guard */
  readonly guard?: ChatGuard;
}

/** Time kept back from the function timeout to answer the caller and write the audit event. */
const DEADLINE_MARGIN_MS = 1_500;

const BLOCKED_MESSAGE = {
  personal_data: 'The request contains personal data that this service may not send to the model.',
  prompt_injection: 'The request looks like an attempt to override the assistant\'s instructions.',
  answer: 'The answer was withheld by the output check.',
  guardrail: 'The request or answer was blocked by the organisation\'s AI usage policy.',
} as const;

async function store<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    if (e instanceof TurnConflictError) throw conversationConflict();
    throw storeFailed();
  }
}

/**
 * POST /v1/chat: identity from the verified claims, input guard, Converse, output guard,
 * masked history, one audit event. Any guard failure stops the request before Bedrock.
 */
export function createChatHandler(deps: ChatDependencies) {
  const { settings, bedrock } = deps;
  const guard = deps.guard ?? KIT_GUARD;

  async function run(event: APIGatewayProxyEvent, context: Context, audit: ChatAuditEvent): Promise<APIGatewayProxyResult> {
    const caller = callerIdentity(event);
    Object.assign(audit, { userSub: caller.sub, groups: caller.groups, department: caller.department });

    const request = parseChatRequest(event.body, settings);
    audit.model = request.model;
    audit.inputChars = request.messages.reduce((n, m) => n + m.content.length, 0);

    const policy = withinBudget(settings.guardBudgetMs, () => policyForGroups(caller.groups, settings.guard));

    let history: { role: 'user' | 'assistant'; text: string }[] = [];
    let turn = 1;
    const conversationId = request.conversationId ?? crypto.randomUUID();
    if (request.conversationId) {
      const found = await store(() => deps.store.history(caller.sub, conversationId, settings.limits.historyTurns));
      if (!found) throw conversationNotFound();
      turn = found.lastTurn + 1;
      const turns = [...found.turns];
      // Oldest turns go first when history and the new messages exceed the message limit.
      const count = () => turns.reduce((n, t) => n + t.messages.length, 0) + request.messages.length;
      while (turns.length > 0 && count() > settings.limits.maxMessages) turns.shift();
      history = turns.flatMap((t) => t.messages.map((m) => ({ role: m.role, text: m.text })));
    }
    audit.conversationId = conversationId;

    const screened = screenMessages(guard, request.messages, policy, history.map((m) => m.text), settings.guardBudgetMs);
    Object.assign(audit, { entityCounts: screened.entityCounts, maskedTotal: screened.maskedTotal, injection: screened.injection });
    if (screened.blocked) {
      audit.decision = screened.blocked.reason === 'prompt_injection' ? 'blocked_injection' : 'blocked_input';
      return errorResponse(422, 'blocked_by_policy', BLOCKED_MESSAGE[screened.blocked.reason], audit.requestId, {
        reason: screened.blocked.reason,
        blockedTypes: screened.blocked.blockedTypes,
      });
    }

    const remaining = typeof context.getRemainingTimeInMillis === 'function' ? context.getRemainingTimeInMillis() - DEADLINE_MARGIN_MS : 0;
    const answer = await converse(bedrock, {
      modelId: request.model,
      systemPrompt: settings.systemPrompt,
      messages: [...history, ...screened.messages],
      maxTokens: settings.inference.maxTokens,
      temperature: settings.inference.temperature,
      ...(settings.guardrail ? { guardrail: settings.guardrail } : {}),
      ...(remaining > 0 ? { abortSignal: AbortSignal.timeout(remaining) } : {}),
    });
    Object.assign(audit, { inputTokens: answer.inputTokens, outputTokens: answer.outputTokens, stopReason: answer.stopReason });

    const checked = withinBudget(settings.guardBudgetMs, () =>
      guard.checkOutput(answer.text, { vault: screened.vault, systemPrompt: settings.systemPrompt, policy }),
    );
    audit.outputCheck = checked.action;
    if (answer.stopReason === 'guardrail_intervened' || checked.action === 'block') {
      audit.decision = 'blocked_output';
      const reason = answer.stopReason === 'guardrail_intervened' ? 'guardrail' : 'answer';
      return errorResponse(422, 'blocked_by_policy', BLOCKED_MESSAGE[reason], audit.requestId, { reason });
    }

    const stored = policy.restoreInAnswer ? remaskForStorage(checked.text, screened.vault) : checked.text;
    await store(() =>
      deps.store.appendTurn(caller.sub, conversationId, turn, [...screened.messages, { role: 'assistant', text: stored }], request.model),
    );

    audit.decision = 'allowed';
    return jsonResponse(
      200,
      {
        conversationId,
        model: request.model,
        answer: checked.text,
        masked: { total: screened.maskedTotal, byType: screened.entityCounts },
        outputCheck: checked.action,
        stopReason: answer.stopReason,
        usage: { inputTokens: answer.inputTokens, outputTokens: answer.outputTokens },
      },
      audit.requestId,
    );
  }

  return async (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> => {
    const started = performance.now();
    // Function name, cold start and the Lambda request id on every line this invocation logs.
    logger.addContext(context);
    const requestId = event.requestContext?.requestId ?? context.awsRequestId;
    const audit = newAuditEvent(requestId);
    try {
      return await run(event, context, audit);
    } catch (e) {
      const failure = e instanceof ChatError ? e : internalError();
      // Only the error's class name: SDK and parser messages can quote the request.
      if (!(e instanceof ChatError)) logger.error('chat.unexpected_error', { requestId, errorName: (e as Error)?.name ?? 'unknown' });
      audit.decision = 'error';
      audit.errorKind = failure.errorKind;
      return errorResponse(failure.status, failure.errorKind, failure.publicMessage, requestId, failure.details);
    } finally {
      audit.latencyMs = Math.round(performance.now() - started);
      emitAuditEvent(audit);
    }
  };
}

/** Cold start: a missing or invalid CHAT_CONFIG stops the function here, never a silent default. */
const settings = loadChatSettings();

export const handler = createChatHandler({
  settings,
  bedrock: createBedrockClient(settings.bedrock),
  store: new ConversationStore(settings.conversations.tableName, settings.conversations.ttlDays),
});
