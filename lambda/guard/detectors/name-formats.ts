import type { RawFinding } from './detector';
import { codeAt, digitRuns } from './digit-sequence';
import { PREFECTURES } from '../data/prefectures';
import { givenTier, isHanCode, isKanaGivenName, isKanaSurname, isKatakanaWordAt, isLexiconFullName, isNonNameTail, katakanaOf, surnameTier } from './ja-person-name';
import { ORGANISATION_WORD } from './name-contact-lines';
import { isRomajiGivenName, isRomajiNamePair, isRomajiPlace, isRomajiPlaceName, isRomajiSurname, thingLabelBefore } from './romaji-names';

/**
 * Names in two pasted formats the running-text passes miss:
 * - chat and meeting logs, where a line starts with an optional timestamp or bullet and then a
 *   speaker label (`[12:00] 佐野: …`, `12:03 和田：…`, `【佐野】…`, `佐野 > …`, `- 佐野: …`);
 *   the label is a name when it is a lexicon surname, full name or surname + given name. An
 *   ambiguous surname (林, 森) counts only when two or more lines carry labels (a log).
 * - romanised names after a name label (`Name: YUICHI MIYAZAKI`, `Passenger: HIRATA/MISAKI MS`)
 *   and romaji or katakana readings in parentheses right after a name already found
 *   (`平田美咲（Misaki Hirata）`, `中島和子（ナカジマ　カズコ）`).
 */

const LINE_LABEL =
  /^[ \t\u3000]*(?:[-*・•][ \t\u3000]*)?(?:[[［(（]?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?[\]］)）]?[ \t\u3000]*)?(?:【([\p{Script=Han}々ヶ]{1,4}(?:[ \u3000]?[\p{Script=Han}々ヶ]{1,4})?)】|([\p{Script=Han}々ヶ]{1,4}(?:[ \u3000]?[\p{Script=Han}々ヶ]{1,4})?)[ \t\u3000]*(?:[:：）)]|[>＞](?!=)))/gmu;

