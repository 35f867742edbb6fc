/**
 * Text normalization for detection, with an offset map back to the original string.
 *
 * Detectors run once on the normalized text; every finding is mapped back through
 * `toOriginalRange` so masks land on the caller's original characters (UTF-16 indices).
 *
 * What changes:
 * - NFKC per grapheme-ish cluster (base + combining marks), e.g. full-width digits/letters, ideographic space.
 * - Dash variants NFKC leaves alone (U+2010, U+2012-U+2015, U+2212, U+2500, U+FF0D) become '-';
 *   U+30FC (katakana long vowel) becomes '-' only between digits, so words like データ stay intact.
 * - U+30FC also becomes '-' between Latin letters or digits (a domain written exampleーcorp.jp).
 * - Every format character (\p{Cf}: zero-width, bidi marks, invisible operators, soft hyphen,
 *   tags), U+034F, variation selectors and Hangul fillers are removed.
 * - Written-out kanji numbers (〇九〇ー一二三四ー五六七八) become ASCII digits; see kanjiNumberEnd.
 * Spaces inside digit runs are kept: numeric detectors accept single separators between digits,
 * which handles "1234 5678 9012" and "1 2 3 4 ..." without merging unrelated numbers here.
 */

export interface NormalizedText {
  /** The normalized string detectors run on. */
  readonly text: string;
  /** The caller's original string. */
  readonly original: string;
  /** True when `text !== original`. */
  readonly changed: boolean;
  /** Map a normalized [start, end) range back to the original string (end exclusive). */
  toOriginalRange(start: number, end: number): { start: number; end: number };
  /** Original index of the character at normalized index `index`. */
  toOriginalIndex(index: number): number;
  /**
   * The edits behind the offset map, as flat quadruples (normalized start, normalized end,
   * original start, original end), in order; empty when nothing changed. With `text`, what
   * {@link normalizedFromEdits} needs to rebuild this object elsewhere (another thread).
   */
  readonly edits: readonly number[];
}

// Per-BMP-code-unit cache: 0 unknown, 1 NFKC-stable, 2 changes under NFKC.
const nfkcState = new Uint8Array(0x10000);
const DASH = '-';
const DIGITS = '0123456789';

// Per-BMP-code-unit cache for isRemovable: 0 unknown, 1 removed, 2 kept.
const removableState = new Uint8Array(0x10000);
const FORMAT_CHAR = /\p{Cf}/u;

/**
 * Characters that carry no visible text and are dropped: every format character (\p{Cf}: zero-width
 * space/joiners, bidi marks and isolates U+200E/U+200F/U+202A-U+202E/U+2066-U+2069, invisible
 * operators U+2061-U+2064, U+180E, soft hyphen, BOM ...), U+034F (combining grapheme joiner),
 * variation selectors U+FE00-U+FE0F, and the Hangul fillers U+115F, U+1160, U+3164, U+FFA0.
 */
function isRemovable(code: number): boolean {
  let state = removableState[code];
  if (state === 0) {
    const removed =
      (code >= 0xd800 && code <= 0xdfff) ? false :
      FORMAT_CHAR.test(String.fromCharCode(code)) ||
      code === 0x034f ||
      (code >= 0xfe00 && code <= 0xfe0f) ||
      code === 0x115f ||
      code === 0x1160 ||
      code === 0x3164 ||
      code === 0xffa0;
    state = removed ? 1 : 2;
    removableState[code] = state;
  }
  return state === 1;
}

/** Supplementary code points that are dropped: tags U+E0000-U+E007F, variation selectors U+E0100-U+E01EF, other \p{Cf}. */
function isRemovableAstral(cp: number): boolean {
  return (cp >= 0xe0000 && cp <= 0xe007f) || (cp >= 0xe0100 && cp <= 0xe01ef) || FORMAT_CHAR.test(String.fromCodePoint(cp));
}

/** Length (0, 1 or 2 code units) of a removable character at `index`. */
function removableLengthAt(text: string, index: number): number {
  // Bounds first: a read past either end would throw away the optimized code of every caller.
  if (index < 0 || index >= text.length) return 0;
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const cp = text.codePointAt(index) ?? code;
    return cp > 0xffff && isRemovableAstral(cp) ? 2 : 0;
  }
  return index < text.length && isRemovable(code) ? 1 : 0;
}

/** Removable length ending just before `index` (a low surrogate of a removable astral counts as 2). */
function removableLengthBefore(text: string, index: number): number {
  if (index < 1 || index > text.length) return 0;
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) return removableLengthAt(text, index - 2) === 2 ? 2 : 0;
  return index >= 1 && isRemovable(code) ? 1 : 0;
}

// Kanji numerals read as digits where a number is written out (〇九〇ー一二三四ー五六七八).
const KANJI_DIGIT_VALUE = new Int8Array(0x10000).fill(-1);
for (const [i, c] of [...'〇一二三四五六七八九'].entries()) KANJI_DIGIT_VALUE[c.charCodeAt(0)] = i;
KANJI_DIGIT_VALUE['零'.charCodeAt(0)] = 0;
// The formal numerals of deeds and bank forms (壱弐参四伍六七, 壹貳參), in their old forms too.
for (const [c, v] of [['壱', 1], ['壹', 1], ['弐', 2], ['貳', 2], ['弍', 2], ['参', 3], ['參', 3], ['肆', 4], ['伍', 5], ['陸', 6], ['漆', 7], ['捌', 8], ['玖', 9]] as const) KANJI_DIGIT_VALUE[c.charCodeAt(0)] = v;

/** True for a kanji numeral 〇-九 (or 零, or a formal numeral such as 壱). */
export function isKanjiDigit(code: number): boolean {
  return KANJI_DIGIT_VALUE[code] >= 0;
}

function isAnyDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || KANJI_DIGIT_VALUE[code] >= 0;
}

/** A CJK ideograph that is no kanji numeral: a word's character. */
function isWordHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff && KANJI_DIGIT_VALUE[code] < 0;
}

function isNumberSeparator(code: number): boolean {
  // U+FF70, the half-width ー, as well: half-width katakana input writes it between groups.
  return code === 0x30fc || code === 0xff70 || code === 0x2d || isDashVariant(code) || code === 0x20 || code === 0x3000;
}

/**
 * End of the written-out number starting at `index` (a kanji numeral not preceded by one), or -1
 * when the run is not one: digits (kanji, ASCII or full-width) with single separators between
 * them (dashes, ー, spaces), at least four of them kanji and either seven digits in all or a 〇.
 * Shorter runs (一二三, 四五) are words, not numbers.
 */
export function kanjiNumberEnd(text: string, index: number): number {
  const local = localPartKanjiEnd(text, index);
  if (local > 0) return local;
  if (index > 0 && isAnyDigitCode(text.charCodeAt(index - 1))) return -1;
  // The last kanji of a word (昭二, 健一, 第一) before a separator is no group of the number after it.
  if (index > 0 && isWordHan(text.charCodeAt(index - 1)) && index + 1 < text.length && isNumberSeparator(text.charCodeAt(index + 1))) return -1;
  let i = index;
  let digits = 0;
  let kanji = 0;
  let zero = false;
  let end = index;
  let group = 0; // digits since the last separator
  let firstZero = false;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isAnyDigitCode(c)) {
      if (digits === 0) firstZero = KANJI_DIGIT_VALUE[c] === 0 || c === 0x30 || c === 0xff10;
      digits++;
      group++;
      if (KANJI_DIGIT_VALUE[c] >= 0) {
        kanji++;
        if (KANJI_DIGIT_VALUE[c] === 0) zero = true;
      }
      i++;
      end = i;
      continue;
    }
    const skip = removableLengthAt(text, i);
    if (skip > 0) {
      i += skip;
      if (end === i - skip) end = i; // invisible characters after a digit stay inside the run
      continue;
    }
    // One separator between digits: a dash, ー, bracket, or a comma or の between groups (see
    // groupMark), with up to three spaces on either side (〇  七  〇  ー  四 …, 八 の 九, as a number is
    // spaced out by hand) and invisible characters anywhere (三 \u200d 〇). Brackets stand around a phone
    // number's area code (〇四八（六五五）二一〇九).
    // A comma or の joins groups of three or more (四二四三、一五七二、二二五四, 四五五九の三二五七の…, as a card is
    // read out), or a two-digit area code starting 〇 (〇三の九九六七の九一八二), not single numerals
    // (一、二、三, 三の丸).
    if (end === i && (isSpaceCode(c) || isGroupMark(c, group, firstZero))) {
      let j = i;
      let mark = -1;
      let spaces = 0;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        const k = removableLengthAt(text, j);
        if (k > 0) j += k;
        else if (isSpaceCode(d) && spaces < 3) {
          spaces++;
          j++;
        } else if (mark < 0 && !isSpaceCode(d) && isGroupMark(d, group, firstZero)) {
          mark = d;
          spaces = 0;
          j++;
        } else break;
      }
      // の only between groups of three or more on both sides (一九七二の一〇の一四 is a date said aloud).
      // (Spaces alone part digits spaced out one by one, not groups: 五 八  九 八 の 九 … is a group of four.)
      // A number starting 〇 (a phone number read out) may have groups of two (〇四九四の二一の一〇四一).
      if (j < text.length && isAnyDigitCode(text.charCodeAt(j)) && (mark !== 0x306e || digitsFrom(text, j) >= (firstZero ? 2 : 3))) {
        if (mark >= 0) group = 0;
        i = j;
        continue;
      }
    }
    break;
  }
  return kanji >= 4 && (digits >= 7 || zero) ? end : -1;
}

/**
 * Whether `c` may stand between two groups of a written-out number: a dash, ー or space, a bracket,
 * or 、，の after a group of three or more, or of two in a number starting 〇 (a phone number read out).
 */
function isGroupMark(c: number, group: number, firstZero: boolean): boolean {
  if (isNumberSeparator(c) || c === 0xff08 || c === 0xff09 || c === 0x28 || c === 0x29) return true;
  return (c === 0x3001 || c === 0xff0c || c === 0x306e) && (group >= 3 || (group === 2 && firstZero));
}

/** The first position from `k` past up to three spaces and any invisible characters among them. */
function skipSpaces(text: string, k: number): number {
  for (let n = 0; n < 3; ) {
    const skip = removableLengthAt(text, k);
    if (skip > 0) k += skip;
    else if (isSpaceCode(text.charCodeAt(k))) {
      k++;
      n++;
    } else break;
  }
  return k;
}

/** Whether two spaces stand side by side in `text[from, to)`. */
function hasDoubleGap(text: string, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (isSpaceCode(text.charCodeAt(k)) && isSpaceCode(text.charCodeAt(k - 1))) return true;
  return false;
}

function isLocalPartCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x5f || c === 0x2d || c === 0x2b;
}

/**
 * End of kanji numerals written into an e-mail address's local part (katok一九六四@…, saki_一九九六@…):
 * two or more after a letter, digit or ._-+ of the local part, with only such characters between them
 * and the @; else -1.
 */
function localPartKanjiEnd(text: string, index: number): number {
  if (index === 0 || !isLocalPartCode(text.charCodeAt(index - 1))) return -1;
  let e = index;
  while (e < text.length && KANJI_DIGIT_VALUE[text.charCodeAt(e)] >= 0) e++;
  if (e - index < 2) return -1;
  let f = e;
  while (f < text.length && f - e < 64 && isLocalPartCode(text.charCodeAt(f))) f++;
  const at = text.charCodeAt(f);
  return at === 0x40 || at === 0xff20 ? e : -1;
}

/** How many digits (kanji, ASCII or full-width) run from `j`, invisible characters and the spaces of digits spaced out skipped. */
function digitsFrom(text: string, j: number): number {
  let n = 0;
  for (let k = j; k < text.length; ) {
    if (isAnyDigitCode(text.charCodeAt(k))) {
      n++;
      k++;
    } else if (n > 0 && isSpaceCode(text.charCodeAt(k)) && isAnyDigitCode(text.charCodeAt(skipSpaces(text, k)))) {
      k = skipSpaces(text, k); // digits spaced out one by one (九  五　九  三, 二　\u2060一)
    } else {
      const skip = removableLengthAt(text, k);
      if (skip === 0) break;
      k += skip;
    }
  }
  return n;
}

function isDashVariant(code: number): boolean {
  return (
    code === 0x2010 ||
    code === 0x2011 ||
    (code >= 0x2012 && code <= 0x2015) ||
    code === 0x2212 ||
    code === 0xff0d ||
    code === 0x2500 ||
    code === 0xfe63 ||
    code === 0xfe58 ||
    code === 0x2043 || // hyphen bullet
    code === 0x2e3a ||
    code === 0x2e3b || // two- and three-em dashes
    code === 0x2e40 || // double hyphen
    code === 0x2796 // heavy minus sign
  );
}

