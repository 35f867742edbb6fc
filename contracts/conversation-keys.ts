/** Key schema of the conversation table, shared by the CDK construct that creates it and the store that reads it. */
export const CONVERSATION_KEYS = {
  /** The caller's Cognito `sub`: every read and write is confined to it. */
  partition: 'userSub',
  /** `<conversationId>#<turn, 6 digits>` */
  sort: 'turnKey',
  /** Epoch seconds; DynamoDB TTL deletes the turn after the configured retention. */
  ttl: 'expiresAt',
} as const;
