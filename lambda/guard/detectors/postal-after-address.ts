import type { Detector } from './detector';
import { afterOrdinaryNumberLabel } from './number-labels';

/**
 * A postal code written right after (or right before) an address, without 〒 or 郵便番号 before it: "広島県廿日市市宮島町
 * 5-2-3、735-2857です", "…2丁目15番8号 (150-0043)". The address detector runs first, so its findings
 * say where an address ends; only the few characters after each are read.
 */
// Not a phone number's first groups (…1-2-3 082-1234-567) nor a room or a count (1050011号室).
const AFTER_ADDRESS = /[ 　\t]*[、,，（(]?[ 　\t]*((?:[0-9]{3}-[0-9]{4}|[0-9]{7}))(?![0-9]|-[0-9]|[ ]?[号室階円件台人名個番])/y;

/**
 * ...and one right before it, in the cell before an address's cell or with only a space between
 * ("605-3573","京都府京都市…", 605-3573\t京都府…, 605-3573 京都府…): not part of a longer number
 * (03-605-3573) nor after a digit, nor a number an ordinary-number label names (注文番号 123-4567).
 */
const BEFORE_ADDRESS = /(?<![0-9０-９-])([0-9]{3}-[0-9]{4})["'”]?[ 　\t]*[,，、\t]?[ 　\t]*["'“]?$/;

export const postalAfterAddressDetector: Detector = {
  type: 'POSTAL_CODE',
  detect(text, _options, out) {
    const count = out.length;
    for (let i = 0; i < count; i++) {
      const f = out[i];
      if (f.type !== 'ADDRESS' || f.score < 0.8) continue;
      AFTER_ADDRESS.lastIndex = f.end;
      const m = AFTER_ADDRESS.exec(text);
      if (m !== null) {
        const start = m.index + m[0].length - m[1].length;
        out.push({ type: 'POSTAL_CODE', start, end: start + m[1].length, score: 0.8 });
      }
      const from = Math.max(0, f.start - 16);
      const b = BEFORE_ADDRESS.exec(text.slice(from, f.start));
      if (b !== null && !afterOrdinaryNumberLabel(text, from + b.index)) out.push({ type: 'POSTAL_CODE', start: from + b.index, end: from + b.index + b[1].length, score: 0.8 });
    }
  },
};
