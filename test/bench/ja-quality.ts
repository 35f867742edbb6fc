/**
 * Quality on the project's own Japanese check-digit set (every evasion variant) and hard negatives.
 * Used by test/guard/ja-quality.test.ts and printed by `npm run bench`; runnable alone with tsx.
 */
import { detectEntities } from '../../lambda/guard/detect';
import { maskPersonalData } from '../../lambda/guard/mask';
import { buildBusinessCases } from '../fixtures/guard/ja-business-cases';
import { buildCheckDigitSet, type CheckDigitType } from '../fixtures/guard/japanese-cases';
import { type FamilyQuality, formatFamilies, measureFamilies } from './family-quality';

export type { FamilyQuality } from './family-quality';

export interface TypeQuality {
  gold: number;
  found: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f2: number;
}

export interface JapaneseQuality {
  types: Record<CheckDigitType, TypeQuality>;
  overall: TypeQuality;
  hardNegatives: number;
  hardNegativesMasked: number;
  leaked: number;
}

function f2(precision: number, recall: number): number {
  return recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall);
}

export function measureJapaneseQuality(): JapaneseQuality {
  const { positives, negatives } = buildCheckDigitSet();
  const types = ['MY_NUMBER', 'CORPORATE_NUMBER', 'CREDIT_CARD'] as const;
  const tally = Object.fromEntries(types.map((t) => [t, { gold: 0, found: 0, predicted: 0, truePositives: 0 }])) as Record<CheckDigitType, { gold: number; found: number; predicted: number; truePositives: number }>;
  let leaked = 0;
  for (const c of positives) {
    const findings = detectEntities(c.text).filter((f) => (types as readonly string[]).includes(f.type));
    const masked = maskPersonalData(c.text).masked;
    for (const span of c.spans) {
      tally[span.type].gold++;
      const hit = findings.some((f) => f.type === span.type && f.start < span.end && f.end > span.start && Math.min(f.end, span.end) - Math.max(f.start, span.start) >= 0.5 * (span.end - span.start));
      if (hit) tally[span.type].found++;
      if (masked.includes(c.text.slice(span.start, span.end))) leaked++;
    }
    for (const f of findings) {
      const t = tally[f.type as CheckDigitType];
      t.predicted++;
      if (c.spans.some((s) => s.type === f.type && f.start < s.end && f.end > s.start)) t.truePositives++;
    }
  }
  let hardNegativesMasked = 0;
  for (const c of negatives) if (maskPersonalData(c.text).masked !== c.text) hardNegativesMasked++;
  const finish = (t: { gold: number; found: number; predicted: number; truePositives: number }): TypeQuality => {
    const precision = t.predicted === 0 ? 1 : t.truePositives / t.predicted;
    const recall = t.gold === 0 ? 1 : t.found / t.gold;
    return { ...t, precision, recall, f2: f2(precision, recall) };
  };
  const sum = types.reduce((a, t) => ({ gold: a.gold + tally[t].gold, found: a.found + tally[t].found, predicted: a.predicted + tally[t].predicted, truePositives: a.truePositives + tally[t].truePositives }), { gold: 0, found: 0, predicted: 0, truePositives: 0 });
  return {
    types: Object.fromEntries(types.map((t) => [t, finish(tally[t])])) as Record<CheckDigitType, TypeQuality>,
    overall: finish(sum),
    hardNegatives: negatives.length,
    hardNegativesMasked,
    leaked,
  };
}

export function formatJapaneseQuality(q: JapaneseQuality): string {
  const row = (name: string, t: TypeQuality) =>
    `${name.padEnd(18)} gold=${String(t.gold).padStart(4)} pred=${String(t.predicted).padStart(4)} precision=${t.precision.toFixed(3)} recall=${t.recall.toFixed(3)} F2=${t.f2.toFixed(3)}`;
  return [
    'Japanese check-digit set (all evasion variants):',
    ...Object.entries(q.types).map(([k, t]) => '  ' + row(k, t)),
    '  ' + row('ALL', q.overall),
    `  leaked after masking: ${q.leaked}; hard negatives masked: ${q.hardNegativesMasked}/${q.hardNegatives}`,
  ].join('\n');
}

/** Recall, precision and survival per family of the Japanese business-text cases. */
export function measureBusinessQuality(): FamilyQuality[] {
  return measureFamilies(buildBusinessCases(), { survival: 'core' });
}

export function formatBusinessQuality(families: FamilyQuality[]): string {
  const positives = families.filter((q) => q.gold > 0);
  const sum = (k: keyof FamilyQuality) => positives.reduce((n, q) => n + (q[k] as number), 0);
  const recall = sum('found') / sum('gold');
  const precision = sum('truePositives') / sum('predicted');
  const clean = families.filter((q) => q.gold === 0);
  const cleanCases = clean.reduce((n, q) => n + q.cases, 0);
  const cleanHit = clean.reduce((n, q) => n + q.casesWithFindings, 0);
  return [
    ...formatFamilies('Japanese business-text families (test/fixtures/guard/ja-business-cases.ts):', families, 50),
    `  ALL with gold: recall=${recall.toFixed(3)} precision=${precision.toFixed(3)} F2=${f2(precision, recall).toFixed(3)} identifiers surviving=${sum('survived')}/${sum('gold')} (${((100 * sum('survived')) / sum('gold')).toFixed(1)}%); texts without personal data with any finding: ${cleanHit}/${cleanCases}`,
  ].join('\n');
}

if (require.main === module) process.stdout.write(formatJapaneseQuality(measureJapaneseQuality()) + '\n\n' + formatBusinessQuality(measureBusinessQuality()) + '\n');
