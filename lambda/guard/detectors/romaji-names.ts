import { kanaNameReadings } from './ja-person-name';

/**
 * Romaji surnames and given names, derived from the katakana readings of the IPADIC name
 * lexicon (ja-names.ts) by Hepburn romanisation: サトウ -> sato, satou, satoh; ユウキ -> yuki, yuuki.
 * Built on first use (a few milliseconds), so module load does not pay for it and the bundle
 * carries no second list.
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

/** The spellings people use for one reading: satou, sato, satoh; oono, ono, ohno; yuuki, yuki. */
function variants(romaji: string, into: Set<string>): void {
  into.add(romaji);
  const short = romaji.replace(/ou/g, 'o').replace(/uu/g, 'u').replace(/oo/g, 'o');
  into.add(short);
  into.add(romaji.replace(/ou/g, 'oh').replace(/oo/g, 'oh'));
  // The syllabic n before b, m, p in traditional Hepburn (Homma, Namba, Sampei).
  if (/n[bmp]/.test(short)) into.add(short.replace(/n(?=[bmp])/g, 'm'));
}

let lists: { surnames: Set<string>; given: Set<string> } | null = null;

function romajiLists(): { surnames: Set<string>; given: Set<string> } {
  if (lists !== null) return lists;
  const { surnames, given } = kanaNameReadings();
  const s = new Set<string>();
  const g = new Set<string>();
  for (const r of surnames) variants(romanise(r), s);
  for (const r of given) variants(romanise(r), g);
  lists = { surnames: s, given: g };
  return lists;
}

/** True when `word` (any case) romanises a lexicon surname reading (Sato, SUZUKI, Itoh). */
export function isRomajiSurname(word: string): boolean {
  return word.length >= 2 && romajiLists().surnames.has(word.toLowerCase());
}

/** True when `word` (any case) romanises a lexicon given-name reading (Ken, Yuuki, HANAKO). */
export function isRomajiGivenName(word: string): boolean {
  return word.length >= 2 && romajiLists().given.has(word.toLowerCase());
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
