import { hasKeyword, valuesAfterContext } from './context-window';
import type { Detector } from './detector';
import { separatedDigits } from './digit-sequence';

const CONTEXT = /旅券(?:番号)?|パスポート(?:番号|No\.?)?|passport(?:\s?(?:number|no\.?|#))?/gi;
// Japanese passports: two letters + seven digits; US: nine digits or a letter + eight digits.
// Letters and digits may be spaced out or hyphenated (T K 1 2 3 4 5 6 7, TK-1234567).
const VALUE = new RegExp(
  `(?<![0-9A-Za-z])(?:[A-Z][ -]?[A-Z][ -]?${separatedDigits(7)}|[A-Z][ -]?${separatedDigits(8)}|${separatedDigits(9)})(?![0-9A-Za-z]|[ -][0-9])`,
  'gi',
);

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
