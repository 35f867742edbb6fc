import { z } from 'zod';
import { isUnique } from '../value-checks';
import { didYouMean } from '../suggest';
import { MODEL_CATALOGUE, MODEL_CATALOGUE_DATE, type ModelKind, cataloguedModel } from './model-catalogue';

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
  /** Models callers may choose from; the first is the default. Each must be in the model catalogue or in `additionalModelIds`. */
  allowedModels: z
    .array(modelId)
    .min(1, { message: 'needs at least one model' })
    .refine(isUnique, { message: 'must not repeat a model' })
    .default(DEFAULT_MODELS),
  /**
   * Model ids newer than the kit's catalogue (lib/config/sections/model-catalogue.ts, dated
   * 2026-12) that this deployment may use anyway. The Japan-only checks still apply;
   * what is skipped is only the check that the id exists, so copy it from
   * `aws bedrock list-inference-profiles --region ap-northeast-1`. @default []
   */
  additionalModelIds: z
    .array(modelId)
    .max(20, { message: 'at most 20 ids; a longer list means the kit\'s catalogue needs an update' })
    .refine(isUnique, { message: 'must not repeat a model' })
    .default([]),
};

/** What a model check needs of the parsed config. */
export interface ConfigWithModels {
  readonly additionalModelIds: readonly string[];
}

/**
 * Fail the config when a field names a model id that is neither in the catalogue (of the right
 * kind) nor in `additionalModelIds`, with the closest catalogued id as a suggestion. Sections that
 * name models (chat, knowledge base embeddings) call this from a deployment-level `superRefine`.
 */
export function checkModelsCatalogued(
  ctx: z.RefinementCtx,
  config: ConfigWithModels,
  path: readonly (string | number)[],
  ids: string | readonly string[],
  kind: ModelKind,
): void {
  const ofKind = MODEL_CATALOGUE.filter((m) => m.kind === kind).map((m) => m.id);
  // A field holding one id is reported under its own name, a list under the entry's index.
  const entries: Array<[string, readonly (string | number)[]]> = typeof ids === 'string' ? [[ids, path]] : ids.map((id, i) => [id, [...path, i]]);
  for (const [id, at] of entries) {
    if (config.additionalModelIds.includes(id)) continue;
    const known = cataloguedModel(id);
    if (known?.kind === kind) continue;
    const message = known
      ? `"${id}" is ${known.kind === 'embedding' ? 'an embedding' : 'a text'} model (${known.name}); this field needs ${kind === 'embedding' ? 'an embedding' : 'a text'} model such as ${ofKind[0]}`
      : `"${id}" is not in the kit's model catalogue (${MODEL_CATALOGUE_DATE})${didYouMean(id, ofKind)}; known ${kind} models: ${ofKind.join(', ')}. For a model newer than the catalogue, add its exact id to additionalModelIds as well`;
    ctx.addIssue({ code: 'custom', path: [...at], message });
  }
}

/** allowedModels: catalogued text models, and no additionalModelIds entry that is already catalogued. */
export function checkAllowedModels(config: ConfigWithModels & { readonly allowedModels: readonly string[] }, ctx: z.RefinementCtx): void {
  checkModelsCatalogued(ctx, config, ['allowedModels'], config.allowedModels, 'text');
  config.additionalModelIds.forEach((id, i) => {
    const known = cataloguedModel(id);
    if (known) ctx.addIssue({ code: 'custom', path: ['additionalModelIds', i], message: `"${id}" (${known.name}) is in the kit's catalogue already; remove it here so the id keeps being checked` });
  });
}
