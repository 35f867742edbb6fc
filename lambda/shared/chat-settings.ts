import { CHAT_SETTINGS_ENV, type ChatSettings, chatSettingsSchema } from '../../contracts/chat-settings';
import { CONVERSATIONS_SETTINGS_ENV, type ConversationsSettings, conversationsSettingsSchema } from '../../contracts/conversations-settings';
import { loadSettingsVariable } from './settings-variable';

export { CHAT_SETTINGS_ENV, type ChatSettings, chatSettingsSchema, type PolicyOverride } from '../../contracts/chat-settings';
export { CONVERSATIONS_SETTINGS_ENV, type ConversationsSettings } from '../../contracts/conversations-settings';

/** `CHAT_CONFIG` of the chat function (both transports). */
export function loadChatSettings(env: NodeJS.ProcessEnv = process.env): ChatSettings {
  return loadSettingsVariable(CHAT_SETTINGS_ENV, chatSettingsSchema, env);
}

/** `CONVERSATIONS_CONFIG` of the conversations function. */
export function loadConversationsSettings(env: NodeJS.ProcessEnv = process.env): ConversationsSettings {
  return loadSettingsVariable(CONVERSATIONS_SETTINGS_ENV, conversationsSettingsSchema, env);
}
