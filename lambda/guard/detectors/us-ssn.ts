import { hasContext, hasKeyword, valuesAfterContext } from './context-window';
import type { Detector } from './detector';
import { codeAt, digitRuns, execAtRuns } from './digit-sequence';
import { afterOrdinaryNumberLabel } from './number-labels';

// The separator may be a dash with spaces around it (123 - 45 - 6789), the same both times.
const DASHED = /(?<![0-9A-Za-z-])([0-9]{3})( ?- ?| )([0-9]{2})\2([0-9]{4})(?![0-9]|-[0-9])/y;
const CONTEXT_WORDS = /ssn|social security|社会保障番号/i;
const CONTEXT = /ssn|social security(?: number| no\.?)?|社会保障番号/gi;
// Nine digits after the context word, also spaced out one by one (5 7 7 1 0 2 2 3 5), dashes
// between the groups included (1 2 3-4 5-6 7 8 9).
const BARE = /(?<![0-9])[0-9](?: {0,3}-? {0,3}[0-9]){8}(?![0-9]| {0,3}-? {0,3}[0-9])/g;

/** SSA never issues area 000, 666 or 900-999, group 00 or serial 0000. */
export function isPlausibleSsn(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

export const usSsnDetector: Detector = {
  type: 'US_SSN',
  detect(text, _options, out) {
    // Three digits, then ' ' or '-'.
    const runs = digitRuns(text);
    execAtRuns(DASHED, text, runs, (r) => runs.ends[r] - runs.starts[r] === 3 && (codeAt(text, runs.ends[r]) === 45 || codeAt(text, runs.ends[r]) === 32), (m) => {
      if (!isPlausibleSsn(m[1], m[3], m[4])) return;
      const end = m.index + m[0].length;
      const inContext = hasContext(text, m.index, end, CONTEXT_WORDS, 40, 10);
      // Space-separated 3-2-4 is too generic without context.
      if (!inContext && m[2] === ' ') return;
      // A part, order or serial number after its label (部品番号 123-45-6789) is no SSN.
      if (!inContext && afterOrdinaryNumberLabel(text, m.index)) return;
      out.push({ type: 'US_SSN', start: m.index, end, score: inContext ? 0.95 : 0.7 });
    });
    if (hasKeyword(text, 'ssn')) {
      valuesAfterContext(text, CONTEXT, BARE, 20, (start, end, v) => {
        const d = v[0].replace(/ /g, '');
        if (isPlausibleSsn(d.slice(0, 3), d.slice(3, 5), d.slice(5))) {
          out.push({ type: 'US_SSN', start, end, score: 0.85 });
        }
      });
    }
  },
};
