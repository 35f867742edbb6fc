import type * as z from 'zod/mini';
import { CHAT_SETTINGS_ENV, type ChatSettings, chatSettingsSchema } from '../../contracts/chat-settings';
import { CONVERSATIONS_SETTINGS_ENV, type ConversationsSettings, conversationsSettingsSchema } from '../../contracts/conversations-settings';

export { CHAT_SETTINGS_ENV, type ChatSettings, chatSettingsSchema, type PolicyOverride } from '../../contracts/chat-settings';
export { CONVERSATIONS_SETTINGS_ENV, type ConversationsSettings } from '../../contracts/conversations-settings';

/** The settings variable is missing or invalid: the function must not start. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

/** Parse one settings variable; throws SettingsError naming the bad field (never a silent default). */
function loadSettings<T>(name: string, schema: z.ZodMiniType<T>, env: NodeJS.ProcessEnv): T {
  const raw = env[name];
  if (!raw) throw new SettingsError(`${name} is not set`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new SettingsError(`${name} is not valid JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`).join('; ');
    throw new SettingsError(`${name} is invalid: ${fields}`);
  }
  return parsed.data;
}

/** `CHAT_CONFIG` of the chat function (both transports). */
export function loadChatSettings(env: NodeJS.ProcessEnv = process.env): ChatSettings {
  return loadSettings(CHAT_SETTINGS_ENV, chatSettingsSchema, env);
}

/** `CONVERSATIONS_CONFIG` of the conversations function. */
export function loadConversationsSettings(env: NodeJS.ProcessEnv = process.env): ConversationsSettings {
  return loadSettings(CONVERSATIONS_SETTINGS_ENV, conversationsSettingsSchema, env);
}
