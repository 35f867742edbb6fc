import { hasKeyword } from './context-window';
import type { Detector } from './detector';

const KANJI_KANA = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
// A lone 秘 (often ㊙, which NFKC turns into 秘) counts only when not part of a word like 秘書.
// Every alternative starts with a literal character and checks "not preceded by" just after
// it (e.g. C(?<![A-Za-z]C) for (?<![A-Za-z])C): same matches, but the regex engine can skip
// ahead by first character instead of evaluating a lookbehind at every position.
const MARKERS = new RegExp(
  `社外秘|極秘|関係者外秘|部外秘|取扱注意|取り扱い注意|秘(?<![${KANJI_KANA}]秘)(?![${KANJI_KANA}])|(?:S(?<![A-Za-z]S)TRICTLY\\s+C|C(?<![A-Za-z]C))ONFIDENTIAL(?![A-Za-z])|I(?<![A-Za-z]I)NTERNAL(?:\\s+USE)?\\s+ONLY(?![A-Za-z])`,
  'giu',
);

const codeNamePatterns = new Map<string, RegExp | null>();

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One compiled regex per distinct code-name list, cached across requests. */
function codeNamePattern(codeNames: readonly string[]): RegExp | null {
  const key = codeNames.join('\u0000');
  let pattern = codeNamePatterns.get(key);
  if (pattern === undefined) {
    const names = codeNames
      .map((n) => n.normalize('NFKC').trim())
      .filter((n) => n.length > 0)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex);
    pattern = names.length === 0 ? null : new RegExp(`(?<![A-Za-z0-9])(?:${names.join('|')})(?![A-Za-z0-9])`, 'giu');
    if (codeNamePatterns.size > 256) codeNamePatterns.clear();
    codeNamePatterns.set(key, pattern);
  }
  return pattern;
}

export const confidentialMarkerDetector: Detector = {
  type: 'CONFIDENTIAL_MARKER',
  detect(text, options, out) {
    for (const pattern of [MARKERS, codeNamePattern(options.codeNames)]) {
      if (pattern === null || (pattern === MARKERS && !hasKeyword(text, 'marker'))) continue;
      pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(text)) !== null) {
        out.push({ type: 'CONFIDENTIAL_MARKER', start: m.index, end: m.index + m[0].length, score: 0.95 });
      }
    }
  },
};
