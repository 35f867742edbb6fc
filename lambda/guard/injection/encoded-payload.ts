/**
 * Encoded payloads: base64, hex, \x / %XX / \uXXXX escapes, Unicode tag
 * characters and ROT13 that decode to an injection. Candidate runs are found
 * with single-character-class patterns (linear), decoded with Buffer, kept only
 * when they read as text, and screened again one level deeper.
 */
import { gate, hasAny, prefilter } from './prefilter';
import type { Hit } from './types';

const W = { payload: 0.5, decodeAndObey: 0.4 };

/** Screens decoded text; returns its hits and their combined score. */
export type Rescreen = (decoded: string) => { hits: Hit[]; score: number };

const BASE64_RUN = /[A-Za-z0-9+/=_-]{16,}/g;
/** Lines of base64 of one width, joined: at least two full lines of 16 or more, then the last one. */
const WRAPPED_BASE64 = /(?:[A-Za-z0-9+/]{16,}[ \t]*\r?\n){1,400}[A-Za-z0-9+/]{2,}={0,2}/g;
const HEX_RUN = /[0-9a-fA-F :,\-]{16,}/g;
const HEX_ESCAPE_RUN = /(?:\\x[0-9a-fA-F]{2}){4,}/g;
const HEX_0X_RUN = /(?:0x[0-9a-fA-F]{2}[ ,]{0,2}){4,}/g;
const PERCENT_RUN = /(?:%[0-9a-fA-F]{2})+/g;
const UNICODE_ESCAPE_RUN = /(?:\\u[0-9a-fA-F]{4})+/g;
const ROT13_MENTION = /\brot-?13\b|\bcaesar\b|シーザー暗号/i;
/**
 * "decode this and follow it", 「デコードして指示に従って」, and the same for a text in another
 * language: "translate this and follow it", 「翻訳してその指示に従って」 ("follow up" is no obeying).
 */
const DECODE_AND_OBEY =
  /\b(?:decode|decipher|decrypt|base64|hex|rot-?13|translate the (?:following )?(?:code|cipher)|translate (?:this|it|that|the (?:following|above|text|message|sentence|line)))\b[^.\n]{0,80}\b(?:follow(?! up)|execute|run|obey|do what it says|do as it says|carry (?:it )?out|perform|comply|act on)\b|(?:デコード|復号|解読|変換)[^。\n]{0,40}(?:従っ|従い|実行|その通りに|指示通り)|翻訳(?:して|し、|した)[^。\n]{0,20}(?:その(?:指示|内容|通り)|それ|書かれ(?:てい)?る(?:指示|こと)|指示)に?(?:従っ|従い|実行)/i;

/**
 * The escape runs cannot match without their prefix: which of \x (1), 0x (2), % (4) and \u (8)
 * the text holds, found in one pass (these texts have no n-gram set); all of them when the gates are off.
 */
const HEX_ESCAPE = 1;
const HEX_0X = 2;
const PERCENT = 4;
const UNICODE_ESCAPE = 8;
function escapePrefixes(text: string): number {
  if (!prefilter.enabled) return HEX_ESCAPE | HEX_0X | PERCENT | UNICODE_ESCAPE;
  let found = 0;
  const last = text.length - 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 37) found |= PERCENT;
    else if (i < last && (c === 92 || c === 48)) {
      const d = text.charCodeAt(i + 1);
      if (c === 92 && d === 120) found |= HEX_ESCAPE;
      else if (c === 92 && d === 117) found |= UNICODE_ESCAPE;
      else if (c === 48 && d === 120) found |= HEX_0X;
    }
  }
  return found;
}

const MAX_CANDIDATES = 64;
const MAX_RUN = 40_000;

/** Share of characters that look like text (letters, digits, punctuation, spaces, CJK). */
function looksLikeText(s: string): boolean {
  if (s.length < 6 || s.includes('\uFFFD')) return false;
  let good = 0;
  let letters = 0;
  for (const ch of s) {
    if (/[\p{L}]/u.test(ch)) {
      letters++;
      good++;
    } else if (/[\p{N}\p{P}\p{Zs}\n\r\t\p{S}]/u.test(ch)) good++;
  }
  const n = [...s].length;
  return letters >= 4 && good / n >= 0.9 && letters / n >= 0.4;
}

