/**
 * Recall and precision per identifier family (test/fixtures/guard/identifier-families.ts): secrets
 * behind Japanese keys, spaced phone separators, bare pension numbers and accounts in lists, dates
 * of birth in context, and clean texts full of ordinary numbers. Used by
 * test/guard/detectors/identifier-families.test.ts; runnable alone with tsx (add -v for misses).
 */
import { buildIdentifierFamilies } from '../fixtures/guard/identifier-families';
import { type FamilyQuality, formatFamilies, measureFamilies } from './family-quality';

export type IdentifierFamilyQuality = FamilyQuality;

export function measureIdentifierFamilies(): IdentifierFamilyQuality[] {
  return measureFamilies(buildIdentifierFamilies(), { survival: 'core' });
}

export function formatIdentifierFamilies(families: IdentifierFamilyQuality[], verbose = false): string {
  return formatFamilies('Identifier families (test/fixtures/guard/identifier-families.ts):', families, 58, verbose).join('\n');
}

if (require.main === module) process.stdout.write(formatIdentifierFamilies(measureIdentifierFamilies(), process.argv.includes('-v')) + '\n');
