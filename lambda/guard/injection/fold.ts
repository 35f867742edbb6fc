/**
 * Text folding for the injection screen: undoes the cheap evasions before the
 * pattern detectors run. Everything here is linear in the input length.
 */

import { EN_COMMON_WORDS } from './lexicon';
import { gate, hasAny, type Gate } from './prefilter';
import { reassembledView } from './reassembly';

/** Zero-width, format and other invisible code points that carry no visible text. */
export const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{1D173}-\u{1D17A}\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;

/**
 * Characters that NFKC leaves as they are, whatever their neighbours: ASCII, the Japanese
 * punctuation, kana and the CJK ideographs (U+3400-U+4DBF, U+4E00-U+9FFF). Every character of
 * these ranges is in NFKC already and combines with no neighbour (NFKC quick check Yes, combining
 * class 0; none is invisible), so a text of them alone is its own NFKC form
 * (test/guard/injection/screen-fast-paths.test.ts checks each one).
 */
const NFKC_STABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x007f], [0x3001, 0x3029], [0x3030, 0x3035], [0x3037, 0x3037], [0x303b, 0x303f], [0x3041, 0x3096], [0x309d, 0x309e], [0x30a0, 0x30fe],
  [0x3400, 0x4dbf], [0x4e00, 0x9fff],
];
const hex4 = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
/** A character outside NFKC_STABLE_RANGES. */
export const NFKC_UNSTABLE = new RegExp(`[^${NFKC_STABLE_RANGES.map(([a, b]) => (a === b ? hex4(a) : `${hex4(a)}-${hex4(b)}`)).join('')}]`);

/**
 * INVISIBLE read one UTF-16 code unit at a time, with NFKC_STABLE_RANGES: per code unit, STABLE
 * (NFKC keeps it, and it is visible), INVISIBLE_BMP, PAIR_START (U+D834 and U+DB40, which begin the
 * astral invisible ones: U+1D173-U+1D17A is U+D834 U+DD73-U+DD7A, U+E0000-U+E007F and
 * U+E0100-U+E01EF are U+DB40 U+DC00-U+DC7F / U+DD00-U+DDEF) or OTHER.
 */
const STABLE = 0;
const INVISIBLE_BMP = 1;
const PAIR_START = 2;
const OTHER = 3;
const UNIT_CLASS = new Uint8Array(0x10000).fill(OTHER);
for (const [from, to] of NFKC_STABLE_RANGES) UNIT_CLASS.fill(STABLE, from, to + 1);
for (const [from, to] of [[0xad, 0xad], [0x34f, 0x34f], [0x61c, 0x61c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff], [0xffa0, 0xffa0]]) {
  UNIT_CLASS.fill(INVISIBLE_BMP, from, to + 1);
}
UNIT_CLASS[0xd834] = PAIR_START;
UNIT_CLASS[0xdb40] = PAIR_START;

/**
 * Punctuation and symbols frequent in Japanese business text that NFKC maps one by one: the
 * full-width ASCII forms (U+FF01-U+FF5E), the ideographic space, dashes, quotation marks, the
 * reference mark, arrows, box-drawing and geometric shapes. Each is a starter that combines with no
 * neighbour and maps to such characters or to ASCII, so a text of these and NFKC_STABLE_RANGES
 * characters alone is normalized character by character (SIMPLE_NFKC holds each one's NFKC form,
 * taken from String.prototype.normalize itself); test/guard/injection/nfkc-simple.test.ts checks
 * every one of them alone and next to each other and to every stable character class.
 */
export const NFKC_SIMPLE_RANGES: readonly (readonly [number, number])[] = [
  [0x2010, 0x2015], [0x2018, 0x2019], [0x201c, 0x201d], [0x2020, 0x2021], [0x2026, 0x2026], [0x203b, 0x203b], [0x2190, 0x2193], [0x2212, 0x2212],
  [0x2500, 0x257f], [0x25a0, 0x25ff], [0x2605, 0x2606], [0x3000, 0x3000], [0xfe63, 0xfe63], [0xff01, 0xff5e],
];
const SIMPLE = 4;
const SIMPLE_NFKC: string[] = [];
for (const [from, to] of NFKC_SIMPLE_RANGES) {
  for (let c = from; c <= to; c++) {
    UNIT_CLASS[c] = SIMPLE;
    SIMPLE_NFKC[c] = String.fromCharCode(c).normalize('NFKC');
  }
}