// Characters that may compose with the preceding character under NFKC, as a table: one element
// read per call (a chain of comparisons had parts first met, on a rare combining mark, after the
// JIT compiled normalize()).
const COMBINING = new Uint8Array(0x10000);
for (let code = 0x0300; code <= 0x036f; code++) if (code !== 0x034f) COMBINING[code] = 1; // U+034F is removed, not composed
for (const code of [0x3099, 0x309a, 0xff9e, 0xff9f]) COMBINING[code] = 1;
function isCombining(code: number): boolean {
  return COMBINING[code] === 1;
}

function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

// NFKC of single BMP code units, computed once each (the same characters recur in every text).
const nfkcCache = new Map<number, string>();
function nfkcOfCode(code: number): string {
  let n = nfkcCache.get(code);
  if (n === undefined) {
    n = String.fromCharCode(code).normalize('NFKC');
    nfkcCache.set(code, n);
  }
  return n;
}

function isStableBmp(code: number): boolean {
  let state = nfkcState[code];
  if (state === 0) {
    const ch = String.fromCharCode(code);
    state = ch.normalize('NFKC') === ch ? 1 : 2;
    nfkcState[code] = state;
  }
  return state === 1;
}

// Per-BMP-code-unit cache: 0 unknown, 1 left unchanged on its own (NFKC-stable and none of the
// special cases: removable, surrogate, U+30FC, dash variant), 2 otherwise.
const plainState = new Uint8Array(0x10000);

function isPlainBmp(code: number): boolean {
  let state = plainState[code];
  if (state === 0) {
    const special = isRemovable(code) || (code >= 0xd800 && code <= 0xdfff) || code === 0x30fc || isDashVariant(code);
    state = !special && isStableBmp(code) ? 1 : 2;
    plainState[code] = state;
  }
  return state === 1;
}

/**
 * False for a BMP code unit that normalize() may change (on its own or together with a
 * neighbour: removable, dash variant, U+30FC, surrogate, NFKC-unstable, combining mark).
 * A text whose non-ASCII code units are all plain comes out of normalize() unchanged,
 * except for U+30FC between digits.
 */
export function isPlainForNormalize(code: number): boolean {
  return code < 0x80 || (isPlainBmp(code) && !isCombining(code));
}

function isAsciiAlnumCode(code: number): boolean {
  return isDigitCode(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
}

/**
 * True when U+30FC at `index` stands for a hyphen: between digits (090ー1234), or between Latin
 * letters or digits as in a domain (taro@exampleーcorp.jp), skipping removable characters.
 */
function betweenDigits(text: string, index: number): boolean {
  if (isSpacedDigitDash(text, index)) return true;
  // Beside a hyphen of a word (sapporo-ー.jp, tokyoー-dc): a dash written twice.
  if (text.charCodeAt(index - 1) === 0x2d && isAsciiAlnumCode(text.charCodeAt(index - 2))) {
    const next = text.charCodeAt(index + 1);
    if (isAsciiAlnumCode(next) || next === 0x2e || next === 0x2d) return true;
  }
  if (text.charCodeAt(index + 1) === 0x2d && isAsciiAlnumCode(text.charCodeAt(index - 1)) && isAsciiAlnumCode(text.charCodeAt(index + 2))) return true;
  let p = index;
  for (let k = removableLengthBefore(text, p); k > 0; k = removableLengthBefore(text, p)) p -= k;
  if (p <= 0 || !isAsciiAlnumCode(text.charCodeAt(p - 1))) return false;
  let j = index + 1;
  for (let k = removableLengthAt(text, j); k > 0; k = removableLengthAt(text, j)) j += k;
  return j < text.length && isAsciiAlnumCode(text.charCodeAt(j));
}

/** ' ' or U+3000. */
function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x3000;
}

/**
 * True when U+30FC at `index` stands between two digits with a space on one side or both
 * (5565 ー 8505, 123 ー4567): a dash written spaced out. The spaces stay; only ー becomes '-'.
 */
export function isSpacedDigitDash(text: string, index: number): boolean {
  // Removable characters may stand on either side of the spaces (5\u2060　\u2060ー\u2060　\u20601).
  let before = skipRemovableBefore(text, index);
  let spaced = false;
  if (before > 0 && isSpaceCode(text.charCodeAt(before - 1))) {
    before = skipRemovableBefore(text, before - 1);
    spaced = true;
  }
  let after = skipRemovableAt(text, index + 1);
  if (after < text.length && isSpaceCode(text.charCodeAt(after))) {
    after = skipRemovableAt(text, after + 1);
    spaced = true;
  }
  return spaced && before > 0 && isDigitCode(text.charCodeAt(before - 1)) && after < text.length && isDigitCode(text.charCodeAt(after));
}

/** The index before the removable characters that end right before `index`. */
function skipRemovableBefore(text: string, index: number): number {
  let p = index;
  for (let k = removableLengthBefore(text, p); k > 0; k = removableLengthBefore(text, p)) p -= k;
  return p;
}

/** The index after the removable characters starting at `index`. */
/** Past the invisible characters from `i` and the space after them, if it is the kind of space before them; else `end`. */
function spaceAfterRemovables(text: string, i: number, end: number): number {
  const j = skipRemovableAt(text, i);
  return text.charCodeAt(j) === text.charCodeAt(i - 1) ? j + 1 : end;
}

function skipRemovableAt(text: string, index: number): number {
  let j = index;
  for (let k = removableLengthAt(text, j); k > 0; k = removableLengthAt(text, j)) j += k;
  return j;
}

const NO_EDITS: number[] = [];
// The rewrites of a text that has none: a start past any string's length (V8 strings hold fewer
// than 2^30 code units), and elements of both kinds, as a text's rewrites have.
const NO_REWRITES: Array<number | string> = [0x3fffffff, 0x3fffffff, ''];

// The normalized text's code units while normalize() builds it, in one buffer reused across calls:
// a string built piece by piece cost a slice and two concatenations per edit, and most texts that
// need normalizing have tens of edits (full-width punctuation).
let outBuffer = new Uint16Array(1024);
let outLength = 0;

/** Append text[from, to) to the output buffer. */
function appendCodes(text: string, from: number, to: number): void {
  if (outLength + to - from > outBuffer.length) {
    const grown = new Uint16Array(Math.max(outLength + to - from, outBuffer.length * 2));
    grown.set(outBuffer.subarray(0, outLength));
    outBuffer = grown;
  }
  for (let k = from; k < to; k++) outBuffer[outLength++] = text.charCodeAt(k);
}

/** The output buffer's code units as a string (any code unit, lone surrogates included). */
function outputText(): string {
  let text = '';
  for (let i = 0; i < outLength; i += 8192) text += String.fromCharCode.apply(null, outBuffer.subarray(i, Math.min(outLength, i + 8192)) as unknown as number[]);
  return text;
}

// Offset maps for unchanged text: shared functions, no per-call closures.
function identityRange(start: number, end: number): { start: number; end: number } {
  return { start, end };
}
function identityIndex(index: number): number {
  return index;
}

/**
 * The text detectors read: invisible characters removed, NFKC, dash variants as '-', kanji
 * numerals in numbers as digits, and values written in words, spelled out or misread by OCR read
 * as the values they stand for, with a map back to the original's offsets.
 *
 * Value rewrites (spelled-out letters, spoken and spaced numbers, spaced e-mail addresses) read the
 * text as written, so a value that is also split by invisible characters or written in full-width
 * forms (t\u200b a\u200b r\u200b o @ …, ｔ ａ ｒ ｏ) is read only once those are folded: when the
 * first pass folded any such character, the text is folded alone, the rewrites are looked for on
 * that, and a pass over it is composed with the folding.
 */
export function normalize(original: string): NormalizedText {
  const input = typeof original === 'string' ? original : String(original ?? '');
  foldedValueChars = false;
  const first = normalizeOnce(input, true);
  if (!foldedValueChars) return first;
  // Characters folded first, then the values read on the folded text (a rewrite read on the text
  // as written may see only part of a value: 伊 \u200b 藤 美 咲).
  // (With no rewrite read on the text as written, the first pass is that folding.)
  const raw = valueRewrites(input);
  const folded = raw === null ? first : normalizeOnce(input, false);
  // Most folded texts hold nothing a rewrite reads: the rewrites' own gates first.
  if ((raw === null && !mayRewriteFolded(folded.text)) || valueRewrites(folded.text) === null) return first;
  const second = normalizeOnce(folded.text, true);
  return second.changed ? composeNormalized(input, folded, second) : folded;
}

/** Whether two letters stand one space apart with a gap beside one of them (t a r o, 伊 藤 美 咲, 氏 名　山). */
function hasLoneLetters(text: string): boolean {
  for (const gap of [' ', '\u3000']) {
    for (let s = text.indexOf(gap, 1); s > 0 && s + 1 < text.length; s = text.indexOf(gap, s + 1)) {
      if (!isLetterish(text.charCodeAt(s - 1)) || !isLetterish(text.charCodeAt(s + 1))) continue;
      if (isSpaceCode(text.charCodeAt(s + 2)) || s < 2 || isSpaceCode(text.charCodeAt(s - 2))) return true;
    }
  }
  return false;
}

/** A code unit that may be a letter: no space, ASCII digit or mark, Japanese punctuation. */
function isLetterish(c: number): boolean {
  return c > 0x40 && !(c >= 0x5b && c <= 0x60) && !(c >= 0x7b && c <= 0x7f) && !(c >= 0x3000 && c <= 0x3003);
}

/**
 * Whether a folded text may hold a value the rewrites read that the text as written hid: a spaced
 * @, an OCR digit cluster, an address written in words, characters spelled out or letters spaced
 * out (the gates of findValueRewrites, less the cues of spoken numbers, which folding leaves as
 * they are).
 */
function mayRewriteFolded(text: string): boolean {
  SPELLED_OUT_GATE.lastIndex = 0;
  return hasGapBeside(text, '@') || OCR_GATE.test(text) || WORDED_EMAIL_GATE.test(text) || SPELLED_OUT_GATE.test(text) || hasLoneLetters(text);
}

/** An ASCII letter or digit, '@' or '.'. */
function isValueCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x40 || c === 0x2e;
}

// Set by normalizeOnce when it folds a character the value rewrites do not read as written: an
// invisible character, or a full-width letter, digit, @ or dot, or a kanji number spaced out by two
// spaces. (Dashes and other kanji numerals the rewrites read themselves.) The rewrites read the rest as written (… between spoken digits, an
// ideographic space between the words of a spelled-out name), so the text is folded alone only then.
let foldedValueChars = false;


/**
 * The edits of `first` (original -> first.text) and `second` (first.text -> second.text) as one
 * map from the original to second.text: an edit of the second pass covers the original range its
 * first-pass range came from (with the first pass's edits inside it); the first pass's other edits
 * keep their place, shifted by the second pass's edits before them.
 */
function composeNormalized(input: string, first: NormalizedText, second: NormalizedText): NormalizedText {
  const a = first.edits;
  const b = second.edits;
  const normStarts: number[] = [];
  const normEnds: number[] = [];
  const origStarts: number[] = [];
  const origEnds: number[] = [];
  const push = (ns: number, ne: number, os: number, oe: number) => {
    normStarts.push(ns);
    normEnds.push(ne);
    origStarts.push(os);
    origEnds.push(oe);
  };
  // The original position of first.text's position p, at or after the end of first-pass edit k.
  const origOf = (p: number, k: number): number => (k < 0 ? p : a[k + 3] + (p - a[k + 1]));
  let ai = 0;
  let last = -1; // the last first-pass edit emitted or absorbed
  let shift = 0; // second.text position minus first.text position past the second-pass edits so far
  let doneTo = 0; // original position up to which edits have been emitted
  for (let bi = 0; bi < b.length; bi += 4) {
    const ns = b[bi];
    const ne = b[bi + 1];
    const ms = b[bi + 2];
    const me = b[bi + 3];
    // First-pass edits before this one (a deletion at ms included) keep their own place.
    while (ai < a.length && a[ai + 1] <= ms && !(a[ai] === a[ai + 1] && a[ai] > ms)) {
      push(a[ai] + shift, a[ai + 1] + shift, a[ai + 2], a[ai + 3]);
      doneTo = a[ai + 3];
      last = ai;
      ai += 4;
    }
    let os = origOf(ms, last);
    // Those overlapping it, or deletions strictly inside it, become part of it.
    while (ai < a.length && a[ai] < me && (a[ai + 1] > ms || a[ai] > ms)) {
      os = Math.min(os, a[ai + 2]);
      last = ai;
      ai += 4;
    }
    const oe = last >= 0 && a[last + 1] > me ? a[last + 3] : origOf(me, last);
    os = Math.max(os, doneTo);
    push(ns, ne, os, Math.max(os, oe));
    doneTo = Math.max(os, oe);
    shift = ne - me;
  }
  for (; ai < a.length; ai += 4) push(a[ai] + shift, a[ai + 1] + shift, a[ai + 2], a[ai + 3]);
  return withOffsetMap(input, second.text, normStarts, normEnds, origStarts, origEnds);
}

