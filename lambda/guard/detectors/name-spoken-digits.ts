import type { RawFinding } from './detector';

/**
 * Digit words of a dictated number (ゼロ, キュー, ゴー, ナナ ...) are also given-name readings
 * (ナナ, ゴー, キュー), so a transcript that reads a number out (ゴー、ナナ、キュー) would show
 * names. A katakana name finding made only of digit words is a digit when another digit word or
 * a digit stands next to it, or when it is itself two or more digit words (ゴーマルナナ); alone and
 * before an honorific (ナナさん) it stays a name.
 */

// Longest first, so ゴー is read before ゴ and キュウ before ク.
const DIGIT_WORDS = ['キュウ', 'キュー', 'ジュウ', 'ジュー', 'ヒャク', 'ゼロ', 'レイ', 'マル', 'イチ', 'ニー', 'サン', 'ヨン', 'ゴー', 'ロク', 'ナナ', 'シチ', 'ハチ', 'セン', 'ニ', 'シ', 'ゴ', 'ク', 'ヨ'];
// What sits between the words of a dictated number: spaces, commas, dots, の, dashes, ellipses.
const SEPARATORS = ' \u3000、，,・･.。の-ー－‐…\t';
const HONORIFIC_AFTER = /^[ \u3000]?(?:さん|様|さま|くん|ちゃん|氏|先生)/;

function isKatakanaCode(c: number): boolean {
  return c >= 0x30a1 && c <= 0x30fa;
}

/** Folds hiragana onto katakana (a transcript may write ごー、なな). */
function fold(c: number): number {
  return c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c;
}

function wordAt(text: string, i: number, word: string): boolean {
  if (i < 0 || i + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) if (fold(text.charCodeAt(i + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** Length of the digit word starting at `i`, or 0. */
function digitWordAt(text: string, i: number): number {
  for (const word of DIGIT_WORDS) if (wordAt(text, i, word)) return word.length;
  return 0;
}

function isKanaRunCode(c: number): boolean {
  const k = fold(c);
  return (k >= 0x30a1 && k <= 0x30fa) || k === 0x30fc;
}
/** Number of digit words that make up text[start, end) wholly (spaces and ・ between allowed), or 0. */
function digitWordCount(text: string, start: number, end: number): number {
  let i = start;
  let count = 0;
  while (i < end) {
    const c = text[i];
    if (c === ' ' || c === '\u3000' || c === '・') {
      i++;
      continue;
    }
    const len = digitWordAt(text, i);
    if (len === 0 || i + len > end) return 0;
    i += len;
    count++;
  }
  return count;
}

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/**
 * Whether a digit or a kana run made only of digit words sits next to text[start, end), across
 * the separators of a dictated number (a neighbour ニシ is two digit words too, so a run of
 * one-kana digit words only counts as a neighbour when a longer digit word is in it).
 */
function digitNeighbour(text: string, start: number, end: number): boolean {
  let i = end;
  while (i < text.length && i - end < 3 && SEPARATORS.indexOf(text[i]) >= 0 && !(text[i] === 'ー' && i === end)) i++;
  if (i < text.length && isDigitCode(text.charCodeAt(i))) return true;
  let e = i;
  while (e < text.length && e - i < 12 && isKanaRunCode(text.charCodeAt(e))) e++;
  if (e > i && spokenRun(text, i, e)) return true;
  let j = start;
  while (j > 0 && start - j < 3 && SEPARATORS.indexOf(text[j - 1]) >= 0 && text[j - 1] !== 'ー') j--;
  if (j > 0 && isDigitCode(text.charCodeAt(j - 1))) return true;
  let s = j;
  while (s > 0 && j - s < 12 && isKanaRunCode(text.charCodeAt(s - 1))) s--;
  return s < j && spokenRun(text, s, j);
}

/** A kana run wholly of digit words, with one of two or more kana among them (not ニシ, クニ, ヨシ). */
function spokenRun(text: string, start: number, end: number): boolean {
  const count = digitWordCount(text, start, end);
  return count > 0 && (count === 1 || longWordIn(text, start, end));
}

function longWordIn(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const len = digitWordAt(text, i);
    if (len === 0) {
      i++;
      continue;
    }
    if (len >= 2) return true;
    i += len;
  }
  return false;
}

/** Drops name findings (from index `from`) that are digit words of a dictated number. */
export function dropSpokenDigitNames(text: string, out: RawFinding[], from: number): void {
  let kept = from;
  for (let i = from; i < out.length; i++) {
    const f = out[i];
    if (!(f.type === 'PERSON_NAME' && isKatakanaCode(text.charCodeAt(f.start)) && isSpokenDigit(text, f))) out[kept++] = f;
  }
  out.length = kept;
}

function isSpokenDigit(text: string, f: RawFinding): boolean {
  const count = digitWordCount(text, f.start, f.end);
  if (count === 0) return false;
  if (HONORIFIC_AFTER.test(text.slice(f.end, f.end + 4))) return false;
  // ニシ, クニ, ヨシ: one-kana digit words alone make a surname reading, not a number.
  if (count >= 2) return longWordIn(text, f.start, f.end);
  return digitNeighbour(text, f.start, f.end);
}