/** NFKC of a text whose code units are all STABLE or SIMPLE: each SIMPLE one replaced by its form. */
function normalizeSimple(s: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (UNIT_CLASS[c] !== SIMPLE) continue;
    const to = SIMPLE_NFKC[c]!;
    if (to.length === 1 && to.charCodeAt(0) === c) continue;
    out += s.slice(copied, i) + to;
    copied = i + 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/**
 * UTF-16 code units of the invisible code point (INVISIBLE) starting at `s[i]`: 0, 1 or 2. Every
 * comparison is made on every call, whatever the character: the astral invisible ones are rare, and
 * a comparison first met after the JIT compiled the caller (stripInvisible's loop) deoptimized it.
 */
export function invisibleUnits(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const kind = UNIT_CLASS[c];
  // The next code unit, 0 past the end: a high surrogate at the end stands alone (and reading past the end would deoptimize the caller).
  const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
  // Unsigned range checks: U+DD73-U+DD7A after U+D834, U+DC00-U+DC7F or U+DD00-U+DDEF after U+DB40.
  const musical = (d - 0xdd73) >>> 0 <= 0x7;
  const tagOrSelector = ((d - 0xdc00) >>> 0 <= 0x7f) || ((d - 0xdd00) >>> 0 <= 0xef);
  const pair = c === 0xd834 ? musical : tagOrSelector;
  const astral = kind === PAIR_START;
  if (kind === INVISIBLE_BMP) return 1;
  return astral && pair ? 2 : 0;
}

/** Unicode "tag" characters (U+E0000-U+E007F): an invisible copy of ASCII used to smuggle text. */
const TAG_RUN = /[\u{E0000}-\u{E007F}]+/gu;

/** Cyrillic / Greek letters that look like Latin ones (applied after lower-casing). */
const HOMOGLYPHS: Record<string, string> = {
  'а': 'a', 'в': 'b', 'с': 'c', 'е': 'e', 'ё': 'e', 'һ': 'h', 'і': 'i', 'ї': 'i', 'ј': 'j', 'к': 'k',
  'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'ѕ': 's', 'т': 't', 'у': 'y', 'х': 'x', 'ԁ': 'd', 'ɡ': 'g',
  'ο': 'o', 'α': 'a', 'ε': 'e', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x',
  'ı': 'i', 'ӏ': 'l',
};
const HOMOGLYPH_RE = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'gu');
/** A word that mixes Latin letters with Cyrillic / Greek look-alikes. */
const MIXED_WORD = /[a-z\u0370-\u03ff\u0400-\u04ff\u0131\u0261]+/g;
const HAS_LOOKALIKE_SCRIPT = /[\u0370-\u03ff\u0400-\u04ff\u0131\u0261]/;

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', '$': 's' };
const LEET_CHARS = /[0-9@$]/g;

/** Single letters between punctuation, three or more, e.g. "i.g.n.o.r.e", "a-l-l" or "i/g/n/o/r/e". */
const DOTTED_TOKEN = /^\p{L}(?:[._*\-+~|/\u30FB]\p{L}){2,}$/u;
const SINGLE_LETTER = /^\p{L}$/u;
/**
 * Necessary condition for collapseSpaced to change anything: a dotted token holds
 * "x.x.x"; a run of four single-letter tokens is four letters separated by blanks,
 * each bounded by blanks or a line end.
 */
/**
 * Cheaper, looser form of MAYBE_SPACED, checked first: a letter is taken as an ASCII letter,
 * any BMP character from U+00AA up (every other BMP letter is there) or a surrogate pair.
 */
const MAYBE_SPACED_QUICK =
  /[._*\-+~|/\u30FB](?:[A-Za-z\u00AA-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])[._*\-+~|/\u30FB]|(?:^|[ \t\n])(?:[A-Za-z\u00AA-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])[ \t]+(?:[A-Za-z\u00AA-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])[ \t]/;
const MAYBE_SPACED = /\p{L}[._*\-+~|/\u30FB]\p{L}[._*\-+~|/\u30FB]\p{L}|(?:^|[ \t])\p{L}[ \t]+\p{L}[ \t]+\p{L}[ \t]+\p{L}(?=[ \t]|$)/mu;

