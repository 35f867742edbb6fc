import type * as http from 'node:http';
import { LocalHttpServer } from './local-http-server';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CONVERSATION_KEYS, CONVERSATION_SUMMARY_ATTRIBUTES } from '../../contracts/conversation-keys';

// dynalite ships no type declarations.
const dynalite = require('dynalite') as (options: { createTableMs?: number; deleteTableMs?: number; updateTableMs?: number }) => http.Server;

/** Static dummy credentials: the local servers accept any signature. */
export const DUMMY_CREDENTIALS = { accessKeyId: 'AKIDLOCALTEST', secretAccessKey: 'local-test-secret' };

/** An in-memory DynamoDB-compatible server on 127.0.0.1 with a random port. */
export class LocalDynamo extends LocalHttpServer {
  protected createServer(): http.Server {
    return dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  }

  client(): DynamoDBClient {
    return new DynamoDBClient({ region: 'ap-northeast-1', endpoint: this.endpoint, credentials: DUMMY_CREDENTIALS });
  }

  /** The conversation table with the same key schema the CDK construct creates. */
  async createConversationTable(tableName: string): Promise<void> {
    await this.client().send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: CONVERSATION_KEYS.partition, AttributeType: 'S' },
          { AttributeName: CONVERSATION_KEYS.sort, AttributeType: 'S' },
          { AttributeName: CONVERSATION_KEYS.activity, AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: CONVERSATION_KEYS.partition, KeyType: 'HASH' },
          { AttributeName: CONVERSATION_KEYS.sort, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: CONVERSATION_KEYS.activityIndex,
            KeySchema: [
              { AttributeName: CONVERSATION_KEYS.partition, KeyType: 'HASH' },
              { AttributeName: CONVERSATION_KEYS.activity, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...CONVERSATION_SUMMARY_ATTRIBUTES] },
          },
        ],
      }),
    );
  }
}
