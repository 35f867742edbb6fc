import { z } from 'zod';

/**
 * Japan-scoped (`jp.`) inference profiles route only between Tokyo and Osaka.
 * Plain foundation-model ids are invoked in Tokyo itself.
 */
export const JP_PROFILE = /^jp\.[a-z0-9-]+\.[a-z0-9.:-]+$/;
export const FOUNDATION_MODEL = /^(anthropic|amazon|meta|mistral|cohere|ai21|qwen|deepseek|openai|google|minimax|moonshot|nvidia)\.[a-z0-9.:-]+$/;
export const FOREIGN_PROFILE = /^(apac|global|us|us-gov|eu|au|ca)\./;

export const DEFAULT_MODELS = [
  'jp.anthropic.claude-sonnet-4-5-20250929-v1:0',
  'jp.anthropic.claude-haiku-4-5-20251001-v1:0',
  'jp.amazon.nova-2-lite-v1:0',
];

const modelId = z.string().superRefine((id, ctx) => {
  if (FOREIGN_PROFILE.test(id)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${id}" is an inference profile that routes outside Japan; allowed: "jp." inference profiles (e.g. ${DEFAULT_MODELS[0]}) or foundation-model ids invoked in Tokyo (e.g. anthropic.claude-3-haiku-20240307-v1:0)`,
    });
  } else if (!JP_PROFILE.test(id) && !FOUNDATION_MODEL.test(id)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${id}" is not a model id; allowed: "jp." inference profiles or foundation-model ids such as anthropic.claude-3-haiku-20240307-v1:0`,
    });
  }
});

export const modelsShape = {
  /** Models callers may choose from; the first is the default. */
  allowedModels: z
    .array(modelId)
    .min(1, { message: 'needs at least one model' })
    .refine((a) => new Set(a).size === a.length, { message: 'must not repeat a model' })
    .default(DEFAULT_MODELS),
};