export interface FoldStats {
  /** Invisible code points removed. */
  invisible: number;
  /** ASCII text hidden in Unicode tag characters, if any. */
  tagText: string;
  /** Letters replaced because they were Latin look-alikes inside mixed-script words. */
  homoglyphs: number;
  /** Leetspeak tokens folded. */
  leet: number;
  /** Spaced-out or dotted letter runs collapsed. */
  spaced: number;
}

export interface Folded {
  folded: string;
  stats: FoldStats;
}

/** NFKC + lower case only: the "as written" view used to tell whether folding revealed anything. */
export function plainView(raw: string): string {
  return collapseWhitespace(raw.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u201B\u0060\u00B4\u02BC]/g, "'"));
}

/** Whitespace that collapseWhitespace would change: a blank other than a space, two blanks, " \n" or "\n" + whitespace. */
const UNCOLLAPSED = /[^\S\n ]|[^\S\n]{2}| \n|\n\s/;

/** Whitespace runs become one space (or one newline when the run holds one). */
export function collapseWhitespace(s: string): string {
  // Already collapsed (the usual case): only single spaces and bare line breaks.
  if (!UNCOLLAPSED.test(s)) return s;
  // Two passes whose patterns cannot backtrack: runs of blanks first, then line breaks.
  return s.replace(/[^\S\n]+/g, ' ').replace(/ ?\n\s*/g, '\n');
}

/**
 * Whether `raw` holds a tag character (U+E0000-U+E007F: U+DB40 then U+DC00-U+DC7F), as TAG_RUN would
 * find: the variation selectors U+E0100-U+E01EF also start with U+DB40 and hold none.
 */
function hasTagUnit(raw: string): boolean {
  for (let i = raw.indexOf('\uDB40'); i >= 0 && i + 1 < raw.length; i = raw.indexOf('\uDB40', i + 1)) {
    const d = raw.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdc7f) return true;
  }
  return false;
}

/** Decodes Unicode tag characters back to the ASCII they mirror. */
function decodeTags(raw: string): string {
  // Tag characters are astral: each one starts with the high surrogate U+DB40.
  if (!hasTagUnit(raw)) return '';
  let out = '';
  for (const m of raw.matchAll(TAG_RUN)) {
    for (const ch of m[0]) {
      const cp = ch.codePointAt(0)! - 0xe0000;
      if (cp >= 0x20 && cp < 0x7f) out += String.fromCharCode(cp);
    }
    out += ' ';
    if (out.length > 20_000) break;
  }
  return out.trim();
}

/**
 * Removes invisible characters (INVISIBLE), then NFKC; keeps case (base64 needs it). One pass over
 * the code units, copying the runs between invisible characters; a text of characters NFKC keeps
 * (NFKC_STABLE_RANGES) alone is returned as it is, one that also holds NFKC_SIMPLE_RANGES characters
 * has those mapped one by one, and only the rest goes through String.prototype.normalize.
 */
export function stripInvisible(raw: string): { text: string; invisible: number } {
  let parts: string[] | undefined;
  let copied = 0;
  let invisible = 0;
  // A code unit that needs NFKC proper (OTHER, or a surrogate that begins no invisible character); one NFKC maps alone (SIMPLE).
  let other = false;
  let simple = false;
  for (let i = 0; i < raw.length; i++) {
    const kind = UNIT_CLASS[raw.charCodeAt(i)];
    if (kind === STABLE) continue;
    if (kind === SIMPLE) {
      simple = true;
      continue;
    }
    if (kind === OTHER) {
      other = true;
      continue;
    }
    const units = invisibleUnits(raw, i);
    if (units === 0) {
      other = true;
      continue;
    }
    (parts ??= []).push(raw.slice(copied, i));
    invisible++;
    i += units - 1;
    copied = i + 1;
  }
  let text = raw;
  if (parts) {
    parts.push(raw.slice(copied));
    text = parts.join('');
  }
  if (other) return { text: text.normalize('NFKC'), invisible };
  return { text: simple ? normalizeSimple(text) : text, invisible };
}

function foldHomoglyphs(s: string, stats: FoldStats): string {
  // Without a Greek / Cyrillic / dotless-i / script-g letter every word is plain a-z and stays as is.
  if (!HAS_LOOKALIKE_SCRIPT.test(s)) return s;
  return s.replace(MIXED_WORD, (word) => {
    if (!/[a-z]/.test(word) || !/[^a-z]/.test(word)) return word;
    return word.replace(HOMOGLYPH_RE, (c) => {
      stats.homoglyphs++;
      return HOMOGLYPHS[c] ?? c;
    });
  });
}

