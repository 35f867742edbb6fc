import { hasContext, valuesAfterContext } from './context-window';
import type { Detector } from './detector';

const DASHED = /(?<![0-9A-Za-z-])([0-9]{3})([ -])([0-9]{2})\2([0-9]{4})(?![0-9]|-[0-9])/g;
const CONTEXT_WORDS = /ssn|social security|社会保障番号/i;
const CONTEXT = /ssn|social security(?: number| no\.?)?|社会保障番号/gi;
const BARE = /(?<![0-9])[0-9]{9}(?![0-9])/g;

/** SSA never issues area 000, 666 or 900-999, group 00 or serial 0000. */
export function isPlausibleSsn(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

export const usSsnDetector: Detector = {
  type: 'US_SSN',
  detect(text, _options, out) {
    DASHED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DASHED.exec(text)) !== null) {
      if (!isPlausibleSsn(m[1], m[3], m[4])) continue;
      const end = m.index + m[0].length;
      const inContext = hasContext(text, m.index, end, CONTEXT_WORDS, 40, 10);
      // Space-separated 3-2-4 is too generic without context.
      if (!inContext && m[2] === ' ') continue;
      out.push({ type: 'US_SSN', start: m.index, end, score: inContext ? 0.95 : 0.7 });
    }
    valuesAfterContext(text, CONTEXT, BARE, 20, (start, end, v) => {
      if (isPlausibleSsn(v[0].slice(0, 3), v[0].slice(3, 5), v[0].slice(5))) {
        out.push({ type: 'US_SSN', start, end, score: 0.85 });
      }
    });
  },
};