const HAS_KANA_OR_KANJI = /[\u3040-\u30ff\u4e00-\u9fff]/;
const TIMESTAMP_LINE = /^[ \t\u3000]*[[［(（]?\d{1,2}[:：]\d{2}/gm;
const LOG_ROLE_LINE = /^[ \t\u3000]*(?:[[［(（]?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?[\]］)）]?[ \t\u3000]*)?(?:お客様|お客さま|顧客|オペレーター|オペレータ|担当者?|OP|Op|CS)[ \t\u3000]*[:：]/m;

/** Line labels that are never a speaker. */
const ORDINARY_LABEL = new Set(['議題', '場所', '備考', '日時', '担当', '結論', '部署', '件名', '日付', '時間', '目的', '内容', '概要', '決定', '宿題', '課題', '質問', '回答', '要望', '参加', '出席', '欠席', '司会', '書記', '記録', '場所', '住所', '電話', '氏名', '名前', '会社', '所属', '役職', '注意', '補足', '結果', '予定', '次回', '報告', '連絡', '確認', '対応', '期限', '重要', '問', '答', '注', '例', '他', '計', '済', '未',
  // The header fields of a pasted e-mail (本文：お疲れさまです after a CC line is the body's label).
  '本文', '宛先', '差出人', '送信者', '送信日時', '受信日時', '添付', '署名', '追記', '用件', '要件', '追伸', '原文', '全文', '文面', '返信', '転送', '送信', '受信']);

/** Place names that are also surnames (東京, 大阪 and the other prefectures, with or without 都/府/県). */
const PLACE_LABEL = new Set<string>(['東京', '大阪', '京都', '渋谷', '新宿', '池袋', '品川', '横浜', '梅田', '難波', '札幌', '仙台', '名古屋', '博多', '神戸', '本社', '支社', '本店', '支店']);
for (const p of PREFECTURES) {
  PLACE_LABEL.add(p);
  if (p.length > 2) PLACE_LABEL.add(p.replace(/[都府県]$/u, ''));
}

const STRONG = 2;

/** Tier of a speaker label: 2 for a clear name, 1 for an ambiguous surname, 0 for no name. */
function labelTier(label: string): number {
  const compact = label.replace(/[ \u3000]/g, '');
  if (ORDINARY_LABEL.has(compact) || PLACE_LABEL.has(compact)) return 0;
  if (compact.length >= 2 && isLexiconFullName(compact, 0, compact.length)) return STRONG;
  const whole = surnameTier(compact, 0, compact.length);
  if (whole > 0) return whole;
  // A frequent noun of a form's field (金利：固定, 期間：3年) is no surname and given name.
  if (isNonNameTail(compact, 0, compact.length)) return 0;
  // Surname + given name.
  for (let a = Math.min(4, compact.length - 1); a >= 1; a--) {
    if (surnameTier(compact, 0, a) > 0 && givenTier(compact, a, compact.length) > 0) return STRONG;
  }
  return 0;
}

function detectSpeakerLabels(text: string, out: RawFinding[]): void {
  if (!/[:：）)>＞】]/.test(text)) return;
  const labels: { start: number; end: number; tier: number; heading: boolean }[] = [];
  // Lines whose label reads as a name (clear or ambiguous): two or more make a log.
  let lines = 0;
  LINE_LABEL.lastIndex = 0;
  for (let m = LINE_LABEL.exec(text); m !== null; m = LINE_LABEL.exec(text)) {
    const label = m[1] ?? m[2];
    const start = m.index + m[0].lastIndexOf(label);
    const tier = labelTier(label);
    if (tier > 0) lines++;
    // 【周知】, 【川越】: a bracketed word alone at a line's start is as often a heading or a tag;
    // it names a speaker in a log (or after a time stamp).
    const heading = m[1] !== undefined && !/\d/.test(m[0]);
    labels.push({ start, end: start + label.length, tier, heading });
    if (m[0].length === 0) LINE_LABEL.lastIndex++;
  }
  // A log by its shape: two or more timestamped lines, or a customer or operator speaker line.
  if (lines < 2 && labels.length > 0 && (LOG_ROLE_LINE.test(text) || (text.match(TIMESTAMP_LINE) ?? []).length >= 2)) lines = 2;
  for (const l of labels) {
    if (l.tier >= STRONG && !(l.heading && lines < 2)) out.push({ type: 'PERSON_NAME', start: l.start, end: l.end, score: 0.8 });
    else if (l.tier > 0 && lines >= 2) out.push({ type: 'PERSON_NAME', start: l.start, end: l.end, score: 0.7 });
  }
}

/** One Hepburn-romanised word: every consonant group ends in a vowel, except a syllabic n. */
const ROMAJI_WORD = /^(?:(?:[kgsztdnhbpmrwyfjc]|kk|ss|tt|pp|tch|ch|sh|ts|[kgnhbpmr]y|j)?[aiueo]h?|n(?![aiueoy]))+$/i;

function isRomaji(word: string): boolean {
  return word.length >= 2 && ROMAJI_WORD.test(word);
}

const ROMAJI_PAIR = /([A-Za-z]{2,16})(?:[ \u3000]+|[ ]?\/[ ]?)([A-Za-z]{2,16})/y;

/** A romanised surname and given name at `at` (in either order): the span, or null. */
function romajiNameAt(text: string, at: number): [number, number] | null {
  ROMAJI_PAIR.lastIndex = at;
  const m = ROMAJI_PAIR.exec(text);
  if (m === null || !isRomaji(m[1]) || !isRomaji(m[2]) || isRomajiPlace(m[1], m[2])) return null;
  const end = at + m[0].length;
  if (/[A-Za-z]/.test(text[end] ?? '')) return null;
  return [at, end];
}

// A foreign name as a remittance or booking form writes it after the label, in capitals (ANNA MÜLLER,
// JOSÉ DA SILVA): two to four words of Latin letters, the value ending there, none a company's word.
const FOREIGN_NAME_VALUE = /[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]{1,20}(?: (?:(?:DA|DE|DOS|VAN|VON|DER|DEL|LA|LE|BIN|BINTI|AL) )?[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]{1,20}){1,3}(?=[ \t]*(?:$|\n|[,，、;；/（(]))/y;
const COMPANY_VALUE_WORD = /(?:^|[ .])(?:CO|LTD|INC|CORP|LLC|GMBH|BANK|COMPANY|CORPORATION|LIMITED|TRADING|HOLDINGS|GROUP|K\.K|S\.A|AG|PLC|PTE|BHD|HOTEL|TOWER|CENTER|CENTRE|OFFICE|SCHOOL|UNIVERSITY|HOSPITAL|CLINIC|STATION|BUILDING|SHOP|STORE|INN|RESORT|CAFE|RESTAURANT|SERVICES?|SYSTEMS?)(?:$|[ .,])/i;

function foreignNameAt(text: string, at: number): [number, number] | null {
  FOREIGN_NAME_VALUE.lastIndex = at;
  const m = FOREIGN_NAME_VALUE.exec(text);
  // In capitals, as such forms write a name (title case is read by the English pass), and no place (KANAGAWA KEN).
  if (m === null || m[0] !== m[0].toUpperCase() || COMPANY_VALUE_WORD.test(m[0])) return null;
  const words = m[0].split(' ');
  if (words.some((w) => isRomajiPlaceName(w[0] + w.slice(1).toLowerCase()))) return null;
  return [at, at + m[0].length];
}

const ROMAJI_LABEL = /(?:^|[\s(（【\[])(?:(?:Full |Passenger |Guest |Traveller |Traveler )?Name(?: on card| on the card)?|Cardholder(?: name)?|Card holder|Passenger|Guest|氏名|名前|お名前|姓名|受取人名?|口座名義|名義人?|会員名|依頼人)(?:[ ]?[(（](?:ローマ字|英字|romaji|Romaji|英語|as in passport|as on passport|As in passport|in passport|パスポート表記|旅券記載)[)）])?[ \t]*[:：][ \t\u3000]*/g;

function detectLabelledRomaji(text: string, out: RawFinding[]): void {
  ROMAJI_LABEL.lastIndex = 0;
  for (let m = ROMAJI_LABEL.exec(text); m !== null; m = ROMAJI_LABEL.exec(text)) {
    const at = m.index + m[0].length;
    const span = romajiNameAt(text, at) ?? foreignNameAt(text, at);
    // - name: Azure login, name: deploy app: a lowercase word in or after the value makes it a
    // step's or a resource's name (a person's is written capitalised or in capitals).
    if (span === null || (/[A-Za-z][ \t]*[:：][ \t\u3000]*$/.test(m[0]) && / [a-z]/.test(text.slice(span[0], span[1] + 2)))) continue;
    if (!thingLabelBefore(text, span[0])) out.push({ type: 'PERSON_NAME', start: span[0], end: span[1], score: 0.85 });
  }
  ROLE_LABEL.lastIndex = 0;
  for (let m = ROLE_LABEL.exec(text); m !== null; m = ROLE_LABEL.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    const pair = romajiNameAt(text, start);
    if (pair !== null) out.push({ type: 'PERSON_NAME', start: pair[0], end: pair[1], score: 0.85 });
    else if (isRomajiSurname(m[1]) && !isRomajiPlaceName(m[1])) out.push({ type: 'PERSON_NAME', start, end: start + m[1].length, score: 0.8 });
  }
}

// A role only a person has, before a colon, then a romanised surname alone or a name
// (host: Kobayashi, Contact: Tanaka, Approver: SATO Ken); a host name (host: db-prod-01) or a
// place (Host: Nara) is no surname.
const ROLE_LABEL = /(?:^|[\s(（【\[|,;])(?:[Hh]ost|HOST|[Cc]ontact(?: person)?|[Oo]rgani[sz]er|[Aa]ttendee|[Oo]wner|[Aa]ssignee|[Rr]eporter|[Rr]equester|[Rr]equested by|[Aa]pprover|[Aa]pproved by|[Ii]nterviewer|[Ii]nterviewee|[Pp]resenter|[Ss]peaker|[Mm]oderator|[Ff]acilitator|PIC|[Pp]erson in charge|[Ee]scort|[Dd]river|[Ss]ales rep)[ \t]*[:：][ \t]*([A-Z][a-z]{1,15}|[A-Z]{2,16})(?![A-Za-z0-9@._-])/g;

const KATAKANA_READING = /[ァ-ヺー]{2,10}(?:[ \u3000・][ァ-ヺー]{1,10})?/y;

const LATIN_SPELLING = /[A-Z]{2,12}(?:[ -][A-Z]{2,12}){1,2}(?=[)）])/y;
const HIRAGANA_READING = /[\u3041-\u3096]{2,8}(?:[ \u3000][\u3041-\u3096]{1,8})?/y;

/** A hiragana reading that is a lexicon surname reading and given-name reading (either side of a space, or split anywhere). */
function hiraganaReadsAsName(reading: string): boolean {
  const space = reading.search(/[ \u3000]/);
  if (space > 0) {
    const surname = katakanaOf(reading, 0, space);
    const given = katakanaOf(reading, space + 1, reading.length);
    return isKanaSurname(surname, 0, surname.length) && isKanaGivenName(given, 0, given.length);
  }
  const kana = katakanaOf(reading, 0, reading.length);
  for (let k = 2; k <= kana.length - 2; k++) if (isKanaSurname(kana, 0, k) && isKanaGivenName(kana, k, kana.length)) return true;
  return false;
}

function isKatakanaCode(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;
}

/** Every part of the katakana `text[start, end)` (split at spaces and ・) is a name reading or no katakana word IPADIC knows. */
function readsAsKanaName(text: string, start: number, end: number): boolean {
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && isKatakanaCode(text.charCodeAt(i))) continue;
    if (i > from && !isKanaSurname(text, from, i) && !isKanaGivenName(text, from, i) && isKatakanaWordAt(text, from, i)) return false;
    from = i + 1;
  }
  return true;
}

// A speaker label in katakana or romaji at the start of a log line: "サトウ：", "[10:01] ヤマダ:", "10:16 Tanaka:",
// a chat handle in small letters after a timestamp ("[10:14] kubota:").
const KANA_LINE_LABEL = /^[ \t\u3000]*(?:[-*・•][ \t\u3000]*)?(?:([[［(（]?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?[\]］)）]?)[ \t\u3000]*)?(?:([ァ-ヺー]{2,8}(?:[ \u3000][ァ-ヺー]{2,8})?)|([A-Za-z][a-z]{1,15}))[ \t\u3000]*[:：]/gm;

/** Speakers written in katakana (a surname or full-name reading) or, after a timestamp, a romaji surname. */
/** Whether the rest of the line from `at` is Japanese speech (kana in it). */
function chatLineAfter(text: string, at: number): boolean {
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  return /[\u3041-\u3096]/.test(text.slice(at, end));
}

function detectKanaSpeakerLabels(text: string, out: RawFinding[]): void {
  KANA_LINE_LABEL.lastIndex = 0;
  for (let m = KANA_LINE_LABEL.exec(text); m !== null; m = KANA_LINE_LABEL.exec(text)) {
    const label = m[2] ?? m[3];
    const start = m.index + m[0].lastIndexOf(label);
    const end = start + label.length;
    if (m[2] !== undefined) {
      const space = label.search(/[ \u3000]/);
      const reads = space > 0
        ? isKanaSurname(text, start, start + space) && isKanaGivenName(text, start + space + 1, end)
        : isKanaSurname(text, start, end) || (end - start >= 4 && label.indexOf('ー') < 0 && readsAsKanaName(text, start, end) && !isKatakanaWordAt(text, start, end) && isKanaSurname(text, start, start + 2));
      if (reads && !isKatakanaWordAt(text, start, end)) out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
      else if (reads && space < 0 && isKanaSurname(text, start, end)) out.push({ type: 'PERSON_NAME', start, end, score: 0.7 });
    } else if ((isRomajiSurname(label) || isRomajiGivenName(label)) && !isRomajiPlaceName(label) && (m[1] !== undefined || (label.length >= 6 && chatLineAfter(text, m.index + m[0].length)))) {
      // With a time stamp, or (chihiro：口座番号わかる？) a handle of six letters or more before a line in Japanese (token：, yuki： stay).
      out.push({ type: 'PERSON_NAME', start, end, score: 0.7 });
    }
  }
}

// "@yamada", "@ken.sato": a mention whose words read as Japanese names.
const MENTION = /(?<![A-Za-z0-9._%+-])@([A-Za-z]{2,16})(?:[._-]([A-Za-z]{2,16}))?(?![A-Za-z0-9_@])/g;

function detectRomajiMentions(text: string, out: RawFinding[]): void {
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m !== null; m = MENTION.exec(text)) {
    const [, a, b] = m;
    const named = b !== undefined ? isRomajiNamePair(a, b) : isRomajiSurname(a) && a.length >= 4;
    if (named) out.push({ type: 'PERSON_NAME', start: m.index + 1, end: m.index + m[0].length, score: 0.7 });
  }
}

/** Readings in parentheses right after a name found in out[from..]. */
function detectReadingsAfterNames(text: string, out: RawFinding[], from: number): void {
  const end = out.length;
  for (let i = from; i < end; i++) {
    const f = out[i];
    if (f.type !== 'PERSON_NAME') continue;
    let at = f.end;
    if (text[at] === ' ' || text[at] === '\u3000') at++;
    if (text[at] !== '（' && text[at] !== '(') continue;
    at++;
    let span = romajiNameAt(text, at);
    if (span === null) {
      KATAKANA_READING.lastIndex = at;
      const k = KATAKANA_READING.exec(text);
      if (k !== null) span = [at, at + k[0].length];
    }
    if (span === null && isHanCode(text.charCodeAt(f.start))) {
      // The name's Latin spelling in capitals (李 秀英（LI XIUYING）); not a team's name in title case (Sales Team).
      LATIN_SPELLING.lastIndex = at;
      const l = LATIN_SPELLING.exec(text);
      if (l !== null && !ORGANISATION_WORD.test(l[0])) span = [at, at + l[0].length];
    }
    if (span === null) {
      // A reading in hiragana (蛭田 小百合（ひるたさゆり）): a surname reading and a given-name reading, spaced or not.
      HIRAGANA_READING.lastIndex = at;
      const h = HIRAGANA_READING.exec(text);
      if (h !== null && hiraganaReadsAsName(h[0])) span = [at, at + h[0].length];
    }
    if (span === null || (text[span[1]] !== '）' && text[span[1]] !== ')')) continue;
    // A katakana word in parentheses is a reading only when its parts read as names or are no
    // ordinary word: 田中（サポート） is a role.
    if (isKatakanaCode(text.charCodeAt(span[0])) && !readsAsKanaName(text, span[0], span[1])) continue;
    out.push({ type: 'PERSON_NAME', start: span[0], end: span[1], score: 0.8 });
  }
}

/** A header cell that may name a name column (名, フリガナ, ふりがな, Name) and a separator: a cheap test before the table scan. */
function csvNameHint(text: string): boolean {
  if (text.indexOf(',') < 0 && text.indexOf('\t') < 0 && text.indexOf('|') < 0) return false;
  return text.indexOf('名') >= 0 || text.indexOf('ame') >= 0 || text.indexOf('AME') >= 0 || text.indexOf('フリガナ') >= 0 || text.indexOf('ふりがな') >= 0 || text.indexOf('担当') >= 0 || text.indexOf('番') >= 0 || text.indexOf('勤') >= 0 || text.indexOf('長 |') >= 0 || text.indexOf('員 |') >= 0 || text.indexOf('者') >= 0 || text.indexOf('スタッフ') >= 0 || text.indexOf('メンバー') >= 0 || text.indexOf('PIC') >= 0 || /assignee|owner/i.test(text) || text.indexOf('姓') >= 0 || text.indexOf('セイ') >= 0 || text.indexOf('urname') >= 0;
}
// Header cells of a pasted CSV/TSV table whose column holds people's names.
// An address book splits the name and its reading into columns (姓, 名, フリガナ姓, セイ, メイ, 姓（カナ）):
// the reading of a name is as personal as the name.
const NAME_HEADER = /^(?:氏名|名前|お名前|氏名[(（](?:漢字|カナ|フリガナ|ふりがな|ヨミ|よみ)[)）]|フリガナ|ふりがな|氏名カナ|カナ氏名|氏名(?:フリガナ|ふりがな|ヨミ|よみ)|姓名|苗字|名字|(?:姓|名)(?:[(（](?:漢字|カナ|フリガナ|ふりがな|ヨミ|よみ)[)）]|カナ|フリガナ|ふりがな|ヨミ|よみ)?|(?:フリガナ|ふりがな|カナ|ヨミ|よみ|ヨミガナ|よみがな)[(（]?(?:姓|名)[)）]?|セイ|メイ|せい|めい|(?:(?:yomi|phonetic)[ _-]?)?(?:last|first|family|given|middle|sur)[ _-]?name(?:[ _-]?(?:yomi|kana|phonetic|reading))?|surname|担当者名?|社員名|従業員名|顧客名|お客様名|会員名|申請者名?|出張者名?|精算者名?|宿泊者名?|参加者名?|受講者名?|代表者名?|(?:full |employee |customer )?name)$/i;

const HAS_LETTER = /\p{L}/u;
// A reading column (ヨミ, カナ, 読み) holds names only beside a name column (商品名,ヨミ holds product readings).
const READING_HEADER = /^(?:ヨミ|よみ|読み|ヨミガナ|よみがな|読み仮名|カナ|かな|kana|reading)$/i;
// Header cells that name a product, a place or a thing, which a reading column then reads.
const THING_NAME_HEADER = /^(?:商品|品|製品|会社|企業|法人|店舗?|部署|支店|施設|物件|案件|地|駅|役職|科目|項目|品目|件)名$/;

/** The name columns of a header row (a reading column counts beside another name column); null when none. */
function nameColumns(cells: readonly string[]): number[] | null {
  if (cells.length < 2) return null;
  const found: number[] = [];
  let readings: number[] | null = null;
  for (let k = 0; k < cells.length; k++) {
    if (NAME_HEADER.test(cells[k])) found.push(k);
    else if (READING_HEADER.test(cells[k])) (readings ??= []).push(k);
  }
  if (found.length === 0) return null;
  // A bare name beside a product's columns (sku,name,qty,unit_price) names the product.
  if (cells.some((c) => PRODUCT_HEADER.test(c))) {
    for (let k = found.length - 1; k >= 0; k--) if (BARE_NAME_HEADER.test(cells[found[k]])) found.splice(k, 1);
    if (found.length === 0) return null;
  }
  if (readings !== null && !cells.some((c) => THING_NAME_HEADER.test(c))) found.push(...readings);
  return found;
}
const BARE_NAME_HEADER = /^(?:name|名前|名称)$/i;
const PRODUCT_HEADER = /^(?:(?:plan|product|rate|room|menu|course|jan)[ _-]?code|rate|sku|item|item[ _-]?(?:no|code|id)|product[ _-]?(?:no|code|id)?|qty|quantity|unit[ _-]?price|price|stock|jan|barcode|品番|型番|数量|単価|価格|在庫|金額|商品コード)$/i;

/** The columns of a header row without a name column that name things (駅名, 商品名), with their reading columns; null when none. */
function thingColumns(cells: readonly string[]): number[] | null {
  if (cells.length < 2) return null;
  let found: number[] | null = null;
  for (let k = 0; k < cells.length; k++) if (THING_NAME_HEADER.test(cells[k])) (found ??= []).push(k);
  if (found === null) return null;
  for (let k = 0; k < cells.length; k++) if (READING_HEADER.test(cells[k])) found.push(k);
  return found;
}

/** Drops a name finding that is exactly the cell text[start, end) (a station or product the lexicon also knows as a name). */
function dropCellName(out: RawFinding[], start: number, end: number): void {
  let kept = 0;
  for (let i = 0; i < out.length; i++) {
    const f = out[i];
    if (!(f.type === 'PERSON_NAME' && f.start === start && f.end === end)) out[kept++] = f;
  }
  out.length = kept;
}

/** Drops name findings that are a header cell of a name column (セイ, メイ, フリガナ are readings of names too). */
function dropHeaderCellNames(text: string, out: RawFinding[], lineStart: number, lineEnd: number): void {
  let kept = 0;
  for (let i = 0; i < out.length; i++) {
    const f = out[i];
    if (!(f.type === 'PERSON_NAME' && f.start >= lineStart && f.end <= lineEnd && isHeaderCell(text.slice(f.start, f.end)))) out[kept++] = f;
  }
  out.length = kept;
}

function isHeaderCell(value: string): boolean {
  return NAME_HEADER.test(value) || READING_HEADER.test(value);
}

// The rule row under a Markdown table's header (|---|:---:|).
const PIPE_RULE_ROW = /^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*(?::?-{2,}:?[ \t]*)?$/;

/** Whether a one-character cell value can be a name (神, 林): a lexicon surname or given name. */
function shortCellName(value: string): boolean {
  return value.length >= 2 || (value.length === 1 && (surnameTier(value, 0, 1) > 0 || givenTier(value, 0, 1) > 0));
}

/** A data row of a table whose cells `separator` divides: it holds the separator (a pipe row opens with one). */
function isTableRow(line: string, separator: string): boolean {
  return separator === '|' ? line.trimStart().startsWith('|') : line.includes(separator);
}

// Columns of who handles a row (担当, 対応者, Assignee): a person, or a team (営業部, CS チーム).
const STAFF_HEADER = /^(?:(?:主|副|営業|受付|対応)?担当(?:者|営業|スタッフ|CS)?|対応者?|受付者|記入者|作成者|確認者|承認者|責任者|早番|遅番|中番|日勤|夜勤|当番|出勤者?|スタッフ|メンバー|職長|班長|作業員|作業者|リーダー|PIC|assignee|owner)$/i;
const TEAM_END = /(?:部|課|室|係|班|局|科|チーム|グループ|センター|窓口|デスク|本社|支店|店|全員|全体|未定|不要|なし|済)$/;

/** The staff columns of a header row (担当, 対応者), or null. */
function staffColumns(cells: readonly string[]): number[] | null {
  let found: number[] | null = null;
  for (let k = 0; k < cells.length; k++) if (STAFF_HEADER.test(cells[k]) && /^\S+$/.test(cells[k])) (found ??= []).push(k);
  return found;
}

/** Whether a staff cell's value reads as a person: kanji (a space inside) that start with a lexicon surname, no team's word. */
function staffCellName(value: string): boolean {
  if (value.length === 0 || value.length > 12 || TEAM_END.test(value)) return false;
  // A foreign name in katakana (ブラウン, サラ・オコナー): no dictionary word, or a reading of a name.
  if (/^[\u30a1-\u30fa\u30fc]+(?:[・ 　][\u30a1-\u30fa\u30fc]+)*$/.test(value)) {
    const parts = value.split(/[・ 　]/);
    // One part only when the kana lexicon reads it as a name (ヤマダ), not any word no dictionary holds (バックホウ).
    if (parts.length === 1) return isKanaSurname(value, 0, value.length) || isKanaGivenName(value, 0, value.length);
    return parts.every((p) => p.length >= 2 && (!isKatakanaWordAt(p, 0, p.length) || isKanaSurname(p, 0, p.length) || isKanaGivenName(p, 0, p.length)));
  }
  if (value.length > 7) return false;
  const parts = value.split(/[ 　]/);
  if (parts.length > 2 || !parts.every((p) => /^[\p{Script=Han}々ヶ]+$/u.test(p))) return false;
  const first = parts[0];
  if (parts.length === 2) return surnameTier(first, 0, first.length) > 0;
  for (let a = Math.min(3, first.length); a >= 1; a--) {
    if (surnameTier(first, 0, a) === 0) continue;
    if (a === first.length || givenTier(first, a, first.length) > 0) return true;
  }
  return false;
}

/** Cells of the name column of a pasted CSV, TSV or Markdown table (a header row names it: 氏名, フリガナ, Name). */
function detectCsvNameColumns(text: string, out: RawFinding[]): void {
  let lineStart = 0;
  let columns: number[] | null = null;
  // Columns that name things (駅名, 商品名) and the reading columns beside them: their cells are no names.
  let things: number[] | null = null;
  let staff: number[] | null = null;
  let separator = ',';
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (line.trim() === '') columns = things = staff = null;
    else if (separator === '|' && columns !== null && PIPE_RULE_ROW.test(line)) {
      // The rule under the header: the rows follow.
    } else if (columns === null) {
      separator = line.trimStart().startsWith('|') ? '|' : line.includes('\t') ? '\t' : ',';
      const cells = line.split(separator).map((c) => c.trim().replace(/^"|"$/g, ''));
      columns = nameColumns(cells);
      staff = staffColumns(cells);
      if (columns === null && staff !== null) columns = [];
      things = columns === null ? thingColumns(cells) : null;
      if (columns !== null) dropHeaderCellNames(text, out, lineStart, lineEnd);
      else if (things !== null) columns = [];
    } else if (!isTableRow(line, separator)) {
      // A line without the table's separator (以上、よろしくお願いします。) ends the table: it is no row of it.
      columns = things = staff = null;
    } else {
      const cells = line.split(separator);
      let offset = lineStart;
      for (let k = 0; k < cells.length; k++) {
        const cell = cells[k];
        if (things !== null && things.includes(k)) {
          const lead = cell.length - cell.trimStart().length;
          dropCellName(out, offset + lead, offset + cell.trimEnd().length);
        } else if (staff !== null && staff.includes(k) && !columns.includes(k)) {
          // One person or a list of them (小野、新井).
          // (・ splits kanji names, 山田・佐藤, but joins a katakana name's parts, サラ・オコナー.)
          const items = /(?:[^、,，・／/]|・(?=[\u30a1-\u30fa\u30fc]))+/g;
          for (let it = items.exec(cell); it !== null; it = items.exec(cell)) {
            const lead = it[0].length - it[0].trimStart().length;
            const value = it[0].trim();
            if (staffCellName(value)) out.push({ type: 'PERSON_NAME', start: offset + it.index + lead, end: offset + it.index + lead + value.length, score: 0.8 });
          }
        } else if (columns.includes(k)) {
          const lead = cell.length - cell.trimStart().length;
          const value = cell.trim().replace(/^"|"$/g, '');
          const quoteLead = cell.trim().startsWith('"') ? 1 : 0;
          if (shortCellName(value) && value.length <= 24 && !/[0-9@:/]/.test(value) && HAS_LETTER.test(value)) {
            const start = offset + lead + quoteLead;
            out.push({ type: 'PERSON_NAME', start, end: start + value.length, score: 0.85 });
          }
        }
        offset += cell.length + 1;
      }
    }
    lineStart = lineEnd + 1;
  }
}

/** Japanese-text formats: speaker labels, then readings after any name found so far (from `from`). */
export function detectJapaneseNameFormats(text: string, out: RawFinding[], from: number): void {
  detectSpeakerLabels(text, out);
  if (text.indexOf('：') >= 0 || text.indexOf(':') >= 0) detectKanaSpeakerLabels(text, out);
  if (READING_GATE.test(text)) detectNamesWithReadings(text, out);
  detectReadingsAfterNames(text, out, from);
}

// Kanji with their reading in brackets, as signatures and forms give a name (千葉勇気（ちば ゆうき）,
// 一ノ瀬（いちのせ）さん): a reading of surname and given name, or a surname reading with an
// honorific or nothing of a word after the bracket (東海（とうかい）地方 is a region).
const WITH_READING = /(?<![\p{Script=Han}々ヶノ])([\p{Script=Han}々ヶ][\p{Script=Han}々ヶノ]{0,5})[（(]([\u3041-\u3096]{2,8})(?:[ 　]([\u3041-\u3096]{2,8}))?[）)]/gu;
const READING_GATE = /[（(][\u3041-\u3096]/;
const SINGLE_AFTER_READING = /^(?:さん|様|さま|氏|くん|ちゃん|先生|が|は|と|から)/;
const AFTER_READING = /^(?:さん|様|さま|氏|くん|ちゃん|先生|$|[ 　\n、。,.：:）)]|です)/;

function detectNamesWithReadings(text: string, out: RawFinding[]): void {
  WITH_READING.lastIndex = 0;
  for (let m = WITH_READING.exec(text); m !== null; m = WITH_READING.exec(text)) {
    const kanjiEnd = m.index + m[1].length;
    const readingStart = kanjiEnd + 1;
    const end = m.index + m[0].length;
    // The kana lexicon's readings are katakana.
    const reading = katakanaOf(m[2], 0, m[2].length);
    const full = m[3] !== undefined && isKanaSurname(reading, 0, reading.length) && isKanaGivenName(katakanaOf(m[3], 0, m[3].length), 0, m[3].length);
    const surname = m[3] === undefined && m[1].length >= 2 && isKanaSurname(reading, 0, reading.length) && AFTER_READING.test(text.slice(end, end + 2));
    // One kanji with its reading is a name only before an honorific or a person's particle (誠（まこと）様, 東（あずま）が).
    const single = m[3] === undefined && m[1].length === 1 && (isKanaSurname(reading, 0, reading.length) || isKanaGivenName(reading, 0, reading.length)) && SINGLE_AFTER_READING.test(text.slice(end, end + 2));
    if (!full && !surname && !single) continue;
    out.push({ type: 'PERSON_NAME', start: m.index, end: kanjiEnd, score: 0.85 });
    out.push({ type: 'PERSON_NAME', start: readingStart, end: end - 1, score: 0.85 });
  }
}

// A word in capitals next to another word: "SATO Ken", "YAMADA TARO", "Hanako SUZUKI", "ARAKI/OSAMU".
const LETTER = /[A-Za-z]/;

/** ASCII letters, digits and _ (NaN past the text's ends is none). */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** The word of letters ending at `end` (exclusive), or ''. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && end - i < 16 && LETTER.test(text[i - 1])) i--;
  return i > 0 && /[A-Za-z0-9_]/.test(text[i - 1]) ? '' : text.slice(i, end);
}