/** 1 for a-z, 2 for a leet character (0-9 @ $), 0 otherwise; indexed by UTF-16 code unit below 128. */
const LEET_CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) LEET_CLASS[c] = 1;
for (const ch of '0123456789@$') LEET_CLASS[ch.charCodeAt(0)] = 2;

/**
 * One leet token: a maximal run of a-z / leet characters (0-9 @ $), at least 3 long,
 * holding `leet` leet characters, e.g. "1gn0r3", "pr3v10us", "@ll".
 */
function foldLeetToken(tok: string, leet: number, stats: FoldStats): string {
  const letters = tok.length - leet;
  // Mostly digits ("2024年", "mp3", "h264") is not leetspeak.
  if (letters < 2 || leet > letters) return tok;
  // A lone trailing / leading digit ("mp3", "4k") is a name, not leetspeak.
  if (leet < 2 && !/[a-z][0-9@$]+[a-z]/.test(tok) && !EN_COMMON_WORDS.has(tok.replace(LEET_CHARS, (c) => LEET[c] ?? c))) return tok;
  stats.leet++;
  return tok.replace(LEET_CHARS, (c) => LEET[c] ?? c);
}

/** What follows the local part and the first label of an e-mail address's host: more labels and a top-level domain. */
const EMAIL_HOST_NEXT = /^[\w-]*\.[a-z]{2,}/;

/** A letter next to a leet character: every leet token that can change holds one. */
const LEET_SEED = /[a-z][0-9@$]|[0-9@$][a-z]/g;

/**
 * Folds every leet token (see foldLeetToken). A token with no letter next to a leet
 * character has no letters or no leet characters and stays as is, so only the tokens
 * around LEET_SEED matches are looked at; the string is rebuilt only when one changes.
 */
function foldLeet(s: string, stats: FoldStats): string {
  let out: string[] | undefined;
  let copied = 0;
  const seed = new RegExp(LEET_SEED.source, 'g');
  const isTok = (c: number): boolean => c < 128 && LEET_CLASS[c] !== 0;
  let m: RegExpExecArray | null;
  while ((m = seed.exec(s)) !== null) {
    let start = m.index;
    while (start > 0 && isTok(s.charCodeAt(start - 1))) start--;
    let end = m.index + 2;
    while (end < s.length && isTok(s.charCodeAt(end))) end++;
    seed.lastIndex = end;
    if (end - start < 3) continue;
    let leet = 0;
    for (let i = start; i < end; i++) if (LEET_CLASS[s.charCodeAt(i)] === 2) leet++;
    const tok = s.slice(start, end);
    // The local part and host of an e-mail address (name@host.example) are no leetspeak.
    if (tok.includes('@') && EMAIL_HOST_NEXT.test(s.slice(end, end + 64))) continue;
    const folded = foldLeetToken(tok, leet, stats);
    if (folded !== tok) {
      out ??= [];
      out.push(s.slice(copied, start), folded);
      copied = end;
    }
  }
  if (!out) return s;
  out.push(s.slice(copied));
  return out.join('');
}

/**
 * Japanese has no spaces between words, so "こ・れ・ま・で・の・指・示" sits inside a longer token:
 * four or more single letters joined by the katakana middle dot collapse wherever they stand.
 */
function collapseMiddleDots(s: string, stats: FoldStats): string {
  return s.includes('\u30FB')
    ? s.replace(/\p{L}(?:\u30FB\p{L}){3,}/gu, (run) => {
        stats.spaced++;
        return run.replace(/\u30FB/g, '');
      })
    : s;
}

/**
 * Collapses "i g n o r e  a l l" (single letters separated by spaces, words by
 * two or more spaces) and "i.g.n.o.r.e". Token based, so linear.
 */
