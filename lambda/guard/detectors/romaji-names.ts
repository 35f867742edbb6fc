import { kanaNameReadings } from './ja-person-name';

/**
 * Romaji surnames and given names read with the katakana readings of the IPADIC name lexicon
 * (ja-names.ts): a word is turned back into the katakana it may spell (Sato -> サト, サトウ, サトオ)
 * and looked up there, so no romaji list is built or bundled and module load pays nothing.
 * romanise() goes the other way (Hepburn, サトウ -> satou), for tests and fixtures.
 */

const BASE: Record<string, string> = {
  ア: 'a', イ: 'i', ウ: 'u', エ: 'e', オ: 'o', カ: 'ka', キ: 'ki', ク: 'ku', ケ: 'ke', コ: 'ko', サ: 'sa', シ: 'shi', ス: 'su', セ: 'se', ソ: 'so',
  タ: 'ta', チ: 'chi', ツ: 'tsu', テ: 'te', ト: 'to', ナ: 'na', ニ: 'ni', ヌ: 'nu', ネ: 'ne', ノ: 'no', ハ: 'ha', ヒ: 'hi', フ: 'fu', ヘ: 'he', ホ: 'ho',
  マ: 'ma', ミ: 'mi', ム: 'mu', メ: 'me', モ: 'mo', ヤ: 'ya', ユ: 'yu', ヨ: 'yo', ラ: 'ra', リ: 'ri', ル: 'ru', レ: 're', ロ: 'ro', ワ: 'wa', ヰ: 'i', ヱ: 'e', ヲ: 'o', ン: 'n',
  ガ: 'ga', ギ: 'gi', グ: 'gu', ゲ: 'ge', ゴ: 'go', ザ: 'za', ジ: 'ji', ズ: 'zu', ゼ: 'ze', ゾ: 'zo', ダ: 'da', ヂ: 'ji', ヅ: 'zu', デ: 'de', ド: 'do',
  バ: 'ba', ビ: 'bi', ブ: 'bu', ベ: 'be', ボ: 'bo', パ: 'pa', ピ: 'pi', プ: 'pu', ペ: 'pe', ポ: 'po', ヴ: 'vu',
  ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o', ャ: 'ya', ュ: 'yu', ョ: 'yo', ヮ: 'wa', ヵ: 'ka', ヶ: 'ke',
};

/** Hepburn romanisation of a katakana reading, long vowels spelled out (サトウ -> satou, オオノ -> oono). */
export function romanise(kana: string): string {
  let out = '';
  let double = false;
  for (let i = 0; i < kana.length; i++) {
    const c = kana[i];
    if (c === 'ッ') {
      double = true;
      continue;
    }
    if (c === 'ー') {
      out += out.at(-1) ?? '';
      continue;
    }
    let syllable = BASE[c] ?? '';
    const next = kana[i + 1];
    if (next === 'ャ' || next === 'ュ' || next === 'ョ') {
      const y = BASE[next].slice(1);
      if (syllable === 'shi' || syllable === 'chi' || syllable === 'ji') syllable = syllable.slice(0, -1) + y;
      else if (syllable.endsWith('i') && syllable.length === 2) syllable = syllable[0] + 'y' + y;
      i++;
    } else if (next === 'ァ' || next === 'ィ' || next === 'ェ' || next === 'ォ') {
      syllable = syllable.replace(/[aiueo]$/, '') + BASE[next];
      i++;
    }
    if (double && syllable.length > 0) syllable = (syllable.startsWith('ch') ? 't' : syllable[0]) + syllable;
    double = false;
    out += syllable;
  }
  return out;
}

// Romaji syllables back to katakana (Hepburn, with the common Kunrei and wapuro spellings).
const TO_KANA = new Map<string, string>();
for (const [kana, romaji] of Object.entries(BASE)) if (!'ァィゥェォャュョヮヵヶヰヱヲヂヅ'.includes(kana) && !TO_KANA.has(romaji)) TO_KANA.set(romaji, kana);
for (const [head, kana] of Object.entries({ ky: 'キ', gy: 'ギ', ny: 'ニ', hy: 'ヒ', by: 'ビ', py: 'ピ', my: 'ミ', ry: 'リ', sh: 'シ', ch: 'チ', j: 'ジ' })) {
  for (const [v, small] of [['a', 'ャ'], ['u', 'ュ'], ['o', 'ョ']]) if (!TO_KANA.has(head + v)) TO_KANA.set(head + v, kana + small);
}
for (const [romaji, kana] of Object.entries({ si: 'シ', ti: 'チ', tu: 'ツ', hu: 'フ', zi: 'ジ', di: 'ディ', sye: 'シェ', she: 'シェ', je: 'ジェ', che: 'チェ', fa: 'ファ', fi: 'フィ', fe: 'フェ', fo: 'フォ', wo: 'ヲ', va: 'ヴァ', vi: 'ヴィ', ve: 'ヴェ', vo: 'ヴォ' })) TO_KANA.set(romaji, kana);
const VOWELS = new Set(['a', 'i', 'u', 'e', 'o']);

