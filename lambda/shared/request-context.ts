/**
 * Request-level steps every route of the kit's API shares (chat on either transport, the
 * caller's profile, the conversation routes): the one audit event, identity from the verified
 * claims, the access gate, CORS headers, and the store's failures as statuses.
 */
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { ALL_SIGNED_IN_USERS } from '../../contracts/chat-settings';
import { type AuditOperation, type ChatAuditEvent, emitAuditEvent, newAuditEvent } from './chat-audit';
import { ChatError, accessDenied, conversationConflict, internalError, storeFailed } from './chat-errors';
import { type CallerIdentity, callerIdentity } from './caller-identity';
import { TurnConflictError } from './conversation-store';
import { deadlineExceeded } from './deadline';
import { chatErrorResponse, corsHeaders, jsonResponse, originOf } from './http-response';
import { logger } from './logger';

/** The one audit event of a request, opened first and written last, whatever happens between. */
export class RequestAudit {
  private closed = false;

  private constructor(
    readonly event: ChatAuditEvent,
    private readonly started: number,
  ) {}

  static open(event: Pick<APIGatewayProxyEvent, 'requestContext'>, context: Context, operation: AuditOperation = 'chat'): RequestAudit {
    // Function name, cold start and the Lambda request id on every line this invocation logs.
    logger.addContext(context);
    const requestId = event.requestContext?.requestId ?? context.awsRequestId;
    return new RequestAudit(newAuditEvent(requestId, operation), performance.now());
  }

  get requestId(): string {
    return this.event.requestId;
  }

  /** Record why the request ended without an answer; returns the error to show. */
  fail(error: unknown): ChatError {
    const failure = error instanceof ChatError ? error : internalError();
    // Only the error's class name: SDK and parser messages can quote the request.
    if (!(error instanceof ChatError)) logger.error('chat.unexpected_error', { requestId: this.requestId, errorName: (error as Error)?.name ?? 'unknown' });
    this.event.decision = failure.decision;
    this.event.errorKind = failure.errorKind;
    return failure;
  }

  /** Write the event (once). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.event.latencyMs = Math.round(performance.now() - this.started);
    emitAuditEvent(this.event);
  }
}

/** CORS headers for any response to this event (see corsHeaders). */
export function responseHeaders(event: Pick<APIGatewayProxyEvent, 'headers'>, settings: { readonly corsOrigins: readonly string[] }): Record<string, string> {
  return corsHeaders(originOf(event.headers), settings.corsOrigins);
}

/**
 * A buffered JSON route: opens the request's audit event, answers 200 with what `run` returns or
 * the fixed error response of whatever it throws (never a stack trace), and writes the audit
 * event last either way.
 */
export async function auditedJsonResponse(
  event: APIGatewayProxyEvent,
  context: Context,
  operation: AuditOperation,
  settings: { readonly corsOrigins: readonly string[] },
  run: (audit: RequestAudit) => Promise<Record<string, unknown>>,
): Promise<APIGatewayProxyResult> {
  const audit = RequestAudit.open(event, context, operation);
  const headers = responseHeaders(event, settings);
  try {
    return jsonResponse(200, await run(audit), audit.requestId, headers);
  } catch (e) {
    return chatErrorResponse(audit.fail(e), audit.requestId, headers);
  } finally {
    audit.close();
  }
}

/** Identity from the verified claims, recorded in the audit event. */
export function identify(event: APIGatewayProxyEvent, audit: ChatAuditEvent): CallerIdentity {
  const caller = callerIdentity(event);
  Object.assign(audit, { userSub: caller.sub, groups: caller.groups, department: caller.department });
  return caller;
}

/** The access gate: a caller in none of `allowedGroups` gets 403 (`["*"]` admits every signed-in user). */
export function requireAccess(caller: CallerIdentity, allowedGroups: readonly string[]): void {
  if (allowedGroups.includes(ALL_SIGNED_IN_USERS)) return;
  if (!caller.groups.some((g) => allowedGroups.includes(g))) throw accessDenied();
}

/** The store's failures as the caller sees them: conflict 409, out of time 504, otherwise 503. */
export async function storeCall<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    if (e instanceof ChatError) throw e;
    if (e instanceof TurnConflictError) throw conversationConflict();
    const name = (e as Error)?.name;
    if (name === 'AbortError' || name === 'TimeoutError') throw deadlineExceeded();
    throw storeFailed();
  }
}
