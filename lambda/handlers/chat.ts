import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { createBedrockClient } from '../shared/bedrock-client';
import { converse } from '../shared/bedrock-converse';
import { type ChatPipelineDeps, RequestAudit, checkAnswer, finishTurn, modelCallSignal, prepareTurn, responseHeaders } from '../shared/chat-pipeline';
import { loadChatSettings } from '../shared/chat-settings';
import { ConversationStore } from '../shared/conversation-store';
import { createRetrievalClient } from '../shared/knowledge-retrieval';
import { chatErrorResponse, jsonResponse } from '../shared/http-response';

export interface ChatDependencies extends ChatPipelineDeps {
  readonly bedrock: BedrockRuntimeClient;
}

/**
 * POST /v1/chat, the buffered transport of the chat pipeline (lambda/shared/chat-pipeline.ts):
 * prepare the turn, one Converse call, output check on the whole answer, store, one audit event.
 */
export function createChatHandler(deps: ChatDependencies) {
  return async (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> => {
    const audit = RequestAudit.open(event, context, 'chat');
    const headers = responseHeaders(event, deps.settings);
    try {
      const turn = await prepareTurn(deps, event, context, audit.event);
      const answer = await converse(deps.bedrock, { ...turn.modelInput, abortSignal: modelCallSignal(turn) });
      const checked = checkAnswer(deps, turn, answer.text, answer.stopReason, audit.event);
      const body = await finishTurn(deps, turn, { ...answer, text: checked.text }, audit.event);
      return jsonResponse(200, body, audit.requestId, headers);
    } catch (e) {
      return chatErrorResponse(audit.fail(e), audit.requestId, headers);
    } finally {
      audit.close();
    }
  };
}

/** Cold start: a missing or invalid CHAT_CONFIG stops the function here, never a silent default. */
const settings = loadChatSettings();

export const handler = createChatHandler({
  settings,
  bedrock: createBedrockClient(settings.bedrock),
  store: new ConversationStore(settings.conversations.tableName, settings.conversations.ttlDays),
  ...(settings.knowledgeBase ? { knowledge: createRetrievalClient(settings.bedrock) } : {}),
});
