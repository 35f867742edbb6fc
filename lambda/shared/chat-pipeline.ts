/**
 * One chat pipeline, two transports. The buffered route (POST /v1/chat, handlers/chat.ts) and
 * the streaming route (POST /v1/chat/stream) run the same steps; only the way the answer
 * travels differs. A transport does, in order:
 *
 *   const audit = RequestAudit.open(event, context, 'chat');       // exactly one audit event
 *   try {
 *     const turn = await prepareTurn(deps, event, context, audit.event);
 *       // identity (verified claims) -> access gate -> body -> guard policy -> history
 *       // (deadline-bound read) -> input guard over message and documents -> the optional injection
 *       // judge (a second model call for grey-zone scores and documents) -> documents fenced
 *       // as untrusted data -> 504 if the time left cannot cover the model call.
 *     // Call the model with {...turn.modelInput, abortSignal: modelCallSignal(turn)}
 *     // (converse() here, or ConverseStream with converseRequest(...) from bedrock-converse).
 *     const checked = checkAnswer(deps, turn, text, stopReason, audit.event);
 *       // (streaming: run guard.checkOutput per released window with outputCheckOptions(deps, turn),
 *       //  then recordOutputCheck(audit.event, ...) once at the end)
 *     const body = await finishTurn(deps, turn, { text: checked.text, stopReason, inputTokens, outputTokens }, audit.event);
 *       // stores the masked turn (deadline-bound write), marks the audit event allowed
 *   } catch (e) {
 *     const failure = audit.fail(e);   // a ChatError with status, code and safe message; audit updated
 *   } finally {
 *     audit.close();                   // latency, then the event is written (once)
 *   }
 *
 * Every step throws a ChatError (4xx/5xx with a safe message, or a 422 guard decision); none
 * returns a response, so each transport maps failures to its own wire form in one place.
 * `turnSummary` is what both transports show about the guard (the stream's `meta` event, the
 * buffered body). CORS headers for any response come from `responseHeaders`.
 */
import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import type { GuardPolicy, OutputCheckOptions, OutputCheckResult } from '../guard';
import type { ConverseInput, ModelMessage } from './bedrock-converse';
import type { ChatAuditEvent } from './chat-audit';
import { blockedByPolicy, conversationNotFound, guardFailed, judgeUnavailable } from './chat-errors';
import { type ChatGuard, KIT_GUARD, type ScreenedTurn, remaskForStorage, screenTurn, withinBudget } from './chat-guard';
import { type ChatRequest, parseChatRequest } from './chat-request';
import type { ChatSettings } from './chat-settings';
import type { CallerIdentity } from './caller-identity';
import { policyForGroups } from './caller-policy';
import type { ConversationStore, StoredMessage } from './conversation-store';
import { Deadline, deadlineExceeded } from './deadline';
import { carriesPastedMaterial } from './pasted-material';
import { judgeInjection, judgeTrigger } from './injection-judge';
import { identify, requireAccess, storeCall } from './request-context';
import { CITATION_RULE, type KnowledgeClient, type TurnKnowledge, checkCitations, knowledgeStep } from './knowledge-retrieval';
import { documentRule, newBoundaryToken, renderDocuments } from './untrusted-documents';

// Request-level steps every route shares, here too so a transport imports one module.
export { RequestAudit, auditedJsonResponse, identify, requireAccess, responseHeaders, storeCall } from './request-context';

/** What every transport needs besides its model client. */
export interface ChatPipelineDeps {
  readonly settings: ChatSettings;
  readonly store: ConversationStore;
  /** @default the kit's guard */
  readonly guard?: ChatGuard;
  /** Retrieve client, with `settings.knowledgeBase` (through the bedrock-agent-runtime endpoint). */
  readonly knowledge?: KnowledgeClient;
  /** The model client; with `settings.injectionJudge` the judge's calls go through it too. */
  readonly bedrock?: BedrockRuntimeClient;
}

