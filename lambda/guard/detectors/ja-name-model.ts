import { JA_NAME_MODEL } from '../data/ja-name-model';
import { KANJI_COMMON_HASHES } from '../data/ja-names';
import type { RawFinding } from './detector';
import { givenTier, isKanaGivenName, isKanaSurname, isKatakanaWordAt, isLexiconFullName, isNonNameTail, placeNounAfter, surnameTier, trailingTitleLength } from './ja-person-name';
import { CJK_SURNAMES } from './name-context';

/**
 * Learned pass for Japanese person names in running text (encyclopedia and news style: 毛沢東は,
 * ジョン・スミスが, 江上波夫（1906年 - 2002年）), after the lexicon rules. Candidate spans are kanji
 * runs of two to five characters (and the lexicon-surname prefixes of longer runs) and katakana
 * runs (joined by ・); each is scored by a logistic regression over hashed features of the span,
 * a few characters around it and the lexicon's view of it. The weights are trained by
 * scripts/train-names.ts on the named-entity labels of UD Japanese GSD (see
 * data/ja-name-model.SOURCES.md) and bundled like the lexicon: no I/O at run time.
 * Spans the rules already reported are left to the rules.
 */

export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;

// 1 kanji (incl. 々 ヶ), 2 katakana (incl. ー), 3 hiragana, 4 digit, 5 Latin, 6 open bracket, 7 close bracket, 0 other.
const CLASS = new Uint8Array(0x10000);
for (let c = 0x4e00; c <= 0x9fff; c++) CLASS[c] = 1;
for (let c = 0x3400; c <= 0x4dbf; c++) CLASS[c] = 1;
for (let c = 0xf900; c <= 0xfaff; c++) CLASS[c] = 1;
CLASS[0x3005] = 1;
CLASS[0x30f6] = 1;
for (let c = 0x30a1; c <= 0x30fa; c++) if (c !== 0x30f6) CLASS[c] = 2;
CLASS[0x30fc] = 2;
for (let c = 0x3041; c <= 0x3096; c++) CLASS[c] = 3;
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = 4;
for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = 5;
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = 5;
for (const c of '(（「『[【〔') CLASS[c.charCodeAt(0)] = 6;
for (const c of ')）」』]】〕') CLASS[c.charCodeAt(0)] = 7;

const DOT = 0x30fb; // ・
const SMALL_KANA = new Uint8Array(0x10000);
for (const c of 'ァィゥェォッャュョヮヵヶ') SMALL_KANA[c.charCodeAt(0)] = 1;
const EQUALS = 0x3d; // = (NFKC of ＝), as in ジャン=ポール