/**
 * The katakana readings a romaji word may spell (Sato -> サト, サトウ, サトオ; Ohno -> オウノ, オオノ),
 * at most 48: long vowels are often left out (o for オウ/オオ, u for ウウ) or written oh/ou/oo.
 */
export function kanaReadingsOf(word: string): string[] {
  const w = word.toLowerCase();
  // Kenichi, Shinya: an n before a vowel or y may be the syllabic n (ケンイチ) as well as ni (ケニ).
  const out = readingsOfSpelling(w);
  const n = w.search(/[aiueo]n[aiueoy]/);
  if (n >= 0) out.push(...readingsOfSpelling(`${w.slice(0, n + 2)}'${w.slice(n + 2)}`));
  // ズ and ヅ, ジ and ヂ sound alike: 望月 is モチヅキ.
  for (const r of [...out]) if (r.includes('ズ')) out.push(r.replace('ズ', 'ヅ'));
  return out.slice(0, 48);
}

function readingsOfSpelling(w: string): string[] {
  // Syllables, each with the vowel it ends in ('' for ン and ッ).
  const syllables: Array<[string, string]> = [];
  let i = 0;
  while (i < w.length) {
    const c = w[i];
    if (c === "'") {
      i++;
      continue;
    }
    if (c === 'n' && (i + 1 === w.length || (!VOWELS.has(w[i + 1]) && w[i + 1] !== 'y'))) {
      syllables.push(['ン', '']);
      i += w[i + 1] === "'" ? 2 : 1;
      continue;
    }
    if (c === 'm' && (w[i + 1] === 'b' || w[i + 1] === 'm' || w[i + 1] === 'p')) {
      syllables.push(['ン', '']);
      i++;
      continue;
    }
    if (c === 'h' && i > 0 && syllables.length > 0 && syllables[syllables.length - 1][1] === 'o' && (i + 1 === w.length || !VOWELS.has(w[i + 1]))) {
      // Ohno, Satoh: the h spells the long o.
      syllables.push(['ウ', 'long']);
      i++;
      continue;
    }
    if (!VOWELS.has(c) && c === w[i + 1] && c !== 'n') {
      syllables.push(['ッ', '']);
      i++;
      continue;
    }
    if (c === 't' && w.startsWith('ch', i + 1)) {
      syllables.push(['ッ', '']);
      i++;
      continue;
    }
    let matched = false;
    for (let len = Math.min(3, w.length - i); len >= 1; len--) {
      const kana = TO_KANA.get(w.slice(i, i + len));
      if (kana === undefined) continue;
      syllables.push([kana, w[i + len - 1]]);
      i += len;
      matched = true;
      break;
    }
    if (!matched) return [];
  }
  let readings = [''];
  for (let k = 0; k < syllables.length; k++) {
    const [kana, vowel] = syllables[k];
    if (vowel === 'long') {
      readings = readings.flatMap((r) => [r + 'ウ', r + 'オ']);
      continue;
    }
    readings = readings.map((r) => r + kana);
    const next = syllables[k + 1];
    // A long vowel left out: o for オウ or オオ, u for ウウ (not before a written-out one).
    if (readings.length <= 8 && (vowel === 'o' || vowel === 'u') && !(next !== undefined && (next[0] === 'ウ' || next[0] === 'オ' || next[1] === 'long'))) {
      readings = readings.flatMap((r) => (vowel === 'o' ? [r, r + 'ウ', r + 'オ'] : [r, r + 'ウ']));
    }
  }
  return readings;
}

const cache = new Map<string, number>();
const SURNAME_BIT = 1;
const GIVEN_BIT = 2;

/** Which of the lexicon's readings `word` spells: surname and/or given name (bits), memoised. */
// The shape of a Hepburn word (consonant groups end in a vowel, or a syllabic n): a cheap test first.
const HEPBURN_SHAPE = /^(?:(?:[kgsztdnhbpmrwyfjcv]|kk|ss|tt|pp|tch|ch|sh|ts|[kgnhbpmr]y|j)?[aiueo]h?|n'?(?![aiueoy])|m(?=[bmp])|n'?)+$/i;

