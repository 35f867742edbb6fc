/**
 * Quality on the project's own Japanese check-digit set (every evasion variant) and hard negatives.
 * Used by test/guard/ja-quality.test.ts and printed by `npm run bench`; runnable alone with tsx.
 */
import { detectEntities } from '../../lambda/guard/detect';
import { maskPersonalData } from '../../lambda/guard/mask';
import { buildBusinessCases } from '../fixtures/guard/ja-business-cases';
import { buildCheckDigitSet, type CheckDigitType } from '../fixtures/guard/japanese-cases';
import { core } from '../fixtures/guard/typed-evasions';

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

export interface FamilyQuality {
  family: string;
  cases: number;
  gold: number;
  found: number;
  predicted: number;
  truePositives: number;
  /** Cases with at least one finding (the false-positive measure for families without gold spans). */
  casesWithFindings: number;
  /** Gold values still present in the masked text (after NFKC, without invisible characters and separators). */
  survived: number;
}

/** Recall, precision and survival per family of the Japanese business-text cases. */
export function measureBusinessQuality(): FamilyQuality[] {
  const byFamily = new Map<string, FamilyQuality>();
  for (const c of buildBusinessCases()) {
    let q = byFamily.get(c.family);
    if (q === undefined) {
      q = { family: c.family, cases: 0, gold: 0, found: 0, predicted: 0, truePositives: 0, casesWithFindings: 0, survived: 0 };
      byFamily.set(c.family, q);
    }
    const { masked, findings } = maskPersonalData(c.text);
    const reported = findings.filter((f) => f.type !== 'CONFIDENTIAL_MARKER');
    q.cases++;
    if (reported.length > 0) q.casesWithFindings++;
    for (const span of c.spans) {
      q.gold++;
      const covered = reported.filter((f) => f.type === span.type).reduce((n, f) => n + Math.max(0, Math.min(f.end, span.end) - Math.max(f.start, span.start)), 0);
      if (covered >= 0.5 * (span.end - span.start)) q.found++;
      if (core(masked).includes(core(c.text.slice(span.start, span.end)))) q.survived++;
    }
    for (const f of reported) {
      q.predicted++;
      if (c.spans.some((s) => s.type === f.type && f.start < s.end && f.end > s.start)) q.truePositives++;
    }
  }
  return [...byFamily.values()];
}

export function formatBusinessQuality(families: FamilyQuality[]): string {
  const ratio = (a: number, b: number) => (b === 0 ? '  n/a' : (a / b).toFixed(3));
  const rows = families.map((q) =>
    q.gold === 0
      ? `  ${q.family.padEnd(50)} cases=${String(q.cases).padStart(4)} with any finding=${q.casesWithFindings} (${ratio(q.casesWithFindings, q.cases)})`
      : `  ${q.family.padEnd(50)} gold=${String(q.gold).padStart(4)} recall=${ratio(q.found, q.gold)} precision=${ratio(q.truePositives, q.predicted)} survived=${q.survived}`,
  );
  const positives = families.filter((q) => q.gold > 0);
  const sum = (k: keyof FamilyQuality) => positives.reduce((n, q) => n + (q[k] as number), 0);
  const recall = sum('found') / sum('gold');
  const precision = sum('truePositives') / sum('predicted');
  const clean = families.filter((q) => q.gold === 0);
  const cleanCases = clean.reduce((n, q) => n + q.cases, 0);
  const cleanHit = clean.reduce((n, q) => n + q.casesWithFindings, 0);
  return [
    'Japanese business-text families (test/fixtures/guard/ja-business-cases.ts):',
    ...rows,
    `  ALL with gold: recall=${recall.toFixed(3)} precision=${precision.toFixed(3)} F2=${f2(precision, recall).toFixed(3)} identifiers surviving=${sum('survived')}/${sum('gold')} (${((100 * sum('survived')) / sum('gold')).toFixed(1)}%); texts without personal data with any finding: ${cleanHit}/${cleanCases}`,
  ].join('\n');
}

if (require.main === module) process.stdout.write(formatJapaneseQuality(measureJapaneseQuality()) + '\n\n' + formatBusinessQuality(measureBusinessQuality()) + '\n');
