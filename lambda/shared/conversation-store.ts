import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { CONVERSATION_KEYS } from './conversation-keys';

export interface StoredDocument {
  readonly name: string;
  /** Masked, like the message. */
  readonly text: string;
}

export interface StoredMessage {
  readonly role: 'user' | 'assistant';
  /** Masked text only: the vault that could restore it is never stored. */
  readonly text: string;
  /** Documents sent with a user message (masked); wrapped in fresh boundaries on every reuse. */
  readonly documents?: StoredDocument[];
}

/** Per-call options: every store call carries the request's deadline. */
export interface StoreCallOptions {
  readonly abortSignal?: AbortSignal;
  /** @default the current time */
  readonly now?: Date;
}

export interface ConversationTurn {
  readonly turn: number;
  readonly messages: StoredMessage[];
}

export interface ConversationHistory {
  /** Most recent turns, oldest first. */
  readonly turns: ConversationTurn[];
  readonly lastTurn: number;
}

/** A conversation turn was written concurrently by another request. */
export class TurnConflictError extends Error {
  constructor() {
    super('conversation turn already exists');
    this.name = 'TurnConflictError';
  }
}

/** DynamoDB through the gateway endpoint, with timeouts well inside the function's. */
export function createDynamoDbClient(): DynamoDBClient {
  return new DynamoDBClient({
    maxAttempts: 3,
    requestHandler: new NodeHttpHandler({ connectionTimeout: 1_000, requestTimeout: 5_000, throwOnRequestTimeout: true }),
  });
}

const turnKey = (conversationId: string, turn: number) => `${conversationId}#${String(turn).padStart(6, '0')}`;

/**
 * Conversations in DynamoDB, one item per turn, partitioned by the caller's Cognito `sub`.
 * Every read and write takes the sub as the partition key, so another user's conversation id
 * simply does not exist for a caller: it cannot be read or continued.
 */
export class ConversationStore {
  private readonly doc: DynamoDBDocumentClient;

  constructor(
    private readonly tableName: string,
    private readonly ttlDays: number,
    client: DynamoDBClient = createDynamoDbClient(),
  ) {
    this.doc = DynamoDBDocumentClient.from(client);
  }

  /**
   * The caller's latest `maxTurns` turns of a conversation, or undefined if the caller has no
   * such conversation. Turns past their `expiresAt` are not read: DynamoDB's TTL deletes
   * lazily (up to days later), and an expired turn must never go back to the model.
   */
  async history(userSub: string, conversationId: string, maxTurns: number, options: StoreCallOptions = {}): Promise<ConversationHistory | undefined> {
    const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :sub AND begins_with(#sk, :prefix)',
        // Newest first: expired turns are the oldest, so the limit never hides a live one.
        FilterExpression: '#ttl > :now',
        ExpressionAttributeNames: { '#pk': CONVERSATION_KEYS.partition, '#sk': CONVERSATION_KEYS.sort, '#ttl': CONVERSATION_KEYS.ttl },
        ExpressionAttributeValues: { ':sub': userSub, ':prefix': `${conversationId}#`, ':now': nowSeconds },
        ScanIndexForward: false,
        // One item is always read to learn the last turn number, even when no history is sent back.
        Limit: Math.max(1, maxTurns),
        ConsistentRead: true,
      }),
      options.abortSignal ? { abortSignal: options.abortSignal } : {},
    );
    const items = (out.Items ?? []).filter((i) => i.conversationId === conversationId);
    if (items.length === 0) return undefined;
    const turns = items
      .map((i) => ({ turn: Number(i.turn), messages: (i.messages as StoredMessage[]) ?? [] }))
      .sort((a, b) => a.turn - b.turn);
    return { turns: maxTurns === 0 ? [] : turns, lastTurn: turns[turns.length - 1].turn };
  }

  /** Write one turn; fails with TurnConflictError if that turn already exists. */
  async appendTurn(
    userSub: string,
    conversationId: string,
    turn: number,
    messages: StoredMessage[],
    model: string,
    options: StoreCallOptions = {},
  ): Promise<void> {
    const now = options.now ?? new Date();
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            [CONVERSATION_KEYS.partition]: userSub,
            [CONVERSATION_KEYS.sort]: turnKey(conversationId, turn),
            conversationId,
            turn,
            messages,
            model,
            createdAt: now.toISOString(),
            [CONVERSATION_KEYS.ttl]: Math.floor(now.getTime() / 1000) + this.ttlDays * 86_400,
          },
          ConditionExpression: 'attribute_not_exists(#sk)',
          ExpressionAttributeNames: { '#sk': CONVERSATION_KEYS.sort },
        }),
        options.abortSignal ? { abortSignal: options.abortSignal } : {},
      );
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException || (e as Error).name === 'ConditionalCheckFailedException') throw new TurnConflictError();
      throw e;
    }
  }
}
