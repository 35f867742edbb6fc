import { JA_NAME_VARIANT_PAIRS } from '../data/ja-names-variants';
import { FULL, GIVEN, GIVEN_AMBIGUOUS, KANA_CHARS, KANA_GIVEN, KANA_SURNAME, KATAKANA_WORD_HASHES, NAME_FINAL_KANJI, NON_NAME_TAIL as NON_NAME_TAIL_WORDS, SURNAME, SURNAME_AMBIGUOUS } from '../data/ja-names';
import { JA_CITIES } from '../data/cities';
import { PREFECTURE_WORDS } from '../data/prefectures';
import type { RawFinding } from './detector';
import { PairSet, RangeLexicon } from './range-lexicon';
import { fnv1a } from './fnv1a';

/**
 * Japanese person names from the IPADIC-derived lexicon (data/ja-names.ts), in one pass over
 * the kanji and katakana runs of the text. A run that is a whole surname + given name, a
 * lexicon full name, or a katakana name joined by "・" is a name by itself; a bare surname or
 * given name needs to be unambiguous (not also an ordinary word in IPADIC) and scores higher
 * next to a cue (honorific, title, です/と申します, a list of names). Ambiguous names (林, 森,
 * 原, 南) are reported only with a cue or a neighbouring given name.
 */

/** The lexicon's lists are base64 of UTF-16LE text (see data/ja-names.ts). */
function decodeList(base64: string): string {
  const bytes = atob(base64);
  const units = new Uint16Array(bytes.length >> 1);
  for (let i = 0; i < units.length; i++) units[i] = bytes.charCodeAt(2 * i) | (bytes.charCodeAt(2 * i + 1) << 8);
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

const STRONG = 2;
const WEAK = 1;

/** The words of two space-separated lists, the strong list's tier winning for a word in both. */
function tiers(strong: string, weak: string): RangeLexicon {
  const words: string[] = [];
  const values: number[] = [];
  for (const w of weak.split(' ')) if (w.length > 0) words.push(w), values.push(WEAK);
  for (const w of strong.split(' ')) if (w.length > 0) words.push(w), values.push(STRONG);
  return RangeLexicon.fromArrays(words, values);
}

const SURNAME_LIST = decodeList(SURNAME);
// The lists as tables that look a range of the text up in place (range-lexicon.ts), built
// straight from the decoded lists: no Map or Set of tens of thousands of words beside them.
const SURNAMES = tiers(SURNAME_LIST, decodeList(SURNAME_AMBIGUOUS));
const GIVEN_NAMES = tiers(decodeList(GIVEN), decodeList(GIVEN_AMBIGUOUS));
const FULL_NAMES = RangeLexicon.of(decodeList(FULL).split(' '));
const NON_NAME_TAIL = RangeLexicon.of(decodeList(NON_NAME_TAIL_WORDS).split(' '));
const SURNAME_RANGES = SURNAMES;
const GIVEN_RANGES = GIVEN_NAMES;
const FULL_NAME_RANGES = FULL_NAMES;
const NON_NAME_TAIL_RANGES = NON_NAME_TAIL;
const NAME_FINAL = new Set([...decodeList(NAME_FINAL_KANJI)].map((c) => c.charCodeAt(0)));

/** Katakana readings of the lexicon's kanji names (サトウ, ケンタ), decoded from their front-coded ASCII form (see data/ja-names.ts). */
function decodeKana(encoded: string): Set<string> {
  // Printable ASCII without quote and backslash: the first KANA_CHARS.length stand for kana, the rest start a reading.
  const kana = new Int32Array(128).fill(-1);
  const shared = new Int32Array(128).fill(-1);
  let index = 0;
  for (let c = 0x21; c <= 0x7e; c++) {
    if (c === 0x22 || c === 0x5c) continue;
    if (index < KANA_CHARS.length) kana[c] = KANA_CHARS.charCodeAt(index);
    else shared[c] = index - KANA_CHARS.length;
    index++;
  }
  const words = new Set<string>();
  let current: number[] = [];
  for (let i = 0; i < encoded.length; i++) {
    const c = encoded.charCodeAt(i);
    if (shared[c] >= 0) {
      words.add(String.fromCharCode(...current));
      current = current.slice(0, shared[c]);
    } else current.push(kana[c]);
  }
  if (current.length > 0) words.add(String.fromCharCode(...current));
  return words;
}
const KANA_SURNAMES = decodeKana(KANA_SURNAME);
const KANA_GIVEN_NAMES = decodeKana(KANA_GIVEN);
const KANA_SURNAME_RANGES = RangeLexicon.of(KANA_SURNAMES);
const KANA_GIVEN_RANGES = RangeLexicon.of(KANA_GIVEN_NAMES);
/** The first two characters of every given-name reading. */
const KANA_GIVEN_PAIRS = new PairSet([...KANA_GIVEN_NAMES].filter((r) => r.length >= 2).map((r) => [r.charCodeAt(0), r.charCodeAt(1)] as const));

/** True when `text[start, end)` is the katakana reading of a lexicon surname. */
export function isKanaSurname(text: string, start: number, end: number): boolean {
  return KANA_SURNAME_RANGES.has(text, start, end);
}

/** True when `text[start, end)` is the katakana reading of a lexicon given name. */
export function isKanaGivenName(text: string, start: number, end: number): boolean {
  return KANA_GIVEN_RANGES.has(text, start, end);
}

/** The lexicon's readings, for the romaji name list (person-name.ts romanises them). */
export function kanaNameReadings(): { surnames: ReadonlySet<string>; given: ReadonlySet<string> } {
  return { surnames: KANA_SURNAMES, given: KANA_GIVEN_NAMES };
}

/**
 * Where the katakana run `text[start, end)` splits into a surname reading and a given-name
 * reading of two or more characters each (サトウケンタ, スズキハナコ), or 0.
 */
function kanaFullNameSplit(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < 4 || length > 12) return 0;
  for (let a = Math.min(7, length - 2); a >= 2; a--) {
    if (!KANA_GIVEN_PAIRS.has(text.charCodeAt(start + a), text.charCodeAt(start + a + 1))) continue;
    if (KANA_SURNAME_RANGES.has(text, start, start + a) && KANA_GIVEN_RANGES.has(text, start + a, end)) return start + a;
  }
  return 0;
}

/** Katakana words that are not names (loanwords, places, organisations), by FNV-1a hash. */
const KATAKANA_WORDS = new Set<number>();
{
  const bytes = atob(KATAKANA_WORD_HASHES);
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    KATAKANA_WORDS.add((bytes.charCodeAt(i) | (bytes.charCodeAt(i + 1) << 8) | (bytes.charCodeAt(i + 2) << 16) | (bytes.charCodeAt(i + 3) << 24)) >>> 0);
  }
}


function isKatakanaWord(word: string): boolean {
  return KATAKANA_WORDS.has(fnv1a(word, 0, word.length));
}

/** True when a facility, site or piece of work follows at `end` (の倉庫, の点検工事): a bare surname before it is a place. */
/** True when a facility, site or terrain word follows `end` (小川の氾濫, 小川が増水, 小野の倉庫): a bare surname there is the word. */
export function landscapeOrPlaceAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 8);
  return PLACE_NOUN_AFTER.test(after) || LANDSCAPE_AFTER.test(after) || SITE_LIST_AFTER.test(text.slice(end, end + 24));
}
// Places listed before their sites (長野・岡山の両拠点, 大阪・福岡の各支店).
const SITE_LIST_AFTER = /^(?:・[\p{Script=Han}]{1,5}){0,3}の(?:両|各|[二三四五]つの)?(?:拠点|支店|支社|工場|事業所|営業所|オフィス|店舗|センター|地区|地域|会場)/u;

export function placeNounAfter(text: string, end: number): boolean {
  return end < text.length && text.charCodeAt(end) === 0x306e && PLACE_NOUN_AFTER.test(text.slice(end, end + 5));
}

/** True when `text[start, end)` is a frequent noun that ends company, place and period names (工業, 銀行, 時代). */
export function isNonNameTail(text: string, start: number, end: number): boolean {
  return NON_NAME_TAIL_RANGES.has(text, start, end);
}

/** True when `text[start, end)` is a katakana word IPADIC knows as anything but a name. */
export function isKatakanaWordAt(text: string, start: number, end: number): boolean {
  return KATAKANA_WORDS.has(fnv1a(text, start, end));
}
/** Cue strength around a run: none, a role word before it (人事部の), an honorific, title or self-introduction. */
const NO_CUE = 0;
const WEAK_CUE = 1;
const STRONG_CUE = 2;
const MAX_SURNAME = 4;

// Cheap first test for a kanji or katakana run: names that are one character, and the first
// two characters of every longer name, as numbers (no string slicing).
const SINGLE_CHAR_NAMES = new Uint8Array(0x10000);
const NAME_PREFIX_PAIRS: [number, number][] = [];
for (const names of [SURNAMES.keys(), GIVEN_NAMES.keys(), FULL_NAMES.keys()]) {
  for (const name of names) {
    if (name.length === 1) SINGLE_CHAR_NAMES[name.charCodeAt(0)] = 1;
    else if (name.length > 1) NAME_PREFIX_PAIRS.push([name.charCodeAt(0), name.charCodeAt(1)]);
  }
}
const NAME_PREFIXES = new PairSet(NAME_PREFIX_PAIRS);

