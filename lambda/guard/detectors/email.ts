import type { Detector, RawFinding } from './detector';
import { execAt } from './digit-sequence';

// The lookbehind makes matching start only at token starts, keeping long runs linear.
const PATTERN =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;

const STICKY = new RegExp(PATTERN.source, 'y');
// Right before the local part: scheme://user: and no space, slash or '@' since.
const URL_USERINFO = /:\/\/[^\s\/@:]{0,64}:[^\s\/@]*$/;
const URL_KEY_LOCAL = /^(?:[0-9a-f]{32}|(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{24,128})$/;

function isLocalPartChar(c: number): boolean {
  // A-Z a-z 0-9 . _ % + -
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

/**
 * Where PATTERN can match in `windowText`: a match runs over local-part characters up to an
 * '@' and starts where they start (its lookbehind forbids one before it), so each '@' gives
 * exactly one candidate: the start of the run of local-part characters right before it.
 */
function matchStarts(windowText: string): number[] {
  const starts: number[] = [];
  for (let at = windowText.indexOf('@'); at >= 0; at = windowText.indexOf('@', at + 1)) {
    let q = at;
    while (q > 0 && isLocalPartChar(windowText.charCodeAt(q - 1))) q--;
    if (q < at) starts.push(q);
  }
  return starts;
}

/**
 * Digits spaced out one by one in the local part (taro.yamada1 9 8 5@example.co.jp): the match
 * starts after the last space; extend it back over "digit space digit" and the characters before.
 */
function spacedLocalPartStart(text: string, start: number): number {
  let q = start;
  // Only lone digits between the spaces (1 9 8 5), not a number before the address (090-1234-5678 5…).
  if (!isDigit(text.charCodeAt(q)) || (q + 1 < text.length && isDigit(text.charCodeAt(q + 1)))) return start;
  while (q >= 2 && text.charCodeAt(q - 1) === 32 && isDigit(text.charCodeAt(q - 2)) && !(q >= 3 && isDigit(text.charCodeAt(q - 3)))) q -= 2;
  if (q === start || q === 0 || !isLocalPartChar(text.charCodeAt(q - 1))) return start;
  while (q > 0 && isLocalPartChar(text.charCodeAt(q - 1))) q--;
  return q;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// Addresses written to dodge harvesters: t.nishi(at)example.ne.jp, ryo [at] example [dot] com,
// 名前（アット）example.co.jp. The bracketed words stand for '@' and '.'.
const AT_WORD = String.raw`[ ]?[(\[（［][ ]?(?:at|AT|アット)[ ]?[)\]）］][ ]?`;
const DOT_WORD = String.raw`(?:\.|[ ]?[(\[（［][ ]?(?:dot|DOT|ドット)[ ]?[)\]）］][ ]?)`;
const WORDED = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}${AT_WORD}[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:${DOT_WORD}[A-Za-z0-9-]{1,63})*${DOT_WORD}[A-Za-z]{2,24}(?![A-Za-z0-9-])`,
  'g',
);
const HAS_AT_WORD = /[(\[（［] ?(?:at|AT|アット) ?[)\]）］]/;

function pushWorded(text: string, out: RawFinding[]): void {
  WORDED.lastIndex = 0;
  for (let m = WORDED.exec(text); m !== null; m = WORDED.exec(text)) {
    out.push({ type: 'EMAIL', start: m.index, end: m.index + m[0].length, score: 0.95 });
  }
}

export const emailDetector: Detector = {
  type: 'EMAIL',
  detect(text, _options, out) {
    // Anchor on '@' and match only in a window around it: the regex alone would be tried at every letter.
    let scannedTo = 0;
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      if (at < scannedTo) continue;
      const windowStart = Math.max(scannedTo, at - 64);
      const windowText = text.slice(windowStart, Math.min(text.length, at + 256));
      execAt(STICKY, windowText, matchStarts(windowText), (m) => {
        const start = windowStart + m.index;
        // The window edge is not a real boundary: skip a match cut off at the left edge.
        if (m.index === 0 && windowStart > 0 && /[A-Za-z0-9._%+-]/.test(text[windowStart - 1])) return;
        // user:PASS@host in a connection URL is a password and a host, not an address (secret.ts).
        if (text.charCodeAt(start - 1) !== 32 && URL_USERINFO.test(text.slice(Math.max(0, start - 200), start))) return;
        // A key as a URL's whole user (https://<32 hex>@o1.ingest.sentry.io) is a credential (secret.ts).
        if (text.charCodeAt(start - 1) === 0x2f && text.charCodeAt(start - 2) === 0x2f && URL_KEY_LOCAL.test(m[0].slice(0, m[0].indexOf('@')))) return;
        out.push({ type: 'EMAIL', start: spacedLocalPartStart(text, start), end: start + m[0].length, score: 0.99 });
        scannedTo = start + m[0].length;
      });
      scannedTo = Math.max(scannedTo, at + 1);
    }
    if (HAS_AT_WORD.test(text)) pushWorded(text, out);
  },
};
