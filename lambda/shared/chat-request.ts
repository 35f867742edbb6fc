import * as z from 'zod/mini';
import { invalidRequest, unknownModel } from './chat-errors';
import type { ChatSettings } from './chat-settings';

export interface ChatDocument {
  readonly name: string;
  readonly text: string;
}

/**
 * One chat turn from the client: the user's message, and the documents it is about. History
 * comes from the server's store only (by `conversationId`); a client cannot send assistant turns.
 */
export interface ChatRequest {
  readonly message: string;
  readonly documents: ChatDocument[];
  readonly model: string;
  readonly conversationId?: string;
  /** Retrieve from the knowledge base (absent: the caller's group default). */
  readonly knowledgeBase?: boolean;
}

type Limits = ChatSettings['limits'];

/** Fields of the body, listed in the 400 for an unknown field. */
export const CHAT_BODY_FIELDS = 'message, documents, model, conversationId, knowledgeBase; each document: name, text';

const notBlank = z.refine((t: unknown) => typeof t === 'string' && t.trim().length > 0, { message: 'must not be empty' });

function bodySchema(limits: Limits) {
  const document = z.strictObject({
    name: z.string().check(z.maxLength(200), notBlank),
    text: z.string().check(z.maxLength(limits.documents.maxChars), notBlank),
  });
  return z
    .strictObject({
      message: z.string().check(z.maxLength(limits.maxMessageChars), notBlank),
      documents: z.optional(
        z.array(document).check(
          z.maxLength(limits.documents.maxCount),
          z.refine((d) => d.reduce((n, doc) => n + doc.text.length, 0) <= limits.documents.maxTotalChars, {
            message: `must hold at most ${limits.documents.maxTotalChars} characters in total`,
          }),
        ),
      ),
      model: z.optional(z.string().check(z.maxLength(256))),
      conversationId: z.optional(z.uuid()),
      knowledgeBase: z.optional(z.boolean()),
    })
    .check(
      // Names count too: the WAF body limit is sized for maxTotalChars characters at 6 bytes each.
      z.refine((b) => b.message.length + (b.documents ?? []).reduce((n, d) => n + d.name.length + d.text.length, 0) <= limits.maxTotalChars, {
        message: `must hold at most ${limits.maxTotalChars} characters in total (message, document names and texts)`,
      }),
    );
}

/** Describe an issue by field and rule only: the caller's values are never echoed back. */
function describe(issue: z.core.$ZodIssue): string {
  const field = issue.path.length ? issue.path.map(String).join('.') : 'body';
  switch (issue.code) {
    case 'invalid_type':
      return `${field} must be ${issue.expected === 'array' ? 'an array' : `a ${issue.expected}`}`;
    case 'too_big':
      return `${field} is too ${issue.origin === 'array' ? 'long' : 'large'} (at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''})`;
    case 'too_small':
      return `${field} is too short (at least ${String(issue.minimum)}${issue.origin === 'array' ? ' item' : ' character'})`;
    case 'invalid_value':
      return `${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `${field} must be a ${issue.format}`;
    case 'unrecognized_keys':
      return `${field} has fields that are not allowed (allowed: ${CHAT_BODY_FIELDS})`;
    case 'custom':
      return `${field} ${issue.message}`;
    default:
      return `${field} is invalid`;
  }
}

/**
 * Parse and check a chat body (POST /v1/chat and /v1/chat/stream) against the configured
 * limits and model allow-list. Throws a 400 ChatError naming the field; the body is never
 * repeated in the message.
 */
export function parseChatRequest(body: string | null, settings: Pick<ChatSettings, 'limits' | 'allowedModels'>): ChatRequest {
  if (!body) throw invalidRequest('body is required');
  // Refuse a huge body before JSON.parse builds it (a \uXXXX escape is 6 characters per
  // character; each document adds its field names and JSON syntax).
  const slack = 16_384 + settings.limits.documents.maxCount * 64;
  if (body.length > settings.limits.maxTotalChars * 6 + slack) throw invalidRequest('body is too large');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw invalidRequest('body is not valid JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw invalidRequest('body must be a JSON object');
  if (!('message' in json) && 'messages' in json) {
    throw invalidRequest('body must carry one "message" string; earlier turns come from the conversation (conversationId)');
  }
  const parsed = bodySchema(settings.limits).safeParse(json);
  if (!parsed.success) throw invalidRequest(describe(parsed.error.issues[0]));
  const { message, documents, model, conversationId, knowledgeBase } = parsed.data;
  const chosen = model ?? settings.allowedModels[0];
  if (!settings.allowedModels.includes(chosen)) throw unknownModel(settings.allowedModels);
  // Ids are issued in lower case; an upper-case copy names the same conversation.
  return { message, documents: documents ?? [], model: chosen, ...(conversationId ? { conversationId: conversationId.toLowerCase() } : {}), ...(knowledgeBase !== undefined ? { knowledgeBase } : {}) };
}