/** False when no lexicon name starts at `start` (a run of `length` >= 1 characters). */
function mayStartName(text: string, start: number, length: number): boolean {
  const c0 = commonCode(text.charCodeAt(start));
  if (SINGLE_CHAR_NAMES[c0] === 1) return true;
  return length >= 2 && NAME_PREFIXES.has(c0, commonCode(text.charCodeAt(start + 1)));
}

function commonCode(c: number): number {
  return HAS_VARIANT[c] === 1 ? (VARIANT_KANJI.get(String.fromCharCode(c)) as string).charCodeAt(0) : c;
}

/** True when a department word inside the run may precede a name (営業部鈴木). */
function hasDepartmentChar(text: string, start: number, end: number): boolean {
  for (let k = start + 1; k < end - 1; k++) {
    const c = text.charCodeAt(k - 1);
    if (c === 0x90e8 || c === 0x8ab2 || c === 0x5ba4 || c === 0x5c40 || c === 0x4fc2) return true; // 部課室局係
  }
  return false;
}

/** Tier of the surname `text[start, end)`: 2 strong, 1 ambiguous, 0 none. */
// Old and variant kanji that names keep (髙橋, 山﨑, 渡邊, 齋藤, 槇野, 惠子), looked up as the common form
// (data/ja-names-variants.ts: the Jōyō table's traditional forms and the variants of registers).
const VARIANT_KANJI: ReadonlyMap<string, string> = variantMap(JA_NAME_VARIANT_PAIRS);

function variantMap(pairs: string): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i], pairs[i + 1]);
  return map;
}
const HAS_VARIANT = new Uint8Array(0x10000);
for (const c of VARIANT_KANJI.keys()) HAS_VARIANT[c.charCodeAt(0)] = 1;

/** `text[start, end)` with variant kanji replaced by their common forms, or null when it has none. */
function commonForm(text: string, start: number, end: number): string | null {
  let found = false;
  for (let i = start; i < end; i++) if (HAS_VARIANT[text.charCodeAt(i)] === 1) found = true;
  if (!found) return null;
  let out = '';
  for (let i = start; i < end; i++) out += VARIANT_KANJI.get(text[i]) ?? text[i];
  return out;
}

/**
 * Cheap test before a lookup: the first character (one-character names) or the first two
 * characters of the names of `map`, as numbers, in their written and their common forms.
 */
interface PrefixFilter {
  /** 1 for each character that is a one-character name, in its written or its common form. */
  single: Uint8Array;
  pair: PairSet;
}

function prefixFilter(keys: Iterable<string>): PrefixFilter {
  const single = new Uint8Array(0x10000);
  const pairs: [number, number][] = [];
  for (const name of keys) {
    if (name.length === 0) continue;
    const a = name.charCodeAt(0);
    if (name.length === 1) {
      single[a] = 1;
      single[commonCode(a)] = 1;
      continue;
    }
    const b = name.charCodeAt(1);
    pairs.push([a, b], [commonCode(a), commonCode(b)]);
  }
  return { single, pair: new PairSet(pairs) };
}

function mayBe(filter: PrefixFilter, text: string, start: number, end: number): boolean {
  const a = text.charCodeAt(start);
  if (end - start === 1) return filter.single[a] === 1 || (HAS_VARIANT[a] === 1 && filter.single[commonCode(a)] === 1);
  const b = text.charCodeAt(start + 1);
  if (filter.pair.has(a, b)) return true;
  return (HAS_VARIANT[a] === 1 || HAS_VARIANT[b] === 1) && filter.pair.has(commonCode(a), commonCode(b));
}

let surnameFilter: PrefixFilter | null = null;
let givenFilter: PrefixFilter | null = null;

export function surnameTier(text: string, start: number, end: number): number {
  if (end <= start || !mayBe((surnameFilter ??= prefixFilter(SURNAMES.keys())), text, start, end)) return 0;
  const tier = SURNAME_RANGES.get(text, start, end);
  if (tier !== 0) return tier;
  const common = commonForm(text, start, end);
  return common === null ? 0 : SURNAMES.valueOf(common);
}

/** Length of the longest lexicon surname at `start` within [start, end), or 0. */
function surnamePrefix(text: string, start: number, end: number): number {
  for (let a = Math.min(MAX_SURNAME, end - start); a >= 1; a--) if (surnameTier(text, start, start + a) > 0) return a;
  return 0;
}

/** Tier of the given name `text[start, end)`. */
export function givenTier(text: string, start: number, end: number): number {
  if (end <= start || !mayBe((givenFilter ??= prefixFilter(GIVEN_NAMES.keys())), text, start, end)) return 0;
  const tier = GIVEN_RANGES.get(text, start, end);
  if (tier !== 0) return tier;
  const common = commonForm(text, start, end);
  return common === null ? 0 : GIVEN_NAMES.valueOf(common);
}

// 1 kanji (incl. 々 ヶ), 2 katakana (incl. ー), 0 other: one table lookup per character.
const SCRIPT = new Uint8Array(0x10000);
for (let c = 0x4e00; c <= 0x9fff; c++) SCRIPT[c] = 1;
for (let c = 0x3400; c <= 0x4dbf; c++) SCRIPT[c] = 1;
for (let c = 0xf900; c <= 0xfaff; c++) SCRIPT[c] = 1;
SCRIPT[0x3005] = 1;
for (let c = 0x30a1; c <= 0x30fa; c++) SCRIPT[c] = 2;
SCRIPT[0x30f6] = 1;
SCRIPT[0x30fc] = 2;

/** A kanji (with 々 and ヶ) by its UTF-16 code; past the end of a text (NaN) reads as none. */
export function isHanCode(c: number): boolean {
  return SCRIPT[c] === 1; // NaN (past the end) reads as 0
}

/** A katakana letter or ー, as the name rules read katakana runs. */
export function isKatakanaCode(c: number): boolean {
  return SCRIPT[c] === 2;
}

// Titles and honorifics that may be written right after a name inside the same kanji run.
const TITLE_SUFFIXES = [
  '社長', '部長', '課長', '係長', '次長', '室長', '専務', '常務', '主任', '会長', '理事長', '取締役', '支店長', '所長', '店長', '院長', '局長', '先生',
  '教授', '准教授', '博士', '監督', '選手', '議員', '首相', '外相', '知事', '市長', '氏', '様', '殿', '君', '夫人', '容疑者', '被告', '投手', '捕手', '一家',
  '中佐', '大佐', '少佐', '中将', '大将', '少将', '館長', '頭取', '総裁', '総統', '議長', '委員長', '党首', '主席', '理事', '顧問', '弁護士', '記者', '医師', '画伯', '師匠', '主演', '監修', '作曲', '作詞', '編曲', '脚本',
  '宛', '様宛', '殿宛', '著', '訳', '撮影', '提供', '一同', '等',
  // Posts of unions, schools, plants and offices (金子組合長：, 松田工場長の).
  '調査官', '審査官', '検査官', '監督官', '事務官', '書記官', '裁判官', '保健師', '看護師', '薬剤師', '税理士', '司法書士', '社労士', '行政書士',
  '組合長', '班長', '副社長', '副会長', '副部長', '副課長', '部長代理', '課長代理', '課長補佐', '工場長', '校長', '教頭', '園長', '学長', '塾長', '署長', '団長', '座長',
  '本部長', '事業部長', '師長', '主幹', '主査', '参事', '相談役', '執行役員', '副理事長', '教諭', '講師', '税理士', '司法書士', '行政書士', '社労士', '会計士',
].sort((a, b) => b.length - a.length);
const TITLE_SET = new Set(TITLE_SUFFIXES);

