import { codeAt, digitRuns } from './digit-sequence';
import { JAPANESE_KEYWORDS, KEYWORD_FAMILIES, type KeywordFamily } from './keywords';

/**
 * Context-word lookups around a candidate span. Identifiers without a check digit
 * are only trusted when such words sit nearby; with a check digit they score higher.
 */

/** True when `pattern` matches within `before` chars before or `after` chars after the span. */
export function hasContext(
  text: string,
  start: number,
  end: number,
  pattern: RegExp,
  before = 30,
  after = 12,
): boolean {
  const windowText = text.slice(Math.max(0, start - before), start) + ' ' + text.slice(end, end + after);
  pattern.lastIndex = 0;
  return pattern.test(windowText);
}

const stickyCopies = new WeakMap<RegExp, RegExp>();

/** A sticky copy of `pattern` (same source and flags, 'g' replaced by 'y'), cached. */
function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickyCopies.get(pattern);
  if (sticky === undefined) {
    sticky = new RegExp(pattern.source, pattern.flags.replace('g', '').replace('y', '') + 'y');
    stickyCopies.set(pattern, sticky);
  }
  return sticky;
}

/**
 * For each context-word match, find the first value match that starts within `maxGap`
 * characters after it. Context words are rare, so this is cheaper than scanning for values.
 * `value` must be a global or sticky regex. The value is tried with a sticky copy at each
 * position of the gap in turn, which finds the same leftmost match as a forward search but
 * never scans past the gap.
 */
export function valuesAfterContext(
  text: string,
  context: RegExp,
  value: RegExp,
  maxGap: number,
  onValue: (start: number, end: number, match: RegExpExecArray) => void,
): void {
  context.lastIndex = 0;
  const sticky = stickyOf(value);
  let lastValueEnd = -1;
  let c: RegExpExecArray | null;
  while ((c = context.exec(text)) !== null) {
    const contextEnd = c.index + c[0].length;
    if (c[0].length === 0) context.lastIndex++;
    const from = Math.max(contextEnd, lastValueEnd);
    const last = Math.min(contextEnd + maxGap, text.length);
    for (let p = from; p <= last; p++) {
      sticky.lastIndex = p;
      const v = sticky.exec(text);
      if (v === null) continue;
      lastValueEnd = v.index + v[0].length;
      onValue(v.index, lastValueEnd, v);
      break;
    }
  }
}

/**
 * Which keyword families (keywords.ts) occur in a text, case-insensitively: one regex pass for
 * the ASCII keywords, restarting one character after each hit so overlapping keywords are all
 * seen (no two keywords of different families start at the same place with one a prefix of the
 * other), and a look at each position where the shared scan saw a Japanese keyword's first char.
 */
const FAMILY_OF = new Map<string, KeywordFamily>();
for (const [family, words] of Object.entries(KEYWORD_FAMILIES) as Array<[KeywordFamily, readonly string[]]>) {
  for (const word of words) if (word.charCodeAt(0) < 0x80) FAMILY_OF.set(word, family);
}
const ANY_ASCII_KEYWORD = new RegExp([...FAMILY_OF.keys()].sort((a, b) => b.length - a.length).join('|'), 'gi');

// The Japanese keywords by their first character: a keyword start is checked only against its own.
const KEYWORDS_BY_FIRST_CHAR = new Map<number, Array<readonly [string, KeywordFamily]>>();
for (const entry of JAPANESE_KEYWORDS) {
  const first = entry[0].charCodeAt(0);
  const list = KEYWORDS_BY_FIRST_CHAR.get(first);
  if (list === undefined) KEYWORDS_BY_FIRST_CHAR.set(first, [entry]);
  else list.push(entry);
}

let familySource: string | null = null;
let familiesPresent = new Set<KeywordFamily>();

/** True when one of `family`'s keywords occurs in `text` (case-insensitive). Cached per text. */
export function hasKeyword(text: string, family: KeywordFamily): boolean {
  if (text !== familySource) {
    const present = new Set<KeywordFamily>();
    ANY_ASCII_KEYWORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ANY_ASCII_KEYWORD.exec(text)) !== null) {
      const found = FAMILY_OF.get(m[0].toLowerCase());
      if (found !== undefined) present.add(found);
      ANY_ASCII_KEYWORD.lastIndex = m.index + 1;
    }
    const starts = digitRuns(text).japaneseKeywordStarts;
    for (let i = 0; i < starts.length; i++) {
      const candidates = KEYWORDS_BY_FIRST_CHAR.get(text.charCodeAt(starts[i]));
      if (candidates === undefined) continue;
      for (const [word, wordFamily] of candidates) {
        if (!present.has(wordFamily) && text.startsWith(word, starts[i])) present.add(wordFamily);
      }
    }
    familiesPresent = present;
    familySource = text;
  }
  return familiesPresent.has(family);
}

