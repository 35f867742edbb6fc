import { CHAT_SETTINGS_ENV, type ChatSettings, chatSettingsSchema } from '../../contracts/chat-settings';

export { CHAT_SETTINGS_ENV, type ChatSettings, chatSettingsSchema, type PolicyOverride } from '../../contracts/chat-settings';

/** The settings variable is missing or invalid: the function must not start. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

/** Parse `CHAT_CONFIG`; throws SettingsError naming the bad field (never a silent default). */
export function loadChatSettings(env: NodeJS.ProcessEnv = process.env): ChatSettings {
  const raw = env[CHAT_SETTINGS_ENV];
  if (!raw) throw new SettingsError(`${CHAT_SETTINGS_ENV} is not set`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new SettingsError(`${CHAT_SETTINGS_ENV} is not valid JSON`);
  }
  const parsed = chatSettingsSchema.safeParse(json);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`).join('; ');
    throw new SettingsError(`${CHAT_SETTINGS_ENV} is invalid: ${fields}`);
  }
  return parsed.data;
}