/** Number of parts of a katakana run (split at ・ and =). */
function parts0(text: string, start: number, end: number): number {
  let parts = 1;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === DOT || text.charCodeAt(i) === EQUALS) parts++;
  return parts;
}

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** Integer hash of a feature tag and up to three values (murmur3 finalizer). */
function mix(tag: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(tag ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ b ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ c ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & MASK;
}

function code(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : 1; // 1 stands for the text's edge
}

export interface NameCandidate {
  start: number;
  end: number;
  /** 1 kanji run, 2 katakana run, 3 a prefix of a longer kanji run, 4 a suffix after a role in the run. */
  kind: number;
}

const MAX_KANJI = 5;

// Titles and words that follow a name inside a kanji run (国家主席, 総統, 少佐, 派, 自身).
const RUN_TITLES = [
  '国家主席', '主席', '総統', '大統領', '首相', '外相', '内相', '蔵相', '総理', '書記', '委員長', '委員', '長官', '大臣', '少佐', '中佐', '大佐', '少尉', '中尉', '大尉', '少将', '中将', '大将',
  '将軍', '元帥', '監督', '選手', '投手', '捕手', '社長', '会長', '教授', '博士', '議員', '知事', '市長', '候補', '総裁', '議長', '参議', '船長', '艦長', '司令', '作', '著', '派', '家', '一家',
  '内閣', '政権', '自身', '個人', '本人', '夫妻', '兄弟', '姉妹', '親子', '役', '氏', '君', '様', '殿', '師', '翁', '公', '卿', '帝', '王', '皇帝', '天皇', '法師',
];
const RUN_TITLE_FIRST = new Uint8Array(0x10000);
for (const t of RUN_TITLES) RUN_TITLE_FIRST[t.charCodeAt(0)] = 1;
/** True when a title or name-following word starts at `at` inside the run ending at `end`. */
function titleAt(text: string, at: number, end: number): boolean {
  if (RUN_TITLE_FIRST[text.charCodeAt(at)] !== 1) return false;
  for (const t of RUN_TITLES) if (at + t.length <= end && text.startsWith(t, at)) return true;
  return false;
}
// Last characters of roles and titles that a name may follow in the same run (実業家, 初代, 編曲, 分隊長, 選手).
const ROLE_END = new Uint8Array(0x10000);
for (const c of '家者長代目曲詞手員官将督優人師士帥相統席任佐尉') ROLE_END[c.charCodeAt(0)] = 1;

/** Candidate spans of `text` (kanji and katakana runs), in text order. */
const FACILITY_END = '園館駅港場院校寺宮城橋池湾';

export function nameCandidates(text: string, out: NameCandidate[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = CLASS[text.charCodeAt(i)];
    if (cls === 1) {
      let j = i + 1;
      while (j < n && CLASS[text.charCodeAt(j)] === 1) j++;
      const len = j - i;
      if (len >= 2 && len <= MAX_KANJI) out.push({ start: i, end: j, kind: 1 });
      // Surname-led prefixes of a longer run (田中六助通産大臣, 山田太郎監督), and any prefix that a
      // title or a word that follows names ends (習近平国家主席, 陳水扁総統, 源田実少佐, 太田派).
      if (len >= 3) {
        const surnameLed = surnameTier(text, i, i + 2) > 0 || surnameTier(text, i, i + 1) > 0;
        // A run that ends in a facility or place (葛西臨海水族園, 大森海岸駅) names that place, not a person
        // and what follows the name: no surname-led prefix of it, only one a title ends.
        const place = FACILITY_END.indexOf(text[j - 1]) >= 0;
        // A run ending in a title (金子支店長, 山田太郎監督): no prefix cuts into the title (金子支).
        const last = Math.min(MAX_KANJI, len - 1, len - trailingTitleLength(text, i, j));
        for (let a = 2; a <= last; a++) if ((surnameLed && !place) || titleAt(text, i + a, j)) out.push({ start: i, end: i + a, kind: 3 });
      }
      // A name after a role or title in the same run (実業家福澤桃介, 初代渡邉熊四郎, 編曲寺岡真三).
      if (len >= 4) {
        for (let k = i + 1; k <= j - 2 && k - i <= 6; k++) {
          if (ROLE_END[text.charCodeAt(k - 1)] !== 1 || !(surnameTier(text, k, k + 2) > 0 || surnameTier(text, k, k + 1) > 0)) continue;
          for (let b = k + 2; b <= Math.min(j, k + MAX_KANJI); b++) out.push({ start: k, end: b, kind: 4 });
        }
      }
      i = j;
      continue;
    }
    if (cls === 2) {
      let j = i + 1;
      for (;;) {
        while (j < n && CLASS[text.charCodeAt(j)] === 2) j++;
        const sep = code(text, j);
        if ((sep === DOT || sep === EQUALS) && CLASS[code(text, j + 1)] === 2) {
          j++;
          continue;
        }
        // A middle initial between the parts (ダーナ・A・ブラウン, ヘンリー・R.・ヘイル).
        if (sep === DOT && isUpper(code(text, j + 1))) {
          const k = code(text, j + 2) === 0x2e ? j + 3 : j + 2;
          if (code(text, k) === DOT && CLASS[code(text, k + 1)] === 2) {
            j = k + 1;
            continue;
          }
        }
        break;
      }
      // A regnal number (ルイ15世, ラムセス2世, フセイン1世) belongs to the name.
      let k = j;
      while (k < n && k - j < 2 && CLASS[text.charCodeAt(k)] === 4) k++;
      if (k > j && code(text, k) === 0x4e16 /* 世 */) j = k + 1;
      if (j - i >= 2 && j - i <= 24) out.push({ start: i, end: j, kind: 2 });
      i = j;
      continue;
    }
    i++;
  }
}

// Feature tags.
const T = {
  bias: 1, kindLen: 2, first: 3, last: 4, char: 5, bigram: 6, startBi: 7, endBi: 8, whole: 9,
  l1: 10, l2: 11, l3: 12, r1: 13, r2: 14, r3: 15, lr: 16, lcls: 17, rcls: 18, sur: 19, giv: 20,
  split: 21, prefix: 22, parts: 23, partKnown: 24, partName: 25, rule: 26, year: 27, lastGiven: 28,
  firstSur: 29, kindL1: 30, kindR1: 31, dotCount: 32, compound: 33, tail: 34, shape: 35,
  leftWord: 36, rightWord: 37, cjk: 38, firstPart: 39, lastPart: 40, ends: 41, kanjiWord: 42, runWord: 43, predicate: 44,
};

/** Sorted uint32 hashes (little-endian, base64) as an array. */
function hashList(base64: string): Uint32Array {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Uint32Array(bytes.buffer, 0, bytes.length >> 2);
}
const KANJI_COMMON = hashList(KANJI_COMMON_HASHES);

function hasHash(list: Uint32Array, h: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = list[mid];
    if (v === h) return true;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

// One bit per value of a hash's low 16 bits: most lookups end here.
const KANJI_COMMON_BITS = new Uint8Array(1 << 13);
for (const h of KANJI_COMMON) KANJI_COMMON_BITS[(h & 0xffff) >>> 3] |= 1 << (h & 7);

/** Whether the FNV-1a hash `h` of a kanji run is one of IPADIC's common nouns of three to five kanji. */
function isKanjiCommon(h: number): boolean {
  return (KANJI_COMMON_BITS[(h & 0xffff) >>> 3] & (1 << (h & 7))) !== 0 && hasHash(KANJI_COMMON, h);
}

/** Whether IPADIC knows the kanji run `text[start, end)` (three to five kanji) as a common noun (仲見世, 運転手). */
export function isKanjiCommonNoun(text: string, start: number, end: number): boolean {
  return kanjiWordKind(text, start, end) === 1;
}

/** 1 when IPADIC knows the kanji run `text[start, end)` (three to five kanji) as a common noun (仲見世, 運転手), else 0. */
function kanjiWordKind(text: string, start: number, end: number): number {
  const len = end - start;
  if (len < 3 || len > 5) return 0;
  return isKanjiCommon(hashRange(text, start, end)) ? 1 : 0;
}

const WA = 0x306f; // は
const PERIOD = 0x3002; // 。
const PREDICATE_REACH = 60;

/**
 * The last two characters of the sentence that starts at `from` (before its 。 or the text's
 * end, within PREDICATE_REACH), when they are kanji or katakana: 武将, 治家, 選手, 企業, ンド; 0 otherwise.
 */
function predicateHash(text: string, from: number): number {
  const limit = Math.min(text.length, from + PREDICATE_REACH);
  let e = from;
  while (e < limit && text.charCodeAt(e) !== PERIOD) e++;
  if (e === limit && limit < text.length) return 0;
  if (e - from < 2) return 0;
  const a = CLASS[text.charCodeAt(e - 2)];
  const b = CLASS[text.charCodeAt(e - 1)];
  if ((a !== 1 && a !== 2) || (b !== 1 && b !== 2)) return 0;
  return hashRange(text, e - 2, e);
}

const WORD_MAX = 4;
const NO = 0x306e; // の

/**
 * The word before a candidate: the kanji run (its last WORD_MAX characters) right before it, or
 * before a の right before it (宰相シュタイン, 俳優のギグ・ヤング, 先発投手のマット・ケイン); 0 when none.
 */
function leftWordHash(text: string, start: number): number {
  let e = start;
  let no = 0;
  if (code(text, e - 1) === NO) {
    e--;
    no = 1;
  }
  let b = e;
  while (b > 0 && e - b < WORD_MAX && CLASS[text.charCodeAt(b - 1)] === 1) b--;
  return b === e ? 0 : (hashRange(text, b, e) ^ no) >>> 0;
}

/** The kanji run (its first WORD_MAX characters) right after a candidate (大統領, 兄弟, 一家, 監督, 線, 戦); 0 when none. */
function rightWordHash(text: string, end: number): number {
  let e = end;
  while (e < text.length && e - end < WORD_MAX && CLASS[text.charCodeAt(e)] === 1) e++;
  return e === end ? 0 : hashRange(text, end, e);
}

function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * True when every part of the katakana run `text[start, end)` (split at ・ and =) is made of
 * katakana words IPADIC knows as anything but a name, two or more characters each: マイナンバー
 * (マイ + ナンバー), データ・サイエンス. Such a run is a loanword compound, not a name.
 */
export { ruledOut };

export function compoundOfWords(text: string, start: number, end: number): boolean {
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== DOT && text.charCodeAt(i) !== EQUALS) continue;
    if (!segments(text, from, i)) return false;
    from = i + 1;
  }
  return true;
}