const anchoredCopies = new WeakMap<RegExp, RegExp>();

/** `(?:pattern)` anchored at the end of the string, allowing spaces before the end; cached. */
function anchoredAtEnd(pattern: RegExp): RegExp {
  let anchored = anchoredCopies.get(pattern);
  if (anchored === undefined) {
    anchored = new RegExp(`(?:${pattern.source})[ \\t]*$`, pattern.flags.replace('g', '').replace('y', ''));
    anchoredCopies.set(pattern, anchored);
  }
  return anchored;
}

/** [(\[【〔] (NFKC has already made （） ASCII). */
function isLabelOpen(c: number): boolean {
  return c === 40 || c === 91 || c === 0x3010 || c === 0x3014;
}
/** [)\]】〕] */
function isLabelClose(c: number): boolean {
  return c === 41 || c === 93 || c === 0x3011 || c === 0x3015;
}
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
// What may follow a label written without brackets: the end, punctuation or a copula, not more
// words about it (…郵便番号の欄).
const BARE_LABEL_END = /^(?:$|[\s。、,.!！?？)]|です|でした|だ|になります)/;

/**
 * Where the value before a label word at [start, end) must end, or -1: the word in brackets
 * (8943091305（基礎年金番号）, 150-0043 (ZIP)) or, when `bare`, after an arrow, が / は or a space
 * and followed by the end, punctuation or a copula (8943091305 が基礎年金番号です, 150-0043 ZIP).
 */
function labelValueEnd(text: string, start: number, end: number, bare: boolean): number {
  let p = start;
  if (isBlank(codeAt(text, p - 1))) p--;
  if (isLabelOpen(codeAt(text, p - 1))) {
    let q = end;
    if (isBlank(codeAt(text, q))) q++;
    if (!isLabelClose(codeAt(text, q))) return -1;
    p--;
    if (isBlank(codeAt(text, p - 1))) p--;
    return p;
  }
  if (!bare || !BARE_LABEL_END.test(text.slice(end, end + 5))) return -1;
  const c = codeAt(text, p - 1);
  if (c === 0x2190 || c === 0x304c || c === 0x306f) p--; // ← が は
  else if (c === 45 && codeAt(text, p - 2) === 60) p -= 2; // <-
  else if (p === start) return -1; // glued to the word before
  if (isBlank(codeAt(text, p - 1))) p--;
  return p;
}

/** True when a label word (`words`, sticky-able) in brackets, or bare when `bare`, follows `end`. */
export function hasLabelAfter(text: string, end: number, words: RegExp, bare: boolean): boolean {
  const sticky = stickyOf(words);
  for (let p = end; p <= end + 3 && p < text.length; p++) {
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m !== null && labelValueEnd(text, p, p + m[0].length, bare) === end) return true;
  }
  return false;
}

/**
 * A label written after its value: for each match of `words` (global; the label words alone,
 * e.g. /郵便番号|zip/gi) in brackets or, when `bare`, as labelValueEnd allows, a value matching
 * `value` must end right before it (spaces allowed); it is looked for in the `reach` characters
 * before. The label words are searched for once; the value regex runs only before them.
 */
export function valuesBeforeLabel(
  text: string,
  words: RegExp | string,
  bare: boolean,
  value: RegExp,
  reach: number,
  onValue: (start: number, end: number) => void,
): void {
  const atLabel = (start: number, end: number): void => {
    const valueEnd = labelValueEnd(text, start, end, bare);
    if (valueEnd <= 0) return;
    const from = Math.max(0, valueEnd - reach);
    const v = anchoredAtEnd(value).exec(text.slice(from, valueEnd));
    if (v === null) return;
    let valueStop = from + v.index + v[0].length;
    while (valueStop > from && isBlank(text.charCodeAt(valueStop - 1))) valueStop--;
    onValue(from + v.index, valueStop);
  };
  // A single literal (〒) is found with indexOf, much cheaper than a regex scan.
  if (typeof words === 'string') {
    for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + words.length)) atLabel(i, i + words.length);
    return;
  }
  words.lastIndex = 0;
  let c: RegExpExecArray | null;
  while ((c = words.exec(text)) !== null) atLabel(c.index, c.index + c[0].length);
}
