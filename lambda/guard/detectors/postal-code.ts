import { hasContext, hasKeyword, valuesAfterContext, valuesBeforeLabel } from './context-window';
import type { Detector } from './detector';
import { digitRuns, execAtRuns, labelledDigits, NO_DIGIT_AFTER_GAP } from './digit-sequence';
import { pushTableCells } from './table-columns';

// After 〒 the groups may be set apart by wider gaps too (〒1 5 0   0 0 4 3, 〒150　　0043).
const MARKED = new RegExp(`〒 {0,3}(?:[=＝:：] {0,3})?(${labelledDigits(7)})${NO_DIGIT_AFTER_GAP}`, 'y');
// 123-4567, also spaced out: 1 2 3 - 4 5 6 7.
// A T right before it may be an OCR reading of 〒 (T150-0043 東京都…): the context rule below still decides.
const HYPHENATED = /(?<![0-9A-SU-Za-z-]|[0-9A-Za-z]T|[0-9] )[0-9] ?[0-9] ?[0-9] ?- ?[0-9] ?[0-9] ?[0-9] ?[0-9](?![0-9]|-[0-9]| [0-9])/y;
const CONTEXT_WORDS = /郵便番号|〒|postal code|post code|postcode|zip code|zip/i;
const CONTEXT = /郵便番号|postal code|post code|postcode|zip code/gi;
const BARE = new RegExp(`(?<![0-9])${labelledDigits(7)}${NO_DIGIT_AFTER_GAP}`, 'g');
// "123-4567 東京都..." : a prefecture right after the code is context enough.
// The label after the code, in brackets: 150-0043（郵便番号）, 1500043 (ZIP).
const LABEL_AFTER = /郵便番号|〒|postal code|post code|postcode|(?<![A-Za-z])zip(?: code)?(?![A-Za-z])/gi;
// zip: 1500043 (the seven digits right after a bare "zip").
const ZIP_BEFORE = /(?<![A-Za-z])zip(?: ?code)?(?![A-Za-z])[ \t]*[:：#=]?[ \t]*/gi;
const CODE_BEFORE_LABEL = /(?<![0-9A-Za-z-]|[0-9] )(?:[0-9] ?[0-9] ?[0-9] ?- ?[0-9] ?[0-9] ?[0-9] ?[0-9]|[0-9](?: ?[0-9]){6})/;
const PREFECTURE_AFTER = /^\s?(?:北海道|東京都|京都府|大阪府|\p{Script=Han}{2,3}県)/u;

/** ( [ 【 〔 */
function isOpeningBracket(c: number): boolean {
  return c === 40 || c === 91 || c === 0x3010 || c === 0x3014;
}

export const postalCodeDetector: Detector = {
  type: 'POSTAL_CODE',
  detect(text, _options, out) {
    pushTableCells(text, 'POSTAL_CODE', out);
    // One search for 〒 serves both the code after it and a code before it in brackets (1500043（〒）).
    let markInBrackets = false;
    for (let i = text.indexOf('〒'); i >= 0; i = text.indexOf('〒', i + 1)) {
      MARKED.lastIndex = i;
      const m = MARKED.exec(text);
      if (m !== null) out.push({ type: 'POSTAL_CODE', start: m.index, end: m.index + m[0].length, score: 0.95 });
      else if (i > 0 && isOpeningBracket(text.charCodeAt(i - 1 - Number(text.charCodeAt(i - 1) === 32)))) markInBrackets = true;
    }
    const runs = digitRuns(text);
    execAtRuns(HYPHENATED, text, runs, (r) => runs.ends[r] - runs.starts[r] <= 3, (h) => {
      const end = h.index + h[0].length;
      if (hasContext(text, h.index, end, CONTEXT_WORDS, 32, 0) || PREFECTURE_AFTER.test(text.slice(end, end + 6))) {
        out.push({ type: 'POSTAL_CODE', start: h.index, end, score: 0.85 });
      }
    });
    if (hasKeyword(text, 'postal')) {
      valuesAfterContext(text, CONTEXT, BARE, 8, (start, end) => {
        out.push({ type: 'POSTAL_CODE', start, end, score: 0.8 });
      });
    }
    const keyed = hasKeyword(text, 'postal');
    if (keyed) {
      valuesAfterContext(text, ZIP_BEFORE, BARE, 0, (start, end) => {
        out.push({ type: 'POSTAL_CODE', start, end, score: 0.8 });
      });
    }
    // 〒 alone (most texts with a postal code) needs only a search for that one character, and
    // counts as a label after the code only in brackets (1500043（〒）).
    const labels = keyed ? LABEL_AFTER : markInBrackets ? '〒' : null;
    if (labels !== null) {
      valuesBeforeLabel(text, labels, keyed, CODE_BEFORE_LABEL, 20, (start, end) => {
        out.push({ type: 'POSTAL_CODE', start, end, score: 0.85 });
      });
    }
  },
};
