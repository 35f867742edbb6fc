/** Why a request did not get an answer; the audit event's `errorKind`. */
export type ErrorKind =
  | 'unauthorized'
  | 'invalid_request'
  | 'unknown_model'
  | 'conversation_not_found'
  | 'conversation_conflict'
  | 'guard_error'
  | 'bedrock_throttled'
  | 'bedrock_timeout'
  | 'bedrock_error'
  | 'store_error'
  | 'internal_error';

/**
 * An error that ends a request with a known status and a message safe to show the caller.
 * `publicMessage` and `details` never carry request text or detected values.
 */
export class ChatError extends Error {
  constructor(
    readonly status: number,
    readonly errorKind: ErrorKind,
    readonly publicMessage: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(publicMessage);
    this.name = 'ChatError';
  }
}

export const unauthorized = () =>
  new ChatError(401, 'unauthorized', 'The request carries no verified identity.');

export const invalidRequest = (reason: string) => new ChatError(400, 'invalid_request', `Invalid request: ${reason}`);

export const unknownModel = (allowed: readonly string[]) =>
  new ChatError(400, 'unknown_model', `Unknown model. Allowed models: ${allowed.join(', ')}`, { allowedModels: allowed });

export const conversationNotFound = () =>
  new ChatError(404, 'conversation_not_found', 'Conversation not found.');

export const conversationConflict = () =>
  new ChatError(409, 'conversation_conflict', 'The conversation changed while this request ran; send the message again.');

export const guardFailed = () =>
  new ChatError(500, 'guard_error', 'The request could not be checked and was not sent to the model. Try again later.');

export const storeFailed = () =>
  new ChatError(503, 'store_error', 'The conversation store is unavailable. Try again later.');

export const internalError = () => new ChatError(500, 'internal_error', 'The request failed. Try again later.');
