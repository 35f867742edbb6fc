import { PREFECTURES } from '../data/prefectures';
import type { RawFinding } from './detector';
import { isKanjiCommonNoun } from './ja-name-model';
import { givenTier, isKanaGivenName, isKanaSurname, isKatakanaWordAt, kanaNameReadings, placeNounAfter, surnameTier } from './ja-person-name';
import { isCityName } from './name-context';
import { isAnySurname } from './name-rare-surnames';
import { RangeLexicon } from './range-lexicon';

/**
 * Bare surnames in frames that name a person without an honorific:
 * - after a role of legal, HR and insurance text (申立人 西村, 相手方大野は, 被保険者の坂本),
 *   of minutes (議事録作成：松田, 書記 吉川) and of shifts (早番 本田, ドライバー：中野);
 * - in dispatch and duty lists, after a numbered vehicle, flight, team or room (2号車 本田, 1便 佐々木);
 * - surnames the lexicon lacks that are written with 々, ヶ or ノ (佐々野, 八ヶ代, 一ノ瀬) where a
 *   person introduces themselves (八ヶ代です, 担当は一ノ瀬です).
 * The value must be a lexicon surname (an ambiguous one such as 本田 or 中野 included), alone or with a
 * given name or title, filling its kanji run (本田技研, 中野区 and 中野サンプラザ stay).
 */

// Roles whose holder is a person. Longest first, so 被申立人 is read before 申立人.
const ROLES = [
  // Legal, HR and insurance text.
  '被申立人', '申立人', '相手方', '被告人', '原告', '被告', '元雇用主', '雇用主', '使用者', '労働者', '被保険者', '保険契約者', '契約者', '当事者',
  '債権者', '債務者', '被相続人', '相続人', '連帯保証人', '保証人', '代理人', '申請人', '申出人', '請求人', '相談者', '通報者', '被害者', '加害者',
  '行為者', '元従業員', '従業員', '元社員', '元上司', '上司', '部下', '同僚', '後任', '前任', '主治医', '担当医', '証人', '参考人', '被疑者', '容疑者',
  // The person in charge, also as the key cell of a pasted table (担当者 | 本田).
  '担当者', '担当',
  // Minutes and records.
  '議事録作成者', '議事録作成', '議事録担当', '議事録', '記録者', '記録', '書記', '司会', '議長', 'タイムキーパー', 'ファシリテーター',
  // Shifts and dispatch.
  'ドライバー', '運転手', '早番', '遅番', '中番', '日勤', '夜勤', '当番', '当直', '宿直', '乗務員', '添乗員', '誘導員', '配達員',
].sort((a, b) => b.length - a.length);
// First characters: 1 for a role's, 2 for a counter's (one table lookup per character decides which passes run).
const FIRST = new Uint8Array(0x10000);
for (const r of ROLES) FIRST[r.charCodeAt(0)] |= 1;
const MAX_ROLE = Math.max(...ROLES.map((r) => r.length));
// Looked up as ranges of the text (no substring per candidate length).
const ROLE_RANGES = RangeLexicon.of(ROLES);

// Counters of a numbered vehicle, flight, team, seat or room whose holder the list names.
const COUNTERS = ['号車', '便', '号機', '番機', '班', '号艇', '号室', '組'];
for (const c of COUNTERS) FIRST[c.charCodeAt(0)] |= 2;
// Counters of transport, whose lists also name places (1便 福岡 → 羽田, 3号車 千葉行き).
const TRANSPORT = new Set(['便', '号車', '号機', '番機', '号艇']);
const PREFECTURE_STEMS = new Set(PREFECTURES.map((p) => (p === '北海道' ? p : p.slice(0, -1))));
const ROUTE_AFTER = /^[ \u3000]*(?:発|着|行|→|⇒|->|～|〜|方面|経由)/;

const TITLE = /^(?:様|殿|氏|君|先生|社長|部長|課長|係長|次長|室長|主任|専務|常務|会長|所長|店長|院長|局長|支店長|取締役|弁護士|医師|看護師)$/;
const MAX_RUN = 7;

function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005 || c === 0x30f6;
}

function isKatakanaCode(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;
}

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || (c >= 65 && c <= 90) || (c >= 0xff21 && c <= 0xff3a) || '一二三四五六七八九十'.indexOf(String.fromCharCode(c)) >= 0;
}

