import { hasContext, hasKeyword, valuesAfterContext, valuesBeforeLabel } from './context-window';
import type { Detector, RawFinding } from './detector';
import { ordinaryNumberLabelStart } from './number-labels';
import { inOrdinaryNumberColumn, pushTableCells } from './table-columns';

// 普 / 当 alone (普 1234567, 当:7654321) are the account-type abbreviations of account details.
const CONTEXT = /口座番号|口座(?!数|開設数|残高)|振込先|振込み先|振り込み先|お振込先|普通預金|当座預金|普通|当座|貯蓄|(?<![\u3040-\u30ff\u4e00-\u9fff])[普当](?=[ \t.:：．]{0,2}[0-9])|account\s?(?:number|no\.?|#)|(?<![A-Za-z_])(?:bank_)?account(?:_no|_number|No|Number)?(?==)|bank\s?account|acct\.?\s?(?:no\.?|#)?/gi;
// Japanese accounts are 7 digits; elsewhere 6-17. Bank/branch names may sit in between.
// A count after the number (口座数 1234567 件) makes it a figure, not an account.
// (A counter that starts a word, 1234567 人事部, is no count.)
const VALUE = /(?<![0-9A-Za-z])[0-9](?:(?:[ -]?| {2,3})[0-9]){5,16}(?![0-9]|[ \t]?(?:円|万|千|億|件|人|名|株|回|個|台|%|％)(?![\u4e00-\u9fff\u30a0-\u30ff]))/g;

// A 7-digit account number right after a branch name (みずほ銀行 渋谷支店 1234567, … 支店 普通 1234567).
const AFTER_BRANCH = /支店(?:[ \t]*(?:普通|当座|貯蓄)(?:預金)?)?[ \t]*(?:口座)?[ \t]*(?:番号)?[ \t]*[:：]?[ \t]*([0-9](?:[ -]?[0-9]){6})(?![0-9]|[ -][0-9])/g;
const BANK_NAME = /銀行|信用金庫|信金|信用組合|信組|労働金庫|農協|JA|バンク|Bank/i;

// Right after a bank's name, only the parts of an account may follow before a 7-digit number:
// a branch (渋谷支店, 本店営業部, ビジネス営業部, in brackets or not), a 3-digit branch code, the
// account type (普通, 当座預金, （普）) and 口座番号: みずほ銀行 渋谷支店（123）普通 1234567,
// りそな銀行 123 1234567, 楽天銀行 第一営業支店（普）7654321. Free text in between (の来店者数は)
// ends the match, so a bank's figures stay clean.
const BANK_WORD = /銀行|信用金庫|信金|信用組合|労働金庫/g;
// Words before a figure that are no branch (みずほ銀行 残高 1234567).
const FIGURE_WORDS = '決算|株価|残高|合計|件数|売上|利益|資本金|店舗数|口座数|預金量|総資産|時価総額|従業員|年度|予算|金額|手数料|普通|当座|貯蓄|口座';
// Parts may be separated by spaces, slashes, commas or 、・ (a CSV row, みずほ銀行/渋谷支店/普通/1234567).
const PART_GAP = String.raw`[ \t/／・、,，|]{0,3}`;
const ACCOUNT_AFTER_BANK = new RegExp(
  PART_GAP +
    String.raw`(?:[(（]?[^\s0-9()（）、。,:：/／・|]{1,12}?(?:支店|出張所|営業部|営業所|本店)[)）]?` + PART_GAP +
    // or a branch written without 支店 (三井住友銀行 新宿 123 7654321), not a figure's name.
    String.raw`|(?!${FIGURE_WORDS})[\u4e00-\u9fff\u30a0-\u30ff々]{1,8}[ \t/／・、,，|]{1,3})?` +
    String.raw`(?:(?:店番|支店番号|店番号)?[(（]?[:：]?[ \t]?[0-9](?: ?[0-9]){2}[)）]?(?:[ \t/／・、,，|]{1,3}|(?<=[)）]))` + PART_GAP + `)?` +
    String.raw`(?:(?:普通|当座|貯蓄)(?:預金)?|[(（](?:普|当|普通|当座)[)）])?` + PART_GAP + String.raw`(?:口座番号|口座|番号)?[ \t]{0,3}[:：]?[ \t]{0,3}` +
    String.raw`([0-9](?:[ -]?[0-9]){6})(?![0-9]|[ -][0-9]|[ \t]?(?:円|万|千|億|件|人|株|回|個|台|%|％)(?![\u4e00-\u9fff\u30a0-\u30ff]))`,
  'y',
);
// The label after the number: 1234567（口座番号）, 1234567 (普通預金), 1234567 が口座番号です.
// 普通 / 当座 only in brackets: 1234567 は普通です is no account.
const LABEL_AFTER = /口座番号|(?:普通|当座|貯蓄)(?:預金)?(?:口座)?|(?<![A-Za-z])(?:bank )?account(?: number| no\.?)?(?![A-Za-z])/gi;
const BARE_LABEL_AFTER = /口座番号|(?<![A-Za-z])(?:bank )?account (?:number|no\.?)(?![A-Za-z])/gi;
const LABELLED_VALUE = /(?<![0-9A-Za-z-])[0-9](?:[ -]?[0-9]){5,16}/;
// （普）1234567 on its own: the bracketed account type is written only in account details.
const AFTER_TYPE_MARK = /[(（](?:普|当)[)）][ \t]{0,3}([0-9](?:[ -]?[0-9]){6})(?![0-9]|[ -][0-9])/g;

function pushAfterBankName(text: string, out: RawFinding[]): void {
  BANK_WORD.lastIndex = 0;
  let b: RegExpExecArray | null;
  while ((b = BANK_WORD.exec(text)) !== null) {
    ACCOUNT_AFTER_BANK.lastIndex = b.index + b[0].length;
    const m = ACCOUNT_AFTER_BANK.exec(text);
    if (m === null) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push({ type: 'BANK_ACCOUNT', start, end: start + m[1].length, score: 0.85 });
  }
}

function pushAfterTypeMark(text: string, out: RawFinding[]): void {
  AFTER_TYPE_MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AFTER_TYPE_MARK.exec(text)) !== null) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ type: 'BANK_ACCOUNT', start, end: start + m[1].length, score: 0.85 });
  }
}