/** The length of the title (部長, 支店長, 組合長) that ends the run [start, end) and leaves kanji before it, or 0. */
export function trailingTitleLength(text: string, start: number, end: number): number {
  if (!TITLE_LAST_CHARS.has(text.charCodeAt(end - 1))) return 0;
  for (const title of TITLE_SUFFIXES) if (end - start > title.length && text.startsWith(title, end - title.length)) return title.length;
  return 0;
}
const TITLE_RANGES = RangeLexicon.of(TITLE_SUFFIXES);
/** Words that take さん/様 and are also in the surname list, but are not names there (奥さん, 大家さん, 神様, 王様, 皆さん). */
export const WORD_BEFORE_HONORIFIC = /^(?:上|長男|長女|次男|次女|三男|三女|息子|祖父|祖母|叔父|叔母|伯父|伯母|孫|奥|大家|神|王|皆|娘|嫁|婿|坊|姉|兄|弟|妹|父|母|仏|天|客|殿|親方|大将|親分|女王|王子|姫|若|旦那|番頭|女将|先方|貴方|皆様)$/u;
// Titles that may sit inside a longer run, after the name: 監督体制, 通産大臣, 社長室.
const INNER_TITLES = [...TITLE_SUFFIXES.filter((t) => t.length >= 2), '大臣', '長官', '次官', '特技監督', '総監督', '通産大臣'].sort((a, b) => b.length - a.length);
const INNER_TITLE_FIRST = new Set(INNER_TITLES.map((t) => t.charCodeAt(0)));
const TITLE_LAST_CHARS = new Set(TITLE_SUFFIXES.map((t) => t.charCodeAt(t.length - 1)));
// Honorifics written in kana right after a run.
const KANA_HONORIFIC = /^(?:さん|さま|くん|ちゃん|氏|様|殿|君)/;
const SPACED_HONORIFIC = /^[ 　](?:さん|さま|様|殿)/;
// What follows a name when someone introduces themselves or is named in a business sentence.
const SELF_INTRO_AFTER = /^(?:と申します|でございます|と言います|といいます|です(?:[。、！!]|が|ね|よ|\s|$)|が(?:担当|対応|伺|引き継|引継|折り返|ご案内|ご説明|ご連絡|承り|同行|出席|お受け)|から(?:連絡|報告|説明)|より(?:連絡|報告|ご)|宛て?|まで(?:ご?連絡|お問い合わせ|お知らせ))/;
// A department, role or company word then の / は right before the name: 人事部の鈴木, 担当の田中.
const ROLE_BEFORE = /(?:[部課室局係社店所]|[^延成増]長|担任|担当|担当者|営業|窓口|上司|同僚|部下|先輩|後輩|秘書|代表|責任者|[^教]師|主治医|[職社係委]員|[護理士]士|通訳|司会|幹事)(?:の|は|：|:)?[ 　]?$/;
// A department named without 部 before a self-introduction: 経理の林です, 総務の森でございます.
const DEPARTMENT_WORD_BEFORE = /(?:経理|総務|人事|開発|企画|広報|法務|財務|技術|製造|品質|購買|調達|事務|業務|受付)の[ 　]?$/;
// A role only a person has, right before the name: 担当の本田が, お客様の千葉様, 上司の小川は.
const PERSON_ROLE_BEFORE = /(?:担当|担当者|上司|同僚|部下|先輩|後輩|秘書|お客様|お客さま|顧客|弊社|当社|御社|貴社)の[ 　]?$/;
const PERSON_PARTICLE_AFTER = /^(?:が|は|から|より|に|へ|と|も|です|でございます|までご)/;
// A facility, site or piece of work after の: a bare surname there is a place (小野の倉庫, 小川の点検工事).
const PLACE_NOUN_AFTER = /^の(?:[0-9０-９]+(?:件目|軒目|便目?|番目|号棟|号館)|倉庫|工場|営業所|店舗|支店|本店|事業所|拠点|施設|現場|工事|点検|補修|清掃|駅|町|村|地区|地域|周辺|近く|辺り|あたり|物件|土地|河川|川|橋|森|山|丘|道|道路|交差点|祭り|水|流れ|景色|風景)/;
// A predicate of terrain or water after the particle: a bare surname there is the brook, wood or
// slope it is also the word for (小川を渡った, 小川が流れる, 石川に沿って), not a person.
const LANDSCAPE_AFTER = /^(?:を(?:渡[らりるれろっ]|越え|越し|横切|下[らりるれっ]|泳|散策|散歩|抜け|剪定|伐採|植え)|の(?:剪定|伐採|植栽|枝|根元|落葉|倒木|氾濫|増水|決壊|水位|奥|中[のでに]|木々)|が(?:流れ|広が|続い|続く|ある|あり|増水|氾濫|溢れ|あふれ|決壊|干上が)|に(?:沿[わいうえっ]|架か|落ち[たて])|で(?:泳|釣|水遊)|のほとり|のせせらぎ|の(?:上流|下流|河原|水面|岸|対岸))/;
// Particles after a bare name in running text.
const PARTICLE_AFTER = /^(?:は|が|と|の|も|に|を|ら|や|へ|、|。|・|「|」|『|』|\(|（|\)|）)/;
// Self-introductions that only a person makes (unlike です).
const INTRODUCTION_AFTER = /^(?:と申します|でございます|と言います|といいます|が(?:担当|対応|伺|引き継|引継|折り返|ご案内|ご説明|ご連絡|承り|同行|出席|お受け))/;
// Word from someone (千葉彩から連絡): a cue for a surname + given name, not for a bare place-like surname (千葉から連絡).
const FROM_PERSON_AFTER = /^(?:から|より)(?:連絡|報告|説明|ご連絡|ご報告)/;
const INITIAL = /^[A-Z]\.?・/;
// Titles after a katakana name that IPADIC does not list (オルリンスキ監督).
const TITLE_AFTER_FOREIGN = /^(?:氏|監督|選手|大統領|首相|博士|教授|議員|外相|夫人|社長|会長|副社長|CEO|元帥|将軍|国王|王子|王女|皇帝|司令官|中佐|大佐|少佐|中将|大将|少将)/;
// A subject or list particle (not の: 高品質の is no name).
const SUBJECT_AFTER = /^(?:は|が|と|も|に|へ|、)/;
const PERSON_AFTER_FOREIGN = /^(?:は|が|と|も|ら|、|。|氏|監督|選手|博士|教授|議員|大統領|首相|さん|様)/;
// An arrow joins the two sides of a handover (引継ぎ：沼田→上杉) as 、 joins a list.
// The least score of a list neighbour that lifts a bare name (see the list pass in detectJapaneseNames).
const LIST_NEIGHBOUR = 0.45;
const LIST_SEPARATOR = /^[、・,，と][ 　]?$|^[ 　]*(?:と|や|及び|および|→|⇒|->|\/|／)[ 　]*$/;

interface Candidate {
  start: number;
  end: number;
  score: number;
  /** A bare name (surname or given name alone) that a neighbouring name in a list may lift. */
  bare: boolean;
}

/** Score of [start, end) read as surname + given name with both in the lexicon, or 0. */
function fullNameSplit(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < 3 || length > 6) return 0;
  let best = 0;
  for (let a = 1; a <= MAX_SURNAME && a < length; a++) {
    const s = surnameTier(text, start, start + a);
    if (s === 0) continue;
    const g = givenTier(text, start + a, end);
    if (g === 0) continue;
    const score = s === STRONG && g === STRONG ? 0.85 : s === STRONG && length - a >= 2 ? 0.7 : g === STRONG && a >= 2 && length - a >= 2 ? 0.7 : 0;
    if (score > best) best = score;
  }
  return best;
}

/** Score of the kanji run `text[start, end)` read as a name, or 0. */
function scoreHanRun(text: string, start: number, end: number, cue: number): number {
  const length = end - start;
  if (length < 1 || length > 7) return 0;
  if (length >= 2 && FULL_NAME_RANGES.has(text, start, end)) return 0.85;
  // Surname + given name filling the run.
  let best = 0;
  for (let a = 1; a <= MAX_SURNAME && a < length; a++) {
    const s = surnameTier(text, start, start + a);
    if (s === 0) continue;
    const g = givenTier(text, start + a, end);
    if (g === 0) continue;
    // An ambiguous one-kanji given name (誠, 質) only with a cue around the run: 経理部の山本誠は,
    // but not 高品質 (高品 is a rare surname, 質 a rare given name).
    // (Each comparison is made on every split, so none is first met after the JIT compiled the loop.)
    const longGiven = length - a >= 2;
    const longSurname = a >= 2;
    const cued = cue !== NO_CUE;
    const strongSurname = s === STRONG;
    const strongGiven = g === STRONG;
    const weakGivenOk = longGiven || cued;
    // Without a cue it is decided by what follows (-6).
    const score = strongSurname && strongGiven ? 0.85 : strongSurname && weakGivenOk ? 0.7 : strongGiven && longGiven ? 0.7 : strongSurname && longSurname ? -6 : 0;
    if (score > best || (best === 0 && score < 0)) best = score;
  }
  if (best !== 0) return best;
  return scoreBareHanRun(text, start, end, cue);
}

/**
 * scoreHanRun for a run that is no surname + given name of the lexicon: a bare surname or given
 * name, or a surname with kanji the lexicon does not know. A function of its own (most runs end
 * here, and its rarer branches are first reached after the JIT has compiled the common ones: a
 * deoptimization then recompiles this function only).
 */
function scoreBareHanRun(text: string, start: number, end: number, cue: number): number {
  const length = end - start;
  const s = length <= MAX_SURNAME ? surnameTier(text, start, end) : 0;
  const g = length <= 4 ? givenTier(text, start, end) : 0;
  const twoOrMore = length >= 2;
  // Bare: decided by context; a name that is also a frequent word (小川, 石垣) needs a cue.
  if (s === STRONG || (g === STRONG && twoOrMore)) return cue ? 0.85 : NON_NAME_TAIL_RANGES.has(text, start, end) ? -3 : -1;
  if ((s === WEAK || g === WEAK) && cue === STRONG_CUE) return 0.75;
  if (s === WEAK && twoOrMore) return -3; // 千葉, 清水: a name only in a list of names
  // The rest (none of them 0 when it applies) in functions of their own, each called for every
  // run that gets here, so that their rare branches deoptimize only themselves.
  const prefixed = cuedSurnamePrefixScore(text, start, end, cue);
  if (prefixed !== 0) return prefixed;
  const nameFinal = nameFinalScore(text, start, end, cue);
  if (nameFinal !== 0) return nameFinal;
  return cjkNameScore(text, start, end, cue);
}

// The kanji that end a department's name (部, 課, 室 …).
const ORG_UNIT_AFTER = '部課室局係班科';

// A site after a place name that is also a surname (新町支店です, 大森工場です): a branch, not a given name.
const SITE_TAIL = /^(?:支店|本店|支社|本社|工場|営業所|事業所|出張所|店|局|署|駅|校|園|院|館)$/;

/**
 * Next to a strong cue (さん, が担当, と申します), a surname of two or more kanji and one or two
 * more the lexicon does not know (上田陽菜さん): 0.75, else 0.
 */
function cuedSurnamePrefixScore(text: string, start: number, end: number, cue: number): number {
  const length = end - start;
  if (cue === STRONG_CUE && length >= 3 && length <= 6) {
    for (let a = Math.min(MAX_SURNAME, length - 1); a >= 2; a--) {
      if (length - a <= 2 && surnameTier(text, start, start + a) > 0 && !NON_NAME_TAIL_RANGES.has(text, start + a, end) && !SITE_TAIL.test(text.slice(start + a, end))) return 0.75;
    }
  }
  return 0;
}

