import { isKanjiDigit, isPlainForNormalize, isSpacedDigitDash, kanjiNumberEnd } from '../normalize';
import { JA_ADDRESS_ANCHORS, JAPANESE_KEYWORD_START, JAPANESE_NAME_CUE_START } from './keywords';

/**
 * Shared pieces for numeric identifiers. After normalization all dashes are '-', so a
 * single optional space or hyphen between digits covers "1234-5678", "1234 5678" and
 * the spaced-out "1 2 3 4" evasion.
 */

/** Regex source for exactly `count` digits with optional single separators between them. */
export function separatedDigits(count: number): string {
  return `[0-9](?:[ -]?[0-9]){${count - 1}}`;
}

/**
 * Regex source for exactly `count` digits after a context word, where the groups may also be set
 * apart by wider gaps (two or three spaces, a full-width space, a dash with spaces: 150　　0043,
 * 1  2  3  4 5  6  7): the label says what the number is, so its spacing does not need to.
 */
export function labelledDigits(count: number): string {
  return `[0-9](?: {0,3}-? {0,3}[0-9]){${count - 1}}`;
}

/** Lookahead source: no further digit within such a gap (the labelled number ends here). */
export const NO_DIGIT_AFTER_GAP = '(?![0-9]| {0,3}-? {0,3}[0-9])';

/**
 * The UTF-16 code unit at `index`, or 0 outside the text. `charCodeAt` gives NaN there, and the
 * first such read at a place in optimized code throws that code away (it is compiled again), so
 * the detectors' look-arounds past either end of the text read through this instead. 0 is in
 * no character class or table the detectors test for, as NaN was not.
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : 0;
}

/** Keep only ASCII digits. */
export function digitsOf(value: string): string {
  let digits = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += value[i];
  }
  return digits;
}

/** "000000000000"-style runs pass some check-digit formulas but are never real identifiers. */
export function isRepeatedDigit(digits: string): boolean {
  for (let i = 1; i < digits.length; i++) if (digits[i] !== digits[0]) return false;
  return true;
}

/** EAN-13 / JAN check digit (weights 1,3 from the left on the first 12 digits). */
export function isValidEan13(digits: string): boolean {
  if (digits.length !== 13) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(12) - 48;
}

/** Luhn (mod 10) check used by payment cards. */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * Shared candidate scan for digit-based detectors. Every numeric pattern here starts at a
 * digit whose predecessor is not a digit (its lookbehind forbids a preceding digit), so one
 * pass over the text finds every position where such a pattern can match, plus cheap facts
 * (run length, digits in a separated cluster) that rule most positions out without running
 * a regex. Detectors then run their regex in sticky mode only at the remaining positions.
 * The result for the last text is cached, so all detectors share one pass per request.
 */
export interface DigitRuns {
  /** Number of maximal ASCII digit runs. */
  readonly count: number;
  /** Index of each run's first digit, ascending. */
  readonly starts: Int32Array;
  /** Index just after each run's last digit. */
  readonly ends: Int32Array;
  /**
   * Digits in the cluster starting at this run: runs joined by exactly one ' ' or '-'
   * (the separators `separatedDigits` allows), counted from this run to the cluster's end.
   */
  readonly clusterDigits: Int32Array;
  /**
   * Positions where a phone-number match can start ('+', '(' and digit-run starts), ascending,
   * limited to stretches of phone characters (digits and " .()+-", no double space) holding at
   * least 7 digits: a phone match never leaves such a stretch and needs 7 digits to count.
   */
  readonly phoneStarts: Int32Array;
  /**
   * Positions of capital letters (Latin, Latin Extended, Greek, Cyrillic; a superset of the
   * name detector's token starts) not preceded by an ASCII letter or digit, ascending.
   */
  readonly capitals: Int32Array;
  /** Positions of characters that start a Japanese context keyword (see keywords.ts), ascending. */
  readonly japaneseKeywordStarts: Int32Array;
  /** Positions of characters that start a Japanese honorific or name context word (see keywords.ts), ascending. */
  readonly japaneseNameCueStarts: Int32Array;
  /** Positions of the Japanese address anchor characters (keywords.ts JA_ADDRESS_ANCHORS), ascending. */
  readonly japaneseAddressAnchors: Int32Array;
}

const NONE = new Int32Array(0);
const EMPTY_RUNS: DigitRuns = {
  count: 0,
  starts: NONE,
  ends: NONE,
  clusterDigits: NONE,
  phoneStarts: NONE,
  capitals: NONE,
  japaneseKeywordStarts: NONE,
  japaneseNameCueStarts: NONE,
  japaneseAddressAnchors: NONE,
};
let cachedText: string | null = null;
let cachedRuns: DigitRuns = EMPTY_RUNS;
// Scratch buffers reused across calls (each list has at most one entry per character).
let scratchStarts = new Int32Array(4096);
let scratchEnds = new Int32Array(4096);
let scratchPhone = new Int32Array(4096);
let scratchCapitals = new Int32Array(4096);
let scratchKeywords = new Int32Array(4096);
let scratchNameCues = new Int32Array(4096);
let scratchAnchors = new Int32Array(4096);