/** One pass: characters folded, and with `withRewrites` the value rewrites read on `input` applied. */
function normalizeOnce(input: string, withRewrites: boolean): NormalizedText {
  // Edits: original [origStart, origEnd) replaced by normalized [normStart, normEnd).
  // Allocated on the first edit: most texts need none.
  let normStarts: number[] = NO_EDITS;
  let normEnds: number[] = NO_EDITS;
  let origStarts: number[] = NO_EDITS;
  let origEnds: number[] = NO_EDITS;
  outLength = 0;
  let copiedUpTo = 0; // original index up to which input was copied into the output buffer
  let kanjiRunEnd = 0; // end of the written-out kanji number being converted, if any
  const length = input.length;
  const rewrites = withRewrites ? valueRewrites(input) : null;
  let rewrite = 0;
  // (Read from NO_REWRITES when there are none: an element read met on every text, and a position
  // no text reaches, so the loop below takes the same branches as with the text's length here.)
  let nextRewrite = (rewrites ?? NO_REWRITES)[0] as number;

  let i = 0;
  while (i < length) {
    if (i >= nextRewrite && rewrites !== null) {
      if (i === nextRewrite) {
        if (normStarts === NO_EDITS) {
          normStarts = [];
          normEnds = [];
          origStarts = [];
          origEnds = [];
        }
        const end = rewrites[rewrite + 1] as number;
        const replacement = rewrites[rewrite + 2] as string;
        appendCodes(input, copiedUpTo, i);
        normStarts.push(outLength);
        appendCodes(replacement, 0, replacement.length);
        normEnds.push(outLength);
        origStarts.push(i);
        origEnds.push(end);
        copiedUpTo = end;
        i = end;
      }
      rewrite += 3;
      nextRewrite = rewrite < rewrites.length ? (rewrites[rewrite] as number) : length;
      continue;
    }
    const code = input.charCodeAt(i);
    if (code < 0x80) {
      i++;
      continue;
    }
    if (KANJI_DIGIT_VALUE[code] >= 0 && i >= kanjiRunEnd) {
      const end = kanjiNumberEnd(input, i);
      if (end > 0) {
        kanjiRunEnd = end;
        // Spaced out wider than the rewrites read as written (〇  七  〇  ー  四 …): they read it again as digits.
        if (hasDoubleGap(input, i, end)) foldedValueChars = true;
      }
    }
    // の or a comma between the groups of such a number reads as the dash a written number has (四五五九の三二五七…).
    const groupMark = i < kanjiRunEnd && (code === 0x306e || code === 0x3001 || code === 0xff0c);
    if (i < kanjiRunEnd && (KANJI_DIGIT_VALUE[code] >= 0 || groupMark)) {
      if (normStarts === NO_EDITS) {
        normStarts = [];
        normEnds = [];
        origStarts = [];
        origEnds = [];
      }
      appendCodes(input, copiedUpTo, i);
      normStarts.push(outLength);
      if (groupMark) appendCodes('-', 0, 1);
      else appendCodes(DIGITS, KANJI_DIGIT_VALUE[code], KANJI_DIGIT_VALUE[code] + 1);
      normEnds.push(outLength);
      origStarts.push(i);
      origEnds.push(i + 1);
      copiedUpTo = i + 1;
      i++;
      continue;
    }
    // Most non-ASCII text (kana, kanji) is left alone: one table lookup instead of the checks below.
    if (isPlainBmp(code) && !(i + 1 < length && isCombining(input.charCodeAt(i + 1)))) {
      i++;
      continue;
    }
    let clusterEnd = i + 1;
    const isHigh = code >= 0xd800 && code <= 0xdbff && i + 1 < length;
    if (isHigh) clusterEnd = i + 2;
    const nextCode = clusterEnd < length ? input.charCodeAt(clusterEnd) : 0;
    let replacement: string | null = null;

    if (isRemovable(code)) {
      replacement = '';
      // An invisible character spaced out as if it were a letter (加 \u200b 藤): one space stays.
      if (i > 0 && isSpaceCode(input.charCodeAt(i - 1))) clusterEnd = spaceAfterRemovables(input, i, clusterEnd);
    } else if (isHigh) {
      const cp = input.codePointAt(i) ?? code;
      if (isRemovableAstral(cp)) replacement = '';
      else if (cp === 0x20bb7 || cp === 0x2123d) {
        // The name kanji outside the Basic Multilingual Plane that registers and business cards
        // keep: 𠮷 (土よし, 𠮷田) and 𡈽 (土 with a dot), read as the forms the name lexicon writes.
        replacement = cp === 0x20bb7 ? '吉' : '土';
      } else {
        const cluster = input.slice(i, clusterEnd);
        const n = cluster.normalize('NFKC');
        if (n !== cluster) replacement = n;
      }
    } else if (code === 0x30fc) {
      if (i < kanjiRunEnd || betweenDigits(input, i)) {
        replacement = DASH;
      }
    } else if (isDashVariant(code)) {
      replacement = DASH;
    } else if (!isCombining(nextCode) && isStableBmp(code)) {
      i = clusterEnd;
      continue;
    } else {
      while (clusterEnd < length && isCombining(input.charCodeAt(clusterEnd))) clusterEnd++;
      // One code unit (full-width letters, digits and punctuation, mostly): its NFKC form from a cache.
      const single = clusterEnd === i + 1;
      const cluster = single ? '' : input.slice(i, clusterEnd);
      let n = single ? nfkcOfCode(code) : cluster.normalize('NFKC');
      if (n.length === 1) {
        const c = n.charCodeAt(0);
        if (isDashVariant(c)) n = DASH;
        else if (c === 0x30fc && (i < kanjiRunEnd || betweenDigits(input, i)) && clusterEnd === i + 1) n = DASH;
      }
      if (single ? n.length !== 1 || n.charCodeAt(0) !== code : n !== cluster) replacement = n;
    }

    if (replacement !== null) {
      // An invisible character, a full-width letter, digit or mark: a value may be written with it.
      if (replacement.length === 0 || (replacement.length === 1 && isValueCode(replacement.charCodeAt(0)))) foldedValueChars = true;
      if (normStarts === NO_EDITS) {
        normStarts = [];
        normEnds = [];
        origStarts = [];
        origEnds = [];
      }
      appendCodes(input, copiedUpTo, i);
      normStarts.push(outLength);
      appendCodes(replacement, 0, replacement.length);
      normEnds.push(outLength);
      origStarts.push(i);
      origEnds.push(clusterEnd);
      copiedUpTo = clusterEnd;
    }
    i = clusterEnd;
  }

  if (normStarts.length === 0) {
    return { text: input, original: input, changed: false, toOriginalRange: identityRange, toOriginalIndex: identityIndex, edits: NO_EDITS };
  }
  appendCodes(input, copiedUpTo, length);
  return withOffsetMap(input, outputText(), normStarts, normEnds, origStarts, origEnds);
}

/**
 * The NormalizedText that `normalize(original)` returned, from its `text` and `edits` (as the
 * scan CLI's first-stage thread sends them): the second stage does not normalize again.
 */
export function normalizedFromEdits(original: string, text: string, edits: ArrayLike<number>): NormalizedText {
  if (edits.length === 0) return { text: original, original, changed: false, toOriginalRange: identityRange, toOriginalIndex: identityIndex, edits: NO_EDITS };
  if (edits.length % 4 !== 0) throw new Error('normalizedFromEdits: edits come in fours');
  const normStarts: number[] = [];
  const normEnds: number[] = [];
  const origStarts: number[] = [];
  const origEnds: number[] = [];
  for (let k = 0; k < edits.length; k += 4) {
    normStarts.push(edits[k]);
    normEnds.push(edits[k + 1]);
    origStarts.push(edits[k + 2]);
    origEnds.push(edits[k + 3]);
  }
  return withOffsetMap(original, text, normStarts, normEnds, origStarts, origEnds);
}