/**
 * A surname and one to three more kanji the lexicon does not list as a given name, ending in
 * a kanji that typically ends given names (江上波夫, 出川哲朗): -4 (common surname) or -5 (0.8 with a cue), else 0.
 */
function nameFinalScore(text: string, start: number, end: number, cue: number): number {
  const length = end - start;
  if (length >= 3 && length <= 6 && NAME_FINAL.has(text.charCodeAt(end - 1))) {
    for (let a = Math.min(MAX_SURNAME, length - 1); a >= 2; a--) {
      const tier = surnameTier(text, start, start + a);
      if (tier === 0 || length - a > 3 || NON_NAME_TAIL_RANGES.has(text, start + a, end)) continue;
      return cue ? 0.8 : tier === STRONG ? -4 : -5;
    }
  }
  return 0;
}

/**
 * A common Chinese or Korean surname and two more kanji that are no ordinary word (習近平, 金泳三,
 * 張愛萍): -7, a name before a particle (0.8 with a cue), else 0.
 */
function cjkNameScore(text: string, start: number, end: number, cue: number): number {
  const length = end - start;
  if (length === 3 && CJK_SURNAME[text.charCodeAt(start)] === 1 && !NON_NAME_TAIL_RANGES.has(text, start + 1, end) && !NON_NAME_TAIL_RANGES.has(text, start, start + 2) && !NON_NAME_TAIL_RANGES.has(text, start + 2, end) && !hasNumeralKanji(text, start, end) && !WORD_FINAL_KANJI.test(text[end - 1])) {
    return cue ? 0.8 : -7;
  }
  return 0;
}

// The most common Chinese and Korean surnames (one kanji each).
const CJK_SURNAME = new Uint8Array(0x10000);
for (const c of '李王張劉陳楊黄趙呉周徐孫胡朱郭何羅梁宋鄭謝韓唐馮于董蕭程曹袁鄧許傅沈曾彭呂蘇盧蒋蔡賈魏薛葉閻潘杜戴夏鍾汪姚譚廖鄒熊陸郝孔邱秦侯邵孟段雷銭湯尹黎喬頼龔兪朴崔姜権鄺温') CJK_SURNAME[c.charCodeAt(0)] = 1;
// Last kanji of sects, bodies, places, laws and other words, never of a given name (曹洞宗, 陳情書).
const WORD_FINAL_KANJI = /[宗派寺院党会社省庁局軍国朝州県市区町村湖島橋駅線館園堂殿門所校学法令条式型号系族語料費税額率性化的中内外間後前書類品業部課室店場者員家]/;
const IS_NUMERAL_KANJI = new Uint8Array(0x10000);
for (const c of '一二三四五六七八九十百千万億〇') IS_NUMERAL_KANJI[c.charCodeAt(0)] = 1;
function hasNumeralKanji(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (IS_NUMERAL_KANJI[text.charCodeAt(i)] === 1) return true;
  return false;
}

function pushCandidate(_text: string, start: number, end: number, score: number, bare: boolean, out: Candidate[]): void {
  out.push({ start, end, score, bare });
}

// Heads of a place (支店長, 工場長, 校長): what stands before them may be the place (横浜支店長,
// 南工場長), so they lift no ambiguous surname. Other posts of two kanji or more (組合長, 部長代理,
// 税理士) are a person's, as an honorific is.
const PLACE_HEAD_TITLES = new Set(['支店長', '所長', '店長', '院長', '局長', '館長', '工場長', '校長', '園長', '学長', '塾長', '署長', '市長', '知事', '室長', '本部長', '事業部長', '団長', '一家', '一同', '提供', '撮影', '監修']);
// Whether the title evaluateHanRun stripped last is a person's post (set there, read by evaluateCuedHanRun).
let personalTitle = false;

/** The kanji run [start, end): strip a trailing title, score it with the context around it. */
function evaluateHanRun(text: string, start: number, end: number, out: Candidate[]): void {
  if (end - start < 4 && !mayStartName(text, start, end - start) && !hasDepartmentChar(text, start, end) && !(end - start === 3 && CJK_SURNAME[text.charCodeAt(start)] === 1)) return;
  let nameEnd = end;
  let titled = false;
  personalTitle = false;
  if (TITLE_LAST_CHARS.has(text.charCodeAt(end - 1))) for (const title of TITLE_SUFFIXES) {
    if (nameEnd - start > title.length && text.startsWith(title, nameEnd - title.length)) {
      nameEnd -= title.length;
      titled = true;
      // 様 glued to the run is as personal as さん after it (安藤様, 人事部 安藤様); 氏 and 殿 are not (北条氏, 本殿).
      personalTitle = !PLACE_HEAD_TITLES.has(title) && (title.length >= 2 || title === '様');
      break;
    }
  }
  if (!titled && TITLE_RANGES.has(text, start, end)) return;
  // Most runs are no name whatever the context: rule them out before looking at cues. A long
  // run may still end in a full name glued to a role or affiliation (航空参謀吉岡忠一, 社長山田太郎).
  if (scoreHanRun(text, start, nameEnd, STRONG_CUE) === 0) {
    if (nameEnd - start >= 3 && hasDepartmentChar(text, start, nameEnd)) {
      // handled below
    } else {
      gluedNameInRun(text, start, nameEnd, out);
      return;
    }
  }
  evaluateCuedHanRun(text, start, end, nameEnd, titled, out);
}

/**
 * A run that is no name as a whole, glued to a title or a role (小川淳司監督体制, 社長山田太郎).
 * This and the functions below are split from evaluateHanRun so that each branch first met after
 * the JIT compiled the common path deoptimizes (and recompiles) a small function, not all of it.
 */
function gluedNameInRun(text: string, start: number, nameEnd: number, out: Candidate[]): void {
  // A name followed by a title and more kanji in the same run (小川淳司監督体制, 田中六助通産大臣).
  if (nameEnd - start >= 4) {
    for (let p = start + 2; p <= Math.min(nameEnd - 2, start + 6); p++) {
      if (!INNER_TITLE_FIRST.has(text.charCodeAt(p))) continue;
      for (const title of INNER_TITLES) {
        if (!text.startsWith(title, p)) continue;
        const named = fullNameSplit(text, start, p) || (surnameTier(text, start, p) === STRONG && p - start >= 2 ? 0.75 : 0);
        if (named > 0) {
          pushCandidate(text, start, p, Math.min(named, 0.8), false, out);
          return;
        }
      }
    }
  }
  if (nameEnd - start >= 4) {
    for (let k = start + 1; k <= nameEnd - 3; k++) {
      if (!mayStartName(text, k, nameEnd - k)) continue;
      const glued = fullNameSplit(text, k, nameEnd);
      if (glued > 0) {
        pushCandidate(text, k, nameEnd, Math.min(glued, 0.7), false, out);
        return;
      }
    }
  }
}

/** evaluateHanRun for a run that may be a name: scored with the cues around it. */
function evaluateCuedHanRun(text: string, start: number, end: number, nameEnd: number, titled: boolean, out: Candidate[]): void {
  const after = text.slice(end, end + 8);
  const before = text.slice(Math.max(0, start - 8), start);
  // One space may stand before the honorific, as forms and notices set it (ご尊父 大塚亮 様).
  const honorific = !titled && (KANA_HONORIFIC.exec(after) ?? SPACED_HONORIFIC.exec(after));
  // A personal honorific or self-introduction (not 殿 of 本殿, not さん of 大さん橋) lets ambiguous names count.
  // A person's post after the name (金子組合長, 森税理士) is a personal cue as an honorific is.
  const posted = titled && personalTitle && nameEnd - start >= 2;
  const personal = (honorific && !isHanCode(text.charCodeAt(end + honorific[0].length))) || SELF_INTRO_AFTER.test(after) || posted;
  const cue = titled || honorific || SELF_INTRO_AFTER.test(after) ? STRONG_CUE : ROLE_BEFORE.test(before) ? WEAK_CUE : NO_CUE;
  // 奥さん, 大家さん, 神様: a bare run that is such a word is not a name, whatever the honorific.
  if (honorific && !titled && nameEnd - start <= MAX_SURNAME && WORD_BEFORE_HONORIFIC.test(text.slice(start, nameEnd)) && surnameTier(text, start, nameEnd) > 0) return;
  const score = scoreHanRun(text, start, nameEnd, cue);
  // A single ambiguous kanji (林, 円) also needs a role word before a self-introduction: 人事部の林です.
  // Likewise any ambiguous name whose only cue is です (結果です, 原因です).
  if (score === 0.75 && (!personal || (!honorific && !posted && !INTRODUCTION_AFTER.test(after) && !ROLE_BEFORE.test(before) && !DEPARTMENT_WORD_BEFORE.test(before) && !(nameEnd - start >= 3 && FROM_PERSON_AFTER.test(after))))) {
    // Still a name when it stands in a list of names (佐々木と中野です).
    if (nameEnd - start >= 2) pushCandidate(text, start, nameEnd, 0, true, out);
    return;
  }
  if (score === 0 && nameEnd - start >= 3) {
    nameAfterDepartmentWord(text, start, nameEnd, out);
    return;
  }
  if (score === 0) return;
  if (score < 0) {
    bareHanCandidate(text, start, end, nameEnd, score, after, before, out);
    return;
  }
  pushCandidate(text, start, nameEnd, score, nameEnd - start <= MAX_SURNAME && cue === NO_CUE, out);
}

