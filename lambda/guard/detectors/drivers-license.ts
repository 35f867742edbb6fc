import { hasKeyword, valuesAfterContext } from './context-window';
import type { Detector } from './detector';
import { separatedDigits } from './digit-sequence';

const CONTEXT = /運転免許証?(?:番号|の番号)?|免許証(?:番号)?|免許番号|driver'?s?\s?licen[cs]e(?:\s?(?:number|no\.?|#))?|driving\s?licen[cs]e(?:\s?(?:number|no\.?))?|(?<![A-Za-z])DL\s?(?:number|no\.?|#)/gi;
// Japanese licences are 12 digits; other countries use a letter prefix and 5-14 digits.
const VALUE = new RegExp(`(?<![0-9A-Za-z])(?:${separatedDigits(12)}|[A-Z]{1,2}[0-9]{5,14}|[0-9]{7,11})(?![0-9A-Za-z])`, 'g');

export const driversLicenseDetector: Detector = {
  type: 'DRIVERS_LICENSE',
  detect(text, _options, out) {
    if (hasKeyword(text, 'license')) {
      valuesAfterContext(text, CONTEXT, VALUE, 20, (start, end) => {
        out.push({ type: 'DRIVERS_LICENSE', start, end, score: 0.9 });
      });
    }
  },
};
