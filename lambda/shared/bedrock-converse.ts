import { type BedrockRuntimeClient, ConverseCommand, type ConverseCommandInput, type Message } from '@aws-sdk/client-bedrock-runtime';
import { isTimeout } from './bedrock-client';
import { ChatError } from './chat-errors';

/** One message to the model; each text becomes its own content block (documents, then the message). */
export interface ModelMessage {
  readonly role: 'user' | 'assistant';
  readonly texts: readonly string[];
}

export interface ConverseInput {
  readonly modelId: string;
  /** System blocks in order: the configured prompt, then any rule this request adds. */
  readonly system: readonly string[];
  /** Already masked by the guard. */
  readonly messages: readonly ModelMessage[];
  readonly maxTokens: number;
  readonly temperature: number;
  readonly guardrail?: { identifier: string; version: string };
  /** Ends the call (and any retry) when the function is about to time out. */
  readonly abortSignal?: AbortSignal;
}

export interface ConverseAnswer {
  readonly text: string;
  readonly stopReason: string;
  readonly inputTokens: number;
  readonly outputTokens: number;
}

const THROTTLED = new Set(['ThrottlingException', 'ServiceQuotaExceededException']);

/** Map an SDK error to a status and a message that says nothing about the request. */
export function bedrockFailure(error: unknown): ChatError {
  const e = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  if (THROTTLED.has(e?.name ?? '') || e?.$metadata?.httpStatusCode === 429) {
    return new ChatError(429, 'bedrock_throttled', 'The model is busy. Try again in a moment.');
  }
  if (isTimeout(e) || e?.name === 'AbortError') {
    return new ChatError(504, 'bedrock_timeout', 'The model did not answer in time. Try again, or shorten the request.');
  }
  return new ChatError(502, 'bedrock_error', 'The model could not answer this request. Try again later.');
}

/**
 * The wire request shared by Converse and ConverseStream (the streaming transport adds its
 * guardrail stream mode): model, system blocks, messages, inference settings, guardrail.
 */
export function converseRequest(input: ConverseInput): Omit<ConverseCommandInput, 'guardrailConfig'> & {
  guardrailConfig?: { guardrailIdentifier: string; guardrailVersion: string; trace: 'disabled' };
} {
  const messages: Message[] = input.messages.map((m) => ({ role: m.role, content: m.texts.map((text) => ({ text })) }));
  return {
    modelId: input.modelId,
    system: input.system.map((text) => ({ text })),
    messages,
    inferenceConfig: { maxTokens: input.maxTokens, temperature: input.temperature },
    ...(input.guardrail
      ? { guardrailConfig: { guardrailIdentifier: input.guardrail.identifier, guardrailVersion: input.guardrail.version, trace: 'disabled' as const } }
      : {}),
  };
}

/** One non-streaming Converse call; failures become ChatErrors (429/502/504). */
export async function converse(client: BedrockRuntimeClient, input: ConverseInput): Promise<ConverseAnswer> {
  let out;
  try {
    out = await client.send(new ConverseCommand(converseRequest(input)), input.abortSignal ? { abortSignal: input.abortSignal } : {});
  } catch (e) {
    throw bedrockFailure(e);
  }
  const content = out.output?.message?.content;
  if (!Array.isArray(content)) throw new ChatError(502, 'bedrock_error', 'The model returned no answer. Try again later.');
  const text = content.map((block) => (typeof block.text === 'string' ? block.text : '')).join('');
  return {
    text,
    stopReason: out.stopReason ?? 'unknown',
    inputTokens: out.usage?.inputTokens ?? 0,
    outputTokens: out.usage?.outputTokens ?? 0,
  };
}