/**
 * True when every part of the katakana run (split at ・ and =) is itself a katakana word IPADIC
 * knows as anything but a name (マイナンバー, データ・サイエンス, ワシントン): a word, not a name. Parts
 * that only split into shorter words (ボー + マン, サン + ダース, クレイ + トン) are left to the
 * model: foreign names split that way as often as loanword compounds do.
 */
export function wholeWords(text: string, start: number, end: number): boolean {
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== DOT && text.charCodeAt(i) !== EQUALS) continue;
    if (i - from < 2 || !isKatakanaWordAt(text, from, i) || surnameTier(text, from, i) > 1 || givenTier(text, from, i) > 1 || isLexiconFullName(text, from, i)) return false;
    from = i + 1;
  }
  return true;
}

/**
 * A katakana run without ・ that is two words of three characters or more, both IPADIC's and
 * neither a name (スクラム + マスター, ボーナス + ポイント): a loanword compound. Foreign names
 * rarely split so (4 of 1,095 katakana name parts in the stockmark development half: グリーン + ウッド).
 */
function twoLongWords(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === DOT || text.charCodeAt(i) === EQUALS) return false;
  for (let a = start + 3; a <= end - 3; a++) {
    if (!isKatakanaWordAt(text, start, a) || !isKatakanaWordAt(text, a, end)) continue;
    if (isKanaSurname(text, start, a) || isKanaGivenName(text, start, a) || isKanaSurname(text, a, end) || isKanaGivenName(text, a, end)) continue;
    return true;
  }
  return false;
}

