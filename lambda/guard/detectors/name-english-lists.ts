import { EN_GIVEN_NAMES } from '../data/en-given-names';
import { EN_SURNAMES } from '../data/en-surnames';
import type { RawFinding } from './detector';
import { isRomajiGivenName, isRomajiPlaceName, isRomajiSurname } from './romaji-names';

/**
 * Bulleted lists of people under an English list label on a line of its own:
 *
 *   Attendees:
 *   - Higa
 *   - Tanaka (Sales)
 *   - Moore
 *
 * Each item of one to three capitalised words counts when every word reads as a name (an English
 * given name or surname, or a romanised Japanese one); the list ends at the first line that is not
 * such an item. Gated on the label's letters, so other texts cost one search per label word.
 */

const GIVEN = new Set(EN_GIVEN_NAMES);
const SURNAMES = new Set(EN_SURNAMES);
const LABEL_LINE = /^[ \t]*(?:attendees|participants|present|absent|members|invitees|team members|distribution(?: list)?|cc)[ \t]*[:\-\u2013]?[ \t]*$/gim;
const ITEM = /^[ \t]*(?:[-*•・]|\d{1,2}[.)])[ \t]+((?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?)[ \t]+)?([A-Z][A-Za-z'’]+(?:[ \t][A-Z][A-Za-z'’]+){0,2})[ \t]*(?:[(（][^)\n]{0,30}[)）])?[ \t]*$/;

function readsAsName(word: string): boolean {
  return GIVEN.has(word) || SURNAMES.has(word) || ((isRomajiSurname(word) || isRomajiGivenName(word)) && !isRomajiPlaceName(word));
}

/** Names of bulleted attendee lists in English text. */
export function detectBulletedNameLists(text: string, out: RawFinding[]): void {
  if (text.indexOf('\n') < 0) return;
  LABEL_LINE.lastIndex = 0;
  for (let m = LABEL_LINE.exec(text); m !== null; m = LABEL_LINE.exec(text)) {
    let lineStart = m.index + m[0].length + 1;
    while (lineStart < text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const item = ITEM.exec(text.slice(lineStart, lineEnd).replace(/\r$/, ''));
      if (item === null) break;
      const words = item[2].split(/[ \t]/);
      if (!words.every(readsAsName)) break;
      const start = lineStart + item[0].indexOf(item[2], item[0].length - item[0].trimStart().length + 1);
      out.push({ type: 'PERSON_NAME', start, end: start + item[2].length, score: 0.8 });
      lineStart = lineEnd + 1;
    }
  }
}