/** "営業部鈴木", "開発課佐藤健太": a name right after a department word in the same run. */
function nameAfterDepartmentWord(text: string, start: number, nameEnd: number, out: Candidate[]): void {
  // The department word has two kanji at least (総務課, 営業部): a run's first kanji is no department (課税所得).
  for (let k = start + 2; k < nameEnd - 1; k++) {
    const c = text[k - 1];
    if (c !== '部' && c !== '課' && c !== '室' && c !== '局' && c !== '係') continue;
    const inner = scoreHanRun(text, k, nameEnd, STRONG_CUE);
    if (inner > 0) {
      pushCandidate(text, k, nameEnd, Math.min(inner, 0.8), false, out);
      return;
    }
  }
}

/** A run scored below 0 (bare, or a surname with kanji the lexicon does not know): decided by what follows. */
function bareHanCandidate(text: string, start: number, end: number, nameEnd: number, score: number, after: string, before: string, out: Candidate[]): void {
  // A bare, unambiguous surname or given name without a cue (-1) is a name when a particle
  // follows; a common surname with
  // kanji the lexicon does not know (-2), or an ambiguous surname (-3): the last two only as
  // part of a list of names (a score of 0 here, lifted below).
  const particle = PARTICLE_AFTER.test(after) || end === text.length;
  if (score === -3 && nameEnd === end && PERSON_ROLE_BEFORE.test(before) && PERSON_PARTICLE_AFTER.test(after)) {
    pushCandidate(text, start, nameEnd, 0.7, false, out);
    return;
  }
  if (score === -1 && PLACE_NOUN_AFTER.test(after)) return;
  if ((score === -1 || score === -6) && LANDSCAPE_AFTER.test(after)) return;
  const lifted = score === -1 ? (particle ? 0.55 : 0.45) : score === -4 ? 0.61 : score === -5 ? (particle ? 0.57 : 0.47) : score === -7 && (SUBJECT_AFTER.test(after) || PARTICLE_AFTER.test(after)) ? 0.55 : score === -6 && (SUBJECT_AFTER.test(after) || (particle && !PLACE_NOUN_AFTER.test(after) && !NON_NAME_TAIL_RANGES.has(text, nameEnd - 1, nameEnd))) ? 0.55 : 0;
  pushCandidate(text, start, nameEnd, lifted, true, out);
}

/**
 * A katakana run read with the lexicon's readings: a surname reading and a given-name reading
 * written together (サトウケンタ, スズキハナコ), or a surname reading alone with a cue
 * (ナカムラ様, タナカと申します, 担当のサトウが). Words IPADIC knows as anything else stay out.
 */
function kanaReadingName(text: string, start: number, end: number, out: Candidate[]): boolean {
  const split = kanaFullNameSplit(text, start, end);
  if (split > 0) {
    if (isKatakanaWordAt(text, start, end)) return false;
    const after = text.slice(end, end + 8);
    const cue = KANA_HONORIFIC.test(after) || SELF_INTRO_AFTER.test(after) || ROLE_BEFORE.test(text.slice(Math.max(0, start - 8), start));
    pushCandidate(text, start, end, cue ? 0.85 : 0.7, false, out);
    return true;
  }
  if (end - start >= 2 && KANA_SURNAME_RANGES.has(text, start, end)) {
    const after = text.slice(end, end + 8);
    if (KANA_HONORIFIC.test(after) || INTRODUCTION_AFTER.test(after) || /^です[。、！!\s]|^です$/.test(after)) {
      pushCandidate(text, start, end, 0.8, false, out);
      return true;
    }
    if (end - start >= 3 && !isKatakanaWordAt(text, start, end) && ROLE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && PARTICLE_AFTER.test(after)) {
      pushCandidate(text, start, end, 0.7, false, out);
      return true;
    }
  }
  return false;
}

/** A katakana run: "ロバート・キャロル", "ヤマモト サクラ" after a label, "ウィリアムズは". */
/**
 * Every part of the katakana `text[start, end)` (split at spaces and ・) is a word IPADIC knows
 * as anything but a name, and no name reading: a value such as サンプル or テスト ユーザー.
 */
function katakanaWordsOnly(text: string, start: number, end: number): boolean {
  let from = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    if (c !== 32 && c !== 0x3000 && c !== 0x30fb) continue;
    if (i > from && (!isKatakanaWordAt(text, from, i) || KANA_SURNAME_RANGES.has(text, from, i) || KANA_GIVEN_RANGES.has(text, from, i))) return false;
    from = i + 1;
  }
  return true;
}

/** Whether a kanji run starting at `i` begins with a lexicon surname (of one to three kanji). */
function surnameAfterNo(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && j - i < 4 && isHanCode(text.charCodeAt(j))) j++;
  for (let e = Math.min(j, i + 3); e > i; e--) if (surnameTier(text, i, e) > 0) return true;
  return false;
}

function evaluateKatakanaRun(text: string, start: number, end: number, labelled: boolean, out: Candidate[]): void {
  // After a name label, a value made of ordinary katakana words is no name (氏名：サンプル).
  if (labelled && katakanaWordsOnly(text, start, end)) return;
  // Nor a company or office in the kana of a bank account's holder (ミドリソウゴウホウリツジムショ), and
  // nowhere a name with a corporate form's abbreviation before or after it (カ）ヤマダショウジ, ヤマダ（カ）.
  if (labelled && COMPANY_KANA.test(text.slice(start, end))) return;
  if (CORPORATE_KANA_MARK.test(text.slice(Math.max(0, start - 3), start)) || CORPORATE_KANA_AFTER.test(text.slice(end, end + 4))) return;
  // Nor a role the name follows: 担当コンシェルジュの坂本 (a loanword newer than the dictionary, then の and a surname).
  if (labelled && end < text.length && text.charCodeAt(end) === 0x306e && surnameAfterNo(text, end + 1)) return;
  if (end - start < 3) {
    if (labelled && end - start >= 2) pushCandidate(text, start, end, 0.85, false, out);
    return;
  }
  const dot = text.indexOf('・', start);
  const dotted = dot > 0 && dot < end;
  if (!labelled && !dotted && kanaReadingName(text, start, end, out)) return;
  if (!labelled && !dotted && !mayStartName(text, start, end - start)) {
    // A katakana word IPADIC does not know, before a title: ペトロフスキー監督.
    if (TITLE_AFTER_FOREIGN.test(text.slice(end, end + 4)) && !isKatakanaWord(text.slice(start, end))) pushCandidate(text, start, end, 0.75, false, out);
    return;
  }
  const run = text.slice(start, end);
  const parts = run.split('・').filter((p) => p.length > 0 && !/^[A-Z]\.?$/.test(p));
  // "ダグ・ミントケイビッチ": parts of two or more characters, none a word IPADIC knows as
  // anything but a name, read as a foreign name written in katakana.
  if (!labelled && parts.length >= 2 && parts.every((p) => p.length >= 2 && !isKatakanaWord(p))) {
    const known = parts.some((p) => SURNAMES.valueOf(p) > 0 || GIVEN_NAMES.valueOf(p) > 0) || (parts.length === 2 && KANA_SURNAMES.has(parts[0]) && KANA_GIVEN_NAMES.has(parts[1]));
    // Without a known name part, only where a person would stand: before は/が/と/、 or a title,
    // and not a plural team or company name (…ズ).
    const last = parts[parts.length - 1];
    const personAfter = PERSON_AFTER_FOREIGN.test(text.slice(end, end + 3)) && !last.endsWith('ズ');
    pushCandidate(text, start, end, known ? 0.8 : personAfter ? 0.6 : 0.45, false, out);
    return;
  }
  if (labelled) {
    if (run.length >= 2) pushCandidate(text, start, end, 0.85, false, out);
    return;
  }
  katakanaPartsName(text, start, end, run, parts, out);
}

/**
 * The unlabelled katakana run `run` = `text[start, end)` split into `parts`, scored by the parts
 * the lexicon knows (a function of its own, so that its rarer branches, first met after the JIT
 * compiled evaluateKatakanaRun, deoptimize only this one).
 */
function katakanaPartsName(text: string, start: number, end: number, run: string, parts: string[], out: Candidate[]): void {
  let strong = 0;
  let known = 0;
  for (const p of parts) {
    const t = Math.max(SURNAMES.valueOf(p), GIVEN_NAMES.valueOf(p));
    if (t === STRONG) strong++;
    if (t > 0) known++;
  }
  const after = text.slice(end, end + 8);
  const cue = KANA_HONORIFIC.test(after) || SELF_INTRO_AFTER.test(after);
  const firstGiven = GIVEN_NAMES.valueOf(parts[0]) === STRONG;
  if (parts.length >= 2 && strong >= 1 && known === parts.length) pushCandidate(text, start, end, 0.85, false, out);
  else if (parts.length >= 2 && firstGiven) pushCandidate(text, start, end, 0.7, false, out);
  else if (parts.length === 1 && strong === 1 && run.length >= 3) {
    pushCandidate(text, start, end, cue || TITLE_AFTER_FOREIGN.test(after) ? 0.8 : PARTICLE_AFTER.test(after) ? 0.55 : 0.45, !cue, out);
  } else if (parts.length === 1 && known === 0 && run.length >= 3 && TITLE_AFTER_FOREIGN.test(after) && !isKatakanaWord(run)) {
    pushCandidate(text, start, end, 0.75, false, out);
  }
}