/** Whether `text[start, end)` splits into known katakana words (longest first, at most 24 characters). */
function segments(text: string, start: number, end: number): boolean {
  if (start === end) return true;
  if (end - start > 24) return false;
  // A part the lexicon knows as a name and as nothing else (スターリン, not スター + リン) is the name.
  if (surnameTier(text, start, end) > 1 || givenTier(text, start, end) > 1 || isLexiconFullName(text, start, end)) return false;
  for (let k = end; k >= start + 2; k--) if (isKatakanaWordAt(text, start, k) && segments(text, k, end)) return true;
  return false;
}

// Feature indices of the candidate being scored, written without allocating (FEATURES[0, count)).
const FEATURES = new Int32Array(256);
let count = 0;
function add(feature: number): void {
  FEATURES[count++] = feature;
}

/**
 * Feature indices of the candidate `text[start, end)` pushed on `out` (its length is reset).
 * `ruleScore` is the best score the rules gave an overlapping span (0 when none).
 */
export function candidateFeatures(text: string, cand: NameCandidate, ruleScore: number, out: number[]): void {
  const n = writeFeatures(text, cand, ruleScore);
  out.length = 0;
  for (let i = 0; i < n; i++) out.push(FEATURES[i]);
}

function writeFeatures(text: string, cand: NameCandidate, ruleScore: number): number {
  count = 0;
  const { start, end, kind } = cand;
  const len = end - start;
  add(mix(T.bias, 0));
  add(mix(T.kindLen, kind, Math.min(len, 9)));
  add(mix(T.first, kind, text.charCodeAt(start)));
  add(mix(T.last, kind, text.charCodeAt(end - 1)));
  for (let i = start; i < end; i++) {
    add(mix(T.char, text.charCodeAt(i)));
    if (i + 1 < end) add(mix(T.bigram, text.charCodeAt(i), text.charCodeAt(i + 1)));
  }
  if (len >= 2) {
    add(mix(T.startBi, text.charCodeAt(start), text.charCodeAt(start + 1)));
    add(mix(T.endBi, text.charCodeAt(end - 2), text.charCodeAt(end - 1)));
  }
  const whole = len <= 8 ? hashRange(text, start, end) : 0;
  if (len <= 8) add(mix(T.whole, whole));
  const l1 = code(text, start - 1);
  const l2 = code(text, start - 2);
  const r1 = code(text, end);
  const r2 = code(text, end + 1);
  add(mix(T.l1, l1));
  add(mix(T.l2, l2, l1));
  add(mix(T.l3, code(text, start - 3), l2, l1));
  add(mix(T.r1, r1));
  add(mix(T.r2, r1, r2));
  add(mix(T.r3, r1, r2, code(text, end + 2)));
  add(mix(T.lr, l1, r1));
  add(mix(T.lcls, CLASS[l1], CLASS[l2]));
  add(mix(T.rcls, CLASS[r1], CLASS[r2]));
  add(mix(T.kindL1, kind, l1));
  add(mix(T.kindR1, kind, r1));
  // Role words before (宰相, 俳優の) and titles or company and place words after (大統領, 戦, 線).
  add(mix(T.leftWord, leftWordHash(text, start)));
  add(mix(T.rightWord, kind === 2 ? 1 : 0, rightWordHash(text, end)));
  // The topic of a definition: what the sentence says it is (Xは、日本の政治家。 / Xは、米国のバンド。).
  if (r1 === WA) add(mix(T.predicate, kind === 2 ? 1 : 0, predicateHash(text, end + 1)));
  // （1920年 - 1990年）, (1920-1990): birth and death years right after a name.
  if (CLASS[r1] === 6 && CLASS[r2] === 4) add(mix(T.year, 1));
  add(mix(T.rule, Math.round(ruleScore * 10)));
  if (kind === 2) return writeKatakanaFeatures(text, start, end);
  return writeKanjiFeatures(text, start, end, len, kind, whole);
}

