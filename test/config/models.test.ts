import { z } from 'zod';
import { DEFAULT_MODELS, MODEL_CATALOGUE, MODEL_CATALOGUE_DATE, checkModelsCatalogued, parseConfig } from '../../lib/config';
import { rejection } from '../support/config-rejection';

describe('model catalogue', () => {
  test('is dated, and lists only Japan profiles and Tokyo foundation models', () => {
    expect(MODEL_CATALOGUE_DATE).toBe('2026-12');
    for (const m of MODEL_CATALOGUE) {
      if (m.route === 'jp-profile') expect(m.id).toMatch(/^jp\./);
      else expect(m.id).not.toMatch(/^[a-z]{2,6}\.[a-z]+\.[a-z]/);
    }
    expect(new Set(MODEL_CATALOGUE.map((m) => m.id)).size).toBe(MODEL_CATALOGUE.length);
  });

  test('holds the defaults and the embedding models a knowledge base can use in Tokyo', () => {
    const ids = MODEL_CATALOGUE.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(DEFAULT_MODELS));
    expect(MODEL_CATALOGUE.filter((m) => m.kind === 'embedding').map((m) => m.id)).toEqual(['amazon.titan-embed-text-v2:0', 'cohere.embed-multilingual-v3']);
  });
});

describe('allowedModels: ids are checked against the catalogue', () => {
  test('the typo jp.anthropic.claude-sonet-4-5-20250929-v1:0 fails naming the field, with the right id', () => {
    expect(rejection({ allowedModels: ['jp.anthropic.claude-sonet-4-5-20250929-v1:0'] }))
      .toMatch(/config\.allowedModels\.0: "jp\.anthropic\.claude-sonet-4-5-20250929-v1:0" is not in the kit's model catalogue \(2026-12\) \(did you mean "jp\.anthropic\.claude-sonnet-4-5-20250929-v1:0"\?\)/);
  });

  test('an id newer than the catalogue passes only when additionalModelIds names it too', () => {
    const newer = 'jp.anthropic.claude-sonnet-5-1';
    expect(rejection({ allowedModels: [newer] })).toMatch(/config\.allowedModels\.0: .*add its exact id to additionalModelIds/);
    expect(parseConfig({ allowedModels: [newer], additionalModelIds: [newer] }).allowedModels).toEqual([newer]);
  });

  test('the escape hatch keeps the Japan-only rule and stays honest', () => {
    expect(rejection({ additionalModelIds: ['global.anthropic.claude-sonnet-5'] })).toMatch(/config\.additionalModelIds\.0: .*routes outside Japan/);
    expect(rejection({ additionalModelIds: ['jp.amazon.nova-2-lite-v1:0'] }))
      .toMatch(/config\.additionalModelIds\.0: "jp\.amazon\.nova-2-lite-v1:0" \(Amazon Nova 2 Lite\) is in the kit's catalogue already/);
  });

  test('an embedding model is not a chat model', () => {
    expect(rejection({ allowedModels: ['amazon.titan-embed-text-v2:0'] })).toMatch(/config\.allowedModels\.0: .* is an embedding model .*needs a text model/);
  });

  test('checkModelsCatalogued serves other sections, e.g. a knowledge base embedding model', () => {
    const config = parseConfig({});
    const issues: z.core.$ZodRawIssue[] = [];
    const ctx = { addIssue: (i: z.core.$ZodRawIssue) => issues.push(i) } as unknown as z.RefinementCtx;
    checkModelsCatalogued(ctx, config, ['knowledgeBase', 'embeddingModels'], ['amazon.titan-embed-text-v2:0', 'amazon.titan-embed-text-v3:0', DEFAULT_MODELS[0]], 'embedding');
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [['knowledgeBase', 'embeddingModels', 1], expect.stringContaining('(did you mean "amazon.titan-embed-text-v2:0"?)')],
      [['knowledgeBase', 'embeddingModels', 2], expect.stringContaining('is a text model')],
    ]);
  });
});
