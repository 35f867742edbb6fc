import type { Detector, RawFinding } from './detector';
import { givenTier, isHanCode, isHiraganaCode, isKanaGivenName, isKatakanaCode, isKatakanaWordAt, katakanaOf, surnameTier } from './ja-person-name';
import { PREFECTURE_WORDS } from '../data/prefectures';
import { isRarePlace, isRareSurname } from './name-rare-surnames';

/**
 * Full names written with one space (桑原 寛子, 仲宗根 剛, 檜山 ちひろ) that the single-space join of
 * ja-person-name.ts reads only in half or not at all, because it takes the whole kanji run before
 * the space as the surname:
 * - the surname is glued to the person word before it: 被保険者桑原 寛子, 顧客戸叶 啓介様,
 *   棋士藤代 湊は, 内定者日下部 雫さん, 氏名比嘉 徹;
 * - the surname is one IPADIC does not hold (ENAMDICT's rare list, not a place): 仲宗根 剛, 石動 健;
 * - the given name is written in hiragana: 檜山 ちひろ先生, 石動 そら.
 * The surname is a suffix of the run that the lexicon or the rare list holds; the given name a
 * lexicon given name (kanji) or given-name reading (hiragana), or any short word before an
 * honorific; the word after it ends there (a particle, an honorific, punctuation, the line's end).
 * A texts pays one indexOf per space.
 */

const STRONG = 2;
// Last characters of the person words a surname is glued after: 内定者, 顧客, 棋士, 施主, 児童, 社員, 師長.
const PERSON_WORD_END = new Uint8Array(0x10000);
// Kin glued before the name too (長女井上　あおい, 父三浦 望, 甥　山田光).
for (const c of '者客士主童員長師手生父母女男妻夫甥姪孫兄姉弟妹娘') PERSON_WORD_END[c.charCodeAt(0)] = 1;
const KANJI_TITLE = /(?:様|氏|殿|君|先生)$/;
const HONORIFIC = /^(?:様|さま|さん|くん|君|ちゃん|氏|殿|先生)/;
// What may follow a given name: an honorific, a particle, punctuation, a bracket, a space or the end.
const AFTER_GIVEN = /^(?:$|[\s、。，．,.)）」』】\]（(「『:：/／・]|様|さま|さん|くん|君|ちゃん|氏|殿|先生|が|は|の|に|を|と|も|へ|や|より|から|まで|です|でした|で[、。]|宛)/;

const COPULA_AFTER = /^(?:です|でした|でござ|と申|から|より|まで)/;

/** End of the given name at `start` (kanji or hiragana), with whether an honorific follows, or -1. */
function givenNameEnd(text: string, start: number): { end: number; honorific: boolean; tier: number; known: boolean } | null {
  const c = text.charCodeAt(start);
  if (isHanCode(c)) {
    let end = start + 1;
    while (end < text.length && isHanCode(text.charCodeAt(end))) end++;
    // An honorific in kanji is written glued to the name (啓介様, 健氏, 湊先生).
    const title = KANJI_TITLE.exec(text.slice(Math.max(start + 1, end - 2), end));
    if (title !== null) end -= title[0].length;
    if (end - start > 3) return null;
    const rest = text.slice(end, end + 3);
    const honorific = HONORIFIC.test(rest);
    if (!AFTER_GIVEN.test(rest)) return null;
    const tier = givenTier(text, start, end);
    // A word the lexicon does not hold as a given name counts only before an honorific (雫さん).
    if (tier === 0 && !honorific) return null;
    return { end, honorific, tier: tier === 0 ? 1 : tier, known: tier > 0 };
  }
  if (isKatakanaCode(c)) {
    // A given name in katakana (中島 カオリ, 谷 キヨさん): the whole run, a reading the lexicon holds.
    let end = start;
    while (end < text.length && end - start < 7 && isKatakanaCode(text.charCodeAt(end))) end++;
    const rest = text.slice(end, end + 3);
    if (end - start < 2 || !AFTER_GIVEN.test(rest) || !isKanaGivenName(text, start, end) || isKatakanaWordAt(text, start, end)) return null;
    return { end, honorific: HONORIFIC.test(rest), tier: 1, known: true };
  }
  if (!isHiraganaCode(c)) return null;
  let run = start;
  while (run < text.length && run - start < 8 && isHiraganaCode(text.charCodeAt(run))) run++;
  // The whole run (ちひろ), or the run before an honorific or a copula (そらちゃん, かおりです).
  for (let end = run; end >= start + 2; end--) {
    const rest = text.slice(end, end + 3);
    if (end < run && !HONORIFIC.test(rest) && !COPULA_AFTER.test(rest)) continue;
    if (end === run && !AFTER_GIVEN.test(rest)) continue;
    const kana = katakanaOf(text, start, end);
    if (isKanaGivenName(kana, 0, kana.length)) return { end, honorific: HONORIFIC.test(rest), tier: 1, known: true };
  }
  return null;
}