/**
 * writeFeatures' part for a katakana candidate (kind 2), and below for the others: functions of
 * their own, so that a branch of one first met after the JIT compiled it recompiles that part only.
 */
function writeKatakanaFeatures(text: string, start: number, end: number): number {
  let parts = 1;
  let known = 0;
  let named = 0;
  let from = start;
  // What the first and the last part are (2 a name, 1 a word, 0 neither): マット・ケイン against
  // ワーナー・ブラザース, カンザスシティ・チーフス; and the parts themselves (ザ, アル, ジュニア).
  let firstKind = -1;
  let lastKind = 0;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === DOT || text.charCodeAt(i) === EQUALS) {
      let partKind = 0;
      if (i > from) {
        // (Counted by adding 0 or 1 on every part: an increment first met on a rare part
        // deoptimized the compiled code.)
        const word = isKatakanaWordAt(text, from, i);
        known += word ? 1 : 0;
        if (word) partKind = 1;
        const name = surnameTier(text, from, i) > 0 || givenTier(text, from, i) > 0;
        named += name ? 1 : 0;
        if (name) partKind = 2;
      }
      if (firstKind < 0) {
        firstKind = partKind;
        if (i < end) add(mix(T.firstPart, hashRange(text, from, i)));
      }
      lastKind = partKind;
      if (i === end && from > start) add(mix(T.lastPart, hashRange(text, from, i)));
      if (i < end) parts++;
      from = i + 1;
    }
  }
  add(mix(T.ends, Math.min(parts, 3), firstKind, lastKind));
  add(mix(T.compound, compoundOfWords(text, start, end) ? 1 : 0, Math.min(parts0(text, start, end), 3)));
  // The shape of a transcribed foreign name: small kana (ァ ィ ュ ッ), ヴ, long vowels.
  let small = 0;
  let long = 0;
  let vu = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x30fc) long++;
    else if (c === 0x30f4) vu++;
    else if (SMALL_KANA[c] === 1) small++;
  }
  add(mix(T.shape, Math.min(small, 3), Math.min(long, 3), Math.min(vu, 1)));
  add(mix(T.parts, Math.min(parts, 4)));
  add(mix(T.partKnown, Math.min(parts, 4), Math.min(known, 4)));
  add(mix(T.partName, Math.min(parts, 4), Math.min(named, 4)));
  return count;
}

function writeKanjiFeatures(text: string, start: number, end: number, len: number, kind: number, whole: number): number {
  add(mix(T.sur, len <= 4 ? surnameTier(text, start, end) : 9));
  add(mix(T.giv, len <= 4 ? givenTier(text, start, end) : 9));
  // Best surname + given split, and the surname prefix alone.
  let best = 0;
  let prefix = 0;
  let firstSur = len === 1 ? surnameTier(text, start, start + 1) : 0;
  for (let a = 1; a <= 4 && a < len; a++) {
    const s = surnameTier(text, start, start + a);
    if (a === 1) firstSur = s;
    if (s === 0) continue;
    prefix = Math.max(prefix, a * 4 + s);
    const g = givenTier(text, start + a, end);
    if (g > 0) best = Math.max(best, s * 4 + g);
  }
  add(mix(T.split, best));
  add(mix(T.prefix, prefix, len));
  add(mix(T.firstSur, firstSur));
  // The span, or the whole kanji run a prefix was cut from (津田 of 津田沼), as a known word.
  add(mix(T.kanjiWord, kind, len >= 3 && len <= 5 && isKanjiCommon(whole) ? 1 : 0));
  if (kind === 3) {
    let e = end;
    while (e < text.length && e - start < 6 && CLASS[text.charCodeAt(e)] === 1) e++;
    add(mix(T.runWord, kanjiWordKind(text, start, e)));
  }
  // A common Chinese or Korean surname first (習近平, 金載昊, 李斯).
  if (len <= 3 && CJK_SURNAMES.has(text.charCodeAt(start))) add(mix(T.cjk, len, kind));
  add(mix(T.tail, len >= 3 && isNonNameTail(text, end - 2, end) ? 2 : 0, len >= 2 && isNonNameTail(text, end - 1, end) ? 1 : 0));
  add(mix(T.lastGiven, len >= 2 ? givenTier(text, end - 1, end) : 0, len >= 3 ? givenTier(text, end - 2, end) : 0));
  return count;
}