/** Frames of bare surnames in a Japanese text. */
export function detectFramedSurnames(text: string, out: RawFinding[]): void {
  let seen = 0;
  for (let i = 0; i < text.length && seen !== 3; i++) seen |= FIRST[text.charCodeAt(i)];
  if ((seen & 1) !== 0) readRoles(text, out);
  if ((seen & 2) !== 0) readCounters(text, out);
  if (text.indexOf('々') >= 0 || text.indexOf('ヶ') >= 0 || text.indexOf('ノ') >= 0 || text.indexOf('ケ') >= 0) readJoinedIntroductions(text, out);
  if (text.indexOf('（') >= 0 || text.indexOf('(') >= 0) readAgedNames(text, out);
  readStaffFrames(text, out);
  if ((text.indexOf('（') >= 0 || text.indexOf('(') >= 0) && KIN_GATE.test(text)) readKinInBrackets(text, out);
  if (text.indexOf('男') >= 0 || text.indexOf('女') >= 0) readKinGlued(text, out);
  if (FAMILY_GATE.test(text)) readFamilyFrames(text, out);
  if (text.indexOf('継') >= 0) readHandovers(text, out);
  readSignOffs(text, out);
  if (text.indexOf('名乗') >= 0) readClaimedNames(text, out);
  if (text.indexOf('）') >= 0 || text.indexOf(')') >= 0) readForeignReadings(text, out);
  if (text.indexOf('組') >= 0 || text.indexOf('くみ') >= 0) readClassRolls(text, out);
}

// A pupil after the school class, as a child's diary heads its page or a parent signs a note
// (2ねん2くみ　こじま ことね, 4年3組 澪の母): a hiragana surname and given-name reading, or a kanji name.
const SCHOOL_CLASS = /[0-9０-９一二三四五六](?:年|ねん)[ 　]?[0-9０-９一二三四五六七八九A-Za-zＡ-Ｚ]{1,2}(?:組|くみ)[ 　]+(?:([\u3041-\u3096]{2,6})[ 　]([\u3041-\u3096]{2,6})(?![\u3041-\u3096])|([\p{Script=Han}々]{1,4})(?=の(?:母|父|保護者)|[ 　\n）)、]|$))/gu;
const { surnames: KANA_SURNAME_READINGS, given: KANA_GIVEN_READINGS } = kanaNameReadings();

function toKatakana(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) out += String.fromCharCode(word.charCodeAt(i) + 0x60);
  return out;
}

function readClassRolls(text: string, out: RawFinding[]): void {
  SCHOOL_CLASS.lastIndex = 0;
  for (let m = SCHOOL_CLASS.exec(text); m !== null; m = SCHOOL_CLASS.exec(text)) {
    if (m[1] !== undefined) {
      // The class is the cue: a surname reading and any short word after it (ことね, a newer name IPADIC lacks).
      if (!KANA_SURNAME_READINGS.has(toKatakana(m[1])) || (m[2].length > 4 && !KANA_GIVEN_READINGS.has(toKatakana(m[2])))) continue;
      const start = m.index + m[0].length - m[1].length - 1 - m[2].length;
      out.push({ type: 'PERSON_NAME', start, end: m.index + m[0].length, score: 0.8 });
      continue;
    }
    const start = m.index + m[0].length - m[3].length;
    const end = start + m[3].length;
    let named = givenTier(text, start, end) > 0 || surnameTier(text, start, end) > 0;
    for (let a = 1; !named && a < m[3].length; a++) named = surnameTier(text, start, start + a) > 0 && givenTier(text, start + a, end) > 0;
    if (named && !PREFECTURE_STEMS.has(m[3])) out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
  }
}

// A name in kanji with its reading in katakana in brackets before an honorific, as a Chinese or Korean
// colleague's name is written (劉洋（リウ・ヤン）さん, 金民俊（キム・ミンジュン）様): both are the name.
const READING_BEFORE_HONORIFIC = /(?<![\p{Script=Han}々])([\p{Script=Han}々]{2,4})[（(]([\u30a1-\u30fa\u30fc]{1,8}(?:・[\u30a1-\u30fa\u30fc]{1,8}){0,2})[）)](?:さん|様|さま|氏|先生)/gu;

// A foreign name in katakana with its passport spelling in brackets (シティ・ラハユ（SITI RAHAYU）, a trainee
// register's entries): both are the name; the katakana of two parts or more, not all of them loanwords.
const KATAKANA_WITH_SPELLING = /(?<![\u30a1-\u30fa\u30fc・])([\u30a1-\u30fa\u30fc]{1,10}(?:・[\u30a1-\u30fa\u30fc]{1,10}){1,3})[（(]([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){1,3})[）)]/g;

