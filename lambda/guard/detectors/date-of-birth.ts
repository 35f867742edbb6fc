import { hasKeyword, valuesAfterContext } from './context-window';
import type { Detector } from './detector';

/**
 * Dates of birth: a date right after a birth-date cue (生年月日, 誕生日, 生まれ, DOB, date of
 * birth, born on). Dates elsewhere (meetings, deadlines) are not personal data on their own.
 */
const CONTEXT = /生年月日|誕生日|お誕生日|生まれ(?:は|年月日)?|d\.?o\.?b\.?(?![a-z])|date of birth|birth ?date|birthday|born(?: on| in)?/gi;
const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const ERA = '(?:昭和|平成|令和|大正|[SHRT]\\.? ?)';
// Digits may be spaced out one by one (1 9 8 5年4月1 2日).
const N2 = '[0-9](?: ?[0-9])?';
const YEAR = '(?:1 ?9|2 ?0) ?[0-9] ?[0-9]';
const VALUE = new RegExp(
  [
    // 1985年4月12日, 1985 年 4 月 12 日, 昭和60年4月12日, 平成元年1月8日
    `(?:${YEAR}|${ERA}(?:${N2}|元)) ?年 ?${N2} ?月 ?${N2} ?日`,
    // 1985/04/12, 1985-4-12, 1985.04.12, S60.4.12
    `(?:(?:19|20)[0-9]{2}|${ERA}[0-9]{1,2})[/.-][0-9]{1,2}[/.-][0-9]{1,2}(?![0-9])`,
    // 04/12/1985, 12.04.1985
    `[0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:19|20)[0-9]{2}(?![0-9])`,
    // 19850412 (forms), also spaced out
    `${YEAR} ?(?:0 ?[1-9]|1 ?[0-2]) ?(?:0 ?[1-9]|[12] ?[0-9]|3 ?[01])(?![0-9]| [0-9])`,
    // April 12, 1985 / 12 April 1985
    `(?:${MONTHS})\\.? [0-9]{1,2}(?:st|nd|rd|th)?,? (?:19|20)[0-9]{2}`,
    `[0-9]{1,2}(?:st|nd|rd|th)? (?:${MONTHS})\\.?,? (?:19|20)[0-9]{2}`,
  ].join('|'),
  'gi',
);

export const dateOfBirthDetector: Detector = {
  type: 'DATE_OF_BIRTH',
  detect(text, _options, out) {
    if (!hasKeyword(text, 'birth')) return;
    valuesAfterContext(text, CONTEXT, VALUE, 12, (start, end) => {
      out.push({ type: 'DATE_OF_BIRTH', start, end, score: 0.9 });
    });
  },
};
