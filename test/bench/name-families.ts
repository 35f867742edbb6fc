/**
 * Person-name quality per business-text family (test/fixtures/guard/ja-name-families.ts):
 * recall and precision of PERSON_NAME, names surviving masking, and for the clean family the
 * share of texts with any finding of any type. Used by test/guard/ja-name-families.test.ts;
 * runnable alone with `npx tsx test/bench/name-families.ts`.
 */
import { maskPersonalData } from '../../lambda/guard/mask';
import { buildNameCases } from '../fixtures/guard/ja-name-families';

export interface NameFamilyQuality {
  family: string;
  cases: number;
  gold: number;
  found: number;
  predicted: number;
  truePositives: number;
  survived: number;
  casesWithFindings: number;
}

export function measureNameFamilies(): NameFamilyQuality[] {
  const byFamily = new Map<string, NameFamilyQuality>();
  for (const c of buildNameCases()) {
    let q = byFamily.get(c.family);
    if (q === undefined) byFamily.set(c.family, (q = { family: c.family, cases: 0, gold: 0, found: 0, predicted: 0, truePositives: 0, survived: 0, casesWithFindings: 0 }));
    const { masked, findings } = maskPersonalData(c.text);
    const names = findings.filter((f) => f.type === 'PERSON_NAME');
    q.cases++;
    if (findings.length > 0) q.casesWithFindings++;
    for (const s of c.spans) {
      q.gold++;
      let covered = 0;
      for (const f of names) covered += Math.max(0, Math.min(f.end, s.end) - Math.max(f.start, s.start));
      if (covered >= 0.5 * (s.end - s.start)) q.found++;
      if (masked.includes(c.text.slice(s.start, s.end))) q.survived++;
    }
    for (const f of names) {
      q.predicted++;
      if (c.spans.some((s) => f.start < s.end && f.end > s.start)) q.truePositives++;
    }
  }
  return [...byFamily.values()];
}

export function formatNameFamilies(rows: NameFamilyQuality[]): string {
  return [
    'Person names by business-text family:',
    ...rows.map((q) =>
      q.gold > 0
        ? `  ${q.family.padEnd(62)} n=${String(q.gold).padStart(3)} recall=${(q.found / q.gold).toFixed(3)} precision=${(q.truePositives / Math.max(1, q.predicted)).toFixed(3)} survived=${q.survived}`
        : `  ${q.family.padEnd(62)} texts=${q.cases} with any finding=${q.casesWithFindings} (${((100 * q.casesWithFindings) / q.cases).toFixed(1)} %)`,
    ),
  ].join('\n');
}

if (require.main === module) process.stdout.write(formatNameFamilies(measureNameFamilies()) + '\n');