// Labels after which the next word is a name whatever its script: 氏名：, お名前は, 担当者：.
// Form and log labels for people: travel and expense forms (出張者, 精算者, 宿泊者, 搭乗者), orders,
// applications, approvals and care forms (対象者, 受診者).
const LABEL_WORDS = [
  '氏名', 'お名前', '名前', 'フリガナ', 'ふりがな', '担当者?', '申請者', '契約者', '患者名?', '差出人', '宛名', '署名', '名義人?', '受取人', '代表者', '連絡先氏名',
  '出席者', '参加者', '欠席者', 'メンバー', '作成者', '承認者', '依頼者', '報告者', '責任者', '出張者', '精算者', '宿泊者', '搭乗者', '立替者', '同行者', '利用者',
  '購入者', '注文者', '申込者', '応募者', '訪問者', '来訪者', '面談者', '受講者', '起票者?', '提出者', '記入者', '決裁者', '被保険者', '入居者', '発表者', '問合せ者', 'お問い合わせ者',
  // Care, clinic and welfare forms.
  '対象者', '受診者', '来院者', '利用者氏名', '本人氏名', '介護者', '要介護者',
  // A name's other forms (旧姓：千葉, 新姓：井上), and the labels of forms for children in hiragana.
  '旧姓', '新姓', '通称', 'おなまえ', 'なまえ', 'しめい',
  // Who a form or record is about: a new hire, an emergency contact, a member, a guardian, a payee.
  '新入社員', '緊急連絡先', '会員名', '保護者名?', '生徒名', '児童名', '受取人名', '口座名義', '依頼人',
  // Who else a booking, contract or claim names: companions, guarantors, agents, dependants, parties.
  '同伴者', '同乗者', '付添人', '付添者', '介助者', '連帯保証人', '保証人', '代理人', '相続人', '申出人', '被扶養者', '扶養者', '扶養親族',
  '推薦者', '紹介者', '引率者', '運転者', '所有者', '借主', '貸主', '買主', '売主', '賃借人', '賃貸人', '同居人', '同居者', '受験者', '合格者', '加入者', '請求者', '通報者', '旅行者',
  // A current surname beside a former one, and the name a chat app shows (表示名が「ともこ」の).
  '現姓', '表示名が?', 'ニックネーム',
];
// Labels that also start compounds (受付番号, 確認者欄): a name only after a colon or a space.
// Household and school forms (世帯主 御手洗勇気、妻 愛、長男 …, 児童：山崎愛) too: 児童手当, 妻子 are words.
const SEPARATED_LABEL_WORDS = ['世帯主', '配偶者', '児童', '生徒', '園児', '妻', '夫', '長男', '長女', '次男', '次女', '三男', '三女', '宛先', 'CC', 'Cc', 'BCC', 'Bcc', '受付者?', '対応者', '記録者', '回答者', '確認者', '送信者', '連絡者', '入力者', '登録者', '更新者', '実施者', '点検者', '検収者', '発注者', 'オペレーター'];
// Roles in minutes and project lists (欠席：池田, PM：山口 / 補佐：真壁): the value after the colon
// is who holds it. Their first characters are common (上, 出, 同, 代), so they are found from the
// colons of a text (roleLabelEnds), not by the label pattern.
const ROLE_LABEL_WORDS = ['欠席', '出席', '参加', '司会', '書記', '議長', '進行', '記録', 'PM', 'PL', 'PMO', 'リーダー', 'サブリーダー', '補佐', '主担当', '副担当', '正担当', '窓口', '上長', '講師', '同席', '同行', '代理', '承認', '作成', '起案', '決裁', '報告', '回答', '質問者', '発言', '当番', '受入担当', '受付', '受電', 'Primary', 'Secondary', 'Escalation', 'オンコール'];
const ROLE_LABEL_RANGES = RangeLexicon.of(ROLE_LABEL_WORDS);
// The same roles and the people labels as the key cell of a Markdown row (| 担当 | 池田 |).
const CELL_LABEL_RANGES = RangeLexicon.of([...ROLE_LABEL_WORDS, '担当', '担当者', '氏名', '名前', 'お名前', '出席者', '参加者', '欠席者', '作成者', '承認者', '申請者', '責任者', '依頼者', '報告者']);
const MAX_ROLE_LABEL = Math.max(...ROLE_LABEL_WORDS.map((w) => w.length), 3);
// A bracketed note may stand between the label and its colon: 氏名（カナ）：, 氏名(漢字):.
// The split fields of a form (姓：山田⏎名：太郎, 苗字：一戸, 氏：森): one-kanji labels, so only as a word
// of their own (not 件名：, 会社名：) and before a colon.
// (The literal first, then a look back over it: no assertion at every position of the text.)
const NAME_PART_LABELS = '(?:姓|名|氏|苗字)(?<![\\u3400-\\u9fff\\uf900-\\ufaff\\u30a1-\\u30fa\\u3041-\\u3096](?:姓|名|氏|苗字))(?:[（(][^）)\\n]{1,6}[）)])?[ 　]*[:：]';
// What a bracket after a label says about the person rather than who it is (扶養親族（長男）の, 氏名（漢字）).
const BRACKET_NOTES = '長男|長女|次男|次女|三男|三女|妻|夫|母|父|子|息子|娘|兄|弟|姉|妹|祖父|祖母|孫|本人|配偶者|家族|親族|特待生|漢字|カナ|かな|フリガナ|ふりがな|ローマ字|英字|任意|必須|自署|署名|代表|法人|個人|複数可|敬称略|予定';
// A label numbered in a list (運転者1：, 参加者②：) is still a label.
const LABEL = new RegExp(`(?:(?:${LABEL_WORDS.join('|')})(?:[（(][^）)\\n]{1,6}[）)](?=[ 　]*[:：]))?(?:(?:[0-9０-９]{1,2}|[①-⑳])(?=[ 　]*[:：]))?[ 　]*(?:[:：]|は|様は|[（(](?!(?:${BRACKET_NOTES})[）)])(?=[^）)\\n]{2,10}[）)]))?|(?:${SEPARATED_LABEL_WORDS.join('|')})(?:[ 　]*[:：]|[ 　])|${NAME_PART_LABELS})[ 　]*(?:[「『][ 　]*)?`, 'g');
const LABEL_FIRST_CHARS = new Uint8Array(0x10000);
for (const w of [...LABEL_WORDS, ...SEPARATED_LABEL_WORDS, '姓', '名', '氏', '苗字']) LABEL_FIRST_CHARS[w.charCodeAt(0)] = 1;

/** Positions right after a label in `text` (usually none). */
function labelEnds(text: string): Set<number> | null {
  let ends: Set<number> | null = null;
  LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABEL.exec(text)) !== null) {
    const end = m.index + m[0].length;
    (ends ??= new Set()).add(end);
    // A department between the label and the name (担当：営業部 服部, 報告者: カスタマーサクセス部 宮崎 葵):
    // the word after it is the label's value too.
    DEPARTMENT_THEN_SPACE.lastIndex = end;
    const department = DEPARTMENT_THEN_SPACE.exec(text);
    if (department !== null) ends.add(end + department[0].length);
  }
  return ends;
}
const DEPARTMENT_THEN_SPACE = /[\p{Script=Han}\p{Script=Katakana}ー]{1,12}?[部課室局係班科][ 　]/uy;

/** Whether `c` may stand right before a label: not a letter, digit, kanji or kana of a longer word. */
function labelBoundary(c: number): boolean {
  if (c !== c) return true; // the text's start
  if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return false;
  return !(SCRIPT[c] !== 0 || (c >= 0x3041 && c <= 0x3096));
}

/** Whether the cell of a Markdown row ends at `end` after the word that starts at `start` (| 担当 |). */
function cellStartsAt(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0x3000)) i--;
  return i >= 0 && text.charCodeAt(i) === 0x7c;
}

/**
 * Positions right after a role label and its colon (進行：, PM: 「), or after the key cell of a
 * Markdown row (| 担当 | 池田 |), usually none; `first` is the first colon or bar.
 */
function roleLabelEnds(text: string, first: number): Set<number> | null {
  let ends: Set<number> | null = null;
  // The next colon, full-width colon and bar, each found by indexOf (no loop over every character).
  let colon = text.indexOf(':', first);
  let wide = text.indexOf('：', first);
  let pipe = text.indexOf('|', first);
  for (;;) {
    let p = colon;
    if (p < 0 || (wide >= 0 && wide < p)) p = wide;
    if (p < 0 || (pipe >= 0 && pipe < p)) p = pipe;
    if (p < 0) break;
    if (p === colon) colon = text.indexOf(':', p + 1);
    else if (p === wide) wide = text.indexOf('：', p + 1);
    else pipe = text.indexOf('|', p + 1);
    const bar = text.charCodeAt(p) === 0x7c;
    let wordEnd = p;
    while (wordEnd > 0 && (text.charCodeAt(wordEnd - 1) === 32 || text.charCodeAt(wordEnd - 1) === 0x3000)) wordEnd--;
    for (let len = Math.min(MAX_ROLE_LABEL, wordEnd); len >= 2; len--) {
      if (bar ? !CELL_LABEL_RANGES.has(text, wordEnd - len, wordEnd) || !cellStartsAt(text, wordEnd - len) : !(ROLE_LABEL_RANGES.has(text, wordEnd - len, wordEnd) || personWord(text, wordEnd - len, wordEnd)) || !labelBoundary(text.charCodeAt(wordEnd - len - 1))) continue;
      let at = p + 1;
      while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 0x3000)) at++;
      if (text.charCodeAt(at) === 0x300c || text.charCodeAt(at) === 0x300e) at++;
      while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 0x3000)) at++;
      (ends ??= new Set()).add(at);
      break;
    }
  }
  return ends;
}

