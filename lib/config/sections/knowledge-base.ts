import { z } from 'zod';
import { CLASSIFICATIONS } from '../../../contracts/knowledge-base';
import { type ConfigWithGroups, checkGroupsDefined } from '../group-references';
import { type ConfigWithModels, checkModelsCatalogued } from './models';

/** Embedding dimensions a model offers; the vector index is created with one of them. */
export const EMBEDDING_DIMENSIONS: Readonly<Record<string, readonly number[]>> = {
  // Titan Text Embeddings V2: 1,024 (default), 512 or 256.
  'amazon.titan-embed-text-v2:0': [1024, 512, 256],
  // Cohere Embed Multilingual v3: 1,024 only.
  'cohere.embed-multilingual-v3': [1024],
};

const classification = z.enum(CLASSIFICATIONS, { message: `must be one of ${CLASSIFICATIONS.join(', ')}` });

/**
 * A department-scoped knowledge base (Amazon Bedrock Knowledge Bases, S3 Vectors store, documents
 * bucket, all in Tokyo). Off by default: the two extra interface endpoints cost money every hour.
 */
export const knowledgeBaseSchema = z
  .object({
    /** Create the knowledge base, its ingestion check and the retrieval step of the chat pipeline. @default false */
    enabled: z.boolean().default(false),
    /**
     * Embedding model, invoked in Tokyo (a foundation-model id, no inference profile): an
     * `embedding` model of the kit's catalogue, or one listed in `additionalModelIds`.
     * @default amazon.titan-embed-text-v2:0 (multilingual, Japanese included)
     */
    embeddingModel: z.string().default('amazon.titan-embed-text-v2:0'),
    /** Vector dimensions (what the model offers: Titan V2 1024/512/256, Cohere 1024). @default 1024 */
    dimensions: z.union([z.literal(256), z.literal(512), z.literal(1024)], { message: 'must be 256, 512 or 1024' }).default(1024),
    /** Chunks retrieved per request, before the re-check. @default 5 */
    topK: z.number().int({ message: 'must be a whole number' }).min(1, { message: 'must be at least 1' }).max(20, { message: 'must be at most 20' }).default(5),
    /**
     * Cognito group -> the highest classification its members may read (public < internal <
     * confidential). A caller gets the highest level of their groups; a caller in none of them
     * reads `public` documents only. @default {}
     */
    clearances: z.record(z.string(), classification).default({}),
    /** Use the IdP's department claim (`custom:department`) as one of the caller's departments, beside department-kind groups. @default true */
    useDepartmentClaim: z.boolean().default(true),
    /** Groups whose members get retrieval on every request that does not say `knowledgeBase: false`. @default [] */
    defaultOnGroups: z.array(z.string()).max(50, { message: 'takes at most 50 groups' }).default([]),
  })
  .strict()
  .prefault({});

export type KnowledgeBaseConfig = z.infer<typeof knowledgeBaseSchema>;

/** Cross-field checks: groups exist, the embedding model is a catalogued embedding model, its dimensions fit. */
export function checkKnowledgeBase(config: ConfigWithGroups & ConfigWithModels & { readonly knowledgeBase: KnowledgeBaseConfig }, ctx: z.RefinementCtx): void {
  const kb = config.knowledgeBase;
  checkGroupsDefined(ctx, config, ['knowledgeBase', 'clearances'], { keys: Object.keys(kb.clearances) });
  checkGroupsDefined(ctx, config, ['knowledgeBase', 'defaultOnGroups'], kb.defaultOnGroups);
  checkModelsCatalogued(ctx, config, ['knowledgeBase', 'embeddingModel'], kb.embeddingModel, 'embedding');
  const offered = EMBEDDING_DIMENSIONS[kb.embeddingModel];
  if (offered && !offered.includes(kb.dimensions)) {
    ctx.addIssue({ code: 'custom', path: ['knowledgeBase', 'dimensions'], message: `${kb.embeddingModel} offers ${offered.join(', ')} dimensions, not ${kb.dimensions}` });
  }
}
