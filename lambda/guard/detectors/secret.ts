import { hasKeyword } from './context-window';
import type { Detector, RawFinding } from './detector';

// Well-known token formats; each is specific enough to need no context.
// Each pattern is gated by a literal that must occur in the text, to skip most full scans.
// The number is the index of the literal's rarest character, searched for first (see hasLiteral).
const TOKEN_PATTERNS: ReadonlyArray<readonly [string, number, RegExp]> = [
  ['PRIVATE KEY', 3, /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]{16,16384}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----/g],
  ['_', 0, /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,255}/g],
  ['github_pat_', 6, /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{22,255}/g],
  ['xox', 0, /(?<![A-Za-z0-9_-])xox[abposr]-[A-Za-z0-9-]{10,255}/g],
  ['AIza', 2, /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g],
  ['_', 0, /(?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,255}/g],
  ['sk-', 2, /(?<![A-Za-z0-9_-])sk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,255}/g],
  ['eyJ', 2, /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,4096}/g],
  ['glpat-', 5, /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,255}/g],
  ['npm_', 3, /(?<![A-Za-z0-9_-])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g],
];
// key = value assignments: only the value is reported.
const ASSIGNMENT =
  /(?:aws_secret_access_key|secret[_ -]?access[_ -]?key|api[_ -]?key|apikey|access[_ -]?token|auth[_ -]?token|client[_ -]?secret|secret|token|password|passwd|pwd|パスワード|暗証番号)["']?\s{0,3}(?:[:=：]|は|is)\s{0,3}["']?([A-Za-z0-9!#$%&()*+./<=>?@^_{|}~:-]{6,512})/gi;
const BEARER = /(?<![A-Za-z])Bearer\s+([A-Za-z0-9._~+/-]{20,4096}=*)/g;

/**
 * `text.includes(literal)`, searching first for the literal's character at `rare`: V8 finds a
 * single character quickly, while a short literal starting with a common letter is slow to find.
 */
function hasLiteral(text: string, literal: string, rare: number): boolean {
  if (literal.length === 1 || rare === 0) return text.indexOf(literal) >= 0;
  const c = literal[rare];
  for (let i = text.indexOf(c, rare); i >= 0; i = text.indexOf(c, i + 1)) {
    if (text.startsWith(literal, i - rare)) return true;
  }
  return false;
}

/** A plain word after "password is" is prose, not a secret: require mixed character classes. */
export function looksLikeSecretValue(value: string): boolean {
  if (value.length >= 20) return true;
  const classes =
    Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/[0-9]/.test(value)) + Number(/[^A-Za-z0-9]/.test(value));
  return classes >= 2 && /[0-9!#$%&*+/<=>?@^_{|}~]/.test(value);
}

function pushGroup(pattern: RegExp, text: string, out: RawFinding[], score: number) {
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    const value = m[1];
    if (!looksLikeSecretValue(value)) continue;
    const start = m.index + m[0].length - value.length;
    out.push({ type: 'SECRET', start, end: start + value.length, score });
  }
}

export const secretDetector: Detector = {
  type: 'SECRET',
  detect(text, _options, out) {
    for (const [gate, rare, pattern] of TOKEN_PATTERNS) {
      if (!hasLiteral(text, gate, rare)) continue;
      pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(text)) !== null) {
        out.push({ type: 'SECRET', start: m.index, end: m.index + m[0].length, score: 0.99 });
      }
    }
    if (hasKeyword(text, 'secret')) pushGroup(ASSIGNMENT, text, out, 0.85);
    if (hasLiteral(text, 'Bearer', 0)) pushGroup(BEARER, text, out, 0.95);
  },
};