// Per-code-unit facts for characters >= U+0080, computed on first sight (0 = not yet known).
const KNOWN = 1;
const KEYWORD_START = 2; // starts a Japanese context keyword
const CAPITAL = 4; // Latin-1/Latin Extended/Greek/Cyrillic range the capital list covers
const NOT_PLAIN = 8; // normalize() may change the text here (see isPlainForNormalize)
const NAME_CUE = 16; // starts a Japanese honorific or name context word
const ADDRESS_ANCHOR = 32; // one of JA_ADDRESS_ANCHORS
const KANJI_DIGIT = 64; // 〇-九: normalize() rewrites written-out kanji numbers
const nonAsciiClass = new Uint8Array(0x10000);
// Imported bindings copied to module constants: read in the hot loop without an accessor call.
const keywordStart = JAPANESE_KEYWORD_START;
const nameCueStart = JAPANESE_NAME_CUE_START;

function classify(c: number): number {
  let k = KNOWN;
  if (keywordStart[c] === 1) k |= KEYWORD_START;
  if (nameCueStart[c] === 1) k |= NAME_CUE;
  if (JA_ADDRESS_ANCHORS.indexOf(String.fromCharCode(c)) >= 0) k |= ADDRESS_ANCHOR;
  if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x391 && c <= 0x42f)) k |= CAPITAL;
  if (!isPlainForNormalize(c)) k |= NOT_PLAIN;
  if (isKanjiDigit(c)) k |= KANJI_DIGIT;
  nonAsciiClass[c] = k;
  return k;
}

/** The scan of `digitRuns`; with `bail`, gives up (null) as soon as normalize() could change the text. */
function scan(text: string, bail: boolean): DigitRuns | null {
  const length = text.length;
  if (scratchStarts.length < length) {
    const size = Math.max(length, scratchStarts.length * 2);
    scratchStarts = new Int32Array(size);
    scratchEnds = new Int32Array(size);
    scratchPhone = new Int32Array(size);
    scratchCapitals = new Int32Array(size);
    scratchKeywords = new Int32Array(size);
    scratchNameCues = new Int32Array(size);
    scratchAnchors = new Int32Array(size);
  }
  const starts = scratchStarts;
  const ends = scratchEnds;
  const phone = scratchPhone;
  const capitals = scratchCapitals;
  const keywords = scratchKeywords;
  const nameCues = scratchNameCues;
  const anchors = scratchAnchors;
  const classes = nonAsciiClass;
  let keywordCount = 0;
  let nameCueCount = 0;
  let anchorCount = 0;
  let count = 0;
  let phoneCount = 0;
  let capitalCount = 0;
  let pendingFrom = 0; // phone index where the current phone stretch's candidates begin
  let stretchDigits = 0;
  let previous = 0; // class of the previous character: 0 other, 1 digit, 2 ASCII letter, 3 space
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      // Non-ASCII (most of a Japanese text): ends a phone stretch; one table lookup for the rest.
      if (phoneCount > pendingFrom) {
        if (stretchDigits < 7) phoneCount = pendingFrom;
        pendingFrom = phoneCount;
      }
      stretchDigits = 0;
      let k = classes[c];
      if (k === 0) k = classify(c);
      if (k !== KNOWN) {
        // U+30FC becomes '-' only between digits (full-width digits and removable characters
        // are not plain, so only ASCII digits can be its neighbours here).
        // U+30FC becomes '-' between ASCII letters or digits; kanji numerals in a written-out number become digits.
        if ((k & NOT_PLAIN) !== 0 && bail && (c !== 0x30fc || ((previous === 1 || previous === 2) && isAsciiAlnumAt(text, i + 1)) || besideHyphen(text, i) || isSpacedDigitDash(text, i))) return null;
        if ((k & KANJI_DIGIT) !== 0 && bail && !(i > 0 && isKanjiDigit(text.charCodeAt(i - 1))) && kanjiNumberEnd(text, i) > 0) return null;
        if ((k & KEYWORD_START) !== 0) keywords[keywordCount++] = i;
        if ((k & NAME_CUE) !== 0) nameCues[nameCueCount++] = i;
        if ((k & ADDRESS_ANCHOR) !== 0) anchors[anchorCount++] = i;
        if ((k & CAPITAL) !== 0 && previous !== 1 && previous !== 2) capitals[capitalCount++] = i;
      }
      previous = 0;
      continue;
    }
    if (c >= 48 && c <= 57) {
      stretchDigits++;
      if (previous !== 1) {
        starts[count] = i;
        count++;
        phone[phoneCount++] = i;
        previous = 1;
      }
      ends[count - 1] = i + 1;
      continue;
    }
    // Phone characters other than digits: " ()+-." (but a double space ends a stretch).
    if (c === 32 && previous !== 3) {
      previous = 3;
      continue;
    }
    if (c === 40 || c === 43) {
      phone[phoneCount++] = i; // '(' '+'
      previous = 0;
      continue;
    }
    if (c === 41 || c === 45 || c === 46) {
      previous = 0;
      continue;
    }
    // Anything else ends the phone stretch, which keeps its candidates only with 7+ digits.
    if (phoneCount > pendingFrom) {
      if (stretchDigits < 7) phoneCount = pendingFrom;
      pendingFrom = phoneCount;
    }
    stretchDigits = 0;
    if (c >= 65 && c <= 90) {
      if (previous < 1 || previous > 2) capitals[capitalCount++] = i;
      previous = 2;
    } else if (c >= 97 && c <= 122) {
      previous = 2;
    } else if (c !== 32) {
      previous = 0;
    }
  }
  if (stretchDigits < 7 && phoneCount > pendingFrom) phoneCount = pendingFrom;
  if (count === 0 && phoneCount === 0 && capitalCount === 0 && keywordCount === 0 && nameCueCount === 0 && anchorCount === 0) return EMPTY_RUNS;
  const clusterDigits = new Int32Array(count);
  for (let r = count - 1; r >= 0; r--) {
    let digits = ends[r] - starts[r];
    if (r + 1 < count && starts[r + 1] === ends[r] + 1) {
      const sep = text.charCodeAt(ends[r]);
      if (sep === 32 || sep === 45) digits += clusterDigits[r + 1];
    }
    clusterDigits[r] = digits;
  }
  return {
    count,
    starts: starts.slice(0, count),
    ends: ends.slice(0, count),
    clusterDigits,
    phoneStarts: phone.slice(0, phoneCount),
    capitals: capitals.slice(0, capitalCount),
    japaneseKeywordStarts: keywords.slice(0, keywordCount),
    japaneseNameCueStarts: nameCues.slice(0, nameCueCount),
    japaneseAddressAnchors: anchors.slice(0, anchorCount),
  };
}