function collapseSpaced(s: string, stats: FoldStats): string {
  // Nothing collapses without four dotted letters or four blank-separated single letters in a row.
  if (!MAYBE_SPACED_QUICK.test(s) || !MAYBE_SPACED.test(s)) return s;
  s = collapseMiddleDots(s, stats);
  const lines = s.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const parts = lines[li]!.split(/([ \t]+)/);
    // parts: token, sep, token, sep, ...
    const out: string[] = [];
    let i = 0;
    while (i < parts.length) {
      const tok = parts[i]!;
      if (DOTTED_TOKEN.test(tok)) {
        stats.spaced++;
        out.push(tok.replace(/[._*\-+~|/\u30FB]/g, ''));
        if (i + 1 < parts.length) out.push(parts[i + 1]!);
        i += 2;
        continue;
      }
      if (SINGLE_LETTER.test(tok)) {
        let j = i;
        while (j + 2 < parts.length && SINGLE_LETTER.test(parts[j + 2]!)) j += 2;
        const count = (j - i) / 2 + 1;
        if (count >= 4) {
          stats.spaced++;
          let word = '';
          for (let k = i; k <= j; k += 2) {
            word += parts[k];
            if (k < j && parts[k + 1]!.length >= 2) word += ' ';
          }
          out.push(word);
          if (j + 1 < parts.length) out.push(parts[j + 1]!);
          i = j + 2;
          continue;
        }
      }
      out.push(tok);
      if (i + 1 < parts.length) out.push(parts[i + 1]!);
      i += 2;
    }
    lines[li] = out.join('');
  }
  return lines.join('\n');
}

/** The full folding pipeline. */
export function fold(raw: string): Folded {
  return foldStripped(raw, stripInvisible(raw));
}

/** {@link fold} when `stripped` is already `stripInvisible(raw)`. */
export function foldStripped(raw: string, stripped: { text: string; invisible: number }): Folded {
  const stats: FoldStats = { invisible: stripped.invisible, tagText: decodeTags(raw), homoglyphs: 0, leet: 0, spaced: 0 };
  let s = stripped.text.toLowerCase().replace(/[\u2018\u2019\u201B\u0060\u00B4\u02BC]/g, "'");
  s = foldHomoglyphs(s, stats);
  // Spaced letters first: two or more blanks between letter groups mark a word gap.
  s = collapseSpaced(s.replace(/\r\n?/g, '\n'), stats);
  s = collapseWhitespace(s);
  s = foldLeet(s, stats);
  return { folded: s, stats };
}

/** Runs of spaces and line breaks: removed in one pass. */
const SPACES_AND_BREAKS = /[ \n]+/g;

/**
 * Views for the detectors from the output of {@link fold} or {@link plainView}. Both end
 * with collapseWhitespace, which leaves no whitespace but single spaces and line breaks,
 * so removing those two characters equals removing every `\s`.
 */
export function viewsOfCollapsed(folded: string): { folded: string; ja: string } {
  return { folded, ja: folded.replace(SPACES_AND_BREAKS, '') };
}

/** Views for the detectors from an already folded string. */
export function viewsOf(folded: string): { folded: string; ja: string } {
  return { folded, ja: folded.replace(/\s+/g, '') };
}

// ---------- Views that undo writing tricks a character fold cannot: reversed text, ROT13, split words ----------

/** Frequent words reversed ("eht", "dna", "uoy"), ROT13-shifted ("gur", "naq", "lbh") or Japanese endings reversed: the cheap pre-checks. */
const REVERSED_EN_HINT = /\b(?:eht|dna|uoy|ruoy|lla|siht|taht|htiw|esaelp|erongi|tpmorp)\b/;
const ROT13_HINT = /\b(?:gur|naq|lbh|lbhe|nyy|guvf|gung|jvgu|cyrnfr|vtaber|cebzcg|flfgrz)\b/;
const REVERSED_JA_HINT = /いさだく|すまし|たしまし|はたなあ|いさな|すでの|てしそ/;
const NORMAL_JA_MARKS = /ください|します|ました|あなたは|なさい|のです|そして/g;
const REVERSED_JA_MARKS = /いさだく|すまし|たしま|はたなあ|いさな|すでの|てしそ/g;
/** Gates of the hints (prefilter.ts): literals each of their matches contains. */
const REVERSED_EN_LITS = gate(['eht', 'dna', 'uoy', 'lla', 'siht', 'taht', 'htiw', 'esaelp', 'erongi', 'tpmorp']);
const ROT13_LITS = gate(['gur', 'naq', 'lbh', 'nyy', 'guvf', 'gung', 'jvgu', 'cyrnfr', 'vtaber', 'cebzcg', 'flfgrz']);
const REVERSED_JA_LITS = gate(['いさだく', 'すまし', 'たしまし', 'はたなあ', 'いさな', 'すでの', 'てしそ']);
const JOINT_LITS = gate(['-', '\n']);
/** Pieces of instruction words that a split ("previ-\nous", "re-veal") hides. */
const STEMS = /ignor|disregard|instruct|previous|prompt|system|reveal|password|forget|overrid|bypass|confidential|secret|restrict|credential/;

