import type { RawFinding } from './detector';

/**
 * Contact cards pasted from an address book (vCard, RFC 6350): the structured name `N:` holds
 * family name;given name;additional names;prefix;suffix, so a given name stands alone in its
 * component (`N:小林;蒼;;;`) where no other rule sees a name; `FN:` is the display name, and the
 * phonetic fields (`X-PHONETIC-LAST-NAME:コバヤシ`, `SORT-STRING:`) hold the reading, which is as
 * personal as the name. Read only in a vCard (BEGIN:VCARD) or on an `N:` line with the
 * structured shape; `N: 25` in a table of counts is no card.
 */

// Property name (with a group prefix, item1.FN, and parameters, N;CHARSET=UTF-8:) at a line start, and its value.
const CARD_LINE = /^[ \t]*(?:[A-Za-z0-9-]+\.)?(N|FN|NICKNAME|SORT-STRING|X-PHONETIC-(?:FIRST|LAST|MIDDLE)-NAME|X-FURIGANA-(?:GIVEN|FAMILY)?NAME|X-(?:KANA|YOMI)[A-Z-]*)((?:;[^:\n]*)?):(.*)$/gim;
const HAS_LETTER = /\p{L}/u;
// Components of N: family, given, additional names, honorific prefixes (Mr.), suffixes (Jr.).
const NAME_COMPONENTS = 3;

/** A cheap test before the line scan. */
function mayHoldCard(text: string): boolean {
  return text.indexOf('N:') >= 0 || text.indexOf('N;') >= 0;
}

function pushValue(text: string, start: number, end: number, out: RawFinding[]): void {
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\r')) end--;
  if (end - start === 0 || end - start > 40) return;
  const value = text.slice(start, end);
  if (!HAS_LETTER.test(value) || /[@0-9]/.test(value)) return;
  out.push({ type: 'PERSON_NAME', start, end, score: 0.9 });
}

/** Name fields of pasted vCards. */
export function detectAddressBookNames(text: string, out: RawFinding[]): void {
  if (!mayHoldCard(text)) return;
  const inCard = text.indexOf('BEGIN:VCARD') >= 0 || text.indexOf('begin:vcard') >= 0;
  CARD_LINE.lastIndex = 0;
  for (let m = CARD_LINE.exec(text); m !== null; m = CARD_LINE.exec(text)) {
    const property = m[1].toUpperCase();
    const valueStart = m.index + m[0].length - m[3].length;
    const valueEnd = valueStart + m[3].length;
    if (property === 'N') {
      const parts = m[3].split(';');
      // Outside a card, only the structured shape (family;given;;;) makes a name line.
      if (!inCard && parts.length < 3) continue;
      let offset = valueStart;
      for (let k = 0; k < parts.length && k < NAME_COMPONENTS; k++) {
        // Several additional names are comma-separated.
        let partOffset = offset;
        for (const piece of parts[k].split(',')) {
          pushValue(text, partOffset, partOffset + piece.length, out);
          partOffset += piece.length + 1;
        }
        offset += parts[k].length + 1;
      }
    } else if (inCard) {
      pushValue(text, valueStart, valueEnd, out);
    }
  }
}