const ORG_SPELLING = /\b(?:BROS|BROTHERS|INC|LTD|CORP|CO|GROUP|HOLDINGS|JAPAN|SYSTEMS|TECHNOLOGIES|TECH|BANK|MOTORS|STUDIOS?|RECORDS|PICTURES|ENTERTAINMENT|INTERNATIONAL|GLOBAL|SERVICES?|SOLUTIONS|AIRLINES?|HOTELS?|RESORTS?)\b/;

function readForeignReadings(text: string, out: RawFinding[]): void {
  KATAKANA_WITH_SPELLING.lastIndex = 0;
  for (let m = KATAKANA_WITH_SPELLING.exec(text); m !== null; m = KATAKANA_WITH_SPELLING.exec(text)) {
    const start = m.index;
    let words = 0;
    for (let from = start, i = start; i <= start + m[1].length; i++) {
      if (i < start + m[1].length && text.charCodeAt(i) !== 0x30fb) continue;
      if (isKatakanaWordAt(text, from, i)) words++;
      from = i + 1;
    }
    if (words === m[1].split('・').length || !m[2].split(' ').every((w) => /[AEIOUY]/.test(w)) || ORG_SPELLING.test(m[2])) continue;
    const spelling = start + m[1].length + 1;
    out.push({ type: 'PERSON_NAME', start, end: start + m[1].length, score: 0.8 }, { type: 'PERSON_NAME', start: spelling, end: spelling + m[2].length, score: 0.8 });
  }
  READING_BEFORE_HONORIFIC.lastIndex = 0;
  for (let m = READING_BEFORE_HONORIFIC.exec(text); m !== null; m = READING_BEFORE_HONORIFIC.exec(text)) {
    const start = m.index;
    const readingStart = start + m[1].length + 1;
    const readingEnd = readingStart + m[2].length;
    if (isKatakanaWordAt(text, readingStart, readingEnd) || PREFECTURE_STEMS.has(m[1]) || isCityName(m[1])) continue;
    out.push({ type: 'PERSON_NAME', start, end: start + m[1].length, score: 0.8 }, { type: 'PERSON_NAME', start: readingStart, end: readingEnd, score: 0.8 });
  }
}

// The name someone gave (電話の相手は「イワサキ」と名乗っていました, 岩崎と名乗る男): a surname of the lexicon, or
// its katakana reading, or a katakana word that is no loanword.
const CLAIMED_NAME = /(?:[「『]([\u30a1-\u30fa\u30fc]{2,10}|[\p{Script=Han}々ヶ]{1,4})[」』]|(?<![\u30a1-\u30fa\u30fc\p{Script=Han}])([\u30a1-\u30fa\u30fc]{2,10}|[\p{Script=Han}々ヶ]{2,4}))と名乗/gu;

function readClaimedNames(text: string, out: RawFinding[]): void {
  CLAIMED_NAME.lastIndex = 0;
  for (let m = CLAIMED_NAME.exec(text); m !== null; m = CLAIMED_NAME.exec(text)) {
    const word = m[1] ?? m[2];
    const start = m.index + m[0].indexOf(word);
    const end = start + word.length;
    const kana = word.charCodeAt(0) >= 0x30a1 && word.charCodeAt(0) <= 0x30fc;
    const named = kana
      ? isKanaSurname(text, start, end) || isKanaGivenName(text, start, end) || (m[1] !== undefined && !isKatakanaWordAt(text, start, end))
      : (surnameTier(text, start, end) > 0 || isAnySurname(text, start, end)) && !PREFECTURE_STEMS.has(word);
    if (named) out.push({ type: 'PERSON_NAME', start, end, score: 0.8 });
  }
}

// How a message names its writer at its ends: a sign-off sentence (以上、燕工場の杉山でした。), the
// writer's surname alone on the last line after a closing line (…よろしくお願いいたします。⏎⏎飯田), and a
// one-kanji surname opening the message (原です。原価表の…), which a longer run's frame above reads too.
const SIGN_OFF_SENTENCE = /以上、(?:[^。\n、]{1,12}の)?([\p{Script=Han}々ヶ]{1,4})(?:でした|です)[。！!\n]/gu;
const CLOSING_LINE = /よろしく|宜しく|お願い(?:いた)?します|お願い申し上げます|以上(?:です|となります)?[。]?$|失礼(?:いた)?します/;
const LAST_LINE_NAME = /\n[ \t　]*\n?[ \t　]*([\p{Script=Han}々ヶ]{1,4})(?:[ 　]([\p{Script=Han}々ヶ]{1,3}))?[ \t　]*\n?$/u;
const OPENING_ONE_KANJI = /^([\p{Script=Han}])です[。、！!]/u;
// One-kanji words that open a note as its subject (本です。, 金です。), not its writer.
const OPENING_WORDS = new Set([...'本金中上下前後他次今先元新旧未済例注答問計可否有無株件雨晴']);

