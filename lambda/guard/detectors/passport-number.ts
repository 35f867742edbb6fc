import { hasContext, hasKeyword, valuesAfterContext } from './context-window';
import type { Detector } from './detector';
import { digitRuns, execAt, labelledDigits, separatedDigits } from './digit-sequence';
import { pushTableCells } from './table-columns';

const CONTEXT = /旅券(?:番号)?|パスポート(?:番号|No\.?)?|passport(?:\s?(?:number|no\.?|#))?/gi;
// Japanese passports: two letters + seven digits; US: nine digits or a letter + eight digits;
// India and others: a letter + seven digits (after the label only).
// Letters and digits may be spaced out or hyphenated (T K 1 2 3 4 5 6 7, TK-1234567); after the
// label the Japanese format's gaps may be wider too (T  K  1  2 …, a full-width space beside a space).
const GAP = ' {0,3}-? {0,3}';
const VALUE = new RegExp(
  `(?<![0-9A-Za-z])(?:[A-Z]${GAP}[A-Z]${GAP}${labelledDigits(7)}|[A-Z][ -]?${separatedDigits(8)}|[A-Z][ -]?${separatedDigits(7)}(?: ?[A-Z])?|[A-Z]{2}${separatedDigits(6)}|[A-Z]{2}${separatedDigits(8)}|${separatedDigits(9)})(?![0-9A-Za-z]|[ -][0-9]|  {0,2}[0-9])`,
  'gi',
);
// Without a label: the Japanese format (two capitals + seven digits) with a travel or identity
// word within a short window (搭乗手続きで TK1234567 を提示). Product codes and order numbers of the
// same shape stay clean without such a word.
const JAPANESE_FORMAT = new RegExp(`[A-Z][ -]?[A-Z][ -]?${separatedDigits(7)}(?![0-9A-Za-z]|[ -][0-9])`, 'y');
const TRAVEL = /旅券|パスポート|passport|搭乗|渡航|出国|入国|ビザ|査証|チェックイン|visa|check-?in|boarding/i;

export const passportNumberDetector: Detector = {
  type: 'PASSPORT_NUMBER',
  detect(text, _options, out) {
    pushTableCells(text, 'PASSPORT_NUMBER', out);
    const names = hasName(out);
    if (!names && !hasKeyword(text, 'passport')) return;
    let labelledEnd = -1;
    valuesAfterContext(text, CONTEXT, VALUE, 20, (start, end) => {
      out.push({ type: 'PASSPORT_NUMBER', start, end, score: 0.9 });
      labelledEnd = end;
    });
    // Capital-letter starts (not glued to a letter or digit before) from the shared scan.
    const capitals = digitRuns(text).capitals;
    execAt(JAPANESE_FORMAT, text, capitals, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (start < labelledEnd && labelledEnd > 0 && hasLabelledOverlap(out, start, end)) return;
      if (!hasContext(text, start, end, TRAVEL, 30, 20) && !afterName(text, out, start)) return;
      out.push({ type: 'PASSPORT_NUMBER', start, end, score: 0.8 });
    });
  },
};

function hasLabelledOverlap(out: ReadonlyArray<{ type: string; start: number; end: number }>, start: number, end: number): boolean {
  for (const f of out) if (f.type === 'PASSPORT_NUMBER' && f.start < end && start < f.end) return true;
  return false;
}

function hasName(out: ReadonlyArray<{ type: string }>): boolean {
  for (const f of out) if (f.type === 'PERSON_NAME') return true;
  return false;
}

/**
 * A name the name detector found (it runs earlier) ends just before `start`, with only a
 * separator between: 山田太郎 TK1234567, Yamada Taro: TK1234567, 山田太郎（TK1234567）.
 */
function afterName(text: string, out: ReadonlyArray<{ type: string; start: number; end: number }>, start: number): boolean {
  for (const f of out) {
    if (f.type !== 'PERSON_NAME' || f.end > start || start - f.end > 4) continue;
    if (/^(?:[ \t,、:：(（/]|様|さん|氏)*$/.test(text.slice(f.end, start))) return true;
  }
  return false;
}
