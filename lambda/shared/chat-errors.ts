/** Why a request did not get an answer; the audit event's `errorKind`. */
export type ErrorKind =
  | 'unauthorized'
  | 'access_denied'
  | 'invalid_request'
  | 'unknown_model'
  | 'conversation_not_found'
  | 'route_not_found'
  | 'conversation_conflict'
  | 'guard_error'
  | 'deadline_exceeded'
  | 'bedrock_throttled'
  | 'bedrock_timeout'
  | 'bedrock_error'
  | 'store_error'
  /** The knowledge base did not answer the Retrieve call. */
  | 'knowledge_base_error'
  /** The injection judge gave no verdict and `onFailure` is `block`. */
  | 'injection_judge_error'
  /** The caller closed the connection while the answer was streaming. */
  | 'client_disconnected'
  | 'internal_error';

/** What happened to a request, as the audit event records it. */
export type ChatDecision = 'allowed' | 'denied' | 'blocked_input' | 'blocked_injection' | 'blocked_output' | 'error';

/**
 * An error that ends a request with a known status and a message safe to show the caller.
 * `publicMessage` and `details` never carry request text or detected values. `code` is the
 * response's error code; `decision` and `errorKind` are what the audit event records.
 */
export class ChatError extends Error {
  readonly code: string;
  readonly decision: ChatDecision;
  readonly errorKind: ErrorKind | 'none';

  constructor(
    readonly status: number,
    errorKind: ErrorKind,
    readonly publicMessage: string,
    readonly details: Record<string, unknown> = {},
    outcome: { code: string; decision: ChatDecision; errorKind: ErrorKind | 'none' } = { code: errorKind, decision: 'error', errorKind },
  ) {
    super(publicMessage);
    this.name = 'ChatError';
    this.code = outcome.code;
    this.decision = outcome.decision;
    this.errorKind = outcome.errorKind;
  }
}

export const unauthorized = () =>
  new ChatError(401, 'unauthorized', 'The request carries no verified identity.');

export const accessDenied = () =>
  new ChatError(
    403,
    'access_denied',
    'Your account is not in a group that may use this AI service. Ask your administrator for access.',
    {},
    { code: 'access_denied', decision: 'denied', errorKind: 'access_denied' },
  );

export const invalidRequest = (reason: string) => new ChatError(400, 'invalid_request', `Invalid request: ${reason}`);

export const unknownModel = (allowed: readonly string[]) =>
  new ChatError(400, 'unknown_model', `Unknown model. Allowed models: ${allowed.join(', ')}`, { allowedModels: allowed });

export const conversationNotFound = () =>
  new ChatError(404, 'conversation_not_found', 'Conversation not found.');

export const routeNotFound = () => new ChatError(404, 'route_not_found', 'No such route.');

export const conversationConflict = () =>
  new ChatError(409, 'conversation_conflict', 'The conversation changed while this request ran; send the message again.');

export const guardFailed = () =>
  new ChatError(500, 'guard_error', 'The request could not be checked and was not sent to the model. Try again later.');

export const storeFailed = () =>
  new ChatError(503, 'store_error', 'The conversation store is unavailable. Try again later.');

export const knowledgeBaseUnavailable = () =>
  new ChatError(503, 'knowledge_base_error', 'The knowledge base is unavailable. Try again later, or send the request without knowledgeBase.');
export const judgeUnavailable = () =>
  new ChatError(503, 'injection_judge_error', 'The request could not be checked and was not sent to the model. Try again later.');
export const internalError = () => new ChatError(500, 'internal_error', 'The request failed. Try again later.');

/** Why the guard stopped a request or an answer; shown to the caller as `error.reason`. */
export type BlockReason = 'personal_data' | 'prompt_injection' | 'answer' | 'guardrail';

const BLOCKED_MESSAGE: Record<BlockReason, string> = {
  personal_data: 'The request contains personal data that this service may not send to the model.',
  prompt_injection: 'The request looks like an attempt to override the assistant\'s instructions.',
  answer: 'The answer was withheld by the output check.',
  guardrail: 'The request or answer was blocked by the organisation\'s AI usage policy.',
};

const BLOCK_DECISION: Record<BlockReason, ChatDecision> = {
  personal_data: 'blocked_input',
  prompt_injection: 'blocked_injection',
  answer: 'blocked_output',
  guardrail: 'blocked_output',
};

/** The guard's verdict as a 422: a decision, not a failure (the audit's errorKind stays `none`). */
export const blockedByPolicy = (reason: BlockReason, details: Record<string, unknown> = {}) =>
  new ChatError(422, 'guard_error', BLOCKED_MESSAGE[reason], { reason, ...details }, {
    code: 'blocked_by_policy',
    decision: BLOCK_DECISION[reason],
    errorKind: 'none',
  });