/** A kanji word for whoever does something, ending in 者 (発見者, 作業者, 点検者): before a colon, who it is. */
function personWord(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 4 || text.charCodeAt(end - 1) !== 0x8005) return false;
  for (let i = start; i < end; i++) if (!isHanCode(text.charCodeAt(i))) return false;
  return true;
}

/** "Taro Yamada", "YAMADA Taro" right after a Japanese label. */
const ROMAJI_NAME = /^[A-Z][A-Za-z]+(?:[ 　][A-Z][A-Za-z]+){1,2}/;

// The rarer branches of detectJapaneseNames, each a function of its own: a branch first met after
// the JIT compiled the main loop then deoptimizes (and recompiles) only its own small function.

/**
 * A kanji surname `text[i, j)` with a given name in katakana right after it (土屋アンナ): pushed,
 * and the end of the name returned; -1 when there is none.
 */
function kanaGivenNameAfter(text: string, i: number, j: number, candidates: Candidate[]): number {
  const length = text.length;
  let k = j + 1;
  while (k < length && isKatakanaCode(text.charCodeAt(k))) k++;
  if (k - j >= 2 && givenTier(text, j, k) > 0 && !(k < length && isHanCode(text.charCodeAt(k)))) {
    candidates.push({ start: i, end: k, score: 0.75, bare: false });
    return k;
  }
  return -1;
}

const PERSON_KIND_END = '者人員';
// What ends a name said in parts (…、メグミです。, …、チヒロ様).
const SPELLED_NAME_AFTER = /^(?:です|でござ|と申|様|さん|さま|[。\n]|$)/;
// A label glued to these names the column of its reading, not a person (契約者カナ, 氏名フリガナ, 姓カナ).
const READING_COLUMN = new Set(['カナ', 'フリガナ', 'ヨミ', 'セイ', 'メイ', 'ローマジ']);
const KIN_WORD_RANGES = RangeLexicon.of(['長男', '長女', '次男', '次女', '三男', '三女', '四男', '四女', '妻', '夫', '息子', '娘', '父', '母', '兄', '弟', '姉', '妹', '祖父', '祖母', '孫', '本人', '配偶者', '義父', '義母', '叔父', '叔母', '伯父', '伯母']);
// Words of company and office names as bank accounts write them in katakana (法律事務所, 株式会社, 商事, 工業 …).
const COMPANY_KANA = /ジムシヨ|ジムショ|カブシキ|ユウゲン|ガイシヤ|ガイシャ|ゴウドウ|ホウジン|コウギヨウ|コウギョウ|ケンセツ|ギンコウ|クミアイ|キヨウカイ|キョウカイ|ホウリツ|シホウシヨシ|シホウショシ|ゼイリシ|コウムテン|フドウサン|サンギヨウ|サンギョウ|シヨウテン|ショウテン|セイサクシヨ|セイサクショ|ザイダン|シヤダン|シャダン|ガツコウ|ガッコウ|ビヨウイン|ビョウイン|クリニツク|クリニック|センター|ホールディングス|コーポレーション/;
// The abbreviations of a corporate form before or after the kana (カ）, （カ, ユ）, ド）, シャ）).
const CORPORATE_KANA_MARK = /(?:^|[^\u30a1-\u30fa])(?:カ|ユ|ド|シャ|シヤ|ザイ)[）)]$/;
const CORPORATE_KANA_AFTER = /^[（(](?:カ|ユ|ド|シャ|シヤ|ザイ)[）)]/;