// ---- the trained weights ----
const WEIGHTS = new Int8Array(1 << FEATURE_BITS);
{
  // (varint gap to the previous non-zero index, int8 weight) pairs.
  const bytes = atob(JA_NAME_MODEL.weights);
  let index = -1;
  for (let i = 0; i < bytes.length; ) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes.charCodeAt(i++);
      gap |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    index += gap;
    WEIGHTS[index & MASK] = (bytes.charCodeAt(i++) << 24) >> 24;
  }
}

/** Probability from the features writeFeatures left in FEATURES[0, n). */
function probabilityOfWritten(n: number): number {
  let z = JA_NAME_MODEL.bias;
  for (let i = 0; i < n; i++) z += WEIGHTS[FEATURES[i]] * JA_NAME_MODEL.scale;
  return 1 / (1 + Math.exp(-z));
}

/** Probability that the candidate is a person name, from its feature indices. */
export function probability(features: readonly number[]): number {
  let z = JA_NAME_MODEL.bias;
  for (const f of features) z += WEIGHTS[f] * JA_NAME_MODEL.scale;
  return 1 / (1 + Math.exp(-z));
}

// Words that end company names: a kanji run ending in one (小林製薬, 山田工業) names a company.
const COMPANY_TAIL = /(?:製薬|製作所|工業|商事|商店|銀行|証券|建設|電機|電気|化学|物産|不動産|自動車|食品|興業|産業|重工|通信|製紙|鉄道|運輸|倉庫|薬品|生命|保険|精機|工務店|書店|出版|新聞|放送|電力|ガス|石油|製鉄|鋼業|繊維|酒造|醸造|観光|開発|技研|研究所|事務所|病院|医院|学園|学校|大学)$/;

/** A kanji run read as a company (小林製薬) or a katakana loanword compound (マイナンバー): never a name here. */
function ruledOut(text: string, cand: NameCandidate): boolean {
  if (cand.kind === 2) return wholeWords(text, cand.start, cand.end) || twoLongWords(text, cand.start, cand.end) || shortKanaBeforeKanji(text, cand) || sectionLetterAfter(text, cand.end) || afterKanjiWord(text, cand);
  // A bare name before a facility or site (小野の倉庫, 石橋の点検工事) is a place.
  if (cand.kind === 1 && cand.end - cand.start <= 3 && placeNounAfter(text, cand.end)) return true;
  if (cand.kind === 1 && cand.end - cand.start <= 4 && Math.max(surnameTier(text, cand.start, cand.end), givenTier(text, cand.start, cand.end)) === 1) return true;
  // A place or means before a locative で (明石で海を見ながら, 大阪で開催): a name takes で only as
  // a copula (田中です, 田中でした, 田中である, 田中でございます, 担当は田中で、).
  if (cand.kind !== 2 && code(text, cand.end) === DE && COPULA_AFTER_DE[code(text, cand.end + 1)] !== 1) return true;
  if (cand.kind === 1 && cand.end - cand.start === 2 && surnameTier(text, cand.start, cand.end) === 0 && givenTier(text, cand.start, cand.end) === 0 && !(surnameTier(text, cand.start, cand.start + 1) > 0 && givenTier(text, cand.start + 1, cand.end) > 0)) return true;
  if (ORG_OR_PLACE_FIRST[code(text, cand.end)] === 1 && ORG_OR_PLACE_AFTER.test(text.slice(cand.end, cand.end + 6))) return true;
  return cand.end - cand.start >= 3 && COMPANY_TAIL.test(text.slice(cand.start, cand.end));
}