/** The word of letters starting at `start`, or ''. */
function wordAfter(text: string, start: number): string {
  let i = start;
  while (i < text.length && i - start < 16 && LETTER.test(text[i])) i++;
  return i < text.length && /[A-Za-z0-9_]/.test(text[i]) ? '' : text.slice(start, i);
}

/** Romanised Japanese names with the surname in capitals, as forms and signatures write them (the English pass reads title case only). */
function detectUpperCaseRomaji(text: string, out: RawFinding[]): void {
  // Word starts come from the shared scan's capitals (not after an ASCII letter or digit).
  const capitals = digitRuns(text).capitals;
  let done = 0;
  for (let ci = 0; ci < capitals.length; ci++) {
    const start = capitals[ci];
    if (start < done || !isUpperCode(codeAt(text, start + 1))) continue;
    let end = start + 2;
    while (end < text.length && end - start < 16 && isUpperCode(text.charCodeAt(end))) end++;
    if (isWordCode(codeAt(text, end))) continue;
    const word = text.slice(start, end);
    // Most words in capitals are acronyms (API, USA): no name reading, no neighbour to look at.
    if (!isRomajiSurname(word) && !isRomajiGivenName(word)) continue;
    // The next word, after spaces or a slash.
    let k = end;
    while (k < text.length && k - end < 3 && (text[k] === ' ' || text[k] === '\u3000' || text[k] === '/')) k++;
    const next = k > end && k - end <= 3 && isUpperCode(text.charCodeAt(k)) ? wordAfter(text, k) : '';
    if (next.length >= 2 && isRomajiNamePair(word, next) && !thingLabelBefore(text, start)) {
      out.push({ type: 'PERSON_NAME', start, end: k + next.length, score: 0.75 });
      done = k + next.length;
      continue;
    }
    // A title-case word before it: "Hanako SUZUKI".
    if (start >= 3 && start - 1 >= done && text[start - 1] === ' ') {
      const previous = wordBefore(text, start - 1);
      if (previous.length >= 2 && /^[A-Z][a-z]/.test(previous) && isRomajiNamePair(previous, word)) out.push({ type: 'PERSON_NAME', start: start - 1 - previous.length, end, score: 0.75 });
    }
  }
}

function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Romanised names after a name label, and romanised Japanese names with a surname in capitals, in any text. */
export function detectRomajiNameLabels(text: string, out: RawFinding[]): void {
  const colon = text.indexOf(':') >= 0 || text.indexOf('：') >= 0;
  if (colon) detectLabelledRomaji(text, out);
  if (text.indexOf('\n') > 0 && csvNameHint(text)) detectCsvNameColumns(text, out);
  detectUpperCaseRomaji(text, out);
  if (text.indexOf('@') >= 0) detectRomajiMentions(text, out);
  // A timestamped English chat line: "10:16 Tanaka: ..." (Japanese text is read by detectJapaneseNameFormats).
  if (colon && CLOCK_TIME.test(text) && !HAS_KANA_OR_KANJI.test(text)) detectKanaSpeakerLabels(text, out);
}
const CLOCK_TIME = /\d[:：]\d\d/;