/** Start of the surname that ends at `end` within the kanji run from `runStart`, with its strength, or -1. */
function surnameStart(text: string, runStart: number, end: number, givenKnown: boolean): { start: number; strong: boolean; glued: boolean } | null {
  for (let len = Math.min(4, end - runStart); len >= 2; len--) {
    const start = end - len;
    const glued = start > runStart;
    // Glued: only after a person word (被保険者, 顧客, 棋士) or a name label (氏名).
    if (glued && PERSON_WORD_END[text.charCodeAt(start - 1)] !== 1 && !(start - runStart >= 2 && text.startsWith('氏名', start - 2))) continue;
    const tier = surnameTier(text, start, end);
    if (tier > 0) return { start, strong: tier === STRONG, glued };
    // A rare surname that is also a place (石動, 天王寺) only before a lexicon given name.
    if (isRareSurname(text, start, end) && !PREFECTURE_WORDS.has(text.slice(start, end)) && (givenKnown || !isRarePlace(text, start, end))) return { start, strong: false, glued };
  }
  return null;
}


function completeAt(text: string, space: number, out: RawFinding[]): void {
  if (!isHanCode(text.charCodeAt(space - 1))) return;
  const next = text.charCodeAt(space + 1);
  if (!isHanCode(next) && !isHiraganaCode(next) && !isKatakanaCode(next)) return;
  let runStart = space - 1;
  while (runStart > 0 && space - runStart < 10 && isHanCode(text.charCodeAt(runStart - 1))) runStart--;
  if (runStart > 0 && isHanCode(text.charCodeAt(runStart - 1))) return;
  const given = givenNameEnd(text, space + 1);
  if (given === null) return;
  const surname = surnameStart(text, runStart, space, given.known);
  if (surname === null) return;
  const hiraganaGiven = isHiraganaCode(next) || isKatakanaCode(next);
  // A whole-run lexicon surname with a kanji given name is the single-space join's own case.
  if (!surname.glued && !hiraganaGiven && surnameTier(text, surname.start, space) > 0) return;
  // Two halves that are both ordinary words too (原 大和) need an honorific after them.
  if (!surname.strong && given.tier !== STRONG && !given.honorific && !hiraganaGiven && surnameTier(text, surname.start, space) > 0) return;
  // Above the half already found (up to 0.85), so the whole name wins the overlap.
  out.push({ type: 'PERSON_NAME', start: surname.start, end: given.end, score: 0.9 });
}

/** Names of one surname, one space and one given name that the other passes read apart or not at all. */
export function detectSpacedNameParts(text: string, out: RawFinding[]): void {
  for (let at = text.indexOf(' ', 1); at >= 0; at = text.indexOf(' ', at + 1)) completeAt(text, at, out);
  for (let at = text.indexOf('\u3000', 1); at >= 0; at = text.indexOf('\u3000', at + 1)) completeAt(text, at, out);
}

export const spacedNamePartsDetector: Detector = {
  type: 'PERSON_NAME',
  detect(text, _options, out) {
    detectSpacedNameParts(text, out);
  },
};
