/**
 * One scorer for every family fixture of the guard (business-text cases, name families,
 * identifier families): per family, gold spans found (predictions of the same type covering at
 * least half of the span, as the shared scan-CLI scorer counts them), precision, gold values
 * still in the masked text, and texts with any finding (the false-positive measure of the
 * families without gold spans).
 */
import { maskPersonalData } from '../../lambda/guard/mask';
import { core } from '../fixtures/guard/typed-evasions';

export interface FamilyCase {
  readonly family: string;
  readonly text: string;
  readonly spans: readonly { readonly start: number; readonly end: number; readonly type: string }[];
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
  /** Gold values still present in the masked text. */
  survived: number;
  /** Texts with a miss or a wrong finding, with their masked form (for -v output). */
  misses: string[];
}

export interface FamilyScoring {
  /**
   * Score only findings of this type (the name families); texts with any finding of any type still
   * count in `casesWithFindings`. Without it every finding but a confidentiality marker counts.
   */
  readonly onlyType?: string;
  /**
   * `core`: a value survives when it is in the masked text after NFKC, without invisible characters
   * and separators (identifiers); `exact`: as written (names, whose spaces are part of them).
   */
  readonly survival: 'core' | 'exact';
}

export function measureFamilies(cases: Iterable<FamilyCase>, scoring: FamilyScoring): FamilyQuality[] {
  const byFamily = new Map<string, FamilyQuality>();
  for (const c of cases) {
    let q = byFamily.get(c.family);
    if (q === undefined) {
      q = { family: c.family, cases: 0, gold: 0, found: 0, predicted: 0, truePositives: 0, casesWithFindings: 0, survived: 0, misses: [] };
      byFamily.set(c.family, q);
    }
    const { masked, findings } = maskPersonalData(c.text);
    const reported = findings.filter((f) => f.type !== 'CONFIDENTIAL_MARKER');
    const scored = scoring.onlyType === undefined ? reported : findings.filter((f) => f.type === scoring.onlyType);
    const sameType = (spanType: string, findingType: string) => scoring.onlyType !== undefined || spanType === findingType;
    const survives =
      scoring.survival === 'core' ? (value: string) => core(masked).includes(core(value)) : (value: string) => masked.includes(value);
    q.cases++;
    if ((scoring.onlyType === undefined ? reported : findings).length > 0) q.casesWithFindings++;
    let wrong = false;
    for (const span of c.spans) {
      q.gold++;
      const covered = scored
        .filter((f) => sameType(span.type, f.type))
        .reduce((n, f) => n + Math.max(0, Math.min(f.end, span.end) - Math.max(f.start, span.start)), 0);
      if (covered >= 0.5 * (span.end - span.start)) q.found++;
      else wrong = true;
      if (survives(c.text.slice(span.start, span.end))) q.survived++;
    }
    for (const f of scored) {
      q.predicted++;
      if (c.spans.some((s) => sameType(s.type, f.type) && f.start < s.end && f.end > s.start)) q.truePositives++;
      else wrong = true;
    }
    if (wrong) q.misses.push(`${JSON.stringify(c.text)} -> ${JSON.stringify(masked)}`);
  }
  return [...byFamily.values()];
}

/** One line per family (recall, precision, survived; or the share of texts with a finding), misses with `verbose`. */
export function formatFamilies(title: string, families: readonly FamilyQuality[], width: number, verbose = false): string[] {
  const ratio = (a: number, b: number) => (b === 0 ? '  n/a' : (a / b).toFixed(3));
  const lines = [title];
  for (const q of families) {
    lines.push(
      q.gold === 0
        ? `  ${q.family.padEnd(width)} cases=${String(q.cases).padStart(4)} with any finding=${q.casesWithFindings} (${ratio(q.casesWithFindings, q.cases)})`
        : `  ${q.family.padEnd(width)} gold=${String(q.gold).padStart(4)} recall=${ratio(q.found, q.gold)} precision=${ratio(q.truePositives, q.predicted)} survived=${q.survived}`,
    );
    if (verbose) for (const m of q.misses.slice(0, 12)) lines.push('      ' + m);
  }
  return lines;
}
