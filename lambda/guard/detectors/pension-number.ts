import { hasKeyword, valuesAfterContext } from './context-window';
import type { Detector } from './detector';
import { separatedDigits } from './digit-sequence';

const CONTEXT = /基礎年金番号|年金番号|年金手帳|年金|pension(?:\s?(?:number|no\.?))?/gi;
// 基礎年金番号: 4-digit office code + 6-digit serial.
const VALUE = new RegExp(`(?<![0-9])${separatedDigits(10)}(?![0-9]|[ -][0-9])`, 'g');

export const pensionNumberDetector: Detector = {
  type: 'PENSION_NUMBER',
  detect(text, _options, out) {
    if (hasKeyword(text, 'pension')) {
      valuesAfterContext(text, CONTEXT, VALUE, 20, (start, end) => {
        out.push({ type: 'PENSION_NUMBER', start, end, score: 0.9 });
      });
    }
  },
};
