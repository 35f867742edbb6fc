/**
 * Person-name quality per business-text family (test/fixtures/guard/ja-name-families.ts):
 * recall and precision of PERSON_NAME, names surviving masking, and for the clean family the
 * share of texts with any finding of any type. Used by test/guard/ja-name-families.test.ts;
 * runnable alone with `npx tsx test/bench/name-families.ts`.
 */
import { buildNameCases } from '../fixtures/guard/ja-name-families';
import { type FamilyQuality, formatFamilies, measureFamilies } from './family-quality';

export type NameFamilyQuality = FamilyQuality;

/** PERSON_NAME findings only; a clean text counts when it has a finding of any type. */
export function measureNameFamilies(): NameFamilyQuality[] {
  const cases = buildNameCases().map((c) => ({ ...c, spans: c.spans.map((s) => ({ ...s, type: 'PERSON_NAME' })) }));
  return measureFamilies(cases, { onlyType: 'PERSON_NAME', survival: 'exact' });
}

export function formatNameFamilies(rows: NameFamilyQuality[], verbose = false): string {
  return formatFamilies('Person names by business-text family:', rows, 62, verbose).join('\n');
}

if (require.main === module) process.stdout.write(formatNameFamilies(measureNameFamilies(), process.argv.includes('-v')) + '\n');