function withOffsetMap(input: string, text: string, normStarts: number[], normEnds: number[], origStarts: number[], origEnds: number[]): NormalizedText {

  // Index of the last edit whose normalized start is <= index (binary search), -1 if none.
  const lastEditAtOrBefore = (index: number): number => {
    let lo = 0;
    let hi = normStarts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (normStarts[mid] <= index) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };

  // Start of the original character that produced normalized index `index`.
  const startOf = (index: number): number => {
    const e = lastEditAtOrBefore(index);
    if (e >= 0 && index < normEnds[e]) return origStarts[e];
    if (e < 0) return index;
    return origEnds[e] + (index - normEnds[e]);
  };
  // End (exclusive) of the original character that produced normalized index `index`.
  const endOf = (index: number): number => {
    const e = lastEditAtOrBefore(index);
    if (e >= 0 && index < normEnds[e]) return origEnds[e];
    if (e < 0) return index + 1;
    return origEnds[e] + (index - normEnds[e]) + 1;
  };

  let edits: number[] | null = null;
  return {
    text,
    original: input,
    changed: true,
    get edits(): readonly number[] {
      if (edits === null) {
        edits = [];
        for (let k = 0; k < normStarts.length; k++) edits.push(normStarts[k], normEnds[k], origStarts[k], origEnds[k]);
      }
      return edits;
    },
    toOriginalIndex: (index) => startOf(Math.max(0, Math.min(index, text.length - 1))),
    toOriginalRange: (start, end) => {
      if (text.length === 0) return { start: 0, end: 0 };
      const s = Math.max(0, Math.min(start, text.length));
      const e = Math.max(s, Math.min(end, text.length));
      if (e === s) {
        const at = s >= text.length ? input.length : startOf(s);
        return { start: at, end: at };
      }
      return { start: startOf(s), end: endOf(e - 1) };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Value rewrites: digits written in words or misread by OCR, read as the digits they stand for.
// ---------------------------------------------------------------------------------------------

/**
 * Digit words of a spoken number (transcripts, voice memos), in katakana; their hiragana forms
 * (ぜろきゅーぜろ, いちにーさんよん) are read the same way (see kanaFold).
 */
const SPOKEN_DIGITS: ReadonlyArray<readonly [string, string]> = [
  ['キュウ', '9'], ['キュー', '9'], ['ゼロ', '0'], ['レイ', '0'], ['マル', '0'], ['イチ', '1'], ['ニー', '2'], ['サン', '3'],
  ['ヨン', '4'], ['ゴー', '5'], ['ロク', '6'], ['ナナ', '7'], ['シチ', '7'], ['ハチ', '8'], ['ニ', '2'], ['シ', '4'], ['ゴ', '5'], ['ク', '9'],
];

/** Hiragana folded onto katakana (U+3041-U+3096 -> U+30A1-U+30F6); anything else unchanged. */
function kanaFold(c: number): number {
  return c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c;
}

/** True when `word` (katakana) is at `i`, its kana in either script. */
function kanaWordAt(text: string, i: number, word: string): boolean {
  if (i + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) if (kanaFold(text.charCodeAt(i + k)) !== word.charCodeAt(k)) return false;
  return true;
}

// 1 for the characters a spoken number can start with: digits, kanji numerals, a digit word's first kana (either script).
const SPOKEN_START = new Uint8Array(0x10000);
for (const [word] of SPOKEN_DIGITS) {
  SPOKEN_START[word.charCodeAt(0)] = 1;
  SPOKEN_START[word.charCodeAt(0) - 0x60] = 1;
}
for (const c of '0123456789０１２３４５６７８９〇一二三四五六七八九零') SPOKEN_START[c.charCodeAt(0)] = 1;
// Words a spoken or written-out number follows (電話番号はゼロキューゼロの…, 〒は いちごーごー…):
// ニ, ゴ and サン are everywhere else, so a number is read from words only after one of these.
// Kana spellings are there for transcripts written in kana (でんわばんごうは…).
const SPOKEN_CUES = [
  '番号', '電話', '口座', '郵便', '携帯', 'マイナンバー', '連絡先', 'ＴＥＬ', 'TEL', 'FAX', 'ファックス', '〒', '折り返し',
  // An account is said after its type or branch too (振込先は普通の…, 渋谷支店、普通、ごーロク…).
  '普通', '当座', '支店', '振込',
  // Identifiers read out or written in numerals one group at a time after their own names.
  'SSN', 'ssn', 'Social Security', 'social security', '社会保障', 'ソーシャルセキュリティ', 'カード', '免許', '年金', '保険', 'パスポート', '旅券', '記号',
  'でんわ', 'ばんごう', 'けいたい', 'ゆうびん', 'れんらくさき',
];
// The cues by their first character: CUE_START[code] is 1 + the index of the code's list, 0 for none.
const CUE_LISTS: string[][] = [];
const CUE_START = new Uint8Array(0x10000);
for (const cue of SPOKEN_CUES) {
  const code = cue.charCodeAt(0);
  if (CUE_START[code] === 0) CUE_START[code] = CUE_LISTS.push([]);
  CUE_LISTS[CUE_START[code] - 1].push(cue);
}
// Where a phone number said without a cue may start (cuelessPhoneAt): 0, ０, 〇 and ゼロ / ぜろ; no cue starts with them.
const MOBILE_START = 255;
for (const c of '0０〇ゼぜ') CUE_START[c.charCodeAt(0)] = MOBILE_START;
// Between the groups of a spoken number: の, ー, 、, ・, …, a dash or a space (collapsed to one '-').
function isSpokenSeparator(c: number): boolean {
  return c === 0x306e || c === 0x30fc || c === 0x3001 || c === 0x30fb || c === 0x2d || c === 0x20 || c === 0x3000 || c === 0x2c || c === 0xff0c || c === 0xff0d || c === 0x2026 || c === 0x2025 || c === 0x22ef;
}

/**
 * What a speaker says between the groups of a number and a transcript keeps: hesitations
 * (えーと, あの), corrections and apologies (あ、すみません; じゃなくて), the dash said aloud (ハイフン)
 * and linking words (それから). Read as one token each, before any digit word: ごめんなさい is no 5.
 */
const SPOKEN_FILLERS: readonly string[] = [
  'えーっと', 'えーと', 'ええと', 'えっと', 'えと', 'えー', 'ええ', 'あー', 'あのー', 'あの', 'あっ', 'あ', 'うーん', 'うん', 'んー', 'まあ', 'その',
  'すみません', 'すいません', 'ごめんなさい', 'ごめん', '失礼しました', '失礼', 'しつれいしました', 'しつれい', '申し訳ありません',
  'じゃなくて', 'ではなくて', 'ではなく', 'いや', 'いえ', '訂正します', '訂正', 'もう一度言います', 'もう一度', 'もういちど', '繰り返します', 'くりかえします',
  'ハイフン', 'はいふん', 'それから', 'そのあと', 'で', 'ですね', 'です', 'が',
].slice().sort((a, b) => b.length - a.length);
// Fillers that take back what was said before them (ひゃく…じゃなくて、いちごーぜろ): the number starts after them.
const RESTART_FILLERS = new Set(['じゃなくて', 'ではなくて', 'ではなく', 'いや', 'いえ', '訂正します', '訂正', 'もう一度言います', 'もう一度', 'もういちど', '繰り返します', 'くりかえします']);
// Kana a number's first word may follow: particles and the long-vowel mark (番号は…, えーと…).
const KANA_BEFORE_NUMBER = 'はがのをもでにとへやーっ';

/** False when the digit word at `i` would start inside a kana word (the く of ひゃく, the に of みに). */
function mayStartSpokenNumber(text: string, i: number): boolean {
  if (i === 0) return true;
  const before = kanaFold(text.charCodeAt(i - 1));
  if (before < 0x30a1 || before > 0x30fa) return true;
  return KANA_BEFORE_NUMBER.indexOf(text[i - 1]) >= 0;
}
// The fillers by their first character (longest first), so a position costs one table read:
// FILLER_START[code] is 1 + the index of the code's list, 0 for none.
const FILLER_LISTS: string[][] = [];
const FILLER_START = new Uint8Array(0x10000);
for (const f of SPOKEN_FILLERS) {
  const code = f.charCodeAt(0);
  if (FILLER_START[code] === 0) FILLER_START[code] = FILLER_LISTS.push([]);
  FILLER_LISTS[FILLER_START[code] - 1].push(f);
}

/** Length of the filler at `i`, or 0. */
function fillerAt(text: string, i: number): number {
  const list = FILLER_START[text.charCodeAt(i)];
  if (list === 0) return 0;
  for (const f of FILLER_LISTS[list - 1]) if (text.startsWith(f, i)) return f.length;
  return 0;
}

const COUNTER_AFTER = '年月日時分秒円件人名個回台歳階号番';

// The answers of spokenDigitAt, made once: it runs at every character of a cue's window.
const ONE_DIGIT: ReadonlyArray<readonly [number, string]> = [...DIGITS].map((d) => [1, d] as const);
// The digit words by their first kana (katakana; hiragana is folded onto it), longest first, with
// their answers; WORDS_AT[code] is 1 + the index of the code's list, 0 for none.
const DIGIT_WORD_LISTS: Array<Array<readonly [string, readonly [number, string]]>> = [];
const WORDS_AT = new Uint8Array(0x10000);
for (const [word, digit] of SPOKEN_DIGITS) {
  const code = word.charCodeAt(0);
  if (WORDS_AT[code] === 0) WORDS_AT[code] = DIGIT_WORD_LISTS.push([]);
  DIGIT_WORD_LISTS[WORDS_AT[code] - 1].push([word, [word.length, digit]]);
}

/** [length, digit] of the digit word, kanji numeral or digit at `i`, or null. */
function spokenDigitAt(text: string, i: number): readonly [number, string] | null {
  const c = text.charCodeAt(i);
  if (c >= 0x30 && c <= 0x39) return ONE_DIGIT[c - 0x30];
  if (c >= 0xff10 && c <= 0xff19) return ONE_DIGIT[c - 0xff10];
  if (KANJI_DIGIT_VALUE[c] >= 0) return ONE_DIGIT[KANJI_DIGIT_VALUE[c]];
  const list = WORDS_AT[kanaFold(c)];
  if (list === 0) return null;
  for (const [word, answer] of DIGIT_WORD_LISTS[list - 1]) if (kanaWordAt(text, i, word)) return answer;
  return null;
}

/** True for a hiragana letter (U+3041-U+3096). */
function isHiraganaCode(c: number): boolean {
  return c >= 0x3041 && c <= 0x3096;
}

/** True for an ASCII or full-width digit. */
function isWrittenDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/**
 * Whether the digit word of `length` code units at `i` (after `from`) is one hiragana kana glued
 * to written digits before it and followed by hiragana or anything but another digit word: a
 * particle. (A function called for every digit word: its comparisons, first met on rare texts,
 * then deoptimize it alone.)
 */
function particleAfterDigits(text: string, i: number, from: number, length: number): boolean {
  return length === 1 && isHiraganaCode(text.charCodeAt(i)) && i > from && isWrittenDigit(text.charCodeAt(i - 1)) && (isHiraganaCode(text.charCodeAt(i + 1)) || SPOKEN_START[text.charCodeAt(i + 1)] !== 1);
}

/**
 * Whether a last group of one kana or kanji numeral ending at `end` is a word rather than a digit:
 * a kana always (379080 に設定), a kanji numeral when a word goes on after it (… で一致, 一番); a
 * kanji numeral standing alone is the number's last digit (七 二 九 … 五 七).
 */
function lastGroupIsWord(text: string, end: number): boolean {
  if (KANJI_DIGIT_VALUE[text.charCodeAt(end - 1)] < 0) return true;
  const after = text.charCodeAt(end);
  return (after >= 0x3041 && after <= 0x30ff) || (after >= 0x3400 && after <= 0x9fff);
}

/** The same after kanji numerals: one kana glued to them and going on in hiragana (三四七…六七九になります). */
function particleAfterKanjiDigits(text: string, i: number, from: number, length: number): boolean {
  return length === 1 && i > from && isHiraganaCode(text.charCodeAt(i)) && KANJI_DIGIT_VALUE[text.charCodeAt(i - 1)] >= 0 && isHiraganaCode(text.charCodeAt(i + 1));
}

/**
 * Whether the katakana digit word at `i` (`length` code units), glued to written digits before it,
 * begins a katakana word instead (T1053597673888システム: シ is no 4): katakana that starts no digit
 * word follows it.
 */
function katakanaWordAfterDigits(text: string, i: number, length: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x30a1 || c > 0x30fa || !isWrittenDigit(text.charCodeAt(i - 1))) return false;
  const next = text.charCodeAt(i + length);
  return next >= 0x30a1 && next <= 0x30fa && SPOKEN_START[next] !== 1;
}

/** Whether the digit word at `j` (`length` code units) is one digit or kanji numeral standing alone: a space, a separator or the end after it. */
function singleDigitAt(text: string, j: number, length: number): boolean {
  const c = text.charCodeAt(j);
  if (length !== 1 || !(isWrittenDigit(c) || KANJI_DIGIT_VALUE[c] >= 0)) return false; // a digit, not a word (に, なな)
  const after = j + 1;
  if (after >= text.length || isSpokenSeparator(text.charCodeAt(after)) || !(SPOKEN_START[text.charCodeAt(after)] === 1)) return true;
  // A kanji numeral before kana that read as no digit (… 五 八 七 九までに): the number's last digit.
  return KANJI_DIGIT_VALUE[c] >= 0 && spokenDigitAt(text, after) === null;
}

// Where the last spokenNumber call stopped reading (its run's end, whether or not it was a number).
let spokenRunEnd = 0;

/**
 * Rewrites of one spoken number starting at `from` (after a cue), pushed as (start, end,
 * replacement) onto `out`; returns the end, or -1 when the run is no number: 7 to 16 digits, and
 * either at least one of them a word (runs of kanji numerals alone count too) or groups of written
 * digits joined the way speech joins them (090の1234の5678, 090 えーと 1234), each of 2 digits or more.
 * Between groups: separators (の 、 ・ … spaces, dashes) and fillers (えーと, あ、すみません, ハイフン).
 */
// spokenNumber's pieces, in one array reused across calls that holds numbers and strings from the
// start (as foundRewrites).
const spokenPieces: Array<number | string> = [0, ''];

function spokenNumber(text: string, from: number, out: Array<number | string>): number {
  const pieces = spokenPieces;
  pieces.length = 0;
  let i = from;
  let digits = 0;
  let words = 0;
  let spokenJoins = 0; // separators only speech uses (の, a filler, …)
  let shortGroup = false; // a group of written digits shorter than 2
  let groupDigits = 0;
  let groupWritten = true;
  let lastDigitEnd = -1;
  let lastSeparator = -1;
  let digitsBeforeSeparator = 0;
  let wordsBeforeSeparator = 0;
  let endBeforeSeparator = -1;
  let spacedDigits = 0; // spaces dropped inside the current group (七 二 九 …)
  const endGroup = () => {
    if (groupWritten && groupDigits < 2) shortGroup = true;
    groupDigits = 0;
    groupWritten = true;
  };
  while (i < text.length) {
    const d = fillerAt(text, i) > 0 && lastDigitEnd === i ? null : spokenDigitAt(text, i);
    // One hiragana kana glued to written digits and going on in hiragana, or followed by anything
    // but another digit, is a particle or a word (735-2857になります, 735-2857に変更, 1234しか), not a digit.
    // After digit words, a kana glued to one written digit is one more word (いちろく5ごなな…,
    // れいハチまるの４になな…); after a written group of two digits or more it stays a particle (…の6031にかけて).
    if (d !== null && groupWritten && (words === 0 || groupDigits >= 2) && particleAfterDigits(text, i, from, d[0])) break;
    if (d !== null && !groupWritten && groupDigits >= 2 && particleAfterKanjiDigits(text, i, from, d[0])) break;
    if (d !== null && groupWritten && groupDigits >= 2 && katakanaWordAfterDigits(text, i, d[0])) break;
    if (d !== null) {
      // ー right after a word is its long vowel only where the longer word was not read (ニー, ゴー are).
      pieces.push(i, i + d[0], d[1]);
      if (!isWrittenDigit(text.charCodeAt(i))) {
        words++;
        groupWritten = false;
      }
      digits++;
      groupDigits++;
      i += d[0];
      lastDigitEnd = i;
      continue;
    }
    // Invisible characters inside the number are dropped with it (〇九〇-一二三四-五六\u200c七八).
    const skip = removableLengthAt(text, i);
    if (skip > 0 && lastDigitEnd === i) {
      pieces.push(i, i + skip, '');
      i += skip;
      lastDigitEnd = i;
      continue;
    }
    if (lastDigitEnd === i && (isSpokenSeparator(text.charCodeAt(i)) || fillerAt(text, i) > 0)) {
      let j = i;
      let seen = 0;
      let spoken = false;
      let restart = false;
      let oneSpace = true; // the gap is one space (and invisible characters) only
      for (let k = removableLengthAt(text, j); j < text.length && seen < 6 && j - i <= 16; k = removableLengthAt(text, j)) {
        const c = text.charCodeAt(j);
        const f = k > 0 ? 0 : fillerAt(text, j);
        if (k > 0) j += k;
        else if (f > 0) {
          if (RESTART_FILLERS.has(text.slice(j, j + f))) restart = true;
          j += f;
          seen++;
          spoken = true;
          oneSpace = false;
        } else if (isSpokenSeparator(c)) {
          if (c === 0x306e || c === 0x2026 || c === 0x2025 || c === 0x22ef) spoken = true;
          if (seen > 0 || !isSpaceCode(c)) oneSpace = false;
          j++;
          seen++;
        } else break;
      }
      if (restart) {
        // What came before is taken back: the caller reads again from j.
        spokenRunEnd = j;
        return -1;
      }
      const next = j < text.length ? spokenDigitAt(text, j) : null;
      // One space between single digits spells the digits out (七 二 九 三 …): it is dropped and
      // the digits stay one group, as spaced-out written digits are read.
      if (next !== null && oneSpace && seen === 1 && groupDigits === 1 + spacedDigits && singleDigitAt(text, j, next[0])) {
        pieces.push(i, j, '');
        spacedDigits++;
        i = j;
        continue;
      }
      if (next !== null) {
        spacedDigits = 0;
        lastSeparator = pieces.length;
        digitsBeforeSeparator = digits;
        wordsBeforeSeparator = words;
        endBeforeSeparator = lastDigitEnd;
        endGroup();
        if (spoken) spokenJoins++;
        pieces.push(i, j, DASH);
        i = j;
        continue;
      }
    }
    break;
  }
  spokenRunEnd = Math.max(i, from + 1);
  // A last group before a counter (…五六七八、二〇二四年) is another number, and a last group that
  // is one kana (379080 に設定) a particle: the run ends before it.
  const lastGroupKana = lastSeparator >= 0 && groupDigits === 1 && lastDigitEnd - (pieces[pieces.length - 3] as number) === 1 && !groupWritten && lastGroupIsWord(text, lastDigitEnd);
  if (lastSeparator >= 0 && ((lastDigitEnd < text.length && COUNTER_AFTER.indexOf(text[lastDigitEnd]) >= 0) || lastGroupKana)) {
    pieces.length = lastSeparator;
    digits = digitsBeforeSeparator;
    words = wordsBeforeSeparator;
    lastDigitEnd = endBeforeSeparator;
  } else endGroup();
  if (digits < 7 || digits > 16) return -1;
  if (words === 0 && (spokenJoins === 0 || shortGroup)) return -1;
  for (const p of pieces) out.push(p);
  return lastDigitEnd;
}

// OCR misreadings inside digit runs: O/o for 0, l/I for 1 (O6 - 309l - 7196, TK12O4567).
function ocrDigit(c: number): string | null {
  return c === 0x4f || c === 0x6f ? '0' : c === 0x6c || c === 0x49 ? '1' : null;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * OCR rewrites in `text`: in a cluster of tokens of digits and O/o/l/I joined by dashes, dots or
 * spaces, holding at least 7 digits and at most one letter for every two digits (each token with
 * a digit), the letters become digits. Words keep their letters: a token glued to other letters,
 * or all letters, ends the cluster. (A passport's capitals prefix: PREFIXED_OCR.)
 */
/** Where a cluster may start: a digit or O/o/l/I not glued to a letter or digit before it. */
// (Full-width digits and letters count too, and the separators of pasted text: －, ー, brackets.)
const OCR_CLUSTER_START = /(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])[0-9OolI０-９ＯｏｌＩ]/g;

// What each code unit is to an OCR'd number, read with one table lookup: 1 a digit (ASCII or
// full-width), 2 a letter read as a digit (O o l I, either width), 3 a separator between digit groups
// (space, - . ( ), their full-width forms, ー, dash variants), 0 anything else.
const OCR_DIGIT = 1;
const OCR_LETTER = 2;
const OCR_SEPARATOR = 3;
const OCR_CLASS = new Uint8Array(0x10000);
// (Filled from short lists and the dash ranges, not by testing all 65,536 code units at load.)
for (let c = 0x2010; c <= 0x2e40; c++) if (isDashVariant(c)) OCR_CLASS[c] = OCR_SEPARATOR;
for (const c of [0x20, 0x2d, 0x2e, 0x28, 0x29, 0x3000, 0x30fc, 0xff08, 0xff09, 0xff0e, 0xff0d, 0xfe63, 0xfe58]) OCR_CLASS[c] = OCR_SEPARATOR;
for (let c = 0; c < 10; c++) {
  OCR_CLASS[0x30 + c] = OCR_DIGIT;
  OCR_CLASS[0xff10 + c] = OCR_DIGIT;
}
for (const c of 'OolIＯｏｌＩ') OCR_CLASS[c.charCodeAt(0)] = OCR_LETTER;
function isWideLetter(c: number): boolean {
  return (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

function ocrRewrites(text: string, out: Array<number | string>): void {
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Jump to the next possible cluster start (the regular expression skips the rest of the
    // text natively; a 4 KB prompt was read one character at a time here).
    OCR_CLUSTER_START.lastIndex = i;
    const hit = OCR_CLUSTER_START.exec(text);
    if (hit === null) break;
    i = hit.index;
    // A cluster of tokens starting at i.
    const tokens: number[] = [];
    let j = i;
    let clusterDigits = 0;
    let clusterLetters = 0;
    for (;;) {
      const start = j;
      let d = 0;
      let l = 0;
      while (j < n) {
        const k = OCR_CLASS[text.charCodeAt(j)];
        if (k === OCR_DIGIT) d++;
        else if (k === OCR_LETTER) l++;
        else break;
        j++;
      }
      // A token glued to letters (309lab) or with more letters than digits allow (Io1) ends the cluster.
      if ((j < n && (isAsciiLetter(text.charCodeAt(j)) || isWideLetter(text.charCodeAt(j)))) || d === 0 || l > d + 1) break;
      tokens.push(start, j);
      clusterDigits += d;
      clusterLetters += l;
      // Separator: up to three of " -.()" (or their full-width forms, ー, dash variants) between tokens.
      let s = j;
      while (s < n && s - j < 3 && OCR_CLASS[text.charCodeAt(s)] === OCR_SEPARATOR) s++;
      if (s === j || s >= n || !(OCR_CLASS[text.charCodeAt(s)] === OCR_DIGIT || OCR_CLASS[text.charCodeAt(s)] === OCR_LETTER)) break;
      j = s;
    }
    // Misreadings are the exception: at most one letter for every two digits in the cluster, unless
    // the cluster read as digits carries a valid check digit (7O1OOO1OO8844 is a corporate number).
    if (tokens.length > 0 && clusterDigits >= 7 && (clusterLetters * 2 <= clusterDigits || checkDigitHolds(ocrDigits(text, tokens)))) {
      for (let t = 0; t < tokens.length; t += 2) pushOcrRewrites(text, tokens[t], tokens[t + 1], true, out);
    }
    i = Math.max(j, i + 1);
  }
}

/** The tokens' characters read as digits (O -> 0, l -> 1). */
function ocrDigits(text: string, tokens: readonly number[]): string {
  let digits = '';
  for (let t = 0; t < tokens.length; t += 2) {
    for (let p = tokens[t]; p < tokens[t + 1]; p++) {
      const c = text.charCodeAt(p);
      digits += ocrDigitWide(c) ?? String.fromCharCode(c >= 0xff10 && c <= 0xff19 ? c - 0xfee0 : c);
    }
  }
  return digits;
}

/**
 * True when `digits` is a corporate number (13 digits, leading check digit) or a My Number (12,
 * trailing check digit): identifiers whose check digit confirms an OCR reading with many
 * misread characters. Repeated digits (0000000000000) never count.
 */
function checkDigitHolds(digits: string): boolean {
  if (/^(\d)\1*$/.test(digits)) return false;
  if (digits.length === 13) {
    let sum = 0;
    for (let i = 12, weight = 1; i >= 1; i--, weight = 3 - weight) sum += (digits.charCodeAt(i) - 48) * weight;
    return 9 - (sum % 9) === digits.charCodeAt(0) - 48;
  }
  if (digits.length === 12) {
    let sum = 0;
    for (let i = 0; i < 11; i++) sum += (digits.charCodeAt(i) - 48) * (i < 6 ? 6 - i : 12 - i);
    const r = sum % 11;
    return (r <= 1 ? 0 : 11 - r) === digits.charCodeAt(11) - 48;
  }
  return false;
}

/**
 * Qualified-invoice registration numbers read by OCR: T, then 13 digits with O/o/l/I among them
 * and single spaces or dashes between (Tl0l000l008844, T 7O1O 0O1O 08844): rewritten when at
 * least seven are real digits and the reading carries the corporate number's check digit.
 */
const INVOICE_OCR = /(?<![A-Za-z0-9])T[ -]?((?:[0-9OolI][ -]?){12}[0-9OolI])(?![A-Za-z0-9])/g;

function invoiceRewrites(text: string, out: Array<number | string>): void {
  INVOICE_OCR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INVOICE_OCR.exec(text)) !== null) {
    const from = m.index + m[0].length - m[1].length;
    let digits = '';
    let real = 0;
    for (let p = from; p < m.index + m[0].length; p++) {
      const c = text.charCodeAt(p);
      if (isAsciiDigit(c)) {
        digits += text[p];
        real++;
      } else if (ocrDigit(c) !== null) digits += ocrDigit(c);
    }
    if (real < 7 || real === 13 || !checkDigitHolds(digits)) continue;
    pushOcrRewrites(text, from, m.index + m[0].length, false, out);
  }
}

/**
 * Postal codes read by OCR after 〒 or 郵便番号 (〒l50-OO43, 郵便番号 1O5-OO11, a stray space
 * around the dash: 〒9O0 -9466): three and four
 * characters of digits and O/o/l/I, at least three of them real digits, the letters rewritten.
 */
// (Full-width forms count too, and one stray space inside a group: 〒9O 0-9466.)
const POSTAL_OCR = /(?:〒|郵便番号)[ \u3000]?[:：]?[ \u3000]?((?:[0-9０-９OolIＯｏｌＩ] ?){2}[0-9０-９OolIＯｏｌＩ])[ \u3000]?[-‐－ー−]?[ \u3000]?((?:[0-9０-９OolIＯｏｌＩ] ?){3}[0-9０-９OolIＯｏｌＩ])(?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])/dg;

function postalRewrites(text: string, out: Array<number | string>): void {
  POSTAL_OCR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = POSTAL_OCR.exec(text)) !== null) {
    OCR_COUNTS.fill(0);
    for (const [from, to] of [m.indices![1]!, m.indices![2]!]) countOcr(text, from, to, true);
    if (OCR_COUNTS[0] < 3 || OCR_COUNTS[1] === 0 || OCR_COUNTS[0] + OCR_COUNTS[1] !== 7) continue;
    for (const [from, to] of [m.indices![1]!, m.indices![2]!]) pushOcrRewrites(text, from, to, true, out);
  }
}