const rot13Char = (c: string): string => {
  const base = c <= 'z' && c >= 'a' ? 97 : 65;
  return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
};
const rot13 = (s: string): string => s.replace(/[a-z]/g, rot13Char);
const reverse = (s: string): string => Array.from(s).reverse().join('');

/** How many of the line's Latin words are frequent English words. */
function commonWords(s: string): number {
  let n = 0;
  for (const m of s.matchAll(/[a-z']+/g)) if (EN_COMMON_WORDS.has(m[0])) n++;
  return n;
}

const count = (s: string, re: RegExp): number => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s) !== null) n++;
  return n;
};

/**
 * Each line that reads better transformed: more frequent English words (at least two) reversed
 * or ROT13-shifted than as written, or more Japanese endings reversed (ください as いさだく) than
 * forwards. Lines that read as written are kept, so an instruction reversed in one line of a
 * normal e-mail is turned round on its own.
 */
function transformLines(folded: string, gateOf: Gate, hint: RegExp, transform: (line: string) => string, ja: boolean): string | undefined {
  if (!hasAny(folded, gateOf) || !hint.test(folded)) return undefined;
  let changed = false;
  const lines = folded.split('\n').map((line) => {
    if (!hint.test(line)) return line;
    const t = transform(line);
    const better = ja ? count(t, NORMAL_JA_MARKS) > count(line, NORMAL_JA_MARKS) && count(line, REVERSED_JA_MARKS) > 0 : commonWords(t) >= 2 && commonWords(t) > commonWords(line);
    if (!better) return line;
    changed = true;
    return t;
  });
  return changed ? lines.join('\n') : undefined;
}

/** Words split by a hyphen or a line break ("previ-\nous", "re-veal", "instruc\ntions") joined when the joint hides an instruction word. */
function joinSplitWords(folded: string): string | undefined {
  if (!hasAny(folded, JOINT_LITS)) return undefined;
  const isLetter = (i: number): boolean => {
    // Past the end is no letter (and reading there would deoptimize this function).
    if (i >= folded.length) return false;
    const c = folded.charCodeAt(i);
    return c >= 97 && c <= 122;
  };
  const parts: string[] = [];
  let copied = 0;
  const joint = /[a-z](?:-\n?|\n)[a-z]/g;
  let m: RegExpExecArray | null;
  while ((m = joint.exec(folded)) !== null) {
    // The chain of letter runs joined by hyphens or line breaks around this joint.
    let start = m.index;
    while (start > copied && isLetter(start - 1)) start--;
    let end = m.index + 1;
    for (;;) {
      let k = end;
      if (k < folded.length && folded[k] === '-') k++;
      if (k < folded.length && folded[k] === '\n') k++;
      if (k === end || !isLetter(k)) break;
      end = k;
      while (isLetter(end)) end++;
    }
    joint.lastIndex = end;
    const chain = folded.slice(start, end);
    const pieces = chain.split(/-\n?|\n/);
    const glued = pieces.join('');
    if (pieces.length > 7 || !STEMS.test(glued) || pieces.some((p) => STEMS.test(p))) continue;
    parts.push(folded.slice(copied, start), glued);
    copied = end;
  }
  if (parts.length === 0) return undefined;
  parts.push(folded.slice(copied));
  return parts.join('');
}

/** Instruction words an attacker splits with spaces ("ig nore", "in struc tions", "sys tem prompt"). */
const SPLIT_TARGETS: ReadonlySet<string> = new Set([
  'ignore', 'ignoring', 'disregard', 'forget', 'override', 'bypass', 'instructions', 'instruction', 'previous', 'prior', 'prompt', 'system', 'reveal',
  'password', 'passwords', 'confidential', 'secret', 'secrets', 'restrictions', 'credentials', 'above', 'rules', 'guidelines', 'developer', 'jailbreak',
]);

/** Every proper beginning of a target word ("ig", "ign", ... "ignor"): only a token that is one can start a split word. */
const SPLIT_PREFIXES: ReadonlySet<string> = new Set(
  [...SPLIT_TARGETS].flatMap((w) => Array.from({ length: w.length - 2 }, (_, k) => w.slice(0, k + 2))),
);
/** Punctuation that may follow the last piece ("pass word."). */
const TRAILING = /[^a-z]+$/;

