import type { Detector } from './detector';

/**
 * A postal code written right after an address, without 〒 or 郵便番号 before it: "広島県廿日市市宮島町
 * 5-2-3、735-2857です", "…2丁目15番8号 (150-0043)". The address detector runs first, so its findings
 * say where an address ends; only the few characters after each are read.
 */
// Not a phone number's first groups (…1-2-3 082-1234-567) nor a room or a count (1050011号室).
const AFTER_ADDRESS = /[ 　\t]*[、,，（(]?[ 　\t]*((?:[0-9]{3}-[0-9]{4}|[0-9]{7}))(?![0-9]|-[0-9]|[ ]?[号室階円件台人名個番])/y;

export const postalAfterAddressDetector: Detector = {
  type: 'POSTAL_CODE',
  detect(text, _options, out) {
    const count = out.length;
    for (let i = 0; i < count; i++) {
      const f = out[i];
      if (f.type !== 'ADDRESS' || f.score < 0.8) continue;
      AFTER_ADDRESS.lastIndex = f.end;
      const m = AFTER_ADDRESS.exec(text);
      if (m === null) continue;
      const start = m.index + m[0].length - m[1].length;
      out.push({ type: 'POSTAL_CODE', start, end: start + m[1].length, score: 0.8 });
    }
  },
};
