import { BARE_LABEL_CLOSE, BARE_LABEL_OPEN, hasContext, hasKeyword, LABEL_CLOSE, LABEL_OPEN, valuesAfterContext, valuesBeforeLabel } from './context-window';
import type { Detector } from './detector';
import { digitRuns, execAtRuns, separatedDigits } from './digit-sequence';

const MARKED = /〒 ?([0-9] ?[0-9] ?[0-9] ?-? ?[0-9] ?[0-9] ?[0-9] ?[0-9])(?![0-9])/g;
// 123-4567, also spaced out: 1 2 3 - 4 5 6 7.
const HYPHENATED = /(?<![0-9A-Za-z-]|[0-9] )[0-9] ?[0-9] ?[0-9] ?- ?[0-9] ?[0-9] ?[0-9] ?[0-9](?![0-9]|-[0-9]| [0-9])/y;
const CONTEXT_WORDS = /郵便番号|〒|postal code|post code|postcode|zip code|zip/i;
const CONTEXT = /郵便番号|postal code|post code|postcode|zip code/gi;
const BARE = new RegExp(`(?<![0-9])${separatedDigits(7)}(?![0-9]|[ -][0-9])`, 'g');
// "123-4567 東京都..." : a prefecture right after the code is context enough.
// The label after the code, in brackets: 150-0043（郵便番号）, 1500043 (ZIP).
const LABEL_WORDS = '(?:郵便番号|〒|postal code|post code|postcode|zip code|zip)';
const LABEL_AFTER = new RegExp(`${LABEL_OPEN}${LABEL_WORDS}${LABEL_CLOSE}|${BARE_LABEL_OPEN}${LABEL_WORDS}${BARE_LABEL_CLOSE}`, 'gi');
// zip: 1500043 (the seven digits right after a bare "zip").
const ZIP_BEFORE = /(?<![A-Za-z])zip(?: ?code)?(?![A-Za-z])[ \t]*[:：#=]?[ \t]*/gi;
const CODE_BEFORE_LABEL = /(?<![0-9A-Za-z-]|[0-9] )(?:[0-9] ?[0-9] ?[0-9] ?- ?[0-9] ?[0-9] ?[0-9] ?[0-9]|[0-9](?: ?[0-9]){6})/;
const ZIP = /zip/i;
const PREFECTURE_AFTER = /^\s?(?:北海道|東京都|京都府|大阪府|\p{Script=Han}{2,3}県)/u;

export const postalCodeDetector: Detector = {
  type: 'POSTAL_CODE',
  detect(text, _options, out) {
    MARKED.lastIndex = 0;
    let m: RegExpExecArray | null;
    if (text.indexOf('〒') >= 0) {
      while ((m = MARKED.exec(text)) !== null) {
        out.push({ type: 'POSTAL_CODE', start: m.index, end: m.index + m[0].length, score: 0.95 });
      }
    }
    const runs = digitRuns(text);
    execAtRuns(HYPHENATED, text, runs, (r) => runs.ends[r] - runs.starts[r] <= 3, (h) => {
      const end = h.index + h[0].length;
      if (hasContext(text, h.index, end, CONTEXT_WORDS, 20, 0) || PREFECTURE_AFTER.test(text.slice(end, end + 6))) {
        out.push({ type: 'POSTAL_CODE', start: h.index, end, score: 0.85 });
      }
    });
    if (hasKeyword(text, 'postal')) {
      valuesAfterContext(text, CONTEXT, BARE, 8, (start, end) => {
        out.push({ type: 'POSTAL_CODE', start, end, score: 0.8 });
      });
    }
    const zip = ZIP.test(text);
    if (zip) {
      valuesAfterContext(text, ZIP_BEFORE, BARE, 0, (start, end) => {
        out.push({ type: 'POSTAL_CODE', start, end, score: 0.8 });
      });
    }
    if (zip || hasKeyword(text, 'postal') || text.indexOf('〒') >= 0) {
      valuesBeforeLabel(text, LABEL_AFTER, CODE_BEFORE_LABEL, 20, (start, end) => {
        out.push({ type: 'POSTAL_CODE', start, end, score: 0.85 });
      });
    }
  },
};