/**
 * Words split by single spaces into pieces that are no words themselves ("ig nore all prev ious in struc
 * tions"): two or three adjacent pieces are joined when together they spell an instruction word and
 * not every piece is a frequent word. One pass over the tokens with set look-ups; a token that begins
 * no target word is passed over at once.
 */
/**
 * Gate: the last piece of a split target word, after its space (" nore", " ious", " tions", " mpt"):
 * endings that begin no frequent English word, so ordinary text rarely passes.
 */
const SPLIT_TAIL_LITS = gate([
  ' nore', ' gnore', ' noring', ' regard', ' gard', ' ard ', ' ious', ' vious', ' evious', ' ions', ' tions', ' ctions', ' uctions', ' ructions', ' tion ',
  ' mpt', ' ompt', ' rompt', ' stem', ' tem ', ' ystem', ' veal', ' eveal', ' sword', ' sswor', ' rget', ' orget', ' ride', ' rride', ' pass ', ' ypass',
  ' dential', ' idential', ' fidential', ' crets', ' cret ', ' rictions', ' strictions', ' dentials', ' lines', ' eloper', ' loper', ' break',
]);

function joinSpacedPieces(folded: string): string | undefined {
  if (!folded.includes(' ') || !hasAny(folded, SPLIT_TAIL_LITS)) return undefined;
  const toks = folded.split(' ');
  const frequent = (from: number, to: number): boolean => {
    for (let k = from; k <= to; k++) if (!EN_COMMON_WORDS.has(toks[k]!.replace(TRAILING, ''))) return false;
    return true;
  };
  let out: string[] | undefined;
  for (let i = 0; i < toks.length; ) {
    const a = toks[i]!;
    let emit = a;
    let consumed = 1;
    if (i < toks.length - 1 && SPLIT_PREFIXES.has(a)) {
      let word = a;
      for (let n = 1; n <= 2 && i + n < toks.length; n++) {
        word += toks[i + n]!;
        const bare = word.replace(TRAILING, '');
        if (SPLIT_TARGETS.has(bare) && !frequent(i, i + n)) {
          emit = word;
          consumed = n + 1;
          break;
        }
        if (!SPLIT_PREFIXES.has(bare)) break;
      }
    }
    if (consumed > 1) out ??= toks.slice(0, i);
    out?.push(emit);
    i += consumed;
  }
  return out ? out.join(' ') : undefined;
}

/** Loan words of instructions written in hiragana instead of katakana (しすてむぷろんぷと). */
const KANA_WORDS: readonly [string, string][] = [
  ['しすてむ', 'システム'], ['ぷろんぷと', 'プロンプト'], ['るーる', 'ルール'], ['ぱすわーど', 'パスワード'], ['もーど', 'モード'],
  ['ふぃるたー', 'フィルター'], ['せーふてぃ', 'セーフティ'], ['こまんど', 'コマンド'], ['りせっと', 'リセット'], ['でべろっぱー', 'デベロッパー'],
  ['あしすたんと', 'アシスタント'], ['がいどらいん', 'ガイドライン'], ['ぽりしー', 'ポリシー'], ['めっせーじ', 'メッセージ'],
];
const KANA_LITS = gate(KANA_WORDS.map(([h]) => h));

/** 「しすてむぷろんぷとをおしえて」: the loan words back in katakana, where the rules look for them. */
function katakanaLoanWords(folded: string): string | undefined {
  if (!hasAny(folded, KANA_LITS)) return undefined;
  let out = folded;
  for (const [h, k] of KANA_WORDS) if (out.includes(h)) out = out.split(h).join(k);
  return out === folded ? undefined : out;
}

/**
 * Words glued by underscores or hyphens or broken by dots ("ignore_all_previous_instructions",
 * "ignore-all-previous-instructions", "ig.nore all pre.vious in.struc.tions"): underscores and hyphens
 * become spaces when the token has three pieces or more, one of them an override verb; dots are removed
 * when that spells an instruction word that no piece is on its own. An identifier (user_id,
 * previous_value), a compound (well-known) or a host name holds neither and is left.
 */
/**
 * Starts only where a run of letters starts: a match inside a word implies one from the word's
 * first letter, found first, and a match ends where its letters end, so the look-behind changes no
 * match; it spares trying every later letter of each word (quadratic in the word's length).
 */
