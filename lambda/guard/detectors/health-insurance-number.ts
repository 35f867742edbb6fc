import { hasContext, hasKeyword, valuesAfterContext, valuesBeforeLabel } from './context-window';
import { isYuchoPair } from './bank-account';
import type { Detector } from './detector';
import { pushTableCells } from './table-columns';

const CONTEXT = /被保険者(?:証)?(?:番号|記号)?|保険者番号|保険証(?!券)(?:番号|の記号番号)?|健康保険(?:証)?|記号番号|health\s?insurance(?:\s?(?:number|no\.?|id))?|insurance\s?(?:number|no\.?|id)|member\s?id/gi;
// 保険者番号 (8 digits) or 記号・番号 pairs such as "1234・567"; digits may be spaced out.
const VALUE = /(?<![0-9A-Za-z])[0-9](?:(?:[ -]?| {2,3})[0-9]){1,9}(?:[ ・-]{1,3}[0-9](?:(?:[ -]?| {2,3})[0-9]){0,9})?(?![0-9]|[年月日円歳])/g;
// 記号 and 番号 written together: "記号 1234 番号 567", "記号：12-34、番号：56"; a symbol in kana or kanji, or
// led by them, as some insurers issue it ("記号 あい12 番号 34", "記号 都 番号 123"), is a word then and
// counts only with an insurance word near it; so do both in kanji numerals ("記号 三八〇一 番号 七二").
// Kanji numerals may be spaced out one by one too (記号 一 二 三 四 番号 五 六).
const SYMBOL_AND_NUMBER = /記号[ 　]*[:：は]?[ 　]*([0-9](?:[ -]?[0-9]){0,9}|[〇一二三四五六七八九](?:[ 　][〇一二三四五六七八九]){1,9}(?=[ 　、,・／/]*番号)|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}(?:[ 　]?[0-9](?:[ -]?[0-9]){0,9})?)[ 　、,・／/]*番号[ 　]*[:：は]?[ 　]*([0-9](?:[ -]?[0-9]){0,9}|[〇一二三四五六七八九](?:[ 　]?[〇一二三四五六七八九]){0,9})(?![0-9〇一二三四五六七八九])/gu;
// The pair after one joint label: "記号・番号：1234・5678", "記号/番号 12-345/67", "記号番号 A12・345"
// (the symbol may carry letters; the two are joined by ・, / or a dash).
const JOINT_PAIR = /記号[ 　]*(?:[・/／-]|及び|および|と)?[ 　]*番号[ 　]*(?:[:：]|は)?[ 　]*((?=[0-9A-Za-z]*[0-9])[0-9A-Za-z](?:[ -]?[0-9A-Za-z]){0,9})[ 　]*[・/／-][ 　]*([0-9](?: ?[0-9]){0,9})(?![0-9])/g;
// A joint label names a health-insurance pair only with an insurance word near it (保険者番号 on
// the same line, 保険証, 被保険者): parts and rooms have 記号・番号 too.
const INSURANCE_NEAR = /保険|insurance/i;

const OWN_LABEL_BEFORE = /(?:被保険者(?:証)?(?:番号|記号)|保険者番号|保険証番号)[ 　]*[:：は]?[ 　]*$/;
// The label after the number: 06139876（保険者番号）, 06139876 が保険者番号です.
const LABEL_AFTER = /被保険者(?:証)?(?:番号|記号)?|保険者番号|保険証(?!券)(?:番号)?|health insurance(?: number| no\.?| id)?|insurance (?:number|no\.?|id)/gi;
const LABELLED_VALUE = /(?<![0-9A-Za-z-])[0-9](?:[ -]?[0-9]){5,9}/;

export const healthInsuranceNumberDetector: Detector = {
  type: 'HEALTH_INSURANCE_NUMBER',
  detect(text, _options, out) {
    pushTableCells(text, 'HEALTH_INSURANCE_NUMBER', out);
    if (hasKeyword(text, 'health')) {
      valuesAfterContext(text, CONTEXT, VALUE, 16, (start, end) => {
        // Right after its own label (被保険者番号 02859805-12) it beats a phone's reading of the digits.
        if (end - start >= 6) out.push({ type: 'HEALTH_INSURANCE_NUMBER', start, end, score: OWN_LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ? 0.9 : 0.85 });
      });
      valuesBeforeLabel(text, LABEL_AFTER, true, LABELLED_VALUE, 16, (start, end) => {
        out.push({ type: 'HEALTH_INSURANCE_NUMBER', start, end, score: 0.85 });
      });
      JOINT_PAIR.lastIndex = 0;
      let pair: RegExpExecArray | null;
      while ((pair = JOINT_PAIR.exec(text)) !== null) {
        const end = pair.index + pair[0].length;
        if (!hasContext(text, pair.index, end, INSURANCE_NEAR, 60, 30)) continue;
        if (isYuchoPair(text, pair.index, end, pair[1], pair[2])) continue; // a ゆうちょ account (bank-account.ts)
        const start = pair.index + pair[0].indexOf(pair[1], 2);
        out.push({ type: 'HEALTH_INSURANCE_NUMBER', start, end, score: 0.9 });
      }
      SYMBOL_AND_NUMBER.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = SYMBOL_AND_NUMBER.exec(text)) !== null) {
        if (isYuchoPair(text, m.index, m.index + m[0].length, m[1], m[2])) continue; // a ゆうちょ account (bank-account.ts)
        if (!isDigitCode(m[1].charCodeAt(0)) && !hasContext(text, m.index, m.index + m[0].length, INSURANCE_NEAR, 60, 30)) continue;
        const numberStart = m.index + m[0].length - m[2].length;
        const symbolStart = m.index + m[0].indexOf(m[1], 2);
        out.push({ type: 'HEALTH_INSURANCE_NUMBER', start: symbolStart, end: symbolStart + m[1].length, score: 0.9 });
        out.push({ type: 'HEALTH_INSURANCE_NUMBER', start: numberStart, end: numberStart + m[2].length, score: 0.9 });
      }
    }
  },
};

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
