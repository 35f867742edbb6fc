import type { Detector } from './detector';
import { digitRuns, execAt } from './digit-sequence';

// Spelled out one character at a time too (G B 8 2 W E S T …): the mod-97 check decides.
// Not glued to a letter or digit before it, except its own label (IBANFR94…).
// Groups may be joined by hyphens as well as spaces (NL91-ABNA-0417-1643-00).
const PATTERN = /(?:(?<![A-Za-z0-9_.-])|(?<=(?<![A-Za-z])IBAN))[A-Za-z] ?[A-Za-z] ?[0-9] ?[0-9](?:[ -]?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])/y;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** ISO 13616 mod-97 check on a compact (no spaces) candidate. */
export function isValidIban(compact: string): boolean {
  if (compact.length < 15 || compact.length > 34) return false;
  const rearranged = (compact.slice(4) + compact.slice(0, 4)).toUpperCase();
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    if (c >= 48 && c <= 57) remainder = (remainder * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) remainder = (remainder * 100 + (c - 55)) % 97;
    else return false;
  }
  return remainder === 1;
}

export const ibanDetector: Detector = {
  type: 'IBAN',
  detect(text, _options, out) {
    // An IBAN starts with two letters right before a digit run: only those positions are tried.
    const starts: number[] = [];
    const runs = digitRuns(text);
    for (let r = 0; r < runs.count; r++) {
      const d = runs.starts[r];
      if (d >= 2 && isAsciiLetter(text.charCodeAt(d - 1)) && isAsciiLetter(text.charCodeAt(d - 2))) starts.push(d - 2);
      else if (d >= 4 && text.charCodeAt(d - 1) === 32 && isAsciiLetter(text.charCodeAt(d - 2)) && text.charCodeAt(d - 3) === 32 && isAsciiLetter(text.charCodeAt(d - 4))) starts.push(d - 4);
    }
    execAt(PATTERN, text, starts, (m) => {
      // The match may run into a following word; try the longest prefix ending at a group boundary.
      const raw = m[0];
      for (let end = raw.length; end >= 15; end--) {
        if (end < raw.length && raw[end] !== ' ' && raw[end] !== '-') continue;
        if (raw.charCodeAt(end - 1) === 45) continue;
        const compact = raw.slice(0, end).replace(/[ -]/g, '');
        if (isValidIban(compact)) {
          out.push({ type: 'IBAN', start: m.index, end: m.index + end, score: 0.99 });
          break;
        }
      }
    });
  },
};