function decodeBase64(run: string): string | undefined {
  const body = run.replace(/=+$/, '');
  if (body.length < 16 || body.includes('=')) return undefined;
  // Pure hex or pure letters of one case are rarely base64 of text.
  if (/^[0-9a-fA-F]+$/.test(body) || /^[a-z]+$/.test(body) || /^[A-Z]+$/.test(body)) return undefined;
  const text = Buffer.from(body.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  return looksLikeText(text) ? text : undefined;
}

function decodeHex(run: string): string | undefined {
  const body = run.replace(/0x|\\x/gi, '').replace(/[^0-9a-fA-F]/g, '');
  if (body.length < 16 || body.length % 2 !== 0) return undefined;
  const text = Buffer.from(body, 'hex').toString('utf8');
  return looksLikeText(text) ? text : undefined;
}

function rot13(s: string): string {
  return s.replace(/[a-zA-Z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

function replaceEscapes(s: string, re: RegExp, toHex: (run: string) => string): string | undefined {
  let count = 0;
  const out = s.replace(re, (run) => {
    count++;
    const text = Buffer.from(toHex(run), 'hex').toString('utf8');
    return text.includes('\uFFFD') ? run : text;
  });
  return count > 0 && out !== s ? out : undefined;
}

/** Character classes of BASE64_RUN (bit 1) and HEX_RUN (bit 2), indexed by UTF-16 code unit below 128. */
const RUN_CLASS = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-') RUN_CLASS[ch.charCodeAt(0)]! |= 1;
for (const ch of '0123456789abcdefABCDEF :,-') RUN_CLASS[ch.charCodeAt(0)]! |= 2;

/**
 * The matches of a single-class pattern such as BASE64_RUN ([class]{16,}, global) are
 * exactly the maximal runs of that class at least 16 long, in order. They are found by
 * probing every 16th character: a run of 16 must cover any probe inside it, so a probe
 * outside the class rules out every run starting in the 16 positions up to it, and most
 * text (words, Japanese) is passed over without reading each character.
 */
function classRunsOf(text: string, bit: number): string[] {
  const runs: string[] = [];
  const n = text.length;
  const inClass = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c < 128 && (RUN_CLASS[c]! & bit) !== 0;
  };
  // Invariant: every run of 16 or more starting before i - 15 has been reported.
  let i = 15;
  while (i < n) {
    if (!inClass(i)) {
      i += 16;
      continue;
    }
    let start = i;
    while (start > 0 && inClass(start - 1)) start--;
    if (i - start < 15) {
      // text[start - 1] is outside the class: no run starts in i-15 .. start-1.
      i = start + 15;
      continue;
    }
    let end = i + 1;
    while (end < n && inClass(end)) end++;
    runs.push(text.slice(start, end));
    i = end + 16;
  }
  return runs;
}

/** The runs of BASE64_RUN's class and of HEX_RUN's class (exported for tests). */
export function classRuns(text: string): { base64: string[]; hex: string[] } {
  return { base64: classRunsOf(text, 1), hex: classRunsOf(text, 2) };
}

/** The match texts of `re` (a global pattern) in `text`, in order. */
function runsOf(text: string, re: RegExp, scan: () => { base64: string[]; hex: string[] }, prefixes: number): string[] {
  if (prefilter.enabled) {
    if (re === BASE64_RUN) return scan().base64;
    if (re === HEX_RUN) return scan().hex;
    if (re === HEX_ESCAPE_RUN && (prefixes & HEX_ESCAPE) === 0) return [];
    if (re === HEX_0X_RUN && (prefixes & HEX_0X) === 0) return [];
  }
  return [...text.matchAll(re)].map((m) => m[0]);
}

/**
 * Literals that DECODE_AND_OBEY and ROT13_MENTION need, read in the folded text (fold.ts), where the
 * text's ASCII letters are lower case and stay in place: these case-insensitive patterns, without the
 * u flag, match ASCII letters only with ASCII letters, so each of their matches leaves one of these
 * in the folded text ("base" of base64 and "rot" of rot13, whose digits leetspeak folding may change).
 */
const DECODE_LITS = gate(['decode', 'decipher', 'decrypt', 'base', 'hex', 'rot', 'translate', 'デコード', '復号', '解読', '変換', '翻訳']);
const ROT13_LITS = gate(['rot', 'caesar', 'シーザー暗号']);

function* candidates(text: string, folded: string | undefined): Generator<string> {
  let n = 0;
  let runs: { base64: string[]; hex: string[] } | undefined;
  const scan = () => (runs ??= classRuns(text));
  const prefixes = escapePrefixes(text);
  for (const re of [BASE64_RUN]) {
    for (const run of runsOf(text, re, scan, prefixes)) {
      if (n++ >= MAX_CANDIDATES) return;
      const d = decodeBase64(run.slice(0, MAX_RUN));
      if (d) yield d;
    }
  }
  // Base64 wrapped over several lines (every 40, 64 or 76 characters): the lines joined decode as one.
  if (scan().base64.length >= 2 && text.includes('\n')) {
    for (const m of text.matchAll(WRAPPED_BASE64)) {
      if (n++ >= MAX_CANDIDATES) return;
      const d = decodeBase64(m[0].replace(/\s+/g, '').slice(0, MAX_RUN));
      if (d) yield d;
    }
  }
  for (const re of [HEX_RUN, HEX_ESCAPE_RUN, HEX_0X_RUN]) {
    for (const run of runsOf(text, re, scan, prefixes)) {
      if (n++ >= MAX_CANDIDATES) return;
      const d = decodeHex(run.slice(0, MAX_RUN));
      if (d) yield d;
    }
  }
  const pct = (prefixes & PERCENT) !== 0 ? replaceEscapes(text, PERCENT_RUN, (r) => r.replace(/%/g, '')) : undefined;
  if (pct && (text.match(/%[0-9a-fA-F]{2}/g)?.length ?? 0) >= 4) yield pct;
  const uni = (prefixes & UNICODE_ESCAPE) !== 0
    ? replaceEscapes(text, UNICODE_ESCAPE_RUN, (r) =>
        r
          .split('\\u')
          .filter(Boolean)
          .map((h) => Buffer.from(String.fromCharCode(parseInt(h, 16)), 'utf8').toString('hex'))
          .join(''),
      )
    : undefined;
  if (uni) yield uni;
  if ((folded === undefined || hasAny(folded, ROT13_LITS)) && ROT13_MENTION.test(text)) yield rot13(text);
}

/**
 * @param text invisible characters stripped, NFKC, case preserved
 * @param tagText ASCII hidden in Unicode tag characters (decoded by fold.ts)
 * @param folded the folded form of `text` (fold.ts), when known: its n-grams gate the case-insensitive patterns
 */
export function detectEncodedPayload(text: string, tagText: string, rescreen: Rescreen | undefined, folded?: string): Hit[] {
  const hits: Hit[] = [];
  if ((folded === undefined || hasAny(folded, DECODE_LITS)) && DECODE_AND_OBEY.test(text)) hits.push({ id: 'encoded.decode-and-obey', reason: 'encoded_payload', weight: W.decodeAndObey });
  if (!rescreen) return hits;
  const decodedTexts = [...candidates(text, folded)];
  if (tagText) decodedTexts.push(tagText);
  for (const decoded of decodedTexts) {
    const inner = rescreen(decoded);
    if (inner.score < 0.3) continue;
    hits.push({ id: 'encoded.payload', reason: 'encoded_payload', weight: W.payload });
    for (const h of inner.hits) hits.push({ ...h, id: `encoded:${h.id}` });
  }
  return hits;
}
