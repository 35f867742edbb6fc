// zod/mini: the full zod build adds ~450 KB (every locale) to the bundle and to cold starts.
// Only the schema lives here; parsing the environment is the function's job (lambda/shared/chat-settings.ts).
import * as z from 'zod/mini';
import { ENTITY_ACTIONS } from './entity-types';
import { knowledgeSettingsSchema } from './knowledge-base';

/** Environment variable that carries the chat function's non-secret settings as JSON. */
export const CHAT_SETTINGS_ENV = 'CHAT_CONFIG';

const entityAction = z.enum(ENTITY_ACTIONS);

/** Group policy overrides as the deployment config stores them (validated there with friendly messages). */
const fraction = z.number().check(z.gte(0), z.lte(1));

const policyOverride = z.strictObject({
  entityActions: z.optional(z.record(z.string(), entityAction)),
  defaultAction: z.optional(entityAction),
  minScore: z.optional(fraction),
  injectionThreshold: z.optional(fraction),
  restoreInAnswer: z.optional(z.boolean()),
  codeNames: z.optional(z.array(z.string())),
});
export type PolicyOverride = z.infer<typeof policyOverride>;

const positiveInt = z.int().check(z.positive());

/** In `allowedGroups`, alone: every signed-in user may chat. */
export const ALL_SIGNED_IN_USERS = '*';

/**
 * What the CDK construct writes into `CHAT_CONFIG` and the function reads at cold start.
 * The 4 KB environment budget is checked at synth.
 */
export const chatSettingsSchema = z.strictObject({
  allowedModels: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  /**
   * Cognito groups (`cognito:groups`) whose members may chat; a caller in none of them is refused.
   * `["*"]` lets every signed-in user in. Required: a function without the gate must not start.
   */
  allowedGroups: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  limits: z.strictObject({
    maxMessages: positiveInt,
    maxMessageChars: positiveInt,
    maxTotalChars: positiveInt,
    historyTurns: z.int().check(z.gte(0)),
    /** `documents[]` beside the message: how many, characters each, characters together. */
    documents: z.strictObject({ maxCount: z.int().check(z.gte(0)), maxChars: positiveInt, maxTotalChars: positiveInt }),
  }),
  /** Browser origins whose calls the function answers with CORS headers; empty: same origin only. */
  corsOrigins: z.array(z.string().check(z.minLength(1))),
  /** Hosts an answer may link to or load images from; every other link is neutralised. */
  allowedLinkHosts: z.array(z.string().check(z.minLength(1))),
  inference: z.strictObject({ maxTokens: positiveInt, temperature: fraction }),
  systemPrompt: z.string().check(z.minLength(1)),
  bedrock: z.strictObject({
    connectionTimeoutMs: positiveInt,
    requestTimeoutMs: positiveInt,
    maxAttempts: positiveInt,
    retryBaseDelayMs: positiveInt,
  }),
  guardBudgetMs: positiveInt,
  guard: z.strictObject({ defaultPolicy: policyOverride, groups: z.record(z.string(), policyOverride) }),
  conversations: z.strictObject({ tableName: z.string().check(z.minLength(3)), ttlDays: positiveInt }),
  /**
   * The optional second stage of the injection screen: a model call that reviews requests with
   * documents or pasted material and messages in the grey zone. Absent: no judge.
   */
  injectionJudge: z.optional(
    z.strictObject({
      model: z.string().check(z.minLength(1)),
      greyZoneFrom: fraction,
      judgeDocuments: z.boolean(),
      timeoutMs: positiveInt,
      onFailure: z.enum(['block', 'allow']),
    }),
  ),
  guardrail: z.optional(z.strictObject({ identifier: z.string().check(z.minLength(1)), version: z.string().check(z.regex(/^\d+$/)) })),
  /** Present with `knowledgeBase.enabled`: retrieval filtered by the caller's verified claims. */
  knowledgeBase: z.optional(knowledgeSettingsSchema),
});

export type ChatSettings = z.infer<typeof chatSettingsSchema>;
