/**
 * Encoded payloads: base64, hex, \x / %XX / \uXXXX escapes, Unicode tag
 * characters and ROT13 that decode to an injection. Candidate runs are found
 * with single-character-class patterns (linear), decoded with Buffer, kept only
 * when they read as text, and screened again one level deeper.
 */
import type { Hit } from './types';

const W = { payload: 0.5, decodeAndObey: 0.4 };

/** Screens decoded text; returns its hits and their combined score. */
export type Rescreen = (decoded: string) => { hits: Hit[]; score: number };

const BASE64_RUN = /[A-Za-z0-9+/=_-]{16,}/g;
const HEX_RUN = /[0-9a-fA-F :,\-]{16,}/g;
const HEX_ESCAPE_RUN = /(?:\\x[0-9a-fA-F]{2}){4,}/g;
const HEX_0X_RUN = /(?:0x[0-9a-fA-F]{2}[ ,]{0,2}){4,}/g;
const PERCENT_RUN = /(?:%[0-9a-fA-F]{2})+/g;
const UNICODE_ESCAPE_RUN = /(?:\\u[0-9a-fA-F]{4})+/g;
const ROT13_MENTION = /\brot-?13\b|\bcaesar\b|シーザー暗号/i;
/** "decode this and follow it", 「デコードして指示に従って」. */
const DECODE_AND_OBEY =
  /\b(?:decode|decipher|decrypt|base64|hex|rot-?13|translate the (?:following )?(?:code|cipher))\b[^.\n]{0,80}\b(?:follow|execute|run|obey|do what it says|carry out|perform|comply|act on)\b|(?:デコード|復号|解読|変換)[^。\n]{0,40}(?:従っ|従い|実行|その通りに|指示通り)/i;

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

function* candidates(text: string): Generator<string> {
  let n = 0;
  for (const re of [BASE64_RUN]) {
    for (const m of text.matchAll(re)) {
      if (n++ >= MAX_CANDIDATES) return;
      const d = decodeBase64(m[0].slice(0, MAX_RUN));
      if (d) yield d;
    }
  }
  for (const re of [HEX_RUN, HEX_ESCAPE_RUN, HEX_0X_RUN]) {
    for (const m of text.matchAll(re)) {
      if (n++ >= MAX_CANDIDATES) return;
      const d = decodeHex(m[0].slice(0, MAX_RUN));
      if (d) yield d;
    }
  }
  const pct = replaceEscapes(text, PERCENT_RUN, (r) => r.replace(/%/g, ''));
  if (pct && (text.match(/%[0-9a-fA-F]{2}/g)?.length ?? 0) >= 4) yield pct;
  const uni = replaceEscapes(text, UNICODE_ESCAPE_RUN, (r) =>
    r
      .split('\\u')
      .filter(Boolean)
      .map((h) => Buffer.from(String.fromCharCode(parseInt(h, 16)), 'utf8').toString('hex'))
      .join(''),
  );
  if (uni) yield uni;
  if (ROT13_MENTION.test(text)) yield rot13(text);
}

/**
 * @param text invisible characters stripped, NFKC, case preserved
 * @param tagText ASCII hidden in Unicode tag characters (decoded by fold.ts)
 */
export function detectEncodedPayload(text: string, tagText: string, rescreen: Rescreen | undefined): Hit[] {
  const hits: Hit[] = [];
  if (DECODE_AND_OBEY.test(text)) hits.push({ id: 'encoded.decode-and-obey', reason: 'encoded_payload', weight: W.decodeAndObey });
  if (!rescreen) return hits;
  const decodedTexts = [...candidates(text)];
  if (tagText) decodedTexts.push(tagText);
  for (const decoded of decodedTexts) {
    const inner = rescreen(decoded);
    if (inner.score < 0.3) continue;
    hits.push({ id: 'encoded.payload', reason: 'encoded_payload', weight: W.payload });
    for (const h of inner.hits) hits.push({ ...h, id: `encoded:${h.id}` });
  }
  return hits;
}
