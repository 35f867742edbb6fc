/**
 * Model ids the kit knows to exist for callers in Tokyo, so a typo fails synth instead of the
 * first chat request. Dated: Bedrock adds models every month, and an id newer than this list is
 * allowed only when the config names it in `additionalModelIds`.
 *
 * Sources, read 2026-12: the Amazon Bedrock user guide's model cards ("Geo inference ID" jp. and
 * "Regional availability" for ap-northeast-1) and its "Supported cross-Region inference profiles"
 * page; `aws bedrock list-inference-profiles --region ap-northeast-1 --type-equals SYSTEM_DEFINED`
 * and `aws bedrock list-foundation-models --region ap-northeast-1` print the live lists to compare.
 */
export const MODEL_CATALOGUE_DATE = '2026-12';

export type ModelKind = 'text' | 'embedding';

export interface CataloguedModel {
  readonly id: string;
  readonly name: string;
  /** `text` models answer chat (Converse); `embedding` models serve a knowledge base. */
  readonly kind: ModelKind;
  /** `jp-profile`: Japan cross-Region inference, Tokyo and Osaka only. `tokyo`: invoked in ap-northeast-1 itself. */
  readonly route: 'jp-profile' | 'tokyo';
  /** `legacy`: AWS lists an end of life; plan a move. */
  readonly lifecycle: 'active' | 'legacy';
  /** A small, fast model: the injection judge's default when one is allow-listed. */
  readonly small?: true;
}

const jp = (id: string, name: string): CataloguedModel => ({ id, name, kind: 'text', route: 'jp-profile', lifecycle: 'active' });

export const MODEL_CATALOGUE: readonly CataloguedModel[] = [
  // Japan (jp.) cross-Region inference profiles: routed between ap-northeast-1 and ap-northeast-3 only.
  jp('jp.anthropic.claude-sonnet-4-5-20250929-v1:0', 'Claude Sonnet 4.5'),
  { ...jp('jp.anthropic.claude-haiku-4-5-20251001-v1:0', 'Claude Haiku 4.5'), small: true },
  jp('jp.anthropic.claude-sonnet-4-6', 'Claude Sonnet 4.6'),
  jp('jp.anthropic.claude-opus-4-7', 'Claude Opus 4.7'),
  jp('jp.anthropic.claude-opus-4-8', 'Claude Opus 4.8'),
  jp('jp.anthropic.claude-opus-5', 'Claude Opus 5'),
  jp('jp.anthropic.claude-opus-5-5', 'Claude Opus 5.5'),
  { ...jp('jp.amazon.nova-2-lite-v1:0', 'Amazon Nova 2 Lite'), small: true },
  // Foundation models invoked in Tokyo itself (on-demand in ap-northeast-1).
  { id: 'anthropic.claude-3-haiku-20240307-v1:0', name: 'Claude 3 Haiku', kind: 'text', route: 'tokyo', lifecycle: 'legacy', small: true },
  { id: 'amazon.titan-embed-text-v2:0', name: 'Amazon Titan Text Embeddings V2', kind: 'embedding', route: 'tokyo', lifecycle: 'active' },
  { id: 'cohere.embed-multilingual-v3', name: 'Cohere Embed Multilingual v3', kind: 'embedding', route: 'tokyo', lifecycle: 'active' },
];

/** The catalogue entry of an id, if any. */
export function cataloguedModel(id: string): CataloguedModel | undefined {
  return MODEL_CATALOGUE.find((m) => m.id === id);
}

/** The injection judge's model when the config names none: the first small allow-listed model, else the first allow-listed one. */
export function defaultJudgeModel(allowedModels: readonly string[]): string {
  return allowedModels.find((id) => cataloguedModel(id)?.small === true) ?? allowedModels[0];
}