function isDigitBefore(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/**
 * "山田 太郎": the kanji run `text[i, j)` and the kanji word after one space read as surname and
 * given name: pushed, and the end of the second word returned; -1 when they are no name.
 */
function spacedFullName(text: string, i: number, j: number, labelled: (at: number) => boolean, candidates: Candidate[]): number {
  const length = text.length;
  let k = j + 1;
  while (k < length && isHanCode(text.charCodeAt(k))) k++;
  // The second word up to a title (山田 太郎様宛); whole when it is short (木下 拓海), else the
  // longest lexicon given name at its start.
  let second = k;
  if (TITLE_LAST_CHARS.has(text.charCodeAt(k - 1))) {
    for (const title of TITLE_SUFFIXES) {
      if (second - (j + 1) > title.length && text.startsWith(title, second - title.length)) {
        second -= title.length;
        break;
      }
    }
  }
  let g = second - (j + 1) <= 3 ? second : Math.min(second, j + 5);
  if (second - (j + 1) > 3) while (g > j + 1 && givenTier(text, j + 1, g) === 0) g--;
  // One kanji cut from the front of a longer word (大黒 積込完了) is no given name.
  if (g === j + 2 && second - (j + 1) > 3 && !labelled(i)) return -1;
  // Not when the second word is a title or an ordinary word (石井　承認, 南 様): the surname stands alone.
  const ordinary = g === second && givenTier(text, j + 1, g) === 0 && (NON_NAME_TAIL_RANGES.has(text, j + 1, g) || TITLE_SET.has(text.slice(j + 1, g)) || KANA_HONORIFIC.test(text.slice(j + 1, g)));
  // A second word the lexicon does not know as a given name makes a name only after a surname of two
  // kanji or more, not a counter after digits (22,200円　修繕積立金, 天候：晴　気温), and only as long as a
  // given name is (not 消費税); after a label any.
  const unknownGiven = givenTier(text, j + 1, g) === 0 && !labelled(i);
  // One kanji, a space and one or two kanji before an honorific: a Chinese or Korean name (金 志勲さん, 王 偉様).
  const honoured = j - i === 1 && g === second && g - (j + 1) <= 2 && KANA_HONORIFIC.test(text.slice(g, g + 2));
  if (unknownGiven && !honoured && (j - i === 1 || g - (j + 1) >= 3)) return -1;
  if (i > 0 && isDigitBefore(text.charCodeAt(i - 1)) && !labelled(i)) return -1;
  if (g > j + 1 && !ordinary && surnameTier(text, i, j) > 0) {
    const strong = surnameTier(text, i, j) === STRONG || givenTier(text, j + 1, g) === STRONG;
    candidates.push({ start: i, end: g, score: strong || labelled(i) ? 0.85 : 0.6, bare: false });
    return k;
  }
  return -1;
}

/** The kanji run `text[i, j)` right after a label: true when decided here (a candidate or none). */
function labelledHanRun(text: string, i: number, j: number, candidates: Candidate[]): boolean {
  // Who the person is to someone, not who they are (相続人は長男の龍之介さん): the name comes after.
  if (KIN_WORD_RANGES.has(text, i, j)) return true;
  if (j - i === 1) {
    if ((surnameTier(text, i, j) > 0 || givenTier(text, i, j) > 0) && /^(?:$|[\s（(、,/／]|様|さん)/.test(text.slice(j, j + 2))) {
      // One kanji right after a label and nothing more (受付：林, 回答者：原, 名：翼).
      candidates.push({ start: i, end: j, score: 0.8, bare: false });
      return true;
    }
    return false;
  }
  if (j - i >= 2 && j - i <= 6) {
    // After a label only a word that is not a department or role ("担当部署") is a name:
    // one the lexicon reads as a name, or that starts with a surname of two or more kanji.
    const score = scoreHanRun(text, i, j, STRONG_CUE);
    if (score !== 0 || surnamePrefix(text, i, j) >= 2 || surnameAndGiven(text, i, j)) candidates.push({ start: i, end: j, score: 0.85, bare: false });
    return true;
  }
  return false;
}

// A place in a name field (氏名：東京) is a wrong value, not a name: a prefecture (with or without
// 都/府/県) or a city.
const PLACE_SUFFIX = '都道府県市区町村郡';

/** Whether text[i, j) splits into a lexicon surname and a lexicon given name (東恵, 林正義) and ends at a value's end. */
function surnameAndGiven(text: string, i: number, j: number): boolean {
  const value = text.slice(i, j);
  // 出席者：室長、課長: a title or a role's word, not a name.
  if (!LABELLED_VALUE_END.test(text.slice(j, j + 2)) || PREFECTURE_WORDS.has(value) || JA_CITIES.has(value) || PLACE_SUFFIX.indexOf(text[j - 1]) >= 0 || TITLE_SET.has(value) || TITLE_LAST_CHARS.has(text.charCodeAt(j - 1)) || NON_NAME_TAIL_RANGES.has(text, i, j)) return false;
  for (let a = 1; a <= 3 && i + a < j; a++) if (surnameTier(text, i, i + a) > 0 && givenTier(text, i + a, j) > 0) return true;
  return false;
}

/** A hiragana letter (ぁ-ゖ). */
export function isHiraganaCode(c: number): boolean {
  return c >= 0x3041 && c <= 0x3096;
}

function isHiraganaAt(text: string, i: number): boolean {
  return isHiraganaCode(text.charCodeAt(i));
}

/** The katakana form of the hiragana text[start, end), to look a reading up in the kana lexicons. */
export function katakanaOf(text: string, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(text.charCodeAt(i) + 0x60);
  return s;
}

// What ends a labelled value: a space, punctuation, a bracket, the line's end or an honorific.
const LABELLED_VALUE_END = /^(?:$|[\s、。,，.．/／・（(）)「」』\ud83c-\ud83e\u2600-\u27bf]|さん|さま|様|くん|ちゃん|です|と申)/;
const COPULA_END = /(?:です|でございます|と申します|といいます)$/;

/**
 * End of a hiragana name at `start` right after a label: a surname or given-name reading, or a
 * surname reading, one space and a given-name reading (やまぐち みなみ); -1 when it is none.
 */
function labelledHiraganaName(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start < 12 && isHiraganaAt(text, end)) end++;
  if (end - start < 2 || isHiraganaAt(text, end)) return -1;
  // The copula a reply ends with is no part of the name (名前はふじわらてつやです).
  const copula = COPULA_END.exec(text.slice(start, end));
  if (copula !== null && end - copula[0].length - start >= 2) end -= copula[0].length;
  else if (end - start > 10) return -1;
  if (!LABELLED_VALUE_END.test(text.slice(end, end + 2))) return -1;
  const first = katakanaOf(text, start, end);
  // Surname and given name written together (なまえ：すがわらはると), as a child's name tag writes it.
  // Three kana at least on each side: shorter splits find names in words (アリガ + トウ of ありがとう).
  if (end - start >= 6) {
    for (let k = 3; k <= first.length - 3; k++) if (KANA_SURNAME_RANGES.has(first, 0, k) && KANA_GIVEN_RANGES.has(first, k, first.length)) return end;
  }
  if (end - start > 7) return -1;
  const space = text.charCodeAt(end);
  if ((space === 32 || space === 0x3000) && isHiraganaAt(text, end + 1) && KANA_SURNAME_RANGES.has(first, 0, first.length)) {
    let k = end + 1;
    while (k < text.length && k - end < 7 && isHiraganaAt(text, k)) k++;
    const second = katakanaOf(text, end + 1, k);
    if (!isHiraganaAt(text, k) && LABELLED_VALUE_END.test(text.slice(k, k + 2)) && KANA_GIVEN_RANGES.has(second, 0, second.length)) return k;
  }
  return KANA_SURNAME_RANGES.has(first, 0, first.length) || KANA_GIVEN_RANGES.has(first, 0, first.length) ? end : -1;
}

/** Japanese person names in `text`, pushed as PERSON_NAME findings. */
export function detectJapaneseNames(text: string, out: RawFinding[]): void {
  const candidates: Candidate[] = [];
  const length = text.length;
  // Label positions are looked up once, at the first character that can start a label (every
  // label comes before the name it introduces).
  let labels: Set<number> | null = null;
  let labelsKnown = false;
  let roles: Set<number> | null = null;
  let rolesKnown = false;
  const labelled = (at: number): boolean => (labels !== null && labels.has(at)) || (roles !== null && roles.has(at));
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (!labelsKnown && LABEL_FIRST_CHARS[c] === 1) {
      labels = labelEnds(text);
      labelsKnown = true;
    }
    if (!rolesKnown && (c === 0x3a || c === 0xff1a || c === 0x7c)) {
      roles = roleLabelEnds(text, i);
      rolesKnown = true;
    }
    if (c < 0x3000) {
      // Romaji names after a Japanese label ("氏名: Taro Yamada").
      if (c >= 65 && c <= 90 && i > 0 && text.charCodeAt(i - 1) >= 0x20 && i >= 2) {
        if (labelled(i)) {
          const m = ROMAJI_NAME.exec(text.slice(i, i + 40));
          if (m) {
            candidates.push({ start: i, end: i + m[0].length, score: 0.85, bare: false });
            i += m[0].length;
            continue;
          }
        }
      }
      i++;
      continue;
    }
    if (isHanCode(c)) {
      let j = i + 1;
      while (j < length && isHanCode(text.charCodeAt(j))) j++;
      // A kanji surname with a given name in katakana (土屋アンナ).
      if (j < length && isKatakanaCode(text.charCodeAt(j)) && j - i >= 2 && j - i <= MAX_SURNAME && surnameTier(text, i, j) > 0) {
        const k = kanaGivenNameAfter(text, i, j, candidates);
        if (k >= 0) {
          i = k;
          continue;
        }
      }
      // "山田 太郎": surname and given name split by one space.
      const sp = j < length ? text.charCodeAt(j) : 0;
      if ((sp === 32 || sp === 0x3000) && j - i <= 4 && j + 1 < length && isHanCode(text.charCodeAt(j + 1))) {
        const k = spacedFullName(text, i, j, labelled, candidates);
        if (k >= 0) {
          i = k;
          continue;
        }
      }
      if (!labelled(i) || !labelledHanRun(text, i, j, candidates)) evaluateHanRun(text, i, j, candidates);
      i = j;
      continue;
    }
    if (isKatakanaCode(c)) {
      let j = i + 1;
      for (;;) {
        while (j < length && (isKatakanaCode(text.charCodeAt(j)) || (text.charCodeAt(j) === 0x30fb && j + 1 < length && isKatakanaCode(text.charCodeAt(j + 1))))) j++;
        // An initial between the parts: ダーナ・A・ブラウン, ウィリアム・C.・デュラント.
        const initial = j < length && text.charCodeAt(j) === 0x30fb ? INITIAL.exec(text.slice(j + 1, j + 5)) : null;
        if (initial === null || !(j + 1 + initial[0].length < length && isKatakanaCode(text.charCodeAt(j + 1 + initial[0].length)))) break;
        j += 1 + initial[0].length;
      }
      // A label for a kind of person glued to a katakana word is a compound (入居者ポータル, 参加者リスト),
      // unless the word reads as a Japanese name (入居者ヤマダ).
      // A department named in katakana (担当：カスタマーサクセス部 野口) is no name either.
      const afterLabel = labelled(i) && !(ORG_UNIT_AFTER.indexOf(text[j]) >= 0 && j < length) && !(i > 0 && PERSON_KIND_END.indexOf(text[i - 1]) >= 0 && !KANA_SURNAME_RANGES.has(text, i, j) && !KANA_GIVEN_RANGES.has(text, i, j) && kanaFullNameSplit(text, i, j) === 0) && !(i > 0 && isHanCode(text.charCodeAt(i - 1)) && READING_COLUMN.has(text.slice(i, j)));
      // "ヤマモト サクラ" after a label: two katakana words split by one space.
      let end = j;
      const space = j + 1 < length ? text.charCodeAt(j) : 0;
      if ((space === 32 || space === 0x3000) && isKatakanaCode(text.charCodeAt(j + 1))) {
        let k = j + 1;
        while (k < length && isKatakanaCode(text.charCodeAt(k))) k++;
        if (afterLabel) end = k;
        else if (KANA_SURNAME_RANGES.has(text, i, j) && KANA_GIVEN_RANGES.has(text, j + 1, k)) {
          // Anywhere else when the two words are a surname and a given-name reading (サトウ ケンタ).
          candidates.push({ start: i, end: k, score: 0.85, bare: false });
          i = k;
          continue;
        }
      }
      // A surname and a given name read out on a call, a 、 between them (カデナ、メグミです, エビハラ、チヒロ様).
      if (end === j && j + 1 < length && text.charCodeAt(j) === 0x3001 && isKatakanaCode(text.charCodeAt(j + 1)) && KANA_SURNAME_RANGES.has(text, i, j)) {
        let k = j + 1;
        while (k < length && isKatakanaCode(text.charCodeAt(k))) k++;
        if (KANA_GIVEN_RANGES.has(text, j + 1, k) && !isKatakanaWordAt(text, j + 1, k) && (afterLabel || SPELLED_NAME_AFTER.test(text.slice(k, k + 3)))) {
          candidates.push({ start: i, end: j, score: 0.8, bare: false }, { start: j + 1, end: k, score: 0.8, bare: false });
          i = k;
          continue;
        }
      }
      evaluateKatakanaRun(text, i, end, afterLabel, candidates);
      i = end;
      continue;
    }
    // A name in hiragana right after a label (受付：ゆうこ, お名前：やまぐち みなみ).
    if ((labels !== null || roles !== null) && c >= 0x3041 && c <= 0x3096 && labelled(i)) {
      const end = labelledHiraganaName(text, i);
      if (end > 0) {
        candidates.push({ start: i, end, score: 0.8, bare: false });
        i = end;
        continue;
      }
    }
    i++;
  }
  // Lists ("田中、中村、小林"): a bare name next to another name, joined by 、 or と, is lifted.
  // The neighbour may be an unambiguous surname with no particle after it (0.45: 田中 → 鈴木 → 金子).
  // Two passes, so a lifted name lifts its other neighbour (今井、清水、石井).
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < candidates.length; k++) {
      const f = candidates[k];
      if (!f.bare || f.score >= 0.7) continue;
      const prev = candidates[k - 1];
      const next = candidates[k + 1];
      const joined =
        (prev !== undefined && prev.score >= LIST_NEIGHBOUR && f.start - prev.end <= 3 && LIST_SEPARATOR.test(text.slice(prev.end, f.start))) ||
        (next !== undefined && next.score >= LIST_NEIGHBOUR && next.start - f.end <= 3 && LIST_SEPARATOR.test(text.slice(f.end, next.start)));
      if (joined) f.score = 0.7;
    }
  }
  for (const f of candidates) if (f.score > 0) out.push({ type: 'PERSON_NAME', start: f.start, end: f.end, score: f.score });
}

/** Ambiguous names in lists need the neighbour: exported for the honorific rules in person-name.ts. */
export function isKnownSurname(text: string, start: number, end: number): boolean {
  return surnameTier(text, start, end) > 0;
}

/** True when `text[start, end)` is a lexicon full name (surname and given name written together). */
export function isLexiconFullName(text: string, start: number, end: number): boolean {
  return FULL_NAME_RANGES.has(text, start, end);
}
