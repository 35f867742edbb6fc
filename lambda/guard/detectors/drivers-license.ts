import { hasKeyword, hasLabelAfter, valuesAfterContext, valuesBeforeLabel } from './context-window';
import type { Detector, RawFinding } from './detector';
import { pushTableCells } from './table-columns';

// An aside in brackets may stand between the document and its number (運転免許証（公安委員会：東京都、
// 有効期限：2028年5月）番号 …); keys of structured data join their words with _ or - (driver_license_no).
// A bare 免許 before a colon or は names the licence too (中村沙織の免許：第…号).
const CONTEXT = /運転免許証?[(（][^)）\n]{0,40}[)）][ \t]*(?:の)?番号|運転免許証?(?:番号|の番号)?|免許証?の番号|免許証(?:番号)?|免許番号|免許(?=[ \t]*[:：は])|driver['’‘]?s?[\s_-]?licen[cs]e(?:[\s_-]?(?:number|no\.?|num|#))?|driving\s?licen[cs]e(?:\s?(?:number|no\.?))?|(?<![A-Za-z])DL\s?(?:number|no\.?|#)/gi;
// Japanese licences are 12 digits; other countries use a letter prefix and 5-14 digits.
// The 12 digits may be grouped by spaced-out dashes or wide gaps (3012 ー 3456 ー 7802).
// Twelve digits may run straight into the next word (…7991AWSの構成), as a My Number may.
// Forms also group them with ・ / or dots (3012・3456・7890), the same mark twice.
const VALUE = new RegExp(`(?<![0-9A-Za-z])(?:[0-9](?:[ -]{0,3}[0-9]){11}(?![0-9])|[0-9]{4}([・/.])[0-9]{4}\\1[0-9]{4}(?![0-9])|(?:[A-Z]{1,2}[0-9]{5,14}|[0-9]{7,11})(?![0-9A-Za-z]))`, 'g');

// The label after the number, in brackets: 301234567802（免許証）.
const LABEL_AFTER = /運転免許証?(?:番号|の番号)?|免許証?の番号|免許証(?:番号)?|免許番号|driver['’‘]?s? licen[cs]e(?: number| no\.?)?/gi;
// A licence label ending right before a value: only a separator or は / の between.
const LABEL_BEFORE = new RegExp(`(?:${CONTEXT.source})[ \t]*(?:[:：#=]|は|の|が|→)?[ \t]*$`, 'i');

/**
 * A licence label right before the number or in brackets right after it: the number is a licence
 * number whatever check digit it passes (a 12-digit licence number can pass the My Number check).
 */
export function hasLicenceLabel(text: string, start: number, end: number): boolean {
  if (!hasKeyword(text, 'license')) return false;
  if (inPrintedForm(text, start, end)) return true;
  if (LABEL_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return true;
  return hasLabelAfter(text, end, LABEL_AFTER, true);
}

// A licence prints its number as 第 123456789012 号; in a text about licences twelve digits in that
// frame are a licence number wherever they stand (運転者2：佐藤茜　第441570864110号, a list of drivers).
const PRINTED_FORM = /第[ \t]{0,2}([0-9](?:[ -]{0,3}[0-9]){11})[ \t]{0,2}号/g;

function inPrintedForm(text: string, start: number, end: number): boolean {
  return /第[ \t]{0,2}$/.test(text.slice(Math.max(0, start - 3), start)) && /^[ \t]{0,2}号/.test(text.slice(end, end + 3));
}

function pushPrintedForms(text: string, out: RawFinding[]): void {
  PRINTED_FORM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PRINTED_FORM.exec(text)) !== null) {
    const start = m.index + m[0].indexOf(m[1]);
    out.push({ type: 'DRIVERS_LICENSE', start, end: start + m[1].length, score: 0.9 });
  }
}

// An ID document's number (本人確認書類の番号は…) is a licence number when 運転免許 names the
// document close before it (the same sentence or the one before), between the label and the value
// or after the value in the same sentence.
const ID_DOCUMENT_LABEL = /(?:(?:本人)?確認書類|身分証(?:明書)?)(?:[(（][^)）\n]{0,30}[)）])?(?:の)?番号|本人確認(?:用)?(?:の)?番号/g;
const TWELVE_DIGITS = /(?<![0-9A-Za-z])[0-9](?:[ -]{0,3}[0-9]){11}(?![0-9])/y;
const LICENCE_WORD = /運転免許|免許証/;

/** Up to 30 characters after `end`, to the end of the sentence or line (…7890（運転免許証）です。). */
function restOfSentence(text: string, end: number): string {
  const rest = text.slice(end, end + 30);
  const stop = rest.search(/[。\n]/);
  return stop < 0 ? rest : rest.slice(0, stop);
}

function pushAfterIdDocumentLabel(text: string, out: RawFinding[]): void {
  ID_DOCUMENT_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ID_DOCUMENT_LABEL.exec(text)) !== null) {
    const from = m.index + m[0].length;
    for (let p = from; p <= from + 24 && p < text.length; p++) {
      const c = text.charCodeAt(p);
      if (c === 0x3002 || c === 0x0a) break;
      TWELVE_DIGITS.lastIndex = p;
      const v = TWELVE_DIGITS.exec(text);
      if (v === null) continue;
      const end = p + v[0].length;
      if (LICENCE_WORD.test(text.slice(Math.max(0, m.index - 60), p)) || LICENCE_WORD.test(restOfSentence(text, end))) out.push({ type: 'DRIVERS_LICENSE', start: p, end, score: 0.9 });
      break;
    }
  }
}

export const driversLicenseDetector: Detector = {
  type: 'DRIVERS_LICENSE',
  detect(text, _options, out) {
    pushTableCells(text, 'DRIVERS_LICENSE', out);
    if (hasKeyword(text, 'license')) {
      valuesAfterContext(text, CONTEXT, VALUE, 20, (start, end) => {
        out.push({ type: 'DRIVERS_LICENSE', start, end, score: 0.9 });
      });
      valuesBeforeLabel(text, LABEL_AFTER, true, VALUE, 24, (start, end) => {
        out.push({ type: 'DRIVERS_LICENSE', start, end, score: 0.9 });
      });
      if (text.indexOf('確認') >= 0 || text.indexOf('身分証') >= 0) pushAfterIdDocumentLabel(text, out);
      if (text.indexOf('第') >= 0) pushPrintedForms(text, out);
    }
  },
};
