import type { Detector } from './detector';

const PREFIXES = ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'AGPA', 'AIDA', 'AIPA', 'ANPA', 'ANVA', 'APKA', 'AROA', 'ASCA'];

const PATTERN = new RegExp(`(?<![A-Za-z0-9])(?:${PREFIXES.join('|')})[A-Z0-9]{16}(?![A-Za-z0-9])`, 'g');

// Spaced out (A K I A I O S F …), in groups (AKIA IOSF ODNN 7EXA MPLE, AKIA-IOSF-…) or both: up to
// three spaces, tabs or dashes between any two characters (full-width forms are already ASCII here).
// A word may stand before it (aws key AKIA 7Y2M …), a spaced-out letter may not (X A K I A …).
const GAP = '[ \\t-]{0,3}';
const SPACED = new RegExp(
  `(?<![A-Za-z0-9]|(?<![A-Za-z0-9])[A-Za-z0-9][ \\t-]{1,3})(?:${PREFIXES.map((p) => [...p].join(GAP)).join('|')})(?:${GAP}[A-Z0-9]){16}(?![ \\t-]{0,3}[A-Za-z0-9])`,
  'g',
);

/**
 * Whether a spaced match reads as a key, not as capitalised words that happen to add up to twenty
 * letters (ASIA PACIFIC REGION …): every character spaced out, groups of four, or a digit among them.
 */
function isKeyShaped(raw: string): boolean {
  const tokens = raw.split(/[ \t-]+/);
  if (tokens.length < 2) return false;
  if (tokens.every((t) => t.length === 1) || tokens.every((t) => t.length === 4)) return true;
  return /[0-9]/.test(raw.slice(4));
}

export const awsAccessKeyDetector: Detector = {
  type: 'AWS_ACCESS_KEY',
  detect(text, _options, out) {
    PATTERN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PATTERN.exec(text)) !== null) {
      out.push({ type: 'AWS_ACCESS_KEY', start: m.index, end: m.index + m[0].length, score: 0.99 });
    }
    // The spaced forms need a gap right inside the prefix or right after it: one indexOf per prefix
    // letter pair is cheaper than the pattern on texts without any (almost all).
    if (!mayHoldSpacedKey(text)) return;
    SPACED.lastIndex = 0;
    while ((m = SPACED.exec(text)) !== null) {
      if (!/[ \t-]/.test(m[0]) || !isKeyShaped(m[0])) continue;
      out.push({ type: 'AWS_ACCESS_KEY', start: m.index, end: m.index + m[0].length, score: 0.95 });
    }
  },
};

/** 'A' followed by a gap character and a capital, or a prefix followed by a gap character. */
function mayHoldSpacedKey(text: string): boolean {
  for (let i = text.indexOf('A'); i >= 0 && i + 5 < text.length; i = text.indexOf('A', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (c === 32 || c === 9 || c === 45) return true;
    if (c >= 65 && c <= 90) {
      const d = text.charCodeAt(i + 4);
      if (d === 32 || d === 9 || d === 45) return true;
    }
  }
  return false;
}