function readSignOffs(text: string, out: RawFinding[]): void {
  if (text.indexOf('以上、') >= 0) {
    SIGN_OFF_SENTENCE.lastIndex = 0;
    for (let m = SIGN_OFF_SENTENCE.exec(text); m !== null; m = SIGN_OFF_SENTENCE.exec(text)) {
      const start = m.index + m[0].lastIndexOf(m[1]);
      pushWriter(text, start, start + m[1].length, out);
    }
  }
  // (Only the text's end can hold the last line: the pattern reads the last 24 characters.)
  const tailStart = Math.max(0, text.length - 24);
  const last = text.lastIndexOf('\n') >= tailStart ? LAST_LINE_NAME.exec(text.slice(tailStart)) : null;
  if (last !== null) {
    last.index += tailStart;
    const before = text.slice(0, last.index).trimEnd();
    const closing = before.slice(before.lastIndexOf('\n') + 1);
    if (CLOSING_LINE.test(closing)) {
      const start = last.index + last[0].indexOf(last[1]);
      if (last[2] === undefined) pushWriter(text, start, start + last[1].length, out);
      else {
        const gap = start + last[1].length;
        const end = gap + 1 + last[2].length;
        if (surnameTier(text, start, gap) > 0 && givenTier(text, gap + 1, end) > 0) out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
      }
    }
  }
  const opening = OPENING_ONE_KANJI.exec(text);
  if (opening !== null && !OPENING_WORDS.has(opening[1]) && surnameTier(text, 0, 1) > 0 && text.length > opening[0].length) out.push({ type: 'PERSON_NAME', start: 0, end: 1, score: 0.6 });
}

/** The writer's surname at `text[start, end)`: any surname of the lexicon but a prefecture or a city that is only a rare surname. */
function pushWriter(text: string, start: number, end: number, out: RawFinding[]): void {
  const tier = surnameTier(text, start, end);
  const word = text.slice(start, end);
  if ((tier === 0 && !(end - start >= 2 && isAnySurname(text, start, end))) || PREFECTURE_STEMS.has(word) || (tier < 2 && isCityName(word))) return;
  out.push({ type: 'PERSON_NAME', start, end, score: 0.7 });
}

// A handover between two people, each with an optional site in brackets (榊原（刈谷）→ 松本（本社）に業務引継ぎ,
// 佐藤から鈴木へ担当を引き継ぎます): both surnames, a city among them (松本), are the people.
const HANDOVER = /(?<![\p{Script=Han}々ヶ])([\p{Script=Han}々ヶ]{1,4})(?:[（(][^）)\n]{1,10}[）)])?[ 　]*(?:→|⇒|->|から)[ 　]*([\p{Script=Han}々ヶ]{1,4})(?:[（(][^）)\n]{1,10}[）)])?[ 　]*(?:へ|に)?[ 　]*(?:(?:業務|担当|案件|作業|仕事)を?)?(?:の)?(?:引き?継|引継)/gu;

function readHandovers(text: string, out: RawFinding[]): void {
  HANDOVER.lastIndex = 0;
  for (let m = HANDOVER.exec(text); m !== null; m = HANDOVER.exec(text)) {
    const first = m.index;
    const second = m.index + m[0].indexOf(m[2], m[1].length);
    const people = [
      [first, first + m[1].length],
      [second, second + m[2].length],
    ] as const;
    if (!people.every(([start, end]) => surnameTier(text, start, end) > 0 || isAnySurname(text, start, end))) continue;
    // Places (東京から大阪へ業務を引き継ぎ, a prefecture or two cities) hand over between sites.
    if (PREFECTURE_STEMS.has(m[1]) || PREFECTURE_STEMS.has(m[2]) || (isCityName(m[1]) && isCityName(m[2]))) continue;
    for (const [start, end] of people) out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
  }
}

