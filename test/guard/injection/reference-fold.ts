/**
 * Frozen copy of fold.ts as it was before the fast paths (prefilters, one-scan leetspeak),
 * kept only as the slow reference that fast-path.test.ts compares the folder against.
 */
/**
 * Text folding for the injection screen: undoes the cheap evasions before the
 * pattern detectors run. Everything here is linear in the input length.
 */

import { EN_COMMON_WORDS } from '../../../lambda/guard/injection/lexicon';

/** Zero-width, format and other invisible code points that carry no visible text. */
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{1D173}-\u{1D17A}\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;

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

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', '$': 's' };
/** Tokens mixing Latin letters with leet digits/symbols, e.g. "1gn0r3", "pr3v10us", "@ll". */
const LEET_TOKEN = /[a-z0-9@$]{3,}/g;
const LEET_CHARS = /[0-9@$]/g;

/** A single letter between punctuation, e.g. "i.g.n.o.r.e" or "i-g-n-o-r-e". */
const DOTTED_TOKEN = /^\p{L}(?:[._*\-+~|/\u30FB]\p{L}){2,}$/u;
const SINGLE_LETTER = /^\p{L}$/u;

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

/** Whitespace runs become one space (or one newline when the run holds one). */
export function collapseWhitespace(s: string): string {
  // Two passes whose patterns cannot backtrack: runs of blanks first, then line breaks.
  return s.replace(/[^\S\n]+/g, ' ').replace(/ ?\n\s*/g, '\n');
}

/** Decodes Unicode tag characters back to the ASCII they mirror. */
function decodeTags(raw: string): string {
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

/** Removes invisible characters, then NFKC; keeps case (base64 needs it). */
export function stripInvisible(raw: string): { text: string; invisible: number } {
  let invisible = 0;
  const text = raw
    .replace(INVISIBLE, () => {
      invisible++;
      return '';
    })
    .normalize('NFKC');
  return { text, invisible };
}

function foldHomoglyphs(s: string, stats: FoldStats): string {
  return s.replace(MIXED_WORD, (word) => {
    if (!/[a-z]/.test(word) || !/[^a-z]/.test(word)) return word;
    return word.replace(HOMOGLYPH_RE, (c) => {
      stats.homoglyphs++;
      return HOMOGLYPHS[c] ?? c;
    });
  });
}

function foldLeet(s: string, stats: FoldStats): string {
  return s.replace(LEET_TOKEN, (tok, offset: number, whole: string) => {
    if (tok.includes('@') && /^[\w-]*\.[a-z]{2,}/.test(whole.slice(offset + tok.length, offset + tok.length + 64))) return tok;
    const leet = tok.match(LEET_CHARS);
    if (!leet) return tok;
    const letters = tok.length - leet.length;
    // Mostly digits ("2024年", "mp3", "h264") is not leetspeak.
    if (letters < 2 || leet.length > letters) return tok;
    // A lone trailing / leading digit ("mp3", "4k") is a name, not leetspeak.
    if (leet.length < 2 && !/[a-z][0-9@$]+[a-z]/.test(tok) && !EN_COMMON_WORDS.has(tok.replace(LEET_CHARS, (c) => LEET[c] ?? c))) return tok;
    stats.leet++;
    return tok.replace(LEET_CHARS, (c) => LEET[c] ?? c);
  });
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
  const stats: FoldStats = { invisible: 0, tagText: decodeTags(raw), homoglyphs: 0, leet: 0, spaced: 0 };
  const stripped = stripInvisible(raw);
  stats.invisible = stripped.invisible;
  let s = stripped.text.toLowerCase().replace(/[\u2018\u2019\u201B\u0060\u00B4\u02BC]/g, "'");
  s = foldHomoglyphs(s, stats);
  // Spaced letters first: two or more blanks between letter groups mark a word gap.
  s = collapseSpaced(s.replace(/\r\n?/g, '\n'), stats);
  s = collapseWhitespace(s);
  s = foldLeet(s, stats);
  return { folded: s, stats };
}

/** Views for the detectors from an already folded string. */
export function viewsOf(folded: string): { folded: string; ja: string } {
  return { folded, ja: folded.replace(/\s+/g, '') };
}
