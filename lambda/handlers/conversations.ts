import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { ENTITY_TYPES } from '../../contracts/entity-types';
import { actionFor } from '../guard/policy';
import type { AuditOperation, ChatAuditEvent } from '../shared/chat-audit';
import { conversationNotFound, invalidRequest, routeNotFound } from '../shared/chat-errors';
import { type ConversationsSettings, loadConversationsSettings } from '../shared/chat-settings';
import type { CallerIdentity } from '../shared/caller-identity';
import { policyForGroups } from '../shared/caller-policy';
import { ConversationStore, InvalidCursorError } from '../shared/conversation-store';
import { Deadline } from '../shared/deadline';
import { auditedJsonResponse, identify, requireAccess, storeCall } from '../shared/request-context';

export interface ConversationsDependencies {
  readonly settings: ConversationsSettings;
  readonly store: ConversationStore;
}

/** Kept back from the function timeout to answer and write the audit event. */
const DEADLINE_MARGIN_MS = 1_000;
export const PAGE_SIZE = { default: 20, max: 50 } as const;
/** Turns GET /v1/conversations/{id} returns at most (the latest). */
export const MAX_TURNS_SHOWN = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface RouteContext {
  readonly deps: ConversationsDependencies;
  readonly event: APIGatewayProxyEvent;
  readonly caller: CallerIdentity;
  readonly audit: ChatAuditEvent;
  readonly deadline: Deadline;
}

type Route = (ctx: RouteContext) => Promise<Record<string, unknown>>;

function conversationIdOf(event: APIGatewayProxyEvent): string {
  const id = event.pathParameters?.conversationId;
  if (typeof id !== 'string' || !UUID.test(id)) throw invalidRequest('conversationId must be a uuid');
  return id.toLowerCase();
}

/** GET /v1/me: what the client may offer this caller (never the sub, never the code names). */
const me: Route = async ({ deps, caller }) => {
  const { settings } = deps;
  const policy = policyForGroups(caller.groups, settings.guard);
  return {
    groups: caller.groups,
    department: caller.department,
    models: { allowed: settings.allowedModels, default: settings.allowedModels[0] },
    guard: {
      entityActions: Object.fromEntries(ENTITY_TYPES.map((t) => [t, actionFor(policy, t)])),
      injectionThreshold: policy.injectionThreshold,
      restoreInAnswer: policy.restoreInAnswer,
      // How many confidential code names are watched for; the names themselves stay secret.
      codeNames: policy.codeNames.length,
    },
    limits: {
      maxMessageChars: settings.limits.maxMessageChars,
      maxTotalChars: settings.limits.maxTotalChars,
      documents: settings.limits.documents,
    },
    allowedLinkHosts: settings.allowedLinkHosts,
  };
};

/** GET /v1/conversations?limit=&cursor=: the caller's own, most recent first. */
const list: Route = async ({ deps, event, caller, deadline }) => {
  const query = event.queryStringParameters ?? {};
  const unknown = Object.keys(query).filter((k) => k !== 'limit' && k !== 'cursor');
  if (unknown.length > 0) throw invalidRequest('query has parameters that are not allowed (allowed: limit, cursor)');
  const limit = query.limit === undefined ? PAGE_SIZE.default : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > PAGE_SIZE.max) throw invalidRequest(`limit must be an integer from 1 to ${PAGE_SIZE.max}`);
  const cursor = query.cursor;
  if (cursor !== undefined && (cursor.length === 0 || cursor.length > 512)) throw invalidRequest('cursor is invalid');
  const page = await storeCall(() =>
    deps.store.listConversations(caller.sub, limit, cursor, { abortSignal: deadline.signal() }).catch((e: unknown) => {
      throw e instanceof InvalidCursorError ? invalidRequest('cursor is invalid') : e;
    }),
  );
  return { ...page };
};

/** GET /v1/conversations/{conversationId}: its turns, masked as stored. */
const show: Route = async ({ deps, event, caller, audit, deadline }) => {
  const id = conversationIdOf(event);
  audit.conversationId = id;
  const found = await storeCall(() => deps.store.conversation(caller.sub, id, { abortSignal: deadline.signal() }));
  if (!found) throw conversationNotFound();
  const { turnList, turns, ...summary } = found;
  // The latest turns only, so a long conversation with documents stays far below Lambda's 6 MB response limit.
  const shown = turnList.slice(-MAX_TURNS_SHOWN);
  return {
    ...summary,
    turnCount: turns,
    truncated: shown.length < turnList.length,
    turns: shown.map((t) => ({ turn: t.turn, createdAt: t.createdAt, model: t.model, messages: t.messages })),
  };
};

/** DELETE /v1/conversations/{conversationId}: the user deletes their own conversation (checklist D-5). */
const remove: Route = async ({ deps, event, caller, audit, deadline }) => {
  const id = conversationIdOf(event);
  audit.conversationId = id;
  const deleted = await storeCall(() => deps.store.deleteConversation(caller.sub, id, { abortSignal: deadline.signal() }));
  if (deleted === 0) throw conversationNotFound();
  audit.deletedItems = deleted;
  return { conversationId: id, deleted: true };
};

const ROUTES: Record<string, { operation: AuditOperation; run: Route }> = {
  'GET /v1/me': { operation: 'me', run: me },
  'GET /v1/conversations': { operation: 'list_conversations', run: list },
  'GET /v1/conversations/{conversationId}': { operation: 'get_conversation', run: show },
  'DELETE /v1/conversations/{conversationId}': { operation: 'delete_conversation', run: remove },
};

/**
 * The caller's profile and conversations: one function with a small router (none of these
 * routes calls the model, so this function has no Bedrock permission, and only it may delete).
 * Same identity, access gate, error responses, CORS and audit event as the chat routes.
 */
export function createConversationsHandler(deps: ConversationsDependencies) {
  return (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> => {
    const route = ROUTES[`${event.httpMethod} ${event.resource}`];
    return auditedJsonResponse(event, context, route?.operation ?? 'me', deps.settings, async (audit) => {
      const caller = identify(event, audit.event);
      requireAccess(caller, deps.settings.allowedGroups);
      if (!route) throw routeNotFound();
      const deadline = Deadline.fromContext(context, DEADLINE_MARGIN_MS);
      const body = await route.run({ deps, event, caller, audit: audit.event, deadline });
      audit.event.decision = 'allowed';
      return body;
    });
  };
}

/** Cold start: a missing or invalid CONVERSATIONS_CONFIG stops the function here. */
const settings = loadConversationsSettings();

export const handler = createConversationsHandler({
  settings,
  store: new ConversationStore(settings.conversations.tableName, settings.conversations.ttlDays),
});
