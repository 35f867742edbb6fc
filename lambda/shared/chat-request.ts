import * as z from 'zod/mini';
import { invalidRequest, unknownModel } from './chat-errors';
import type { ChatSettings } from './chat-settings';

export interface ChatMessage {
  readonly role: 'user' | 'assistant';
  readonly content: string;
}

export interface ChatRequest {
  readonly messages: ChatMessage[];
  readonly model: string;
  readonly conversationId?: string;
}

type Limits = ChatSettings['limits'];

function bodySchema(limits: Limits) {
  const message = z.strictObject({
    role: z.enum(['user', 'assistant']),
    content: z.string().check(
      z.maxLength(limits.maxMessageChars),
      z.refine((t) => t.trim().length > 0, { message: 'must not be empty' }),
    ),
  });
  return z.strictObject({
    messages: z.array(message).check(
      z.minLength(1),
      z.maxLength(limits.maxMessages),
      z.refine((m) => m.every((msg, i) => msg.role === (i % 2 === 0 ? 'user' : 'assistant')) && m.length % 2 === 1, {
        message: 'must alternate user/assistant, starting and ending with a user message',
      }),
      z.refine((m) => m.reduce((n, msg) => n + msg.content.length, 0) <= limits.maxTotalChars, {
        message: `must hold at most ${limits.maxTotalChars} characters in total`,
      }),
    ),
    model: z.optional(z.string().check(z.maxLength(256))),
    conversationId: z.optional(z.uuid()),
  });
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
      return `${field} has fields that are not allowed (allowed: messages, model, conversationId; each message: role, content)`;
    case 'custom':
      return `${field} ${issue.message}`;
    default:
      return `${field} is invalid`;
  }
}

/**
 * Parse and check a POST /v1/chat body against the configured limits and model allow-list.
 * Throws a 400 ChatError naming the field; the body is never repeated in the message.
 */
export function parseChatRequest(body: string | null, settings: Pick<ChatSettings, 'limits' | 'allowedModels'>): ChatRequest {
  if (!body) throw invalidRequest('body is required');
  // Refuse a huge body before JSON.parse builds it (a \uXXXX escape is 6 characters per character).
  if (body.length > settings.limits.maxTotalChars * 6 + 16_384) throw invalidRequest('body is too large');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw invalidRequest('body is not valid JSON');
  }
  const parsed = bodySchema(settings.limits).safeParse(json);
  if (!parsed.success) throw invalidRequest(describe(parsed.error.issues[0]));
  const { messages, model, conversationId } = parsed.data;
  const chosen = model ?? settings.allowedModels[0];
  if (!settings.allowedModels.includes(chosen)) throw unknownModel(settings.allowedModels);
  return { messages, model: chosen, ...(conversationId ? { conversationId } : {}) };
}
