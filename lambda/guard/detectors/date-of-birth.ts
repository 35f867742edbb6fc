import { hasKeyword, valuesBeforeLabel } from './context-window';
import type { Detector, RawFinding } from './detector';
import { codeAt } from './digit-sequence';
import { pushTableCells, registerTableColumn } from './table-columns';

/**
 * Dates of birth: a date right after a birth-date cue (生年月日, 誕生日, 生まれ, DOB, date of
 * birth, born on). Dates elsewhere (meetings, deadlines) are not personal data on their own.
 */
// Keys of structured data count the same (birth_date, dateOfBirth, birth-day, birth_ymd in JSON,
// YAML, CSV headers and form exports).
const CONTEXT = /生年月日|出生日|誕生年月日|誕生日|お誕生日|生まれ(?:は|年月日)?|(?<![a-z])d\.?o\.?b\.?(?![a-z])|date[ _-]?of[ _-]?birth|birth[ _-]?(?:date|day|dt|ymd)|(?<![a-z])born(?: on| in)?/gi;
// "(b. 1966.4.15)": a lower-case b. right before the date (case-sensitive, no words between).
const BORN_ABBREVIATION = /(?<![A-Za-z])b\.(?= ?[0-9A-Z昭平令大])/g;
const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
// Era names may be spaced out too (昭 和 4 8 年), with a space before the year.
const ERA = '(?:(?:昭 {0,3}和|平 {0,3}成|令 {0,3}和|大 {0,3}正) {0,3}|[SHRT] {0,3}\\.? {0,3})';
// Digits may be spaced out one by one, by up to three spaces (1 9 8 5年4月1 2日, 1  9  8  5年, 1 9 9 0 - 1 0 - 2 7); years, months and
// days may be written in kanji numerals (昭和六十年四月十二日).
const N2 = '[0-9](?: {0,3}[0-9])?';
// Kanji numerals may be spaced out too (一 九 八 五年四月一 二日).
const KANJI_N = '[〇一二三四五六七八九十](?: {0,3}[〇一二三四五六七八九十]){0,2}';
const YEAR = '(?:1 {0,3}9|2 {0,3}0) {0,3}[0-9] {0,3}[0-9]';
const SEP = ' {0,3}[/.・-] {0,3}';
const ORDINAL = '(?:st|nd|rd|th)?';
const VALUE = new RegExp(
  [
    // 1985年4月12日, 1985 年 4 月 12 日, 昭和60年4月12日, 平成元年1月8日, S60年4月12日, 昭和六十年四月十二日,
    // with the other calendar's year in brackets: 昭和60（1985）年4月12日, 1985（昭和60）年4月12日
    `(?:${YEAR}(?: {0,3}\\( {0,3}${ERA}(?:${N2}|元) {0,3}\\))?|[〇一二三四五六七八九](?: {0,3}[〇一二三四五六七八九]){3}|${ERA}(?:${N2}|元|${KANJI_N})(?: {0,3}\\( {0,3}${YEAR} {0,3}\\))?) {0,3}年 {0,3}(?:${N2}|${KANJI_N}) {0,3}月 {0,3}(?:${N2}|${KANJI_N}) {0,3}日`,
    // 一九九七/〇四/〇五, 平成九・四・五: kanji numerals with separators
    // (a year with 〇 is read as digits by normalization: 1980.一二.三)
    `(?:[〇一二三四五六七八九](?: {0,3}[〇一二三四五六七八九]){3}|${YEAR}|${ERA}${KANJI_N})${SEP}${KANJI_N}${SEP}${KANJI_N}(?![〇一二三四五六七八九十])`,
    // Said aloud and written down, the parts joined by の (一九七二の一〇の一四, 1985の3の7): a
    // four-digit year first, so 三の七 alone is never read.
    `(?:[〇一二三四五六七八九](?: {0,3}[〇一二三四五六七八九]){3}|${YEAR}) {0,3}の {0,3}(?:${N2}|${KANJI_N}) {0,3}の {0,3}(?:${N2}|${KANJI_N})(?![0-9〇一二三四五六七八九十])`,
    // 1985/04/12, 1985-4-12, 1985.04.12, S60.4.12, H.29.4.9, R3/08/03
    `(?:${YEAR}|${ERA}${N2})${SEP}${N2}${SEP}${N2}(?![0-9]| {1,3}[0-9])`,
    // 04/12/1985, 12.04.1985
    `${N2}${SEP}${N2}${SEP}${YEAR}(?![0-9]| {1,3}[0-9])`,
    // Two-digit years after the cue: 04/12/85, 85.4.12
    `[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2}(?![0-9/.])`,
    // 19850412 (forms), also spaced out
    `${YEAR} {0,3}(?:0 {0,3}[1-9]|1 {0,3}[0-2]) {0,3}(?:0 {0,3}[1-9]|[12] {0,3}[0-9]|3 {0,3}[01])(?![0-9]| {1,3}[0-9])`,
    // April 12, 1985 / Apr. 12 1985 / 12 April 1985 / 14-Nov-1958 / the 12th of April, 1985
    `(?:${MONTHS})\\.?[ -]${N2}${ORDINAL},?[ -]${YEAR}(?![0-9])`,
    `(?:the )?${N2}${ORDINAL}(?: of)?[ -](?:${MONTHS})\\.?,?[ -]${YEAR}(?![0-9])`,
  ].join('|'),
  'gi',
);
// A birthday without the year, after 誕生日 / birthday only (誕生日：4月12日, birthday: April 12).
const MONTH_DAY = new RegExp(`(?:${N2}|${KANJI_N}) ?月 ?(?:${N2}|${KANJI_N}) ?日|(?:${MONTHS})\\.? ${N2}${ORDINAL}(?![0-9,])|[0-9]{1,2}/[0-9]{1,2}(?![0-9/])`, 'gi');
const BIRTHDAY_CUE = /誕生日|birthday/gi;
// A birth cue and its date are a few words apart at most: no digit, no sentence end, and none of
// the words that make the date another one (生年月日の入力欄は2025年4月1日から, 誕生日会は4月12日).
const MAX_GAP = 30;
const DATE_PURPOSE_AFTER = /^[ \t]?(?:\(.{0,4}\)[ \t]?)?(?:締切|締め切り|〆切|期限|まで|から|以降|以前|より|開催|予定|発売|公開|リリース|納期|提出|申込|開始|終了|deadline|due|until|release)/i;
const AGE = /[0-9]{1,3} ?(?:歳|才|years? old|yrs?\.?|y\/o)/gi;
// The cue as part of a longer key (birth_date_required, birthdayParty) or another key between the
// cue and the date (JSON `", "release_date": "`, a YAML key on the next line) ends its reach too.
const GAP_BREAKS = /^[_-]?[a-z]|[,{][ \t]*"[^"\n]{1,40}"[ \t]*:|\n[ \t]*-?[ \t]*[A-Za-z_][\w-]*[ \t]*:|[0-9]|[。！？!?]|\.\s|\n\s*\n|入力|(?<!^の?)欄[はにをのへ]|項目|変更|必須|任意|更新|登録|提出|締切|期限|予定|延期|開催|発売|契約|発行|作成|申請|受付|記入|基準|時点|現在|から|まで|以降|以前|例|サンプル|e\.g\.|会[はがを]|会$|^(?:会|祝|休|プレゼント|パーティ|ケーキ|月|週|特典|割引|クーポン)|released|published|founded|established|opened|launched|deadline|due|until|since|expire|issued|updated|created|meeting|party/i;
// A date followed by 生まれ / 生 (not 生産, 生活 ...): 1985年4月12日生まれ, 高橋陽子、1974-02-06生まれ.
const WITH_SUFFIX = new RegExp(`(?:${VALUE.source}) ?(?=に生まれ|生まれ|生(?![産活徒命地成協鮮前き育]))`, 'gi');