/** Time kept back from the function timeout to answer the caller and write the audit event. */
export const DEADLINE_MARGIN_MS = 1_500;
/** Time kept back, on top of the margin, for storing the turn after the model has answered. */
export const STORE_RESERVE_MS = 1_000;

/** A turn that passed every check before the model: what to send, and what to store after. */
export interface PreparedTurn {
  readonly caller: CallerIdentity;
  readonly request: ChatRequest;
  readonly policy: GuardPolicy;
  readonly conversationId: string;
  /** The turn number this request writes. */
  readonly turn: number;
  readonly screened: ScreenedTurn;
  /** The model request without its abort signal (take that from `modelCallSignal`). */
  readonly modelInput: Omit<ConverseInput, 'abortSignal'>;
  readonly deadline: Deadline;
  /** Chunks retrieved for this caller (knowledge base), fenced with the documents; not stored. */
  readonly knowledge?: TurnKnowledge;
}

/** A stored or new user message as the model sees it: its documents fenced, then the message. */
function userTexts(text: string, documents: readonly { name: string; text: string }[] | undefined, token: string): string[] {
  return documents && documents.length > 0 ? [renderDocuments(documents, token), text] : [text];
}

/**
 * Everything before the model call. Throws a ChatError when the request must stop: 401, 403
 * (access gate), 400, 404, 409/503/504 (store or deadline), 422 (guard), 500 (guard failure).
 */
export async function prepareTurn(deps: ChatPipelineDeps, event: APIGatewayProxyEvent, context: Context, audit: ChatAuditEvent): Promise<PreparedTurn> {
  const { settings } = deps;
  const guard = deps.guard ?? KIT_GUARD;

  const caller = identify(event, audit);
  requireAccess(caller, settings.allowedGroups);

  const request = parseChatRequest(event.body, settings);
  Object.assign(audit, {
    model: request.model,
    inputChars: request.message.length,
    documentCount: request.documents.length,
    documentChars: request.documents.reduce((n, d) => n + d.text.length, 0),
    pastedMaterial: carriesPastedMaterial(request.message),
  });

  // No deadline, no call: without one the function could time out before its audit event.
  const deadline = Deadline.fromContext(context, DEADLINE_MARGIN_MS);
  const policy = withinBudget(settings.guardBudgetMs, () => policyForGroups(caller.groups, settings.guard));

  let history: StoredMessage[] = [];
  let turn = 1;
  const conversationId = request.conversationId ?? crypto.randomUUID();
  if (request.conversationId) {
    const found = await storeCall(() =>
      deps.store.history(caller.sub, conversationId, settings.limits.historyTurns, { abortSignal: deadline.signal(STORE_RESERVE_MS) }),
    );
    if (!found) throw conversationNotFound();
    turn = found.lastTurn + 1;
    const turns = [...found.turns];
    // Oldest turns go first when history and the new message exceed the message limit.
    const count = () => turns.reduce((n, t) => n + t.messages.length, 0) + 1;
    while (turns.length > 0 && count() > settings.limits.maxMessages) turns.shift();
    history = turns.flatMap((t) => t.messages);
  }
  audit.conversationId = conversationId;

  const historyTexts = history.flatMap((m) => [m.text, ...(m.documents ?? []).flatMap((d) => [d.name, d.text])]);
  const screened = screenTurn(guard, request, policy, historyTexts, settings.guardBudgetMs);
  Object.assign(audit, {
    entityCounts: screened.entityCounts,
    maskedTotal: screened.maskedTotal,
    injection: screened.injection,
    documentInjection: screened.documentInjection,
  });
  if (screened.blocked) {
    // A message that carries pasted material and trips the screen: the client can suggest
    // sending that material as a document, where it is fenced as data instead of blocked.
    const pasted = screened.blocked.reason === 'prompt_injection' && audit.pastedMaterial ? { pastedMaterial: true } : {};
    throw blockedByPolicy(screened.blocked.reason, { blockedTypes: screened.blocked.blockedTypes, ...pasted });
  }

  const judged = await injectionJudgeStep(deps, screened, policy, deadline, audit);

  // Knowledge base: a filter from the verified claims, a re-check of every chunk, the same input guard.
  const knowledge = await knowledgeStep(
    { settings: settings.knowledgeBase, client: deps.knowledge, guard, guardBudgetMs: settings.guardBudgetMs },
    caller,
    request.knowledgeBase,
    { message: judged.message, vault: judged.vault, policy, entityCounts: judged.entityCounts },
    audit.knowledgeBase,
    deadline.signal(STORE_RESERVE_MS),
  );
  if (knowledge) audit.maskedTotal = Object.values(judged.entityCounts).reduce((a, b) => a + (b ?? 0), 0);
  const retrieved = knowledge?.documents ?? [];

  // A fresh token per request: stored documents are fenced again with it on every reuse.
  const token = newBoundaryToken();
  const messages: ModelMessage[] = [
    ...history.map((m) => ({ role: m.role, texts: m.role === 'user' ? userTexts(m.text, m.documents, token) : [m.text] })),
    { role: 'user', texts: userTexts(judged.message, [...judged.documents, ...retrieved], token) },
  ];
  const anyDocuments = judged.documents.length > 0 || retrieved.length > 0 || history.some((m) => (m.documents?.length ?? 0) > 0);

  const prepared: PreparedTurn = {
    caller,
    request,
    policy,
    conversationId,
    turn,
    screened: judged,
    deadline,
    ...(knowledge ? { knowledge } : {}),
    modelInput: {
      modelId: request.model,
      system: [settings.systemPrompt, ...(anyDocuments ? [documentRule(token)] : []), ...(retrieved.length > 0 ? [CITATION_RULE] : [])],
      messages,
      maxTokens: settings.inference.maxTokens,
      temperature: settings.inference.temperature,
      ...(settings.guardrail ? { guardrail: settings.guardrail } : {}),
    },
  };
  // Refuse before the model when the time left cannot cover a call and the write after it.
  if (deadline.leftMs(STORE_RESERVE_MS) <= 0) throw deadlineExceeded();
  return prepared;
}