// Words right after a span that make it a company, place, facility or event, never a person
// (富士通が → no; キンレイの公式サイト → kept for the model; 岡島百貨店, 増穂IC, 津田沼グランドホテル, シーウェイブス戦).
const ORG_OR_PLACE_AFTER = /^(?:店(?![長員主])|DC|センター|倉庫|営業所|物流|向け|の[0-9０-９]+(?:件目|軒目|便目?|番目)|株式会社|社(?![長員会内外])|工業|重工|百貨店|ホテル|グループ|研究所|大学|医大|高校|中学|学園|球場|スタジアム|駅|線|IC|インター|号(?!室)|県|市(?!長)|町(?!長)|村(?!長)|区(?!長)|郡|湾|港|空港|寺|神社|城(?!主)|病院|銀行|証券|電機|自動車|鉄道|航空|新聞|放送|テレビ|TV|戦(?!死)|賞|杯|条約|宣言|古墳|遺跡|通り|公園|百貨|製作所|プロ(?!デュ|レス|野球))/;
const ORG_OR_PLACE_FIRST = new Uint8Array(0x10000);
for (const c of '株社工重百ホグ研大医高中学球ス駅線Iイ号県市町村区郡湾港空寺神城病銀証電自鉄航新放テT戦賞杯条宣古遺通公製プ店Dセ倉営物向の') ORG_OR_PLACE_FIRST[c.charCodeAt(0)] = 1;

/**
 * A capital or a digit glued to a katakana word (アリーナA, ブロックB2, ゲート3): a section, block or
 * gate of a venue, not a name; a middle initial (ジョンF・ケネディ) has its dot after it.
 */
function sectionLetterAfter(text: string, end: number): boolean {
  const c = code(text, end);
  if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) return false;
  const next = code(text, end + 1);
  return next !== DOT && next !== 0x2e;
}

/**
 * A katakana word of two or three letters written into a kanji word (ヨウ素, ガス管, パン屋,
 * ゴム製): no name, unless a title follows (ルノー公, トム氏).
 */
/**
 * A katakana run glued after a kanji word that is no surname (高原スターズ, 応援フェスタ,
 * 平野ブルーウィングス): the second half of a team's, an event's or a product's name. A surname
 * before it (土屋アンナ) is read by the surname-and-katakana-given-name rule.
 */
const PERSON_WORD_LAST = '人長王子女者手士師官帝妃公卿氏将主家員母父兄姉弟妹妻夫娘息婦嬢君様殿';

function afterKanjiWord(text: string, cand: NameCandidate): boolean {
  if (cand.start === 0 || CLASS[text.charCodeAt(cand.start - 1)] !== 1) return false;
  // After a word for a person (商人ヒルデ, 酋長ソラノ, 女王マルグレーテ, 王子カロル) the name is the person's.
  if (PERSON_WORD_LAST.indexOf(text[cand.start - 1]) >= 0) return false;
  for (let i = cand.start; i < cand.end; i++) if (text.charCodeAt(i) === DOT || text.charCodeAt(i) === EQUALS) return false;
  let s = cand.start;
  while (s > 0 && cand.start - s < 4 && CLASS[text.charCodeAt(s - 1)] === 1) s--;
  for (let a = s; a < cand.start; a++) if (surnameTier(text, a, cand.start) > 1 || isLexiconFullName(text, a, cand.start)) return false;
  return !(isKanaGivenName(text, cand.start, cand.end) && surnameTier(text, s, cand.start) > 0);
}

function shortKanaBeforeKanji(text: string, cand: NameCandidate): boolean {
  if (cand.end - cand.start > 3 || CLASS[text.charCodeAt(cand.end)] !== 1) return false;
  for (let i = cand.start; i < cand.end; i++) if (text.charCodeAt(i) === DOT || text.charCodeAt(i) === EQUALS) return false;
  let e = cand.end;
  while (e < text.length && CLASS[text.charCodeAt(e)] === 1) e++;
  return !titleAt(text, cand.end, e);
}

const DE = 0x3067; // で
const COPULA_AFTER_DE = new Uint8Array(0x10000);
for (const c of 'すしあご、,。') COPULA_AFTER_DE[c.charCodeAt(0)] = 1;

/** Rule scores below this, on exactly a katakana candidate, are open to the model's veto. */
export const VETO_BELOW = 0.65;
/** Rule scores below this, on exactly a kanji run, too. */
export const VETO_KANJI_BELOW = 0.6;
// Brackets, label colons, quotes and line breaks next to a finding: a format, not running text.
const FORMAT_MARK = new Uint8Array(0x10000);
for (const c of '（）()「」『』【】[]：:\n\r\t 　様さ君氏') FORMAT_MARK[c.charCodeAt(0)] = 1;
/** Up to this score when no part of the run is the reading of a Japanese name (ワーナー・ブラザース, not サトウ・ケンタ). */
export const VETO_FOREIGN_UP_TO = 0.8;

