// zod/mini, as chat-settings.ts: the function bundle stays small.
import * as z from 'zod/mini';
import { type ChatSettings, chatSettingsSchema } from './chat-settings';

/**
 * Environment variable of the conversations function (GET /v1/me, GET/DELETE
 * /v1/conversations...). A name of its own: that function never calls the model, and the
 * evidence report finds guarded chat functions by `CHAT_CONFIG`.
 */
export const CONVERSATIONS_SETTINGS_ENV = 'CONVERSATIONS_CONFIG';

/**
 * The part of the chat settings the conversations function needs: the access gate, what the
 * caller's profile shows (models, limits, guard policy summary, link hosts), CORS and the table.
 */
export const conversationsSettingsSchema = z.pick(chatSettingsSchema, {
  allowedModels: true,
  allowedGroups: true,
  limits: true,
  guard: true,
  corsOrigins: true,
  allowedLinkHosts: true,
  conversations: true,
});

export type ConversationsSettings = z.infer<typeof conversationsSettingsSchema>;

/** The conversations function's settings cut from the chat settings, by the schema's own fields. */
export function conversationsSettingsOf(settings: ChatSettings): ConversationsSettings {
  const fields = Object.keys(conversationsSettingsSchema.shape) as (keyof ConversationsSettings)[];
  return Object.fromEntries(fields.map((f) => [f, settings[f]])) as ConversationsSettings;
}