/**
 * Account numbers read by OCR after the account type or label (普通 1O34567, 当座 l234567, 口座番号：
 * 12O 4567, 口座番号（普通）1O34567, （普）1O34567, 普通/1O3-4567): seven characters of digits and
 * O/o/l/I (a stray space or dash allowed between them), at
 * least five of them real digits. Only there: the label says a number follows, so a letter in it
 * is a misreading.
 */
const ACCOUNT_GAP = '[ \\u3000:：/／・、,，|は()（）]{0,4}';
const ACCOUNT_OCR = new RegExp(
  `(?:普通|当座|貯蓄|口座番号|口座|支店|[(（][普当][)）])(?:預金)?${ACCOUNT_GAP}(?:(?:普通|当座)(?:預金)?)?${ACCOUNT_GAP}(?:口座番号|番号|No\\.?|#)?${ACCOUNT_GAP}` +
    '((?:[0-9０-９OolIＯｏｌＩ][ \\-－]{0,2}){6}[0-9０-９OolIＯｏｌＩ])(?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])',
  'dg',
);

/** The digit an OCR misreading stands for, in ASCII or full-width form (O/o -> 0, l/I -> 1), or null. */
function ocrDigitWide(c: number): string | null {
  return ocrDigit(c >= 0xff21 && c <= 0xff5a ? c - 0xfee0 : c);
}
function isWideOrAsciiDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Real digits and misread letters (O/o/l/I) in text[from, to), written to OCR_COUNTS[0] and [1]; `wide` counts full-width forms too. */
const OCR_COUNTS = new Int32Array(2);
function countOcr(text: string, from: number, to: number, wide: boolean): void {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (wide ? isWideOrAsciiDigit(c) : isAsciiDigit(c)) OCR_COUNTS[0]++;
    else if ((wide ? ocrDigitWide(c) : ocrDigit(c)) !== null) OCR_COUNTS[1]++;
  }
}

/** Rewrites each misread letter of text[from, to) to its digit; `wide` reads full-width forms too. */
function pushOcrRewrites(text: string, from: number, to: number, wide: boolean, out: Array<number | string>): void {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    const r = wide ? ocrDigitWide(c) : ocrDigit(c);
    if (r !== null) out.push(p, p + 1, r);
  }
}

