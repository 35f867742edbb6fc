import { hasContext } from './context-window';
import type { Detector } from './detector';
import { digitRuns, digitsOf, execAtRuns, isRepeatedDigit, separatedDigits } from './digit-sequence';
import { hasLicenceLabel } from './drivers-license';
import { afterOrdinaryNumberLabel, LOGISTICS_WORDS } from './number-labels';
import { forEachWindow, oddlySeparatedChains } from './odd-separators';
import { inOrdinaryNumberColumn, pushTableCells } from './table-columns';
import { partOfAnotherToken } from './value-boundaries';

// Not preceded by "digit + separator": that would be a window inside a longer spaced number.
// A whole 12-digit run is its own token, though, and may follow another number and a space
// ("090-1234-5678 123456789018").
const PATTERN = new RegExp(`(?:(?<![0-9A-Za-z]|[0-9]-)(?=[0-9]{12}(?![0-9]))|(?<![0-9A-Za-z]|[0-9][ -]))${separatedDigits(12)}(?![0-9])`, 'y');
const CONTEXT = /マイナンバー|個人番号|番号カード|通知カード|my ?number|individual number/i;
const CLOUD_ACCOUNT = /arn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:$|aws|アカウント|account|owner[ _-]?id|principal/i;

/** Check digit per the MIC ordinance: weights 6,5,4,3,2,7,6,5,4,3,2 on the first 11 digits. */
export function isValidMyNumber(digits: string): boolean {
  if (digits.length !== 12 || isRepeatedDigit(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 11; i++) {
    const weight = i < 5 ? 6 - i : 12 - i;
    sum += (digits.charCodeAt(i) - 48) * weight;
  }
  const remainder = sum % 11;
  const check = remainder <= 1 ? 0 : 11 - remainder;
  return check === digits.charCodeAt(11) - 48;
}

/**
 * The match (starting at `start`) is part of a longer grouped number: '-' and another digit right
 * after it (8468-0077-7948-8440), or a 4-4-4 match grouped by spaces followed by a fourth group of
 * four. A whole number followed by a space and an unrelated number is not.
 */
export function continuesWithDigits(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 45) return isDigit(text.charCodeAt(end + 1));
  return c === 32 && GROUPED_BY_SPACES.test(text.slice(start, end)) && FOUR_DIGIT_GROUP.test(text.slice(end + 1, end + 6));
}
const GROUPED_BY_SPACES = /^[0-9]{4}(?: [0-9]{4}){2}$/;
const FOUR_DIGIT_GROUP = /^[0-9]{4}(?![0-9])/;
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The finding for valid 12 digits at [start, end), or null when they read as an ordinary number. */
function verdict(text: string, digits: string, start: number, end: number, wholeNumber: boolean): number | null {
  if (!isValidMyNumber(digits)) return null;
  // A licence label before or after the number wins over the check digit (免許番号：…, …（免許証）):
  // scored below the licence finding (0.9) so that one decides the type, but still masked should
  // the licence detector not read the value.
  if (hasLicenceLabel(text, start, end)) return 0.55;
  // Without context a 13-digit corporate number covering the same digits should win (0.82).
  const inContext = hasContext(text, start, end, CONTEXT);
  if (inContext) return 0.99;
  // The tail of a lettered id (INV-20240815-0428), digits ending in a date's year or cells of a
  // pasted TSV row joined by a tab pass the check digit by chance.
  if (partOfAnotherToken(text, start, end)) return null;
  // Without context, one in eleven 12-digit numbers passes the check digit: an order, tracking
  // or reservation number (its label right before, or a delivery word nearby) or the first
  // twelve digits of a longer grouped number (a 16-digit serial) is not a My Number.
  if (!wholeNumber || afterOrdinaryNumberLabel(text, start) || continuesWithDigits(text, start, end) || hasContext(text, start, end, LOGISTICS_WORDS, 30, 20) || inOrdinaryNumberColumn(text, start, end)) return null;
  // An AWS account id (12 digits too) in an ARN or after an account word is no My Number.
  if (hasContext(text, start, end, CLOUD_ACCOUNT, 24, 0)) return null;
  return 0.8;
}

export const myNumberDetector: Detector = {
  type: 'MY_NUMBER',
  detect(text, _options, out) {
    pushTableCells(text, 'MY_NUMBER', out);
    // Matches start only at digit-run starts, in clusters of at least 12 digits (see digitRuns).
    const runs = digitRuns(text);
    execAtRuns(PATTERN, text, runs, (r) => runs.clusterDigits[r] >= 12, (m) => {
      const end = m.index + m[0].length;
      const score = verdict(text, digitsOf(m[0]), m.index, end, true);
      if (score !== null) out.push({ type: 'MY_NUMBER', start: m.index, end, score });
    });
    // Groups joined by spaced-out or unusual separators (5565 ー 8505 ー 6446): a window that reads
    // as a whole number, or any 12 digits of the chain with a My Number word nearby.
    for (const chain of oddlySeparatedChains(text)) {
      forEachWindow(text, chain, 12, 12, (digits, start, end, whole) => {
        const score = verdict(text, digits, start, end, whole);
        // Split over lines, only with a My Number word nearby (0.99).
        if (score === null || ((chain.lineBroken || chain.range) && score < 0.99)) return false;
        out.push({ type: 'MY_NUMBER', start, end, score });
        return true;
      });
    }
  },
};
