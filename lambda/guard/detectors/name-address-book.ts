import type { RawFinding } from './detector';
import { givenTier, isLexiconFullName, surnameTier } from './ja-person-name';

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

/** Name fields of pasted vCards, and the split name and reading fields of forms, JSON and YAML. */
export function detectAddressBookNames(text: string, out: RawFinding[]): void {
  if (text.indexOf(':') >= 0 || text.indexOf('：') >= 0) detectNamePartFields(text, out);
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

// ---- split name fields: 姓：小林⏎名：蒼⏎セイ：コバヤシ, "first_name": "蒼", last_name_kana: コバヤシ ----

// Keys of a field that holds part of a name or its reading (after quotes and spaces are trimmed).
const NAME_PART_KEY = /^(?:姓|名|苗字|名字|セイ|メイ|せい|めい|(?:姓|名|氏名)?(?:[(（]?(?:フリガナ|ふりがな|ヨミ|よみ|カナ|かな|よみがな|ヨミガナ)[)）]?)(?:[(（]?(?:姓|名)[)）]?)?|(?:姓|名)[(（](?:カナ|かな|フリガナ|ふりがな|ヨミ|よみ|漢字)[)）]|(?:(?:yomi|phonetic|kana)[ _-]?)?(?:last|first|family|given|middle|sur)[ _-]?name(?:[ _-]?(?:yomi|kana|phonetic|reading|furigana))?|surname|furigana|name[ _-]?(?:kana|yomi|furigana))$/i;
const KEY_CHAR = /[A-Za-z_\- \u3040-\u30ff\u4e00-\u9fff（）()]/;
const VALUE_END = /["'\n\r,，、}\]|;；\t]/;
const HAS_DIGIT_OR_AT = /[0-9０-９@＠/]/;

function detectNamePartFields(text: string, out: RawFinding[]): void {
  for (let colon = nextColon(text, 0); colon >= 0; colon = nextColon(text, colon + 1)) {
    // The key before the colon: quotes and spaces around it, at most 24 characters, from a line or field start.
    let keyEnd = colon;
    while (keyEnd > 0 && (text[keyEnd - 1] === ' ' || text[keyEnd - 1] === '\t')) keyEnd--;
    if (text[keyEnd - 1] === '"' || text[keyEnd - 1] === "'") keyEnd--;
    let keyStart = keyEnd;
    while (keyStart > 0 && keyEnd - keyStart < 24 && KEY_CHAR.test(text[keyStart - 1])) keyStart--;
    while (keyStart < keyEnd && text[keyStart] === ' ') keyStart++;
    if (keyStart === keyEnd || (keyStart > 0 && !/[\s{,"'\-*・]/.test(text[keyStart - 1]))) continue;
    const key = text.slice(keyStart, keyEnd);
    if (!NAME_PART_KEY.test(key)) continue;
    // セイ, メイ, カナ as keys read as names on their own: the key is none.
    dropKey(out, keyStart, keyEnd);
    let valueStart = colon + 1;
    while (valueStart < text.length && (text[valueStart] === ' ' || text[valueStart] === '\u3000' || text[valueStart] === '\t')) valueStart++;
    if (text[valueStart] === '"' || text[valueStart] === "'") valueStart++;
    let valueEnd = valueStart;
    while (valueEnd < text.length && valueEnd - valueStart <= 24 && !VALUE_END.test(text[valueEnd])) valueEnd++;
    while (valueEnd > valueStart && (text[valueEnd - 1] === ' ' || text[valueEnd - 1] === '\u3000')) valueEnd--;
    if (valueEnd - valueStart > 24 || valueEnd === valueStart) continue;
    const value = text.slice(valueStart, valueEnd);
    if (!HAS_LETTER.test(value) || HAS_DIGIT_OR_AT.test(value) || !readsAsNamePart(key, value)) continue;
    out.push({ type: 'PERSON_NAME', start: valueStart, end: valueEnd, score: 0.9 });
  }
}

const READING_KEY = /フリガナ|ふりがな|ヨミ|よみ|カナ|かな|ガナ|がな|セイ|メイ|せい|めい|kana|yomi|phonetic|furigana|reading/i;
const KANA_VALUE = /^[\u3041-\u3096\u30a1-\u30fa\u30fc\u30fb ・\u3000]+$/;
const LATIN_VALUE = /^[A-Za-z][A-Za-z'’.-]*(?: [A-Za-z][A-Za-z'’.-]*){0,2}$/;
const KANJI_VALUE = /^[\u4e00-\u9fff\u3005\u30f6]{1,4}(?:[ \u3000][\u4e00-\u9fff\u3005\u30f6]{1,4})?$/;
const NON_VALUES = new Set(['null', 'true', 'false', 'none', 'None', 'N/A', 'TBD', 'string', 'required', 'optional']);

/** A reading key takes kana or romaji; a name key a lexicon name in kanji (not 未定, 必須) or romaji. */
function readsAsNamePart(key: string, value: string): boolean {
  if (NON_VALUES.has(value)) return false;
  if (LATIN_VALUE.test(value)) return true;
  if (READING_KEY.test(key)) return KANA_VALUE.test(value) && !/^(?:なし|ナシ|ミテイ|みてい)$/.test(value);
  if (!KANJI_VALUE.test(value)) return false;
  const word = value.replace(/[ \u3000]/g, '');
  if (surnameTier(word, 0, word.length) > 0 || givenTier(word, 0, word.length) > 0 || isLexiconFullName(word, 0, word.length)) return true;
  for (let a = 1; a < word.length; a++) if (surnameTier(word, 0, a) > 0 && givenTier(word, a, word.length) > 0) return true;
  return false;
}

function nextColon(text: string, from: number): number {
  const a = text.indexOf(':', from);
  const b = text.indexOf('：', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

function dropKey(out: RawFinding[], start: number, end: number): void {
  let kept = 0;
  for (let i = 0; i < out.length; i++) {
    const f = out[i];
    if (!(f.type === 'PERSON_NAME' && f.start >= start && f.end <= end)) out[kept++] = f;
  }
  out.length = kept;
}