const PERSONAL_HONORIFIC_AFTER = /^(?:様|さま|さん|氏)/;

/** Whether the rule finding `f` is exactly the katakana candidate and weak enough for the model to veto. */
export function vetoable(cand: NameCandidate, f: RawFinding, text: string): boolean {
  if (f.start !== cand.start || f.end !== cand.end || f.score < 0.5) return false;
  // A kanji run the rules found only weakly, in running text (三河に, 小田原と, 一人の): not in a
  // bracket, label or speaker line (オペレーター（吉川）：), where the business-text rules know better.
  if (cand.kind !== 2) return cand.kind === 1 && f.score < VETO_KANJI_BELOW && FORMAT_MARK[text.charCodeAt(cand.start - 1)] !== 1 && FORMAT_MARK[text.charCodeAt(cand.end)] !== 1;
  if (f.score < VETO_BELOW) return true;
  if (f.score > VETO_FOREIGN_UP_TO) return false;
  // Before a personal honorific, a run IPADIC lists as a person's name and as nothing else
  // (ウィリアムズ様, ガルシアさん) is that name; words and companies that take 様 (ユーザー様, アマゾン様,
  // ブラウン様 of a colour) stay vetoable.
  if (PERSONAL_HONORIFIC_AFTER.test(text.slice(cand.end, cand.end + 2)) && !isKatakanaWordAt(text, cand.start, cand.end) && (isLexiconFullName(text, cand.start, cand.end) || surnameTier(text, cand.start, cand.end) >= 2 || givenTier(text, cand.start, cand.end) >= 2)) return false;
  for (let from = cand.start, i = cand.start; i <= cand.end; i++) {
    if (i < cand.end && text.charCodeAt(i) !== DOT && text.charCodeAt(i) !== EQUALS) continue;
    if (isKanaSurname(text, from, i) || isKanaGivenName(text, from, i)) return false;
    // A reading written without a separator (アライツヨシ after 荒井剛様): a surname reading and a given-name reading.
    for (let j = from + 2; j <= i - 2; j++) if (isKanaSurname(text, from, j) && isKanaGivenName(text, j, i)) return false;
    from = i + 1;
  }
  return true;
}

const candidates: NameCandidate[] = [];

/**
 * PERSON_NAME findings for candidates the rules did not report, at or above the trained
 * threshold; the findings the rules pushed on `out` from `fromIndex` on are read for overlap.
 */
export function detectLearnedNames(text: string, out: RawFinding[], fromIndex: number): void {
  if (JA_NAME_MODEL.weights.length === 0) return;
  candidates.length = 0;
  nameCandidates(text, candidates);
  if (candidates.length === 0) return;
  const ruleEnd = out.length;
  let lastEnd = -1;
  let pending: RawFinding | null = null;
  for (const cand of candidates) {
    let ruleScore = 0;
    let covered = false;
    let weak: RawFinding | null = null;
    for (let k = fromIndex; k < ruleEnd; k++) {
      const f = out[k];
      if (f.type !== 'PERSON_NAME' || f.end <= cand.start || f.start >= cand.end) continue;
      if (f.score >= 0.5) covered = true;
      if (f.score > ruleScore) ruleScore = f.score;
      if (vetoable(cand, f, text)) weak = f;
    }
    // A katakana run the rules read as a name only by its shape (no part a known name, no title):
    // the model, which sees the context, can veto it (ワーナー・ブラザース, ストーン・ローゼズ).
    if (covered && weak !== null && JA_NAME_MODEL.veto > 0 && weak.score === ruleScore) {
      if (probabilityOfWritten(writeFeatures(text, cand, ruleScore)) < JA_NAME_MODEL.veto) weak.score = 0;
      continue;
    }
    if (covered || ruledOut(text, cand)) continue;
    const p = probabilityOfWritten(writeFeatures(text, cand, ruleScore));
    if (p < JA_NAME_MODEL.threshold) continue;
    const score = 0.5 + 0.35 * ((p - JA_NAME_MODEL.threshold) / (1 - JA_NAME_MODEL.threshold));
    // Overlapping candidates (a run and its prefix): the likelier one.
    if (pending !== null && cand.start < lastEnd) {
      if (score > pending.score) {
        pending.start = cand.start;
        pending.end = cand.end;
        pending.score = score;
        lastEnd = cand.end;
      }
      continue;
    }
    if (pending !== null) out.push(pending);
    pending = { type: 'PERSON_NAME', start: cand.start, end: cand.end, score };
    lastEnd = cand.end;
  }
  if (pending !== null) out.push(pending);
}