function accountRewrites(text: string, out: Array<number | string>): void {
  ACCOUNT_OCR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ACCOUNT_OCR.exec(text)) !== null) {
    const [from, to] = m.indices![1]!;
    OCR_COUNTS.fill(0);
    countOcr(text, from, to, true);
    if (OCR_COUNTS[0] < 5 || OCR_COUNTS[1] === 0) continue;
    pushOcrRewrites(text, from, to, true, out);
  }
}

/**
 * Dates of birth and IPv4 addresses read by OCR right after their label (生年月日 l985年4月l2日,
 * IPアドレス l92.l68.O.l5): the value's groups of digits and O/o/l/I, set apart by 年 月 日 . / -,
 * with four real digits at least and no more misread characters than real ones.
 */
const LABELLED_OCR = /(?:生年月日|誕生日|IPアドレス|IP ?address|(?<![A-Za-z])IP)[ \u3000]{0,2}(?:[:：]|は)?[ \u3000]{0,2}((?:[0-9OolI]{1,4}[年月日./-] ?){2,3}[0-9OolI]{1,4}日?)(?![0-9A-Za-z])/dgi;

function labelledOcrRewrites(text: string, out: Array<number | string>): void {
  LABELLED_OCR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABELLED_OCR.exec(text)) !== null) {
    const [from, to] = m.indices![1]!;
    OCR_COUNTS.fill(0);
    countOcr(text, from, to, false);
    if (OCR_COUNTS[1] === 0 || OCR_COUNTS[0] < 4 || OCR_COUNTS[1] > OCR_COUNTS[0]) continue;
    pushOcrRewrites(text, from, to, false, out);
  }
}

/** Passport-style tokens: one or two capitals then digits with O/l/I among them (TK12O4567). */
const PREFIXED_OCR = /(?<![A-Za-z0-9])[A-Z]{1,2}(?=[0-9OlI]{7}(?![A-Za-z0-9]))(?=[0-9OlI]*[0-9][0-9OlI]*[0-9])/g;

/**
 * Spaces around the @ and dots of an e-mail address (info @ example .jp, taro @ example . co . jp):
 * removed when a word stands on both sides of the @ and the domain after it is words joined by dots.
 */
// The local part may be spaced at its dots too (sasaki . tomoyuki74 @ …); ideographic spaces read as spaces.
const SPACED_EMAIL = /(?<![A-Za-z0-9._%+-])((?:[A-Za-z0-9_%+-]{1,64}[ \u3000]\.[ \u3000])*[A-Za-z0-9._%+-]{1,64})([ \u3000]?)@([ \u3000]?)((?:[A-Za-z0-9-]{1,63}[ \u3000]?\.[ \u3000]?)+[a-z]{2,24})(?![A-Za-z0-9.-])/g;

// Country codes (two letters) and the generic domains addresses in business text use.
const SPACED_EMAIL_TLD = /(?:^|[ .])(?:[a-z]{2}|com|net|org|info|biz|edu|gov|mil|int|io|dev|app|cloud|tech|online|site|xyz|jobs|mobi|name|pro|tokyo|osaka|nagoya|yokohama|kyoto)$/;

function isEmailChar(code: number): boolean {
  const c = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code; // full-width forms read as ASCII
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}
function isGapChar(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0x09;
}

/**
 * An address spelled out one character at a time (t a r o @ e x a m p l e . c o . j p): around an
 * '@' with a gap beside it, single characters each set apart by one to three spaces, at least two
 * before the '@' and a domain after it that ends in a real top-level domain. The gaps are removed.
 */
function spelledOutEmail(text: string, at: number, out: Array<number | string>): void {
  const gaps: number[] = [];
  // Left: "x␣" pairs ending at the '@' (or its gap).
  let p = at;
  let left = 0;
  for (;;) {
    let g = p;
    while (g > 0 && p - g < 3 && isGapChar(text.charCodeAt(g - 1))) g--;
    if (g === p && p !== at) break;
    if (g < 1 || !isEmailChar(text.charCodeAt(g - 1)) || (g >= 2 && isEmailChar(text.charCodeAt(g - 2)))) break;
    if (g < p) gaps.push(g, p);
    p = g - 1;
    left++;
    if (p === 0 || !isGapChar(text.charCodeAt(p - 1))) break;
  }
  // Right: "␣x" pairs after the '@'.
  let q = at + 1;
  let right = '';
  for (;;) {
    let g = q;
    while (g < text.length && g - q < 3 && isGapChar(text.charCodeAt(g))) g++;
    if (g === q && q !== at + 1) break;
    if (g >= text.length || !isEmailChar(text.charCodeAt(g)) || (g + 1 < text.length && !isGapChar(text.charCodeAt(g + 1)))) {
      // The last character may stand right before the end of the address (…j p です: a gap follows; …j p。 does not).
      if (g < text.length && isEmailChar(text.charCodeAt(g)) && !isEmailChar(text.charCodeAt(g + 1))) {
        if (g > q) gaps.push(q, g);
        right += asciiOf(text.charCodeAt(g));
      }
      break;
    }
    if (g > q) gaps.push(q, g);
    right += asciiOf(text.charCodeAt(g));
    q = g + 1;
  }
  if (left < 2 || right.length < 4 || right.indexOf('.') < 1 || !SPACED_EMAIL_TLD.test(right.slice(right.lastIndexOf('.')))) return;
  for (let k = 0; k < gaps.length; k += 2) out.push(gaps[k], gaps[k + 1], '');
}

/** [0-9A-Za-z] or its full-width form. */
function isAlnumCode(code: number): boolean {
  const c = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
/** A character that may stand alone between the gaps of a spelled-out token: alphanumeric or : . - _ */
function isSpelledChar(code: number): boolean {
  const c = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
  return isAlnumCode(code) || c === 0x3a || c === 0x2e || c === 0x2d || c === 0x5f || isDashVariant(code) || code === 0x30fc || code === 0xff70 || PASSWORD_MARK[c] === 1;
}

// The marks passwords hold (! ? # $ % & * + = ~ ^), spelled out among their letters and digits (U D J A ! h j n 2 2 8 ?).
const PASSWORD_MARK = new Uint8Array(0x80);
for (const c of '!?#$%&*+=~^') PASSWORD_MARK[c.charCodeAt(0)] = 1;

/**
 * Where a spelled-out run may start: three single characters (alphanumeric, or one of : . - _), each
 * set apart by one to three spaces, tabs or ideographic spaces. Most texts have none.
 */
const SPELLED_OUT_GATE = /(?<![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])[0-9A-Za-z０-９Ａ-Ｚａ-ｚ][ \t\u3000]{1,3}[0-9A-Za-z０-９Ａ-Ｚａ-ｚ:.\-_：．][ \t\u3000]{1,3}[0-9A-Za-z０-９Ａ-Ｚａ-ｚ:.\-_：．](?=[ \t\u3000])/g;

/**
 * Identifiers with letters and digits spelled out one character at a time (A K I A I O S F …,
 * T  7  0  1 …, G B 8 2 W E S T …, 2 0 0 1 : d b 8 : …): a run of eight single characters or more,
 * each set apart by one to three spaces, holding a letter and a digit, loses its gaps, so the
 * detectors read the token it spells. Runs of digits alone are left to the detectors (they read
 * spaced digits themselves), and runs of letters alone to spacedLetterRewrites (a word, not an
 * identifier; where a run here starts with letters, both drop the same gaps and sortedRewrites
 * keeps one).
 */
function spelledOutRewrites(text: string, out: Array<number | string>): void {
  SPELLED_OUT_GATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPELLED_OUT_GATE.exec(text)) !== null) {
    const gaps: number[] = [];
    let p = m.index + 1; // after the first character
    let count = 1;
    let letters = isAlnumCode(text.charCodeAt(m.index)) && !isWrittenDigit(text.charCodeAt(m.index)) ? 1 : 0;
    let digits = isWrittenDigit(text.charCodeAt(m.index)) ? 1 : 0;
    for (;;) {
      let g = p;
      while (g < text.length && g - p < 3 && isGapChar(text.charCodeAt(g))) g++;
      // (The next character read only inside the text: a read past its end deoptimizes compiled code.)
      if (g === p || g >= text.length || !isSpelledChar(text.charCodeAt(g)) || (g + 1 < text.length && isSpelledChar(text.charCodeAt(g + 1)))) break;
      gaps.push(p, g);
      const c = text.charCodeAt(g);
      if (isWrittenDigit(c)) digits++;
      else if (isAlnumCode(c)) letters++;
      count++;
      p = g + 1;
    }
    if (count >= 8 && letters > 0 && digits > 0) for (let k = 0; k < gaps.length; k += 2) out.push(gaps[k], gaps[k + 1], '');
    // Digits alone set apart by wider gaps (0  3  -  4  2  3  1, 3  7  3  4  ―  8 …): each gap becomes
    // one space, as the detectors read spaced digits.
    else if (count >= 8 && letters === 0 && digits >= 7) widenedGapRewrites(gaps, out);
    SPELLED_OUT_GATE.lastIndex = Math.max(p, m.index + 1);
  }
}

/** Each gap of `gaps` (start, end pairs) wider than one character, made one space. */
function widenedGapRewrites(gaps: readonly number[], out: Array<number | string>): void {
  for (let k = 0; k < gaps.length; k += 2) if (gaps[k + 1] - gaps[k] > 1) out.push(gaps[k], gaps[k + 1], ' ');
}

// The script of a letter that may be spelled out one at a time: 1 Latin, 2 hiragana, 3 katakana.
const SPELLED_SCRIPT = new Uint8Array(0x10000);
for (let c = 0x41; c <= 0x5a; c++) SPELLED_SCRIPT[c] = SPELLED_SCRIPT[c + 0x20] = 1;
for (let c = 0x3041; c <= 0x3096; c++) SPELLED_SCRIPT[c] = 2;
for (let c = 0x30a1; c <= 0x30fa; c++) SPELLED_SCRIPT[c] = 3;
SPELLED_SCRIPT[0x30fc] = 3;
SPELLED_SCRIPT[0x30fb] = 3; // ・ between the parts of a foreign name (グ エ ン ・ テ ィ ・ ラ ン)
// Kanji other than the numerals (a kanji number spaced out is read as one: kanjiNumberEnd).
const KANJI_LETTER = 4;
for (let c = 0x3400; c <= 0x9fff; c++) if (!(c > 0x4dbf && c < 0x4e00) && KANJI_DIGIT_VALUE[c] < 0) SPELLED_SCRIPT[c] = KANJI_LETTER;
for (let c = 0xf900; c <= 0xfaff; c++) SPELLED_SCRIPT[c] = KANJI_LETTER;
SPELLED_SCRIPT[0x3005] = KANJI_LETTER; // 々

/**
 * Words spelled out one letter at a time, each letter set apart by one space (Y A M A Z A K I 様,
 * K E N T A　I W A S A K I, は せ が わ, ナ カ ム ラ　ユ ウ キ, 東 京 都 港 区): a run of three letters or more
 * of one script (Latin, hiragana, katakana or kanji) loses its spaces, so the detectors read the
 * word. Any other gap (two spaces, or an ideographic space between runs spaced by spaces) ends the
 * run: it parts the words of a name. Letters spaced by ideographic spaces alone (タ　カ　ハ　シ, 西　郷　寺,
 * 議　事　録, as forms and headings space them) are a run of their own the same way. In Latin letters a
 * capital after a small letter starts the next word (K e n t a S a t o keeps one gap). Kanji, which
 * make a word two at a time, need only two beside another run (氏 名　山 田 太 郎, as PDF-to-text spaces
 * a form). A run that spells nothing is left harmless (A B C D becomes ABCD, 月 火 水 becomes 月火水).
 */