/**
 * The injection judge, when the deployment has one and the request calls for it: an attack in
 * the message blocks (422); one in the documents is recorded like a first-stage document flag;
 * no verdict blocks (503) unless `onFailure` is `allow`. Returns the turn as screened, with the
 * judge's document verdict folded in.
 */
async function injectionJudgeStep(deps: ChatPipelineDeps, screened: ScreenedTurn, policy: GuardPolicy, deadline: Deadline, audit: ChatAuditEvent): Promise<ScreenedTurn> {
  const settings = deps.settings.injectionJudge;
  if (!settings) return screened;
  const request = {
    message: screened.message,
    documents: screened.documents,
    pastedMaterial: audit.pastedMaterial,
    score: screened.injection.score,
    threshold: policy.injectionThreshold,
  };
  const trigger = judgeTrigger(settings, request);
  if (!trigger) return screened;
  // A judge configured without a client to call it cannot decide: fail closed, as for any failure.
  if (!deps.bedrock) throw guardFailed();
  const outcome = await judgeInjection(
    { client: deps.bedrock, settings, deadline: deadline.signal(STORE_RESERVE_MS), ...(deps.settings.guardrail ? { guardrail: deps.settings.guardrail } : {}) },
    request,
    trigger,
  );
  audit.injectionJudge = { ...outcome, failure: outcome.failure ?? 'none' };
  if (outcome.verdict === 'unavailable') {
    if (settings.onFailure === 'block') throw judgeUnavailable();
    return screened;
  }
  if (outcome.target === 'message') throw blockedByPolicy('prompt_injection', { judge: true });
  if (outcome.target !== 'documents') return screened;
  const documentInjection = {
    ...screened.documentInjection,
    flagged: true,
    reasons: [...new Set([...screened.documentInjection.reasons, 'injection_judge'])].sort(),
    flaggedDocuments: Math.max(1, screened.documentInjection.flaggedDocuments),
  };
  audit.documentInjection = documentInjection;
  return { ...screened, documentInjection };
}

