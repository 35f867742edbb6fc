import { hasContext, hasKeyword, valuesAfterContext } from './context-window';
import type { Detector } from './detector';
import { digitRuns, execAtRuns, separatedDigits } from './digit-sequence';

const CONTEXT = /基礎年金番号|年金番号|年金手帳|年金|pension(?:\s?(?:number|no\.?))?/gi;
// 基礎年金番号: 4-digit office code + 6-digit serial.
const VALUE = new RegExp(`(?<![0-9])${separatedDigits(10)}(?![0-9]|[ -][0-9])`, 'g');
// Written in its own shape (1234-567890, digits possibly spaced out) with a pension or inquiry
// word nearby, before or after: 年金事務所への照会は 1234-567890 で.
const OWN_SHAPE = new RegExp(`(?<![0-9]|[0-9][ -])${separatedDigits(4)} ?- ?${separatedDigits(6)}(?![0-9]|[ -][0-9])`, 'y');
const NEARBY = /年金|照会|pension/i;

export const pensionNumberDetector: Detector = {
  type: 'PENSION_NUMBER',
  detect(text, _options, out) {
    if (!hasKeyword(text, 'pension')) return;
    let lastEnd = -1;
    valuesAfterContext(text, CONTEXT, VALUE, 20, (start, end) => {
      out.push({ type: 'PENSION_NUMBER', start, end, score: 0.9 });
      lastEnd = end;
    });
    const runs = digitRuns(text);
    execAtRuns(OWN_SHAPE, text, runs, (r) => runs.clusterDigits[r] >= 4, (m) => {
      const end = m.index + m[0].length;
      if (m.index < lastEnd && lastEnd > 0) return;
      if (!hasContext(text, m.index, end, NEARBY, 30, 20)) return;
      out.push({ type: 'PENSION_NUMBER', start: m.index, end, score: 0.85 });
    });
  },
};