function spacedLetterRewrites(text: string, gap: number, out: Array<number | string>): void {
  const mark = String.fromCharCode(gap);
  // The last kanji run of two letters not yet joined, and the end of the last run read.
  let pairStart = -1;
  let lastEnd = -1;
  let lastJoinedLatin = false;
  for (let s = text.indexOf(mark); s > 0; s = text.indexOf(mark, s + 1)) {
    const script = SPELLED_SCRIPT[text.charCodeAt(s - 1)];
    if (script === 0) continue;
    const kanji = script === KANJI_LETTER;
    // A run starts at a letter standing alone (no letter or kanji glued before it: 担当の is a
    // word's end); a kanji run after a particle too (送付先は東 京 都), not inside a word (一ノ瀬 翔).
    if (!runMayStartAfter(script, text.charCodeAt(s - 2)) || !(kanji ? loneKanjiAt(text, s + 1) : loneLetterAt(text, s + 1, script))) continue;
    let end = s + 2; // after the second letter
    let letters = 2;
    let kanjiOnly = kanji;
    // Japanese letters go on across scripts (埼 玉 県 さ い た ま 市, 松 本 さ く ら).
    const japanese = script !== 1;
    while (text.charCodeAt(end) === gap && (kanji && kanjiOnly ? loneKanjiAt(text, end + 1) : loneLetterAt(text, end + 1, script)) || (japanese && text.charCodeAt(end) === gap && loneJapaneseAt(text, end + 1))) {
      if (!isKanjiCode(text.charCodeAt(end + 1))) kanjiOnly = false;
      end += 2;
      letters++;
    }
    // The last kanji may be glued to what follows it (渡 辺 翔様, 長　谷　川さん), and a last kana to an
    // honorific (松 本 さ く ら様).
    if (text.charCodeAt(end) === gap && ((kanjiOnly && isKanjiCode(text.charCodeAt(end + 1))) || (japanese && SPELLED_SCRIPT[text.charCodeAt(end + 1)] >= 2 && HONORIFIC_START.test(text.slice(end + 2, end + 4))))) {
      end += 2;
      letters++;
    }
    const runStart = s - 1;
    // Two kanji (氏 名, 所 属) only on a line spaced out letter by letter: next to another run
    // across a wider gap (氏 名　山 田 太 郎), not a day and a surname in a rota (月 林).
    const besideLast = lastEnd >= 0 && onlyWideGap(text, lastEnd, runStart);
    if (pairStart >= 0 && besideLast) out.push(pairStart + 1, pairStart + 2, '');
    pairStart = -1;
    const joined = letters >= 3 || (kanjiOnly && besideLast);
    if (joined) {
      for (let p = s; p < end; p += 2) {
        // A capital after a small letter starts the next word (K e n t a S a t o): its gap stays.
        if (script === 1 && isLowerAscii(text.charCodeAt(p - 1)) && isUpperAscii(text.charCodeAt(p + 1))) continue;
        out.push(p, p + 1, '');
      }
      // Two or three spaces between two spelled-out words of Latin letters (S a k i   M u r a k a m i)
      // become one, as a name is written.
      if (script === 1 && lastJoinedLatin && gap === 0x20 && runStart - lastEnd >= 2 && runStart - lastEnd <= 3 && onlySpaces(text, lastEnd, runStart)) out.push(lastEnd, runStart, ' ');
    } else if (kanjiOnly) pairStart = runStart;
    lastJoinedLatin = joined && script === 1;
    lastEnd = end;
    s = end - 1;
  }
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 0x20) return false;
  return true;
}

/**
 * A name in Latin letters spelled out with uneven gaps (Y  u m  i  M　i　y  a  z a k i, T  a k e d a    K  e n  j i
 * once full-width forms are folded): four letters or more, each alone, with gaps of one to four spaces
 * (ASCII or ideographic), one of them wider than one, in mixed case. The gaps go; a capital after a
 * small letter starts the next word, which keeps one space. (Evenly spaced letters, and capitals
 * alone, whose wider gaps part the words, are spacedLetterRewrites' to read.)
 */
function unevenLatinRewrites(text: string, out: Array<number | string>): void {
  const gaps: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isAsciiLetterCode(text.charCodeAt(i)) || isAsciiAlnum(text.charCodeAt(i - 1))) continue;
    gaps.length = 0;
    let letters = 1;
    let wide = false;
    let lower = isLowerAscii(text.charCodeAt(i));
    let upper = !lower;
    let p = i + 1;
    for (;;) {
      let q = p;
      while (q < text.length && q - p < 4 && isGapChar(text.charCodeAt(q))) q++;
      if (q === p || isGapChar(text.charCodeAt(q)) || !isAsciiLetterCode(text.charCodeAt(q)) || isAsciiAlnum(text.charCodeAt(q + 1))) break;
      gaps.push(p, q);
      if (q - p >= 2) wide = true;
      if (isLowerAscii(text.charCodeAt(q))) lower = true;
      else upper = true;
      letters++;
      p = q + 1;
    }
    if (letters >= 4 && wide && lower && upper) {
      for (let k = 0; k < gaps.length; k += 2) {
        const before = text.charCodeAt(gaps[k] - 1);
        const after = text.charCodeAt(gaps[k + 1]);
        out.push(gaps[k], gaps[k + 1], isLowerAscii(before) && isUpperAscii(after) ? ' ' : '');
      }
    }
    i = p - 1;
  }
}

/**
 * Japanese letters spaced out evenly by two or three spaces (阿  部  雄  一  郎, 内  田  七  海): three letters
 * or more, each alone, every gap the same; the gaps go. Kanji numerals count as letters beside two
 * kanji that are none (雄 一 郎); a run of numerals alone is a number (kanjiNumberEnd's).
 */
function wideJapaneseRewrites(text: string, out: Array<number | string>): void {
  const gaps: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isSpelledLetter(text.charCodeAt(i)) || isSpelledLetter(text.charCodeAt(i - 1))) continue;
    gaps.length = 0;
    let letters = 1;
    let words = isWordLetter(text.charCodeAt(i)) ? 1 : 0;
    let width = -1;
    let p = i + 1;
    for (;;) {
      let q = p;
      while (q < text.length && q - p < 3 && isGapChar(text.charCodeAt(q))) q++;
      const w = q - p;
      if (w < 2 || (width >= 0 && w !== width) || !isSpelledLetter(text.charCodeAt(q)) || isSpelledLetter(text.charCodeAt(q + 1))) break;
      width = w;
      gaps.push(p, q);
      letters++;
      if (isWordLetter(text.charCodeAt(q))) words++;
      p = q + 1;
    }
    if (letters >= 3 && words >= 2) for (let k = 0; k < gaps.length; k += 2) out.push(gaps[k], gaps[k + 1], '');
    i = p - 1;
  }
}

/** A kanji or kana other than a numeral or ー (which stand between a number's digits). */
function isWordLetter(c: number): boolean {
  return SPELLED_SCRIPT[c] >= 2 && c !== 0x30fc && !isKanjiDigit(c);
}

/** A kanji, kana or kanji numeral: a letter a Japanese word is spelled with. */
function isSpelledLetter(c: number): boolean {
  return SPELLED_SCRIPT[c] >= 2 || isKanjiDigit(c);
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || isAsciiLetterCode(c);
}

function isLowerAscii(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isUpperAscii(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** Whether text[from, to) is a gap wider than one space on one line: an ideographic space, a tab or spaces, at most three. */
function onlyWideGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3 || (to - from === 1 && text.charCodeAt(from) === 0x20)) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x3000 && c !== 0x09) return false;
  }
  return true;
}

/**
 * Whether a run of `script` may start after the code unit `before`: a Latin run after no Latin
 * letter or digit (本件はT a r o), a katakana run after no katakana, kanji, Latin letter or digit (a
 * particle may come first: 担当のイ ト ウ), a hiragana run after nothing of a word (担当の は せ が わ:
 * の ends 担当の), a kanji run as kanjiStandsApart says.
 */
function runMayStartAfter(script: number, before: number): boolean {
  const b = SPELLED_SCRIPT[before];
  if (script === KANJI_LETTER) return kanjiStandsApart(before);
  if (script === 1) return !(b === 1 || (before >= 0x30 && before <= 0x39));
  if (script === 3) return !(b === 3 || b === 1 || b === KANJI_LETTER || isKanjiDigit(before) || (before >= 0x30 && before <= 0x39));
  return standsApart(before);
}

function isKanjiCode(c: number): boolean {
  return SPELLED_SCRIPT[c] === KANJI_LETTER || isKanjiDigit(c);
}

/** Whether the code unit before a kanji run keeps it apart: no kanji, kana of a name (ノ, ヶ), Latin letter or digit; a particle may. */
function kanjiStandsApart(code: number): boolean {
  return !(SPELLED_SCRIPT[code] === KANJI_LETTER || SPELLED_SCRIPT[code] === 1 || SPELLED_SCRIPT[code] === 3 || isKanjiDigit(code) || (code >= 0x30 && code <= 0x39));
}

const HONORIFIC_START = /^(?:様|さん|さま|殿|氏|君|くん|ちゃん|先生)/;

/** A kanji, hiragana or katakana letter at `i` with no Japanese letter glued after it. */
function loneJapaneseAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!(SPELLED_SCRIPT[c] >= 2 || isKanjiDigit(c))) return false;
  const next = text.charCodeAt(i + 1);
  return !(SPELLED_SCRIPT[next] >= 2 || isKanjiDigit(next));
}

/** A kanji (a numeral too: 佐 藤 健 一) at `i` with nothing of a word glued after it: no kanji, katakana (鬼ヶ原) or 々. */
function loneKanjiAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!(SPELLED_SCRIPT[c] === KANJI_LETTER || isKanjiDigit(c))) return false;
  const next = text.charCodeAt(i + 1);
  return !(SPELLED_SCRIPT[next] === KANJI_LETTER || SPELLED_SCRIPT[next] === 3 || isKanjiDigit(next));
}

/** A letter of `script` at `i` with no letter of that script glued after it (わ in わ です, not で). */
function loneLetterAt(text: string, i: number, script: number): boolean {
  return SPELLED_SCRIPT[text.charCodeAt(i)] === script && SPELLED_SCRIPT[text.charCodeAt(i + 1)] !== script;
}

/** Whether the code unit before a run keeps it apart from a word: no letter, kanji or digit (NaN at the start). */
function standsApart(code: number): boolean {
  return !(SPELLED_SCRIPT[code] > 0 || (code >= 0x3400 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || code === 0x3005);
}

/** The ASCII character a full-width form stands for (ｊ -> j), lower-cased. */
function asciiOf(code: number): string {
  return String.fromCharCode(code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code).toLowerCase();
}

function emailRewrites(text: string, out: Array<number | string>): void {
  for (const mark of ['@', '＠']) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      if (isGapChar(text.charCodeAt(at - 1)) || isGapChar(text.charCodeAt(at + 1))) spelledOutEmail(text, at, out);
    }
  }
  if (text.indexOf('@') < 0) return;
  SPACED_EMAIL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPACED_EMAIL.exec(text)) !== null) {
    const domain = m[4].replace(/\u3000/g, ' ');
    if (m[2] === '' && m[3] === '' && domain.indexOf(' ') < 0) continue;
    // Spaced out, an address must end in a real top-level domain (Hello @ all. see is prose).
    // A dot with a space after it and none before ends a sentence (ping me @ home. ok).
    if (!SPACED_EMAIL_TLD.test(domain) || /[^ ]\. /.test(domain)) continue;
    // The spaces around the local part's dots go too.
    for (let k = 0; k < m[1].length; k++) if (isGapChar(m[1].charCodeAt(k))) out.push(m.index + k, m.index + k + 1, '');
    let p = m.index + m[1].length;
    if (m[2] !== '') out.push(p, p + 1, '');
    p += m[2].length + 1;
    if (m[3] !== '') out.push(p, p + 1, '');
    p += m[3].length;
    for (let k = 0; k < m[4].length; k++) if (isGapChar(m[4].charCodeAt(k))) out.push(p + k, p + k + 1, '');
  }
}

