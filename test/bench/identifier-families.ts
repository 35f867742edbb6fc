/**
 * Recall and precision per identifier family (test/fixtures/guard/identifier-families.ts): secrets
 * behind Japanese keys, spaced phone separators, bare pension numbers and accounts in lists, dates
 * of birth in context, and clean texts full of ordinary numbers. Used by
 * test/guard/detectors/identifier-families.test.ts; runnable alone with tsx (add -v for misses).
 */
import { maskPersonalData } from '../../lambda/guard/mask';
import { buildIdentifierFamilies } from '../fixtures/guard/identifier-families';
import { core } from '../fixtures/guard/typed-evasions';

export interface IdentifierFamilyQuality {
  family: string;
  cases: number;
  gold: number;
  found: number;
  predicted: number;
  truePositives: number;
  casesWithFindings: number;
  survived: number;
  misses: string[];
}

export function measureIdentifierFamilies(): IdentifierFamilyQuality[] {
  const byFamily = new Map<string, IdentifierFamilyQuality>();
  for (const c of buildIdentifierFamilies()) {
    let q = byFamily.get(c.family);
    if (q === undefined) {
      q = { family: c.family, cases: 0, gold: 0, found: 0, predicted: 0, truePositives: 0, casesWithFindings: 0, survived: 0, misses: [] };
      byFamily.set(c.family, q);
    }
    const { masked, findings } = maskPersonalData(c.text);
    const reported = findings.filter((f) => f.type !== 'CONFIDENTIAL_MARKER');
    q.cases++;
    if (reported.length > 0) q.casesWithFindings++;
    let missed = false;
    for (const span of c.spans) {
      q.gold++;
      const covered = reported.filter((f) => f.type === span.type).reduce((n, f) => n + Math.max(0, Math.min(f.end, span.end) - Math.max(f.start, span.start)), 0);
      if (covered >= 0.5 * (span.end - span.start)) q.found++;
      else missed = true;
      if (core(masked).includes(core(c.text.slice(span.start, span.end)))) q.survived++;
    }
    let wrong = false;
    for (const f of reported) {
      q.predicted++;
      if (c.spans.some((s) => s.type === f.type && f.start < s.end && f.end > s.start)) q.truePositives++;
      else wrong = true;
    }
    if (missed || wrong) q.misses.push(`${JSON.stringify(c.text)} -> ${JSON.stringify(masked)}`);
  }
  return [...byFamily.values()];
}

export function formatIdentifierFamilies(families: IdentifierFamilyQuality[], verbose = false): string {
  const ratio = (a: number, b: number) => (b === 0 ? '  n/a' : (a / b).toFixed(3));
  const lines = ['Identifier families (test/fixtures/guard/identifier-families.ts):'];
  for (const q of families) {
    lines.push(
      q.gold === 0
        ? `  ${q.family.padEnd(58)} cases=${String(q.cases).padStart(4)} with any finding=${q.casesWithFindings} (${ratio(q.casesWithFindings, q.cases)})`
        : `  ${q.family.padEnd(58)} gold=${String(q.gold).padStart(4)} recall=${ratio(q.found, q.gold)} precision=${ratio(q.truePositives, q.predicted)} survived=${q.survived}`,
    );
    if (verbose) for (const m of q.misses.slice(0, 12)) lines.push('      ' + m);
  }
  return lines.join('\n');
}

if (require.main === module) process.stdout.write(formatIdentifierFamilies(measureIdentifierFamilies(), process.argv.includes('-v')) + '\n');