// Who takes over (後任は日下部となります, 新しい担当は𠮷野になります), a family member a caller names
// (主人の誠が入院しまして, 娘の彩は), and the caller as a surname's family (粟飯原の妻です).
const FAMILY_GATE = /なります|[主夫妻家息娘][人内子]?の|の(?:妻|夫|母|父|息子|娘|家内|主人|家族|代理の者)(?:です|でござ|と申)/;
const SUCCESSOR = /(?:後任|前任|新任|担当者?|窓口|引継ぎ先|引き継ぎ先)は[、 　]?([\p{Script=Han}々ヶ]{2,4})(?:と|に)なります/gu;
const FAMILY_MEMBER = /(?<![\p{Script=Han}])(?:主人|夫|妻|家内|息子|娘)の([\p{Script=Han}々]{1,3})(?:が|は|も|と|から)/gu;
const SURNAME_FAMILY = /(?<![\p{Script=Han}々ヶ])([\p{Script=Han}々ヶ]{1,4})の(?:妻|夫|母|父|息子|娘|家内|主人|家族|代理の者)(?:です|でござ|と申)/gu;

function readFamilyFrames(text: string, out: RawFinding[]): void {
  for (const [pattern, given] of [[SUCCESSOR, false], [FAMILY_MEMBER, true], [SURNAME_FAMILY, false]] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]);
      const end = start + m[1].length;
      // A surname that is also a place or a word (東京の母です) is the place.
      const tier = surnameTier(text, start, end);
      const named = given
        ? givenTier(text, start, end) > 0 && !isKanjiCommonNoun(text, start, end)
        : !PREFECTURE_STEMS.has(m[1]) && !isCityName(m[1]) && (tier > 0 || isAnySurname(text, start, end) || (end - start >= 3 && surnameTier(text, start, start + 2) === 2 && givenTier(text, start + 2, end) > 0));
      if (named) out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
    }
  }
}

// A surname (or a surname and given name) with who the person is in brackets after it, as a
// contact list or a chat log writes a family member or a post: 安藤（保護者）, 一ノ瀬葵（妹）.
const KIN_IN_BRACKETS = /(?<![\p{Script=Han}々ヶノ])([\p{Script=Han}々ヶ][\p{Script=Han}々ヶノ]{1,5})[（(](?:保護者|母|父|妹|弟|姉|兄|妻|夫|祖母|祖父|娘|息子|長男|長女|次男|次女|本人|ご本人|家族|親族|担任|上司|同僚|代理人|配偶者)[）)]/gu;

const KIN_GATE = /[（(](?:保護者|母|父|妹|弟|姉|兄|妻|夫|祖母|祖父|娘|息子|長男|長女|次男|次女|本人|ご本人|家族|親族|担任|上司|同僚|代理人|配偶者)[）)]/;

// The same with the bracket before the name, as a household or dependants' form lists people: 扶養親族（長男）佐藤愛.
const KIN_BEFORE_NAME = /[（(](?:保護者|母|父|妹|弟|姉|兄|妻|夫|祖母|祖父|娘|息子|長男|長女|次男|次女|三男|三女|本人|配偶者)[）)][ 　]?([\p{Script=Han}々ヶ][\p{Script=Han}々ヶノ]{1,5})(?![\p{Script=Han}々ヶノ])/gu;

// A child's place in the family glued to the child's full name, as a parent writes it (一次申込をした長女田中 澪（…）,
// 長男佐藤蓮の): the surname, a space and the given name, both from the lexicon.
const KIN_GLUED = /(?:長男|長女|次男|次女|三男|三女)([\p{Script=Han}々ヶ]{1,4})[ 　]([\p{Script=Han}々ヶ]{1,3})(?![\p{Script=Han}々ヶ])/gu;

function readKinInBrackets(text: string, out: RawFinding[]): void {
  for (const pattern of [KIN_IN_BRACKETS, KIN_BEFORE_NAME]) readKin(text, pattern, out);
}

function readKinGlued(text: string, out: RawFinding[]): void {
  KIN_GLUED.lastIndex = 0;
  for (let m = KIN_GLUED.exec(text); m !== null; m = KIN_GLUED.exec(text)) {
    const start = m.index + 2;
    const gap = start + m[1].length;
    const end = gap + 1 + m[2].length;
    if (surnameTier(text, start, gap) > 0 && givenTier(text, gap + 1, end) > 0 && !PREFECTURE_STEMS.has(m[1])) out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
  }
}

