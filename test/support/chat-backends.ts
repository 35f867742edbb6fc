import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createBedrockClient } from '../../lambda/shared/bedrock-client';
import type { ChatSettings } from '../../lambda/shared/chat-settings';
import { ConversationStore } from '../../lambda/shared/conversation-store';
import { createRetrievalClient } from '../../lambda/shared/knowledge-retrieval';
import { LocalBedrockServer } from './bedrock-server';
import { OutputCapture } from './chat-harness';
import { LocalDynamo } from './dynalite';
import { LocalKnowledgeBaseServer } from './knowledge-base-server';

export interface ChatBackendOptions {
  /** Name of the conversation table created in the local DynamoDB. @default 'conversations' */
  readonly table?: string;
}

/**
 * The local stand-ins a chat handler test talks to, over the real wire protocols: Converse
 * (Bedrock), DynamoDB (dynalite) and Retrieve (knowledge base), plus the captured log output.
 * Registers the jest hooks that start them before the file's own `beforeAll` hooks (so a handler
 * module required there finds them running), reset the scripted servers before each test and
 * stop everything at the end.
 */
export function useChatBackends(options: ChatBackendOptions = {}) {
  const table = options.table ?? 'conversations';
  const bedrock = new LocalBedrockServer();
  const dynamo = new LocalDynamo();
  const knowledgeBase = new LocalKnowledgeBaseServer();
  const capture = new OutputCapture();

  beforeAll(async () => {
    await Promise.all([bedrock.start(), dynamo.start(), knowledgeBase.start()]);
    await dynamo.createConversationTable(table);
    capture.start();
  });
  afterAll(async () => {
    capture.stop();
    await Promise.all([bedrock.stop(), dynamo.stop(), knowledgeBase.stop()]);
  });
  beforeEach(() => {
    bedrock.reset();
    knowledgeBase.reset();
  });

  return {
    table,
    bedrock,
    dynamo,
    knowledgeBase,
    capture,
    /**
     * What a chat handler is built with: the settings, the real Bedrock client on the local
     * Converse server, a conversation store on the local DynamoDB (or on `storeClient`), and with
     * `settings.knowledgeBase` the real Retrieve client on the local knowledge-base server.
     */
    depsFor(settings: ChatSettings, storeClient: DynamoDBClient = dynamo.client()) {
      return {
        settings,
        bedrock: createBedrockClient({ ...settings.bedrock, endpoint: bedrock.endpoint }),
        store: new ConversationStore(settings.conversations.tableName, settings.conversations.ttlDays, storeClient),
        ...(settings.knowledgeBase ? { knowledge: createRetrievalClient({ ...settings.bedrock, endpoint: knowledgeBase.endpoint }) } : {}),
      };
    },
  };
}