// ゆうちょ銀行: 記号 (5 digits, 1xxx0) and 番号 (8 digits), labelled or written together (10120-12345678).
const YUCHO_CONTEXT = /ゆうちょ|郵便貯金|貯金|振替/;
const YUCHO_LABELLED = /記号[ \t]*[:：は]?[ \t]*(1(?:[ -]?[0-9]){3}[ -]?0|[0-9](?:[ -]?[0-9]){4})[ \t、,／/]*番号[ \t]*[:：は]?[ \t]*([0-9](?:[ -]?[0-9]){7})(?![0-9])/g;
const YUCHO_JOINED = /(?<![0-9A-Za-z])(1(?:[ -]?[0-9]){3}[ -]?0)[ -]{1,3}([0-9](?:[ -]?[0-9]){7})(?![0-9]|[ -][0-9])/g;

function isYuchoSymbolShape(symbol: string): boolean {
  const digits = symbol.replace(/[ -]/g, '');
  return digits.length === 5 && digits[0] === '1' && digits[4] === '0';
}

/**
 * Whether a 記号 / 番号 pair is a ゆうちょ銀行 account rather than a health-insurance card: a
 * ゆうちょ / 貯金 / 振替 word nearby, or the 1xxx0 symbol shape with an 8-digit number.
 * (health-insurance-number.ts leaves such pairs to this detector.)
 */
export function isYuchoPair(text: string, start: number, end: number, symbol: string, number: string): boolean {
  const numberDigits = number.replace(/[ -]/g, '').length;
  if (numberDigits !== 8) return false;
  return isYuchoSymbolShape(symbol) || hasContext(text, start, end, YUCHO_CONTEXT, 40, 10);
}