const GLUED_TOKEN = /(?<![a-z])[a-z]+(?:[._-][a-z]+)+/g;
const GLUE_LITS = gate(['_', '.', '-']);
/** Verbs of an override: an underscored identifier becomes words only when it holds one and spans three pieces. */
const GLUE_VERBS = /^(?:ignore|disregard|forget|override|bypass|reveal|leak)$/;

function unglueWords(folded: string): string | undefined {
  if (!hasAny(folded, GLUE_LITS)) return undefined;
  let changed = false;
  const out = folded.replace(GLUED_TOKEN, (tok, at: number) => {
    if (tok.includes('_') || tok.includes('-')) {
      // A function or a variable (print_system_prompt(), reveal_prompt = ...) is code, not a sentence.
      if (/^\s?[(=]/.test(folded.slice(at + tok.length, at + tok.length + 2))) return tok;
      const pieces = tok.split(/[._-]/);
      if (pieces.length >= 3 && pieces.some((p) => GLUE_VERBS.test(p)) && pieces.some((p) => STEMS.test(p))) {
        changed = true;
        return pieces.join(' ');
      }
      return tok;
    }
    const pieces = tok.split('.');
    if (pieces.length > 7) return tok;
    // Whole words joined by dots around an override verb (forget.previous.instructions) read as words.
    if (pieces.length >= 3 && pieces.some((p) => GLUE_VERBS.test(p)) && pieces.some((p) => STEMS.test(p))) {
      changed = true;
      return pieces.join(' ');
    }
    const glued = pieces.join('');
    if (!STEMS.test(glued) || pieces.some((p) => STEMS.test(p))) return tok;
    changed = true;
    return glued;
  });
  return changed ? out : undefined;
}

/**
 * 指示 and 無視 written in kana (「以前のしじをむしして」「シジはムシして」), read back in kanji where a
 * particle or a verb ending follows: しじ before を / に / は / も / の / が, むし before して / する / しろ /
 * せよ / を (and まえの / ぜんぶ next to them). しじみ, むしろ and むしパン are followed by neither.
 */
const KANA_KANJI: readonly [RegExp, string][] = [
  [/(?:しじ|シジ)(?=[をにはもがの])/g, '指示'],
  [/(?:むし|ムシ)(?=して|する|しろ|せよ|しな|され|を|は)/g, '無視'],
  [/(?:いぜん|まえ|さいしょ)の(?=指示)/g, '以前の'],
  [/ぜんぶ(?=無視)/g, '全部'],
];
const KANA_KANJI_LITS = gate(['しじ', 'シジ', 'むし', 'ムシ']);

function kanjiForKana(folded: string): string | undefined {
  if (!hasAny(folded, KANA_KANJI_LITS)) return undefined;
  let out = folded;
  for (const [re, kanji] of KANA_KANJI) out = out.replace(re, kanji);
  return out === folded ? undefined : out;
}

/**
 * Further readings of a folded text that its writer hid: lines written backwards (English or
 * Japanese), lines in ROT13, instruction words split by hyphens, line breaks or spaces, loan words
 * of instructions in hiragana. Each is tried only when a cheap pattern hints at it; a reversed or
 * ROT13 line is kept only when it reads better than the original (more frequent words), a join only
 * when it spells an instruction word, so ordinary text yields none.
 */
export function hiddenViews(folded: string): string[] {
  const views: string[] = [];
  const rev = transformLines(folded, REVERSED_EN_LITS, REVERSED_EN_HINT, reverse, false) ?? transformLines(folded, REVERSED_JA_LITS, REVERSED_JA_HINT, reverse, true);
  if (rev) views.push(rev);
  const rot = transformLines(folded, ROT13_LITS, ROT13_HINT, rot13, false);
  if (rot) views.push(rot);
  const joined = joinSplitWords(folded);
  if (joined) views.push(joined);
  const spaced = joinSpacedPieces(joined ?? folded);
  if (spaced) views.push(spaced);
  const kana = katakanaLoanWords(folded);
  if (kana) views.push(kana);
  const unglued = unglueWords(folded);
  if (unglued) views.push(unglued);
  const kanji = kanjiForKana(kana ?? folded);
  if (kanji) views.push(kanji);
  const assembled = reassembledView(folded);
  if (assembled) views.push(assembled);
  return views;
}