function romajiTier(word: string): number {
  if (word.length < 2 || word.length > 16 || !HEPBURN_SHAPE.test(word)) return 0;
  const key = word.toLowerCase();
  const known = cache.get(key);
  if (known !== undefined) return known;
  const { surnames, given } = kanaNameReadings();
  let bits = 0;
  for (const r of kanaReadingsOf(key)) {
    if (surnames.has(r)) bits |= SURNAME_BIT;
    if (given.has(r)) bits |= GIVEN_BIT;
  }
  if (cache.size > 5000) cache.clear();
  cache.set(key, bits);
  return bits;
}

/** True when `word` (any case) romanises a lexicon surname reading (Sato, SUZUKI, Itoh). */
export function isRomajiSurname(word: string): boolean {
  return (romajiTier(word) & SURNAME_BIT) !== 0;
}

/** True when `word` (any case) romanises a lexicon given-name reading (Ken, Yuuki, HANAKO). */
export function isRomajiGivenName(word: string): boolean {
  return (romajiTier(word) & GIVEN_BIT) !== 0;
}

// Prefectures in romaji: "Kanagawa Ken", "Osaka Fu", "Tokyo To" name a place, not a person.
const PREFECTURE_ROMAJI = new Set(
  `hokkaido aomori iwate miyagi akita yamagata fukushima ibaraki tochigi gunma saitama chiba tokyo kanagawa niigata toyama
ishikawa fukui yamanashi nagano gifu shizuoka aichi mie shiga kyoto osaka hyogo nara wakayama tottori shimane okayama
hiroshima yamaguchi tokushima kagawa ehime kochi fukuoka saga nagasaki kumamoto oita miyazaki kagoshima okinawa`.split(/\s+/),
);
// Municipal suffixes no given name takes: "Shibuya Ku", "Sapporo Shi".
const WARD_SUFFIX = /^(?:ku|shi|cho|gun|mura|fu)$/i;
const PLACE_SUFFIX = /^(?:ken|to|fu|do|shi|ku|cho|machi|mura|gun|prefecture|pref\.?|city)$/i;

const CITY_ROMAJI = new Set(['yokohama', 'nagoya', 'sapporo', 'kobe', 'sendai', 'kawasaki', 'shibuya', 'shinjuku', 'shinagawa', 'ginza', 'umeda', 'namba', 'hakata', 'kitakyushu', 'kanazawa', 'matsuyama', 'naha', 'otemachi', 'marunouchi', 'roppongi', 'akihabara', 'ikebukuro']);

/** A prefecture or major city in romaji alone (Tokyo, Osaka, Yokohama): a place, not a person. */
export function isRomajiPlaceName(word: string): boolean {
  const lower = word.toLowerCase();
  return PREFECTURE_ROMAJI.has(lower) || CITY_ROMAJI.has(lower);
}

/** "Kanagawa Ken", "Osaka-fu", "Chiba Prefecture": a romanised prefecture with its place suffix. */
export function isRomajiPlace(first: string, second: string): boolean {
  return (PREFECTURE_ROMAJI.has(first.toLowerCase()) && PLACE_SUFFIX.test(second)) || WARD_SUFFIX.test(second);
}

/** A pair of words read as a Japanese name in either order (Ken Sato, SATO Ken). */
export function isRomajiNamePair(first: string, second: string): boolean {
  if (isRomajiPlace(first, second)) return false;
  return (isRomajiGivenName(first) && isRomajiSurname(second)) || (isRomajiSurname(first) && isRomajiGivenName(second));
}

// "Company Name:", "Branch Name:", "Product Name:": a label for a thing, whose value is no person.
const THING_NAME_LABEL = /(?:company|corporate|branch|store|shop|office|product|project|file|bank|hotel|building|facility|department|dept|team|event|brand|item|service|plan|course|station|city|street|site|domain|host|venue|school|university|organi[sz]ation|vendor|supplier|business|trade|shop|property|account)[ \t]+name[ \t]*[:：]?[ \t]*$/i;

/** True when the text before `start` ends in a label for a thing (Company Name:, Branch Name:). */
export function thingLabelBefore(text: string, start: number): boolean {
  if (start < 6) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  return (before.indexOf('ame') >= 0 || before.indexOf('AME') >= 0) && THING_NAME_LABEL.test(before);
}
