import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { CONVERSATION_KEYS } from '../../contracts/conversation-keys';

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

/** One conversation in the caller's list (its summary item). */
export interface ConversationSummary {
  readonly conversationId: string;
  /** The start of the first message, masked. */
  readonly title: string;
  readonly model: string;
  readonly turns: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ConversationPage {
  readonly conversations: ConversationSummary[];
  /** Opaque; pass back to get the next page. Absent on the last page. */
  readonly nextCursor?: string;
}

export interface StoredTurn {
  readonly turn: number;
  readonly createdAt: string;
  readonly model: string;
  readonly messages: StoredMessage[];
}

export interface StoredConversation extends ConversationSummary {
  readonly turnList: StoredTurn[];
}

/** The cursor is not one this store handed out. */
export class InvalidCursorError extends Error {
  constructor() {
    super('invalid cursor');
    this.name = 'InvalidCursorError';
  }
}

/** Titles are the first words of the first message, masked, on one line. */
export const TITLE_CHARS = 60;

export function titleOf(maskedMessage: string): string {
  const line = maskedMessage.replace(/\s+/g, ' ').trim();
  return line.length > TITLE_CHARS ? `${line.slice(0, TITLE_CHARS - 1)}…` : line;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The cursor holds the position only (never the partition: every query is the caller's own). */
function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  if (!key) return undefined;
  return Buffer.from(JSON.stringify({ c: key[CONVERSATION_KEYS.sort], a: key[CONVERSATION_KEYS.activity] })).toString('base64url');
}

function decodeCursor(cursor: string, userSub: string): Record<string, unknown> {
  try {
    const { c, a } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { c: unknown; a: unknown };
    if (typeof c !== 'string' || !UUID.test(c) || typeof a !== 'string' || a.length > 100) throw new InvalidCursorError();
    return { [CONVERSATION_KEYS.partition]: userSub, [CONVERSATION_KEYS.sort]: c, [CONVERSATION_KEYS.activity]: a };
  } catch {
    throw new InvalidCursorError();
  }
}

function summaryOf(item: Record<string, unknown>): ConversationSummary {
  return {
    conversationId: String(item.conversationId),
    title: String(item.title ?? ''),
    model: String(item.model ?? ''),
    turns: Number(item.turns ?? 0),
    createdAt: String(item.createdAt ?? ''),
    updatedAt: String(item.updatedAt ?? ''),
  };
}

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
    const expiresAt = Math.floor(now.getTime() / 1000) + this.ttlDays * 86_400;
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
            [CONVERSATION_KEYS.ttl]: expiresAt,
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
    // The summary item lists the conversation (newest first, through the sparse activity index)
    // and lives as long as its newest turn. The title is set once, from the first user message.
    // A second call, not a transaction: if it fails the turn is stored but the caller gets an
    // error, and the next turn's update brings the summary up to date.
    const firstUser = messages.find((m) => m.role === 'user');
    const iso = now.toISOString();
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { [CONVERSATION_KEYS.partition]: userSub, [CONVERSATION_KEYS.sort]: conversationId },
        UpdateExpression:
          'SET #title = if_not_exists(#title, :title), #created = if_not_exists(#created, :now), #updated = :now, #activity = :activity, ' +
          '#model = :model, #turns = :turn, #ttl = :ttl, #cid = :cid',
        ExpressionAttributeNames: {
          '#title': 'title',
          '#created': 'createdAt',
          '#updated': 'updatedAt',
          '#activity': CONVERSATION_KEYS.activity,
          '#model': 'model',
          '#turns': 'turns',
          '#ttl': CONVERSATION_KEYS.ttl,
          '#cid': 'conversationId',
        },
        ExpressionAttributeValues: {
          ':title': titleOf(firstUser?.text ?? ''),
          ':now': iso,
          ':activity': `${iso}#${conversationId}`,
          ':model': model,
          ':turn': turn,
          ':ttl': expiresAt,
          ':cid': conversationId,
        },
      }),
      options.abortSignal ? { abortSignal: options.abortSignal } : {},
    );
  }

  /** The caller's conversations, most recently active first, `limit` at a time; expired ones left out. */
  async listConversations(userSub: string, limit: number, cursor?: string, options: StoreCallOptions = {}): Promise<ConversationPage> {
    const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: CONVERSATION_KEYS.activityIndex,
        KeyConditionExpression: '#pk = :sub',
        FilterExpression: '#ttl > :now',
        ExpressionAttributeNames: { '#pk': CONVERSATION_KEYS.partition, '#ttl': CONVERSATION_KEYS.ttl },
        ExpressionAttributeValues: { ':sub': userSub, ':now': nowSeconds },
        ScanIndexForward: false,
        Limit: limit,
        ...(cursor ? { ExclusiveStartKey: decodeCursor(cursor, userSub) } : {}),
      }),
      options.abortSignal ? { abortSignal: options.abortSignal } : {},
    );
    const nextCursor = encodeCursor(out.LastEvaluatedKey);
    return { conversations: (out.Items ?? []).map(summaryOf), ...(nextCursor ? { nextCursor } : {}) };
  }

  /** Every item of one of the caller's conversations (summary first, then the turns in order). */
  private async items(userSub: string, conversationId: string, options: StoreCallOptions & { keysOnly?: boolean }): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: '#pk = :sub AND begins_with(#sk, :id)',
          ExpressionAttributeNames: { '#pk': CONVERSATION_KEYS.partition, '#sk': CONVERSATION_KEYS.sort },
          ExpressionAttributeValues: { ':sub': userSub, ':id': conversationId },
          ConsistentRead: true,
          ...(options.keysOnly ? { ProjectionExpression: '#pk, #sk' } : {}),
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
        options.abortSignal ? { abortSignal: options.abortSignal } : {},
      );
      items.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }

  /** One of the caller's conversations with its live turns, or undefined (none, expired, or someone else's). */
  async conversation(userSub: string, conversationId: string, options: StoreCallOptions = {}): Promise<StoredConversation | undefined> {
    const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
    const live = (await this.items(userSub, conversationId, options)).filter((i) => Number(i[CONVERSATION_KEYS.ttl]) > nowSeconds);
    const summary = live.find((i) => i[CONVERSATION_KEYS.sort] === conversationId);
    const turns = live
      .filter((i) => i[CONVERSATION_KEYS.sort] !== conversationId)
      .map((i) => ({ turn: Number(i.turn), createdAt: String(i.createdAt), model: String(i.model), messages: (i.messages as StoredMessage[]) ?? [] }))
      .sort((a, b) => a.turn - b.turn);
    if (!summary && turns.length === 0) return undefined;
    return { ...summaryOf(summary ?? { conversationId, model: turns[0].model, createdAt: turns[0].createdAt }), turns: turns.length, turnList: turns };
  }

  /**
   * Delete one of the caller's conversations: the summary and every turn, expired ones too.
   * Returns how many items were deleted (0: the caller has no such conversation).
   */
  async deleteConversation(userSub: string, conversationId: string, options: StoreCallOptions = {}): Promise<number> {
    const keys = await this.items(userSub, conversationId, { ...options, keysOnly: true });
    // Ten at a time: quick for long conversations, gentle on the table's capacity.
    for (let i = 0; i < keys.length; i += 10) {
      await Promise.all(
        keys.slice(i, i + 10).map((key) =>
          this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: key }), options.abortSignal ? { abortSignal: options.abortSignal } : {}),
        ),
      );
    }
    return keys.length;
  }
}