// The label after the date, in brackets: 平成2年4月5日（生年月日）, 1985-04-12 (DOB).
const LABEL_AFTER = /生年月日|誕生年月日|お?誕生日|生まれ|(?<![a-z])d\.?o\.?b\.?(?![a-z])|date[ _-]?of[ _-]?birth|birth[ _-]?(?:date|day)/gi;

// A whole cell holding only a date (the birth column of a table).
const CELL_VALUE = new RegExp(`^(?:${VALUE.source})$`, 'i');
// A header cell naming a birth-date column.
const BIRTH_HEADER = /^["']?(?:(?:生年月日|誕生年月日|誕生日|お誕生日)(?:[(（][^)）]{0,8}[)）])?|d\.?o\.?b\.?|date[ _-]?of[ _-]?birth|birth(?:[ _-]?(?:date|day|dt|ymd))?(?:[ _-]or[ _-][a-z_]{2,16})?)["']?$/i;
// A date in parentheses right after a name: 山田太郎（1984-05-21）, 山田太郎（1984年5月21日生）.
const COMPACT_DATE = /(?<![0-9A-Za-z])[0-3]?[0-9](?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:19|20)?[0-9]{2}(?![0-9A-Za-z])/gi;
const BIRTHDAY_LIST_CUE = /誕生日|birthday/i;
const BIRTHDAY_AFTER_NAME = new RegExp(`(?:さん|様|さま|くん|君|ちゃん|氏|先生)? ?\\( ?(${VALUE.source}|${MONTH_DAY.source}) ?\\)`, 'iy');
const AFTER_NAME = new RegExp(`\\( ?(${VALUE.source}) ?(?:生まれ|生)?\\)`, 'iy');
// The same with the 生 / 生まれ suffix, which makes it a birth date after any word.
const WITH_BIRTH_SUFFIX = new RegExp(`\\( ?(${VALUE.source}) ?(?:生まれ|生)\\)`, 'gi');

// Tables pasted as CSV or TSV: a header cell naming a birth-date column makes each following
// row's cell in that column a date of birth (read with the identifier columns, table-columns.ts).
registerTableColumn({ type: 'DATE_OF_BIRTH', header: BIRTH_HEADER, value: CELL_VALUE, score: 0.9, maxLength: 40 });

// A date right before 生: a digit or 日 just before it.
const SUFFIX_GATE = /[0-9日] ?に?生/;

// The cue asked for (を, も as the next of several questions, a request or question, the turn's end), then the next speaker's label:
// [00:01:18] 顧客：, 顧客：, お客様: on the next line.
const ANSWER_IN_NEXT_TURN = /^(?:を|は|も|の方を?|の方も)?(?:お願い(?:いた)?します|お願いできますか|お願いできますでしょうか|教えて(?:ください|いただけますか)|お伺いします|伺えますか|お聞かせください|お知らせ(?:ください|いただけますか)|ご教示ください|ご入力ください|頂戴できますか|確認させてください)[。？?]?[ \t]*\n[ \t]*(?:[[［(（]?[0-9]{1,2}(?::[0-9]{2}){1,2}[\]］)）]?[ \t]*)?[^\n:：]{1,8}[:：][ \t]*$/;

// A correction of the date in the next sentence: 生年月日が違っていました。正しくは1985年3月4日です。
const CORRECTED_IN_NEXT_SENTENCE = /^[^\n0-9。！？!?]{0,20}[。！？!?][ \t]*(?:正しくは|訂正後は|正しい(?:生年月日|日付|もの)は|正[:：])[ \t]*$/;

/** Dates a few words after a birth cue (see GAP_BREAKS for what ends the cue's reach). */
function pushAfterCue(text: string, cue: RegExp, value: RegExp, out: RawFinding[], maxGap = MAX_GAP): void {
  cue.lastIndex = 0;
  let c: RegExpExecArray | null;
  while ((c = cue.exec(text)) !== null) {
    const from = c.index + c[0].length;
    const windowText = text.slice(from, Math.min(text.length, from + MAX_GAP + 48));
    value.lastIndex = 0;
    const v = value.exec(windowText);
    if (v === null) continue;
    // Asked for in one turn and given in the next (生年月日をお願いします。⏎[00:01:18] 顧客：1956年8月15日です).
    const gap = windowText.slice(0, v.index);
    // Or corrected in the next sentence, the cue's own sentence holding none of the breaks.
    const corrected = maxGap === MAX_GAP && CORRECTED_IN_NEXT_SENTENCE.test(gap);
    const answered = corrected || (maxGap === MAX_GAP && ANSWER_IN_NEXT_TURN.test(gap));
    if (!answered && v.index > maxGap) continue;
    // An age between the cue and the date (年齢・生年月日：38歳・1985年4月12日) is no other number.
    if (!answered && GAP_BREAKS.test(gap.replace(AGE, ''))) continue;
    if (corrected && GAP_BREAKS.test(gap.slice(0, gap.search(/[。！？!?]/)))) continue;
    // 誕生日 4/12/2025 締切: a deadline or an event date right after the date, not a birth date.
    if (DATE_PURPOSE_AFTER.test(text.slice(from + v.index + v[0].length, from + v.index + v[0].length + 10))) continue;
    out.push({ type: 'DATE_OF_BIRTH', start: from + v.index, end: from + v.index + v[0].length, score: 0.9 });
    cue.lastIndex = Math.max(cue.lastIndex, from + v.index + v[0].length);
  }
}

// A date of a birth's era (昭和, 大正, 平成 up to 22, 19xx, 200x), answered some lines after the
// birth date was asked for (お名前と生年月日をお伺いします … 電話は090-…、昭和62年2月9日です): the
// answer lists it among other details, too far for the cue's window.
const OLD_DATE = /(?:(?:昭和|大正) ?[0-9]{1,2}|平成 ?(?:[1-9]|1[0-9]|2[0-2])|元|19[0-9]{2}|200[0-9]) ?年 ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?日|(?:19[0-9]{2}|200[0-9])[/.-][0-9]{1,2}[/.-][0-9]{1,2}(?![0-9])/g;
const BIRTH_ASKED = /(?:生年月日|誕生日|生まれ(?:年月日)?|d\.?o\.?b\.?|date of birth|birth ?date)[^\n。]{0,16}?(?:お伺い|伺[いえっ]|お願い|教えて|お聞かせ|確認さ|頂戴|お知らせ|ご入力|please|could you|may i)/i;
// A date's own label right before it: an event's day, not the birth date.
const EVENT_DATE_BEFORE = /(?:入社|入学|卒業|受付|発行|登録|契約|申込|作成|更新|開始|終了|交付|取得|有効|施行|日付|日時|期限|予定|実施|受診|来院|退院|入院|発生|事故)[日]?[ 　]*[:：は]?[ 　]*$/;

function pushAnsweredBirthDates(text: string, out: RawFinding[]): void {
  const asked = BIRTH_ASKED.exec(text);
  if (asked === null) return;
  // The answer comes in a later turn: from the next line on.
  const nextLine = text.indexOf('\n', asked.index);
  if (nextLine < 0) return;
  OLD_DATE.lastIndex = nextLine;
  for (let m = OLD_DATE.exec(text); m !== null; m = OLD_DATE.exec(text)) {
    if (m.index - asked.index > 300) break;
    if (m[0].startsWith('元') && text.slice(Math.max(0, m.index - 2), m.index) !== '平成' && text.slice(Math.max(0, m.index - 2), m.index) !== '昭和') continue;
    if (EVENT_DATE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) || DATE_PURPOSE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    let start = m.index;
    // The era word belongs to the date (昭和62年…).
    if (/(?:昭和|大正|平成)$/.test(text.slice(Math.max(0, start - 2), start))) start -= 2;
    out.push({ type: 'DATE_OF_BIRTH', start, end: m.index + m[0].length, score: 0.75 });
  }
}

export const dateOfBirthDetector: Detector = {
  type: 'DATE_OF_BIRTH',
  detect(text, _options, out) {
    // A date in parentheses right after a name the name detector found (it runs earlier).
    if (text.indexOf('(') >= 0) {
      const count = out.length;
      // A list of birthdays (8月誕生日ギフト対象者 / ・石井さん（8月13日）): after a name and its
      // honorific, a month and a day in brackets is the birthday too.
      const birthdays = hasKeyword(text, 'birth') && BIRTHDAY_LIST_CUE.test(text);
      for (let i = 0; i < count; i++) {
        const f = out[i];
        if (f.type !== 'PERSON_NAME') continue;
        if (codeAt(text, f.end) === 40) {
          AFTER_NAME.lastIndex = f.end;
          const m = AFTER_NAME.exec(text);
          if (m === null) continue;
          const start = f.end + m[0].indexOf(m[1]);
          out.push({ type: 'DATE_OF_BIRTH', start, end: start + m[1].length, score: 0.85 });
        } else if (birthdays) {
          BIRTHDAY_AFTER_NAME.lastIndex = f.end;
          const m = BIRTHDAY_AFTER_NAME.exec(text);
          if (m === null) continue;
          const start = f.end + m[0].indexOf(m[1]);
          out.push({ type: 'DATE_OF_BIRTH', start, end: start + m[1].length, score: 0.8 });
        }
      }
      if (text.indexOf('生') >= 0) {
        WITH_BIRTH_SUFFIX.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = WITH_BIRTH_SUFFIX.exec(text)) !== null) {
          const start = m.index + m[0].indexOf(m[1]);
          out.push({ type: 'DATE_OF_BIRTH', start, end: start + m[1].length, score: 0.85 });
        }
      }
    }
    if (text.indexOf('生') >= 0 && SUFFIX_GATE.test(text)) {
      WITH_SUFFIX.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = WITH_SUFFIX.exec(text)) !== null) {
        const value = m[0].replace(/ $/, '');
        out.push({ type: 'DATE_OF_BIRTH', start: m.index, end: m.index + value.length, score: 0.85 });
      }
    }
    if (text.indexOf('b.') >= 0) pushAfterCue(text, BORN_ABBREVIATION, VALUE, out, 1);
    if (!hasKeyword(text, 'birth') && text.indexOf('出生日') < 0) return;
    if (text.indexOf(')') >= 0 || text.indexOf(']') >= 0 || text.indexOf('】') >= 0 || text.indexOf('〕') >= 0) {
      valuesBeforeLabel(text, LABEL_AFTER, false, VALUE, 48, (start, end) => {
        out.push({ type: 'DATE_OF_BIRTH', start, end, score: 0.85 });
      });
    }
    pushAfterCue(text, CONTEXT, VALUE, out);
    // An airline's or passport's compact form after the cue (生年月日: 06OCT13, DOB 14MAR1985).
    pushAfterCue(text, CONTEXT, COMPACT_DATE, out, 4);
    if (hasKeyword(text, 'birth')) pushAfterCue(text, BIRTHDAY_CUE, MONTH_DAY, out);
    pushAnsweredBirthDates(text, out);
    pushTableCells(text, 'DATE_OF_BIRTH', out);
  },
};