/** ー next to a '-' (sapporo-ー.jp): normalize() may make it a dash (a false alarm is allowed). */
function besideHyphen(text: string, index: number): boolean {
  return text.charCodeAt(index - 1) === 45 || text.charCodeAt(index + 1) === 45;
}

function isAsciiAlnumAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index) | 0x20; // NaN | 0x20 is 0x20
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

export function digitRuns(text: string): DigitRuns {
  if (text === cachedText) return cachedRuns;
  cachedRuns = scan(text, false) as DigitRuns;
  cachedText = text;
  return cachedRuns;
}

/**
 * The digit-run scan and normalize()'s "does anything change" question in one pass, for every
 * change but the value rewrites (spoken and OCR digits, spaced e-mails), which detect.ts asks
 * normalize.ts's mayNeedValueRewrites about: false when normalize(text) would return `text` unchanged
 * by those changes, in which case `digitRuns(text)` is ready
 * (cached); true when the text may need normalizing (then nothing is cached). A true answer
 * can be a false alarm (e.g. an emoji NFKC leaves alone); false is exact.
 */
export function needsNormalization(text: string): boolean {
  if (text === cachedText) return !isPlainText(text);
  const runs = scan(text, true);
  if (runs === null) return true;
  cachedRuns = runs;
  cachedText = text;
  return false;
}

/** Slow check used when the scan for `text` is already cached. */
function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    let k = nonAsciiClass[c];
    if (k === 0) k = classify(c);
    if ((k & NOT_PLAIN) !== 0 && (c !== 0x30fc || (isAsciiAlnumAt(text, i - 1) && isAsciiAlnumAt(text, i + 1)) || besideHyphen(text, i) || isSpacedDigitDash(text, i))) return false;
    if ((k & KANJI_DIGIT) !== 0 && !(i > 0 && isKanjiDigit(text.charCodeAt(i - 1))) && kanjiNumberEnd(text, i) > 0) return false;
  }
  return true;
}

/**
 * Same matches, in the same order, as a global `exec` loop of `sticky`'s pattern over `text`,
 * provided every position where the pattern can match is listed in `positions` (ascending).
 * `sticky` must have the 'y' flag and must not match the empty string.
 */
export function execAt(sticky: RegExp, text: string, positions: ArrayLike<number>, onMatch: (m: RegExpExecArray) => void): void {
  let next = 0;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i];
    if (p < next) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m === null) continue;
    next = m.index + m[0].length;
    onMatch(m);
  }
}

/**
 * `execAt` over digit-run starts, skipping runs for which `possible(run)` is false. Exact only
 * when `possible` is false just for runs where the pattern cannot match at all.
 */
export function execAtRuns(
  sticky: RegExp,
  text: string,
  runs: DigitRuns,
  possible: (run: number) => boolean,
  onMatch: (m: RegExpExecArray) => void,
): void {
  let next = 0;
  for (let r = 0; r < runs.count; r++) {
    const p = runs.starts[r];
    if (p < next || !possible(r)) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m === null) continue;
    next = m.index + m[0].length;
    onMatch(m);
  }
}