function readKin(text: string, pattern: RegExp, out: RawFinding[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const run = m[1];
    const start = m.index + m[0].length - (pattern === KIN_BEFORE_NAME ? run.length : m[0].length);
    const end = start + run.length;
    // The surname alone, or with a given name after it; a rare one written with ノ/ヶ/々 too.
    let named = surnameTier(text, start, end) > 0 && !isKanjiCommonNoun(text, start, end);
    for (let a = 1; !named && a < run.length && a <= 3; a++) named = (surnameTier(text, start, start + a) > 0 || /[ノヶ々]/.test(run.slice(0, a + 1))) && givenTier(text, start + a, end) > 0;
    if (named && !PREFECTURE_STEMS.has(run)) out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
  }
}

// A colleague named in the frames of office replies: who will get back to the customer
// (勅使河原から改めてご連絡いたします), who is asked (金子に確認して), a bare self-introduction
// (。松田です。) and who did something when (昨日岡本が倉庫に来た). The surname fills its kanji run.
// Found from the frame's words (indexOf), the surname read backwards from them: no pattern tried at
// every kanji of a text.
const AFTER_KARA = /(?:改めて|後ほど|追って|折り返し)?(?:ご連絡|ご報告|ご説明|お電話|ご案内)/y;
const AFTER_NI = /(?:確認して|確認します|確認を|相談して|聞いて|伝えて|共有して|依頼して|頼んで|引き継)/y;
const NI_NEXT = '確相聞伝共依頼引';
const KARA_NEXT = '改後追折ごお';
const TIME_WORD_GATE = /昨日|今日|本日|明日|先ほど|さっき|今朝|先日|先週|昨夜/;
const AFTER_DESU = /(?:です|でございます)[。！!\n]/y;
const TIME_WORDS = ['昨日', '今日', '本日', '明日', '先ほど', 'さっき', '今朝', '先日', '先週', '昨夜'];
const AFTER_TIME_WORD = /、?([\p{Script=Han}々ヶ]{2,4})(?:が|は|から|と)/uy;

function readStaffFrames(text: string, out: RawFinding[]): void {
  for (let p = text.indexOf('から'); p > 0; p = text.indexOf('から', p + 2)) {
    if (KARA_NEXT.indexOf(text[p + 2]) < 0) continue;
    AFTER_KARA.lastIndex = p + 2;
    if (AFTER_KARA.test(text)) pushStaffSurname(text, hanRunBefore(text, p), p, out);
  }
  for (let p = text.indexOf('に'); p > 0; p = text.indexOf('に', p + 1)) {
    if (NI_NEXT.indexOf(text[p + 1]) < 0) continue;
    AFTER_NI.lastIndex = p + 1;
    if (AFTER_NI.test(text)) pushStaffSurname(text, hanRunBefore(text, p), p, out);
  }
  for (let p = text.indexOf('で'); p > 0; p = text.indexOf('で', p + 1)) {
    const next = text.charCodeAt(p + 1);
    if (next !== 0x3059 && next !== 0x3054) continue; // す, ご
    AFTER_DESU.lastIndex = p;
    if (!AFTER_DESU.test(text)) continue;
    const start = hanRunBefore(text, p);
    // A sentence of its own: the surname starts the text, a line or a sentence.
    if (start === 0 || (start > 0 && '。\n！!'.indexOf(text[start - 1]) >= 0)) pushStaffSurname(text, start, p, out);
  }
  if (!TIME_WORD_GATE.test(text)) return;
  for (const word of TIME_WORDS) {
    for (let p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + word.length)) {
      AFTER_TIME_WORD.lastIndex = p + word.length;
      const m = AFTER_TIME_WORD.exec(text);
      if (m !== null) pushStaffSurname(text, m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + m[1].length, out);
    }
  }
}

/** The start of the run of two to four kanji ending at `end` with no kanji or katakana before it, or -1. */
function hanRunBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 5 && isHanCode(text.charCodeAt(start - 1))) start--;
  const length = end - start;
  if (length < 2 || length > 4 || (start > 0 && isKatakanaCode(text.charCodeAt(start - 1)))) return -1;
  return start;
}

/**
 * A surname of the lexicon from `start` to `end`: two kanji only when the lexicon never reads them
 * as a word, longer ones when IPADIC holds no common noun of them; no prefecture.
 */
