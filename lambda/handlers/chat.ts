import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { createBedrockClient } from '../shared/bedrock-client';
import { converse } from '../shared/bedrock-converse';
import { type ChatPipelineDeps, auditedJsonResponse, checkAnswer, finishTurn, modelCallSignal, prepareTurn } from '../shared/chat-pipeline';
import { loadChatSettings } from '../shared/chat-settings';
import { ConversationStore } from '../shared/conversation-store';
import { createRetrievalClient } from '../shared/knowledge-retrieval';

export interface ChatDependencies extends ChatPipelineDeps {
  readonly bedrock: BedrockRuntimeClient;
}

/**
 * POST /v1/chat, the buffered transport of the chat pipeline (lambda/shared/chat-pipeline.ts):
 * prepare the turn, one Converse call, output check on the whole answer, store, one audit event.
 */
export function createChatHandler(deps: ChatDependencies) {
  return (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> =>
    auditedJsonResponse(event, context, 'chat', deps.settings, async (audit) => {
      const turn = await prepareTurn(deps, event, context, audit.event);
      const answer = await converse(deps.bedrock, { ...turn.modelInput, abortSignal: modelCallSignal(turn) });
      const checked = checkAnswer(deps, turn, answer.text, answer.stopReason, audit.event);
      return finishTurn(deps, turn, { ...answer, text: checked.text }, audit.event);
    });
}

/** Cold start: a missing or invalid CHAT_CONFIG stops the function here, never a silent default. */
const settings = loadChatSettings();

export const handler = createChatHandler({
  settings,
  bedrock: createBedrockClient(settings.bedrock),
  store: new ConversationStore(settings.conversations.tableName, settings.conversations.ttlDays),
  ...(settings.knowledgeBase ? { knowledge: createRetrievalClient(settings.bedrock) } : {}),
});
