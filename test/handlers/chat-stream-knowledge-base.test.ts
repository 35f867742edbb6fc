import type { KnowledgeSettings } from '../../contracts/knowledge-base';
import { createBedrockClient } from '../../lambda/shared/bedrock-client';
import { ConversationStore } from '../../lambda/shared/conversation-store';
import { createRetrievalClient } from '../../lambda/shared/knowledge-retrieval';
import { LocalBedrockServer } from '../support/bedrock-server';
import { OutputCapture, USER_A, chatEvent, lambdaContext, testSettings, useHandlerEnvironment } from '../support/chat-harness';
import { LocalDynamo } from '../support/dynalite';
import { LocalKnowledgeBaseServer } from '../support/knowledge-base-server';
import { AWS_LAMBDA_STREAMING, installLambdaStreaming, RecordingResponseStream } from '../support/lambda-streaming';

useHandlerEnvironment();
installLambdaStreaming();

const bedrock = new LocalBedrockServer();
const kbServer = new LocalKnowledgeBaseServer();
const dynamo = new LocalDynamo();
const capture = new OutputCapture();
let chatStream: typeof import('../../lambda/handlers/chat-stream');

const KB: KnowledgeSettings = { knowledgeBaseId: 'KBTOKYO123', topK: 5, clearances: {}, departmentGroups: [], useDepartmentClaim: true, defaultOnGroups: [] };
const SECRET = 'HR-ONLY-SALARY-BAND-7734';

beforeAll(async () => {
  await Promise.all([bedrock.start(), kbServer.start(), dynamo.start()]);
  await dynamo.createConversationTable('conversations');
  capture.start();
  chatStream = require('../../lambda/handlers/chat-stream') as typeof chatStream;
});
afterAll(async () => {
  capture.stop();
  await Promise.all([bedrock.stop(), kbServer.stop(), dynamo.stop()]);
});

describe('POST /v1/chat/stream with the knowledge base', () => {
  it('retrieves with the claims filter, drops the foreign chunk before the model, and flags unverified citations in done', async () => {
    kbServer.enqueue({
      kind: 'chunks',
      chunks: [
        { text: 'Discounts above 20% need approval.', uri: 's3://b/documents/handbook.md', metadata: { departments: ['sales'], classification: 'public' } },
        { text: `Bands ${SECRET}`, uri: 's3://b/documents/salary.xlsx', metadata: { departments: ['dept-hr'], classification: 'public' } },
      ],
    });
    bedrock.enqueueStream({ kind: 'stream', chunks: ['Approval above 20% ', '[source: handbook.md]; see also ', '[source: salary.xlsx].'] });
    const settings = testSettings({ knowledgeBase: KB });
    const handler = chatStream.createChatStreamHandler({
      settings,
      runtime: AWS_LAMBDA_STREAMING,
      bedrock: createBedrockClient({ ...settings.bedrock, endpoint: bedrock.endpoint }),
      store: new ConversationStore('conversations', 30, dynamo.client()),
      knowledge: createRetrievalClient({ ...settings.bedrock, endpoint: kbServer.endpoint }),
    });
    const stream = new RecordingResponseStream();
    const before = capture.auditEvents().length;
    await handler(chatEvent({ message: 'discounts', knowledgeBase: true }, { sub: USER_A, 'cognito:groups': 'staff', 'custom:department': 'sales' }), stream, lambdaContext());

    expect(kbServer.received[0].body.retrievalConfiguration?.vectorSearchConfiguration?.filter).toEqual({
      andAll: [{ in: { key: 'classification', value: ['public'] } }, { listContains: { key: 'departments', value: 'sales' } }],
    });
    expect(bedrock.received[0].rawBody).not.toContain(SECRET);
    const done = stream.events().find((e) => e.event === 'done')!;
    expect(done.data.knowledgeBase).toEqual({ sources: ['handbook.md'], unverifiedCitations: ['salary.xlsx'] });
    const audit = capture.auditEvents().slice(before)[0];
    expect(audit.knowledgeBase).toMatchObject({ returned: 2, dropped: 1, retrieved: 1, unverifiedCitations: 1 });
  });
});