function pushStaffSurname(text: string, start: number, end: number, out: RawFinding[]): void {
  if (start < 0) return;
  const tier = surnameTier(text, start, end);
  if (tier === 0 || (end - start === 2 ? tier !== 2 : isKanjiCommonNoun(text, start, end))) return;
  // A prefecture, or a city that is only a rare surname (名古屋に引き継ぎ), is the place.
  if (PREFECTURE_STEMS.has(text.slice(start, end)) || (tier < 2 && isCityName(text.slice(start, end)))) return;
  out.push({ type: 'PERSON_NAME', start, end, score: 0.6 });
}

// ---- after a role ----

function readRoles(text: string, out: RawFinding[]): void {
  for (let i = 0; i < text.length; i++) {
    if ((FIRST[text.charCodeAt(i)] & 1) === 0) continue;
    // The role must start a word (not 副議長's 議長 inside a longer kanji run, except after 元/前 handled by the list).
    if (isHanCode(text.charCodeAt(i - 1)) || isKatakanaCode(text.charCodeAt(i - 1))) continue;
    let len = roleAt(text, i);
    if (len === 0) continue;
    // Roles written together (相手方代理人 中野): the value follows the last.
    for (let next = roleAt(text, i + len); next > 0; next = roleAt(text, i + len)) len += next;
    const at = valueStart(text, i + len);
    if (at >= 0) readValue(text, at, text.charCodeAt(at - 1) === 0xff1a || text.charCodeAt(at - 1) === 58 || text.charCodeAt(at - 1) === 124, out);
    i += len - 1;
  }
}

/** Length of the role starting at `i`, or 0. */
function roleAt(text: string, i: number): number {
  if ((FIRST[text.charCodeAt(i)] & 1) === 0) return 0;
  for (let len = Math.min(MAX_ROLE, text.length - i); len >= 2; len--) if (ROLE_RANGES.has(text, i, i + len)) return len;
  return 0;
}

/** Where the value after a role or counter ending at `end` starts (spaces, a colon, の or である between), or -1. */
function valueStart(text: string, end: number): number {
  let at = end;
  // A closing bracket of 【2号車】 or [1便].
  if (text[at] === '】' || text[at] === ']' || text[at] === '］') at++;
  while (at < text.length && at - end < 3 && (text[at] === ' ' || text[at] === '\u3000' || text[at] === '\t')) at++;
  if (text[at] === ':' || text[at] === '：' || text[at] === '|' || text[at] === '｜') {
    at++;
    while (at < text.length && (text[at] === ' ' || text[at] === '\u3000')) at++;
    return at;
  }
  if (at > end) return at;
  if (text[at] === 'の') return at + 1;
  if (text.startsWith('である', at)) return at + 3;
  // Written together: 申立人西村は (the run is the role and the value).
  return isHanCode(text.charCodeAt(at)) ? at : -1;
}

/** A surname (with a given name or title) filling the kanji run at `start`. */
function readValue(text: string, start: number, colon: boolean, out: RawFinding[], transport = false): void {
  let end = start;
  while (end < text.length && end - start <= MAX_RUN && isHanCode(text.charCodeAt(end))) end++;
  if (end === start || end - start > MAX_RUN || isKatakanaCode(text.charCodeAt(end))) return;
  const nameEnd = surnameValueEnd(text, start, end, colon);
  if (nameEnd < 0 || placeNounAfter(text, end)) return;
  if (transport && (PREFECTURE_STEMS.has(text.slice(start, end)) || ROUTE_AFTER.test(text.slice(end, end + 4)))) return;
  out.push({ type: 'PERSON_NAME', start, end: nameEnd, score: 0.8 });
}

/** End of the name when text[start, end) is a surname, a surname and a given name, either with a title; or -1. */
function surnameValueEnd(text: string, start: number, end: number, colon: boolean): number {
  for (let a = Math.min(3, end - start); a >= 1; a--) {
    // One kanji (林, 関) only after a colon, where a list or form names a person.
    if (a === 1 && !colon) break;
    if (surnameTier(text, start, start + a) === 0) continue;
    const rest = text.slice(start + a, end);
    if (rest === '' || TITLE.test(rest)) return start + a;
    // A one-kanji given name only after a colon too (千葉行き, 本田発 end in a word kanji).
    for (let g = Math.min(3, end - start - a); g >= (colon ? 1 : 2); g--) {
      if (givenTier(text, start + a, start + a + g) === 0) continue;
      const tail = text.slice(start + a + g, end);
      if (tail === '' || TITLE.test(tail)) return start + a + g;
    }
  }
  return -1;
}

// ---- dispatch and duty lists ----

