import type { KnowledgeSettings } from '../../contracts/knowledge-base';
import { useChatBackends } from '../support/chat-backends';
import { USER_A, chatEvent, lambdaContext, testSettings, useHandlerEnvironment } from '../support/chat-harness';
import { AWS_LAMBDA_STREAMING, installLambdaStreaming, RecordingResponseStream } from '../support/lambda-streaming';

useHandlerEnvironment();
installLambdaStreaming();

const backends = useChatBackends();
const { bedrock, capture, knowledgeBase: kbServer } = backends;
let chatStream: typeof import('../../lambda/handlers/chat-stream');

const KB: KnowledgeSettings = { knowledgeBaseId: 'KBTOKYO123', topK: 5, clearances: {}, departmentGroups: [], useDepartmentClaim: true, defaultOnGroups: [] };
const SECRET = 'HR-ONLY-SALARY-BAND-7734';

beforeAll(() => {
  chatStream = require('../../lambda/handlers/chat-stream') as typeof chatStream;
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
    const handler = chatStream.createChatStreamHandler({ ...backends.depsFor(settings), runtime: AWS_LAMBDA_STREAMING });
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