// An address with its marks written as words: yoshida dot k at example dot co dot jp,
// taro[at]example[dot]com, hanako アット example ドット jp. The words become '@' and '.'.
const WORDED_EMAIL_GATE = /dot|ドット|どっと|\[at\]|\(at\)|アット|あっと/i;
const WORD_DOT = String.raw`(?:[ \t\u3000]*[\[(（][ \t\u3000]*dot[ \t\u3000]*[\])）][ \t\u3000]*|[ \t\u3000]+dot[ \t\u3000]+|[ \t\u3000]*(?:ドット|どっと)[ \t\u3000]*)`;
const WORD_AT = String.raw`(?:[ \t\u3000]*[\[(（][ \t\u3000]*at[ \t\u3000]*[\])）][ \t\u3000]*|[ \t\u3000]+at[ \t\u3000]+|[ \t\u3000]*(?:アット|あっと)[ \t\u3000]*)`;
const WORDED_EMAIL = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9_%+-]+(?:(?:${WORD_DOT}|\.)[A-Za-z0-9_%+-]+)*(${WORD_AT})[A-Za-z0-9-]+(?:(?:${WORD_DOT}|\.)[A-Za-z0-9-]+)+(?![A-Za-z0-9])`,
  'gi',
);
const WORD_DOT_ANYWHERE = new RegExp(WORD_DOT, 'gi');
const BARE_WORD_AT = /^[ \t\u3000]+at[ \t\u3000]+$/i;

function wordedEmailRewrites(text: string, out: Array<number | string>): void {
  WORDED_EMAIL.lastIndex = 0;
  for (let m = WORDED_EMAIL.exec(text); m !== null; m = WORDED_EMAIL.exec(text)) {
    const atStart = m.index + m[0].indexOf(m[1]);
    const domain = m[0].slice(atStart - m.index + m[1].length);
    const dots: Array<[number, number]> = [];
    WORD_DOT_ANYWHERE.lastIndex = 0;
    for (let d = WORD_DOT_ANYWHERE.exec(m[0]); d !== null; d = WORD_DOT_ANYWHERE.exec(m[0])) dots.push([m.index + d.index, m.index + d.index + d[0].length]);
    const domainDots = dots.filter(([a]) => a > atStart).length;
    // "look at example.com" is prose: a bare " at " counts only with a dot written as a word in the domain.
    if (BARE_WORD_AT.test(m[1]) && domainDots === 0) continue;
    const last = domain.replace(new RegExp(WORD_DOT, 'gi'), '.');
    if (!SPACED_EMAIL_TLD.test(last.slice(last.lastIndexOf('.')).toLowerCase())) continue;
    out.push(atStart, atStart + m[1].length, '@');
    for (const [a, b] of dots) out.push(a, b, '.');
  }
}

/**
 * True when valueRewrites(text) has something to rewrite (most texts: a few indexOf calls and
 * one regular-expression test). The answer is cached, so normalize() on the same text reuses it.
 */
export function mayNeedValueRewrites(text: string): boolean {
  return valueRewrites(text) !== null;
}
let rewritesOf: string | null = null;
let cachedRewrites: Array<number | string> | null = null;
// (Full-width forms too: OCR output mixes widths, １Ｏ３４５６７.)
const OCR_GATE = /[0-9０-９][OolIＯｏｌＩ]|[OolIＯｏｌＩ][0-9０-９]/;

/**
 * The value rewrites of `text` as flat triples (start, end, replacement), sorted and
 * non-overlapping, or null when there are none.
 */
export function valueRewrites(text: string): Array<number | string> | null {
  if (text !== rewritesOf) {
    cachedRewrites = findValueRewrites(text);
    rewritesOf = text;
  }
  return cachedRewrites;
}

/** True when `mark` occurs in `text` with a space, tab or ideographic space right before or after it. */
function hasGapBeside(text: string, mark: string): boolean {
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
    if (isGapChar(text.charCodeAt(at - 1)) || isGapChar(text.charCodeAt(at + 1))) return true;
  }
  return false;
}

// The rewrites findValueRewrites collects, in one array reused across calls (the result is a
// copy): it holds numbers and strings from the start, so the code compiled for it never meets an
// array of another elements kind (a fresh [] holds small integers until its first string).
const foundRewrites: Array<number | string> = [0, ''];

function findValueRewrites(text: string): Array<number | string> | null {
  const spacedAt = hasGapBeside(text, '@') || hasGapBeside(text, '＠');
  const ocr = OCR_GATE.test(text);
  const found = foundRewrites;
  found.length = 0;
  const postalCue = spokenRewrites(text, found);
  // The rarer rewrites in functions of their own, each called on every text: a branch first met
  // after the JIT compiled this function then deoptimizes only the small one.
  ocrClusterRewrites(text, ocr, postalCue, found);
  if (spacedAt) emailRewrites(text, found);
  if (WORDED_EMAIL_GATE.test(text)) wordedEmailRewrites(text, found);
  spelledOutRewrites(text, found);
  // (Before the even spacing below: at the same gap the first rewrite wins.)
  if (text.indexOf('  ') >= 0 || text.indexOf('\u3000') >= 0) unevenLatinRewrites(text, found);
  if (text.indexOf('  ') >= 0 || text.indexOf('\u3000\u3000') >= 0) wideJapaneseRewrites(text, found);
  if (text.indexOf(' ') >= 0) spacedLetterRewrites(text, 0x20, found);
  if (text.indexOf('\u3000') >= 0) spacedLetterRewrites(text, 0x3000, found);
  if (found.length === 0) return null;
  return sortedRewrites(found);
}

/** Spoken numbers after a cue, pushed onto `found`; true when a postal cue (〒, 郵便) was seen. */
function spokenRewrites(text: string, found: Array<number | string>): boolean {
  // Spoken numbers after a cue: the run starts within 32 characters after the cue, in the same
  // sentence (its particle, a colon, fillers, a false start taken back), skipping anything that is
  // not a digit word.
  // One pass over the text for the cues' first characters; a cue inside the window of the one
  // before (番号 of 電話番号) is not searched again.
  let searchedTo = 0;
  let postalCue = false; // 〒 or 郵便 seen: OCR'd postal codes are looked for after them
  for (let at = 0; at < text.length; at++) {
    const cues = CUE_START[text.charCodeAt(at)];
    if (cues === 0) continue;
    if (cues === MOBILE_START) {
      cuelessPhoneAt(text, at, found);
      continue;
    }
    let word = '';
    for (const cue of CUE_LISTS[cues - 1]) {
      if (text.startsWith(cue, at)) {
        word = cue;
        break;
      }
    }
    if (word === '') continue;
    if (word === '〒' || word === '郵便') postalCue = true;
    if (at < searchedTo) continue;
    {
      let from = at + word.length;
      let limit = Math.min(text.length, from + 32);
      let crossed = false;
      searchedTo = limit;
      for (let p = from; p < limit; p++) {
        const c = text.charCodeAt(p);
        // The sentence or line ends: what follows is not this cue's number, unless the cue's
        // sentence was short, a question or a request (口座番号ですね。/ お電話番号をお願いします。⏎
        // 顧客：…): the number is said in the next sentence or turn, read once past its speaker's label.
        if (c === 0x3002 || c === 0x0a) {
          if (crossed || p - from > 16) break;
          crossed = true;
          from = nextSentenceStart(text, p);
          limit = Math.min(text.length, from + 32);
          searchedTo = limit;
          p = from - 1;
          continue;
        }
        if (SPOKEN_START[c] === 0 && FILLER_START[c] === 0) {
          // Past the cue's particle and colon, only speech (kana, punctuation, fillers) leads on to a
          // number said later: a word in kanji or Latin letters ends the search (電話番号を教えて…).
          if (p - from >= 8 && !(c >= 0x3000 && c <= 0x30ff) && c !== 0x2026 && c !== 0x20) break;
          continue;
        }
        const filler = fillerAt(text, p);
        if (filler > 0) {
          p += filler - 1;
          continue;
        }
        if (SPOKEN_START[c] === 0) continue;
        const first = spokenDigitAt(text, p);
        if (first === null || !mayStartSpokenNumber(text, p)) continue;
        // A number goes on after its first digit (another digit, a separator or a filler): most
        // kana that read as one digit (に, し, く) are particles and word parts, not worth a run.
        const q = p + first[0];
        if (q < text.length && spokenDigitAt(text, q) === null && !isSpokenSeparator(text.charCodeAt(q)) && fillerAt(text, q) === 0 && removableLengthAt(text, q) === 0) {
          p = q - 1;
          continue;
        }
        // One kana glued before written digits, or one space before them, is a particle (申請書に1042-9209-4817,
        // マイナンバー欄に 027248517897), not a digit.
        if (first[0] === 1 && isHiraganaCode(c) && isWrittenDigit(text.charCodeAt(q)) && isWrittenDigit(text.charCodeAt(q + 1))) continue;
        if (first[0] === 1 && isHiraganaCode(c) && isSpaceCode(text.charCodeAt(q)) && isWrittenDigit(text.charCodeAt(q + 1)) && isWrittenDigit(text.charCodeAt(q + 2))) continue;
        // A false start (ひゃく…じゃなくて, a lone 9 of なくて) is read past; the number after it counts.
        if (spokenNumber(text, p, found) >= 0) break;
        p = spokenRunEnd - 1;
      }
    }
  }
  return postalCue;
}

// After a mobile prefix written in digits: digit words, kanji numerals or の (080のなないち…, ０８０ーなな…).
const AFTER_WRITTEN_PREFIX = /[ \u3000]?[のーｰ\-－・、]?[ \u3000]?[\u3041-\u30ff〇一二三四五六七八九]/y;
const cuelessPieces: Array<number | string> = [0, ''];

/**
 * Phone numbers said without a cue word, where their shape says what they are: a mobile prefix
 * (050-090) read from digits, kanji numerals or digit words, and eleven digits in all
 * (〇九〇の八七四二の一三五六, 080のなないちキューにの6031, ゼロハチゼロ…). Called at 0, ０, 〇, ゼ and
 * ぜ (spokenRewrites' scan); a prefix written in digits counts only with words or kanji after it.
 */
function cuelessPhoneAt(text: string, at: number, found: Array<number | string>): void {
  // Not inside a longer number written in digits.
  if (at > 0 && isWrittenDigit(text.charCodeAt(at - 1))) return;
  if (isWrittenDigit(text.charCodeAt(at))) {
    // Most zeros are in ordinary numbers: a written prefix (0, 5-9, 0) is checked by code first,
    // and must be followed by words or kanji numerals; a word right after the 0 (0はち0…) is read below.
    const next = at + 1 < text.length ? text.charCodeAt(at + 1) : 0;
    if (isWrittenDigit(next)) {
      if (at + 3 >= text.length || writtenDigitValue(next) < 5 || writtenDigitValue(text.charCodeAt(at + 2)) !== 0) return;
      AFTER_WRITTEN_PREFIX.lastIndex = at + 3;
      if (!AFTER_WRITTEN_PREFIX.test(text)) return;
    } else if (!(next >= 0x3041 && next <= 0x30fa)) return;
  }
  // The first three readings must be 0, 5-9, 0.
  let p = at;
  for (let k = 0; k < 3; k++) {
    if (p >= text.length) return;
    const d = spokenDigitAt(text, p);
    if (d === null) return;
    const v = d[1].charCodeAt(0) - 48;
    if (k === 1 ? v < 5 : v !== 0) return;
    p += d[0];
  }
  const pieces = cuelessPieces;
  pieces.length = 0;
  if (spokenNumber(text, at, pieces) < 0) return;
  let digits = 0;
  for (let k = 2; k < pieces.length; k += 3) if ((pieces[k] as string).length === 1 && pieces[k] !== DASH) digits++;
  if (digits !== 11) return;
  for (let k = 0; k < pieces.length; k++) found.push(pieces[k]);
}

/** 0-9 for an ASCII or full-width digit, -1 otherwise. */
function writtenDigitValue(c: number): number {
  return c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : -1;
}

// A speaker's label at the start of a turn (顧客：, A:, 山田（営業）: ).
const SPEAKER_LABEL = /[^\n：:。]{1,12}[：:][ \u3000]*/y;

/** Where the sentence after the end mark at `p` starts: past the mark, blank space and a speaker's label. */
function nextSentenceStart(text: string, p: number): number {
  let q = p + 1;
  while (q < text.length && (text.charCodeAt(q) === 0x0a || text.charCodeAt(q) === 0x0d || text.charCodeAt(q) === 0x20 || text.charCodeAt(q) === 0x3000 || text.charCodeAt(q) === 0x3002)) q++;
  SPEAKER_LABEL.lastIndex = q;
  const label = SPEAKER_LABEL.exec(text);
  return label === null ? q : q + label[0].length;
}

// The labels the labelled OCR readings need, one scan each (not one indexOf per word).
const ACCOUNT_OCR_GATE = /普|当座|口座|貯蓄|支店/;
const LABELLED_OCR_GATE = /生年月日|誕生日|IP/;

/** OCR misreadings (`ocr`: the text has a digit next to O/o/l/I), pushed onto `found`. */
function ocrClusterRewrites(text: string, ocr: boolean, postalCue: boolean, found: Array<number | string>): void {
  if (ocr) {
    ocrRewrites(text, found);
    if (text.indexOf('T') >= 0) invoiceRewrites(text, found);
    if (postalCue) postalRewrites(text, found);
    if (ACCOUNT_OCR_GATE.test(text)) accountRewrites(text, found);
    if (LABELLED_OCR_GATE.test(text)) labelledOcrRewrites(text, found);
    PREFIXED_OCR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PREFIXED_OCR.exec(text)) !== null) {
      pushOcrRewrites(text, m.index + m[0].length, m.index + m[0].length + 7, false, found);
    }
  }
}

/** The rewrites in `found` sorted by start, overlaps dropped (the first wins), as a new array. */
function sortedRewrites(found: Array<number | string>): Array<number | string> {
  // Sort by start, drop overlaps (the first wins).
  const order: number[] = [];
  for (let k = 0; k < found.length; k += 3) order.push(k);
  order.sort((a, b) => (found[a] as number) - (found[b] as number));
  const result: Array<number | string> = [];
  let lastEnd = -1;
  for (const k of order) {
    if ((found[k] as number) < lastEnd) continue;
    result.push(found[k], found[k + 1], found[k + 2]);
    lastEnd = found[k + 1] as number;
  }
  return result;
}
