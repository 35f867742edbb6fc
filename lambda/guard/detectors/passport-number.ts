import { hasKeyword, valuesAfterContext } from './context-window';
import type { Detector } from './detector';

const CONTEXT = /旅券(?:番号)?|パスポート(?:番号|No\.?)?|passport(?:\s?(?:number|no\.?|#))?/gi;
// Japanese passports: two letters + seven digits; US: nine digits or a letter + eight digits.
const VALUE = /(?<![0-9A-Za-z])(?:[A-Z]{2}[0-9]{7}|[A-Z][0-9]{8}|[0-9]{9})(?![0-9A-Za-z])/g;

export const passportNumberDetector: Detector = {
  type: 'PASSPORT_NUMBER',
  detect(text, _options, out) {
    if (hasKeyword(text, 'passport')) {
      valuesAfterContext(text, CONTEXT, VALUE, 20, (start, end) => {
        out.push({ type: 'PASSPORT_NUMBER', start, end, score: 0.9 });
      });
    }
  },
};
