import { digitRuns } from './digit-sequence';

/**
 * Digit groups joined by separators the numeric patterns do not read: a dash, ー or dot with
 * spaces around it, two spaces, a tab, ・ _ ~ 〜 (5565 ー 8505 ー 6446, 4111  1111  1111  1111).
 * The check-digit detectors test such chains on their digits and report the groups' span, so
 * spacing a separator out does not hide an identifier. Chains come from the shared digit-run scan
 * and are cached per text; most texts have none.
 */
export interface DigitGroup {
  start: number;
  end: number;
}

/**
 * A chain of groups; `lineBroken` when a line break joins two of them (a value split over the
 * lines of a pasted table or form: 個人番号⏎3998⏎99080912). Such a chain counts only with its
 * type's word nearby: numbers on consecutive lines are as often a column of figures.
 */
/**
 * `lineBroken`: a line break inside; `range`: one ~ or 〜 inside, which reads as a range as often
 * (SN-2024-000731〜000760, 10~20). Either holds an identifier only where its label says so.
 */
export type DigitChain = DigitGroup[] & { lineBroken?: true; range?: true };

/** ' ', tab, '-', '.', ー, ・, '_', '~', 〜. */
function isGapCode(c: number): boolean {
  return c === 32 || c === 9 || c === 45 || c === 46 || isMark(c);
}

function isMark(c: number): boolean {
  return c === 45 || c === 46 || c === 0x30fc || c === 0x30fb || c === 95 || c === 126 || c === 0x301c;
}

function isTilde(c: number): boolean {
  return c === 126 || c === 0x301c;
}

/**
 * 0: no joining gap; 1: a gap the patterns read (' ' or '-'); 2: an odd gap; 3: an odd gap with ~
 * or 〜; 4: one line break, with at most a space or one mark beside it (4537-0563⏎-5541-7169).
 */
function gapKind(text: string, from: number, to: number): number {
  const length = to - from;
  if (length < 1 || length > 3) return 0;
  let marks = 0;
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) breaks++;
    else if (c === 13 && text.charCodeAt(k + 1) === 10) continue;
    else if (!isGapCode(c)) return 0;
    if (isMark(c)) marks++;
  }
  if (marks > 1 || breaks > 1) return 0;
  if (breaks === 1) return 4;
  if (length === 1) {
    const c = text.charCodeAt(from);
    return c === 32 || c === 45 ? 1 : c === 46 ? 0 : isTilde(c) ? 3 : 2;
  }
  for (let k = from; k < to; k++) if (isTilde(text.charCodeAt(k))) return 3;
  // ". " ends a sentence: a dot counts only with a space on both sides.
  if (length === 2 && (text.charCodeAt(from) === 46 || text.charCodeAt(from + 1) === 46)) return 0;
  return 2;
}

let cachedText: string | null = null;
let cachedChains: DigitChain[] = [];

/** Chains of at least two digit runs joined by short gaps, at least one of them odd. */
export function oddlySeparatedChains(text: string): DigitChain[] {
  if (text === cachedText) return cachedChains;
  const runs = digitRuns(text);
  const chains: DigitChain[] = [];
  // Only run pairs with an odd gap start work; most gaps are long or a plain ' ' / '-'.
  let chainFirst = -1; // first run of the current chain of joined runs
  let odd = false;
  // A chain with one ~ or 〜 is as often a range (SN-2024-000731〜000760, 10~20) as one identifier
  // (法人番号：4〜2684−1867−7326); with two or more it is one (4111〜1111〜1111〜1111).
  let tildes = 0;
  let lineBroken = false;
  const keep = () => odd;
  const chain = (first: number, last: number): DigitChain => {
    const groups: DigitChain = groupsOf(runs, first, last);
    if (lineBroken) groups.lineBroken = true;
    if (tildes === 1) groups.range = true;
    return groups;
  };
  for (let r = 0; r + 1 < runs.count; r++) {
    const gap = runs.starts[r + 1] - runs.ends[r];
    const kind = gap > 3 ? 0 : gapKind(text, runs.ends[r], runs.starts[r + 1]);
    if (kind === 0) {
      if (keep()) chains.push(chain(chainFirst, r));
      chainFirst = -1;
      odd = false;
      tildes = 0;
      lineBroken = false;
      continue;
    }
    if (chainFirst < 0) chainFirst = r;
    if (kind >= 2) odd = true;
    if (kind === 3) tildes++;
    if (kind === 4) lineBroken = true;
  }
  if (keep()) chains.push(chain(chainFirst, runs.count - 1));
  cachedText = text;
  cachedChains = chains;
  return chains;
}

function groupsOf(runs: ReturnType<typeof digitRuns>, first: number, last: number): DigitGroup[] {
  const groups: DigitGroup[] = [];
  for (let q = first; q <= last; q++) groups.push({ start: runs.starts[q], end: runs.ends[q] });
  return groups;
}

/**
 * Windows of consecutive groups of `chain` whose digits number between `min` and `max`, each with
 * its digits and whether it reads as a whole number: the gaps that join it to the rest of the
 * chain differ from its own (1234 ー 5678 ー 9012 12), or it is the whole chain. `visit` returns
 * true to stop looking at windows that start at the same group.
 */
export function forEachWindow(
  text: string,
  chain: DigitGroup[],
  min: number,
  max: number,
  visit: (digits: string, start: number, end: number, whole: boolean) => boolean,
): void {
  // The gaps as strings, once per chain; a window spans at most max digits, so few groups.
  const gaps: string[] = [];
  for (let k = 0; k + 1 < chain.length; k++) gaps.push(text.slice(chain[k].end, chain[k + 1].start));
  const isInner = (gap: string, from: number, to: number) => {
    for (let k = from; k < to; k++) if (gaps[k] === gap) return true;
    return false;
  };
  for (let i = 0; i < chain.length; i++) {
    let digits = '';
    for (let j = i; j < chain.length; j++) {
      digits += text.slice(chain[j].start, chain[j].end);
      if (digits.length > max) break;
      if (digits.length < min) continue;
      const hasInner = j > i;
      const whole = (i === 0 || (hasInner && !isInner(gaps[i - 1], i, j))) && (j === chain.length - 1 || (hasInner && !isInner(gaps[j], i, j)));
      if (visit(digits, chain[i].start, chain[j].end, whole)) break;
    }
  }
}