/** The abort signal of the model call: it fires while there is still time to store and audit. */
export function modelCallSignal(turn: PreparedTurn): AbortSignal {
  return turn.deadline.signal(STORE_RESERVE_MS);
}

/** Options of the output check for this turn (the streaming transport checks window by window). */
export function outputCheckOptions(deps: ChatPipelineDeps, turn: PreparedTurn): OutputCheckOptions {
  return {
    vault: turn.screened.vault,
    systemPrompt: deps.settings.systemPrompt,
    policy: turn.policy,
    allowedLinkHosts: deps.settings.allowedLinkHosts,
  };
}

/** Record the output check's result in the audit event. */
export function recordOutputCheck(audit: ChatAuditEvent, checked: Pick<OutputCheckResult, 'action' | 'neutralisedLinks'>): void {
  audit.outputCheck = checked.action;
  audit.neutralisedLinks = checked.neutralisedLinks ?? 0;
}

/** The output guard over a whole answer; a guardrail intervention or a block is a 422. */
export function checkAnswer(deps: ChatPipelineDeps, turn: PreparedTurn, text: string, stopReason: string, audit: ChatAuditEvent): OutputCheckResult {
  const guard = deps.guard ?? KIT_GUARD;
  const checked = withinBudget(deps.settings.guardBudgetMs, () => guard.checkOutput(text, outputCheckOptions(deps, turn)));
  recordOutputCheck(audit, checked);
  if (turn.knowledge) checkCitations(checked.text, turn.knowledge, audit.knowledgeBase);
  if (stopReason === 'guardrail_intervened') throw blockedByPolicy('guardrail');
  if (checked.action === 'block') throw blockedByPolicy('answer');
  return checked;
}

/** What the caller is told about the guard's work on this turn. */
export function turnSummary(turn: PreparedTurn): Record<string, unknown> {
  return {
    conversationId: turn.conversationId,
    model: turn.request.model,
    masked: { total: turn.screened.maskedTotal, byType: turn.screened.entityCounts },
    documents: {
      count: turn.screened.documents.length,
      injectionFlagged: turn.screened.documentInjection.flaggedDocuments,
    },
    ...(turn.knowledge ? { knowledgeBase: { sources: turn.knowledge.names, unverifiedCitations: turn.knowledge.unverified } } : {}),
  };
}

export interface FinishedAnswer {
  /** The answer as shown to the caller (after the output check; restored when the policy says so). */
  readonly text: string;
  readonly stopReason: string;
  readonly inputTokens: number;
  readonly outputTokens: number;
}

/**
 * Store the turn, masked (restored values go back behind their placeholders), with the
 * documents beside the message; mark the audit event allowed. Returns the buffered route's body.
 */
export async function finishTurn(deps: ChatPipelineDeps, turn: PreparedTurn, answer: FinishedAnswer, audit: ChatAuditEvent): Promise<Record<string, unknown>> {
  Object.assign(audit, { inputTokens: answer.inputTokens, outputTokens: answer.outputTokens, stopReason: answer.stopReason });
  const stored = turn.policy.restoreInAnswer ? remaskForStorage(answer.text, turn.screened.vault) : answer.text;
  const user: StoredMessage = {
    role: 'user',
    text: turn.screened.message,
    ...(turn.screened.documents.length > 0 ? { documents: turn.screened.documents } : {}),
  };
  await storeCall(() =>
    deps.store.appendTurn(turn.caller.sub, turn.conversationId, turn.turn, [user, { role: 'assistant', text: stored }], turn.request.model, {
      abortSignal: turn.deadline.signal(),
    }),
  );
  audit.decision = 'allowed';
  return {
    ...turnSummary(turn),
    answer: answer.text,
    outputCheck: audit.outputCheck,
    neutralisedLinks: audit.neutralisedLinks,
    stopReason: answer.stopReason,
    usage: { inputTokens: answer.inputTokens, outputTokens: answer.outputTokens },
  };
}