function readCounters(text: string, out: RawFinding[]): void {
  for (const counter of COUNTERS) {
    for (let k = text.indexOf(counter); k >= 0; k = text.indexOf(counter, k + 1)) {
      if (!isDigitCode(text.charCodeAt(k - 1))) continue;
      const end = k + counter.length;
      // A space, tab or colon must stand between (2号車本田 is too close to a word).
      const at = valueStart(text, end);
      if (at < 0 || at === end || text[at - 1] === 'の') continue;
      readValue(text, at, text[at - 1] === '：' || text[at - 1] === ':', out, TRANSPORT.has(counter));
    }
  }
}

// ---- 々, ヶ, ノ surnames introducing themselves ----

// A surname shape the lexicon may lack: one or two kanji, a joining letter, one or two kanji, before
// a self-introduction, a person's predicate or an addressee's 宛, after a sentence edge or は (担当は一ノ瀬です, 一ノ瀬宛に折り返し).
const JOINED_INTRODUCTION = /(?:^|(?<=[、。！!\s「]|[はがもの]))([\u4e00-\u9fff]{1,2}[々ヶケノ][\u4e00-\u9fff]{1,2})(?=です(?:[。、！!\s]|$)|でございます|と申し|と言います|が(?:担当|対応|伺|ご案内|承り)|宛て?(?:に|で|の)|から(?:ご?連絡|折り返))/gm;
// 三ヶ月, 一ヶ所, 数ヶ国: a numeral and a counter.
const NUMERAL = '一二三四五六七八九十百何数幾';
const COUNTER_AFTER_JOIN = '月所国年条日回件軒台名人社店';

function readJoinedIntroductions(text: string, out: RawFinding[]): void {
  JOINED_INTRODUCTION.lastIndex = 0;
  for (let m = JOINED_INTRODUCTION.exec(text); m !== null; m = JOINED_INTRODUCTION.exec(text)) {
    const word = m[1];
    const start = m.index + m[0].length - word.length;
    const join = word.search(/[々ヶケノ]/);
    if (NUMERAL.indexOf(word[0]) >= 0 && COUNTER_AFTER_JOIN.indexOf(word[join + 1]) >= 0) continue;
    // 色々, 時々 (a repeat mark ends the word) and the words IPADIC knows (少々, 人々の...).
    if (word[join] === '々' && (join + 1 >= word.length || isKanjiCommonNoun(text, start, start + word.length))) continue;
    // A role word before the particle (担当は) or a known surname: other rules read those.
    if (surnameTier(text, start, start + word.length) > 0) continue;
    out.push({ type: 'PERSON_NAME', start, end: start + word.length, score: 0.75 });
  }
}

// ---- news style: a name with the age in brackets ----

// The age right after a name (岡誠（53）, 林聡(41)歳), and what a news sentence goes on with.
// Or the date of birth after it (顧客 宮崎剛（DOB 1949-02-11）, 山田花子（生年月日：…）).
const AGE = /[（(](?:[0-9０-９]{1,3}(?:歳)?[）)]|(?:DOB|D\.O\.B\.?|生年月日|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日生)[ :：]?)/y;
const NEWS_AFTER = /^(?:は|が|を|に|の|と|も|ら|、|。|\s|容疑|被告|さん|氏|＝|=|$)/;

/** A surname and a given name, one kanji each included (岡誠, 林聡), filling the kanji run before an age in brackets. */
function readAgedNames(text: string, out: RawFinding[]): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0xff08 && c !== 40) continue;
    AGE.lastIndex = i;
    const age = AGE.exec(text);
    if (age === null || (age[0].endsWith(')') || age[0].endsWith('）') ? !NEWS_AFTER.test(text.slice(i + age[0].length, i + age[0].length + 2)) : false)) continue;
    let start = i;
    while (start > 0 && i - start < 5 && isHanCode(text.charCodeAt(start - 1))) start--;
    if (i - start < 2 || isHanCode(text.charCodeAt(start - 1))) continue;
    if (PREFECTURE_STEMS.has(text.slice(start, i)) || surnameTier(text, start, i) > 0) continue;
    if (fullNameSplit(text, start, i)) out.push({ type: 'PERSON_NAME', start, end: i, score: 0.8 });
  }
}

function fullNameSplit(text: string, start: number, end: number): boolean {
  for (let a = Math.min(3, end - start - 1); a >= 1; a--) {
    if (surnameTier(text, start, start + a) === 0) continue;
    if (givenTier(text, start + a, end) > 0) return true;
  }
  return false;
}