function pushYucho(text: string, out: RawFinding[]): void {
  YUCHO_LABELLED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YUCHO_LABELLED.exec(text)) !== null) {
    if (!isYuchoPair(text, m.index, m.index + m[0].length, m[1], m[2])) continue;
    const symbolStart = m.index + m[0].indexOf(m[1], 2);
    const numberStart = m.index + m[0].length - m[2].length;
    out.push({ type: 'BANK_ACCOUNT', start: symbolStart, end: symbolStart + m[1].length, score: 0.9 });
    out.push({ type: 'BANK_ACCOUNT', start: numberStart, end: numberStart + m[2].length, score: 0.9 });
  }
  if (!YUCHO_CONTEXT.test(text)) return;
  YUCHO_JOINED.lastIndex = 0;
  while ((m = YUCHO_JOINED.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (!hasContext(text, m.index, end, YUCHO_CONTEXT, 40, 10)) continue;
    out.push({ type: 'BANK_ACCOUNT', start: m.index, end, score: 0.85 });
  }
}

// A bare No. / ID / # right before the value belongs to the account word before it (口座 No. 1234567).
const BARE_NUMBER_MARK = /^(?:ID|No\.?)[ \t]*(?:[:：#=は]|No\.?)?[ \t]*[#＃]?[ \t]*$/i;

/** True when an ordinary-number label other than a bare No. / ID ends right before `start`. */
function namesAnotherNumber(text: string, start: number): boolean {
  const labelStart = ordinaryNumberLabelStart(text, start);
  return labelStart >= 0 && !BARE_NUMBER_MARK.test(text.slice(labelStart, start));
}

/**
 * A value an account word only stands near (振込口座一覧 / 社員番号 123456, a CSV row under
 * 社員番号 with 口座種別 in the header): its own label or column names another number.
 */
function pushNearAccountWord(text: string, start: number, end: number, out: RawFinding[]): void {
  if (namesAnotherNumber(text, start) || inOrdinaryNumberColumn(text, start, end)) return;
  out.push({ type: 'BANK_ACCOUNT', start, end, score: 0.85 });
}

export const bankAccountDetector: Detector = {
  type: 'BANK_ACCOUNT',
  detect(text, _options, out) {
    pushTableCells(text, 'BANK_ACCOUNT', out);
    if (hasKeyword(text, 'bank')) {
      valuesAfterContext(text, CONTEXT, VALUE, 16, (start, end) => pushNearAccountWord(text, start, end, out));
      valuesBeforeLabel(text, LABEL_AFTER, false, LABELLED_VALUE, 24, (start, end) => {
        out.push({ type: 'BANK_ACCOUNT', start, end, score: 0.85 });
      });
      valuesBeforeLabel(text, BARE_LABEL_AFTER, true, LABELLED_VALUE, 24, (start, end) => {
        out.push({ type: 'BANK_ACCOUNT', start, end, score: 0.85 });
      });
      if (text.indexOf('支店') >= 0) {
        AFTER_BRANCH.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = AFTER_BRANCH.exec(text)) !== null) {
          if (!hasContext(text, m.index, m.index, BANK_NAME, 30, 0)) continue;
          const start = m.index + m[0].length - m[1].length;
          out.push({ type: 'BANK_ACCOUNT', start, end: start + m[1].length, score: 0.85 });
        }
      }
    }
    if (text.indexOf('記号') >= 0 || hasKeyword(text, 'bank')) pushYucho(text, out);
    if (text.indexOf('銀行') >= 0 || text.indexOf('信用') >= 0 || text.indexOf('信金') >= 0 || text.indexOf('労働金庫') >= 0) pushAfterBankName(text, out);
    if (text.indexOf('普)') >= 0 || text.indexOf('当)') >= 0) pushAfterTypeMark(text, out);
  },
};
