import { hasKeyword, valuesAfterContext } from './context-window';
import type { Detector } from './detector';

const CONTEXT = /口座番号|口座|普通預金|当座預金|普通|当座|貯蓄|account\s?(?:number|no\.?|#)|bank\s?account|acct\.?\s?(?:no\.?|#)?/gi;
// Japanese accounts are 7 digits; elsewhere 6-17. Bank/branch names may sit in between.
const VALUE = /(?<![0-9A-Za-z])[0-9](?:[ -]?[0-9]){5,16}(?![0-9])/g;

export const bankAccountDetector: Detector = {
  type: 'BANK_ACCOUNT',
  detect(text, _options, out) {
    if (hasKeyword(text, 'bank')) {
      valuesAfterContext(text, CONTEXT, VALUE, 16, (start, end) => {
        out.push({ type: 'BANK_ACCOUNT', start, end, score: 0.85 });
      });
    }
  },
};
