/** Key schema of the conversation table, shared by the CDK construct that creates it and the store that reads it. */
export const CONVERSATION_KEYS = {
  /** The caller's Cognito `sub`: every read and write is confined to it. */
  partition: 'userSub',
  /** `<conversationId>#<turn, 6 digits>` for a turn; `<conversationId>` alone for the conversation's summary item. */
  sort: 'turnKey',
  /** Epoch seconds; DynamoDB TTL deletes the turn after the configured retention. */
  ttl: 'expiresAt',
  /** Sparse index over summary items only: the caller's conversations, newest first. */
  activityIndex: 'byActivity',
  /** Sort key of that index on summary items: `<updatedAt ISO>#<conversationId>`. */
  activity: 'activityKey',
} as const;

/** Attributes of a summary item the activity index projects (besides the keys). */
export const CONVERSATION_SUMMARY_ATTRIBUTES = ['conversationId', 'title', 'model', 'turns', 'createdAt', 'updatedAt', CONVERSATION_KEYS.ttl] as const;
