import type { RawFinding } from './detector';
import { codeAt, digitRuns } from './digit-sequence';
import { kanaNameReadings } from './ja-person-name';

/**
 * Names written in hiragana, as casual chat writes them: a surname or given name before a
 * personal honorific (いのうえさん, せきくん, ゆいちゃん, さとう様, まゆみ先生), or a given name before a
 * kin word and its honorific (やすこおばあちゃん), read with the lexicon's
 * readings (a hiragana word is looked up as its katakana form), and a hiragana given name
 * right after a kanji surname already found (山田さくら, 鈴木まゆみが): the span covers both.
 * Words that take an honorific but are no name (みなさん, おかあさん, かみさま, おつかれさま)
 * stay out by a stop list and by where the word starts.
 */

const { surnames: KANA_SURNAMES, given: KANA_GIVEN } = kanaNameReadings();

function isKanji(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || c === 0x3005;
}

function isHiragana(c: number): boolean {
  return c >= 0x3041 && c <= 0x3096;
}

/** The katakana form of the hiragana `text[start, end)`. */
function katakana(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(text.charCodeAt(i) + 0x60);
  return out;
}

// Personal honorifics after a name written in hiragana.
const HONORIFIC_AT = /(?:さん|さま|くん|ちゃん|様|氏|君|先生|せんせい)/y;
// Kin words between a given name and さん/ちゃん (やすこおばあちゃん, けんたおにいちゃん): the name before them.
const KIN_BEFORE_HONORIFIC = ['おばあ', 'おじい', 'おねえ', 'おにい', 'おば', 'おじ', 'ばあ', 'じい', 'ねえ', 'にい'];

// Hiragana words that take an honorific and read like a name (みな, かみ, おく, ねこ...), that
// hold one at their end after a prefix (おかあさん, おつかれさま), or whose last kana only look
// like an honorific (たくさん, ぎょうさん, あからさま, さかさま): not a person's name.
const NOT_A_NAME = new Set(
  `みな みんな みなみな かみ おう ほとけ ひめ おひめ おうじ あか あかちゃ おく おくさ おきゃく きゃく おかあ かあ おとう とう おにい にい おねえ ねえ
おじい じい おばあ ばあ おじ おば おじょう じょう ぼう おぼう ぼっ だんな おかみ おまわり おいしゃ いしゃ かんごし せんせい おかげ かげ
おつかれ つかれ ごくろう くろう ごちそう ちそう おたがい たがい おそまつ おまち おまちどお おさき おせわ せわ おひさ ごめん おきのどく
おだいじ だいじ おめでと おめでとう ありがと ありがとう おはよう はよう こんにちは こんばんは おやすみ おおきに どなた だれ あなた あんた おとなり となり むすこ むすめ まご おや よめ むこ
しゃちょう ぶちょう かちょう せんぱい こうはい どうりょう じょうし ねこ いぬ うさぎ くま ぞう とり さる ぱぱ まま はなや ほんや やおや とこや すしや そばや ぱんや さかなや くすりや さかや にくや こめや
おばけ おに かっぱ てんし あくま おひさま おつきさま おほしさま ほしさま つきさま おてんとさま てんとさま おだいりさま おひなさま ひなさま
おいなりさま いなりさま えびすさま だいこくさま かみさま ほとけさま おとのさま とのさま おしゃかさま しゃかさま おじぞうさま じぞうさま
たく ぎょう あから さか さかさ`.split(/\s+/),
);

// Two-character readings that are also particles, adverbs or nouns written in hiragana (とも, かな, まで).
const FUNCTION_WORDS = new Set('とも かな まで より など もの こと ため ほど ばか さえ しか だけ のみ ころ うち あと まま ごと すら まな あい さき かず なお また まだ もう よく いま みな ただ つね はる なつ あき ふゆ ゆき あさ ひる よる'.split(' '));
const NO_WORD_START = new Set([...'ぁぃぅぇぉっゃゅょゎんー'].map((c) => c.charCodeAt(0)));

// Hiragana a name may follow inside a run: the particles before a noun (あとはいのうえさん, それといのうえくん).
const PARTICLE = new Set([...'はがもとにでのをへやよねかえ'].map((c) => c.charCodeAt(0)));

// An age in brackets right after a word: ひまり（3歳）, マリア(7歳), the way family and care forms
// name children and residents.
const AGE_AFTER = /[（(][0-9０-９]{1,3}[ ]?(?:歳|才|か月|ヶ月|カ月)[）)]/g;
const PARTICLE_BEFORE_NAME = new Set([...'とやのもはがに'].map((c) => c.charCodeAt(0)));

/**
 * A given name in hiragana or katakana right before an age in brackets (ひまり（3歳）とそうた（5歳）),
 * read with the lexicon's given-name readings; words (こども（3歳）) have none.
 */
export function detectAgedKanaNames(text: string, out: RawFinding[]): void {
  AGE_AFTER.lastIndex = 0;
  for (let m = AGE_AFTER.exec(text); m !== null; m = AGE_AFTER.exec(text)) {
    const end = m.index;
    const hira = isHiragana(codeAt(text, end - 1));
    const kata = !hira && isKatakana(codeAt(text, end - 1));
    if (!hira && !kata) continue;
    let runStart = end;
    while (runStart > 0 && end - runStart < 8 && (hira ? isHiragana(text.charCodeAt(runStart - 1)) : isKatakana(text.charCodeAt(runStart - 1)))) runStart--;
    // The longest reading that ends at the bracket and starts the run or follows a particle (とそうた).
    for (let start = runStart; start <= end - 2; start++) {
      if (start > runStart && !(hira && start === runStart + 1 && PARTICLE_BEFORE_NAME.has(text.charCodeAt(runStart)))) continue;
      const reading = hira ? katakana(text, start, end) : text.slice(start, end);
      if (!KANA_GIVEN.has(reading) || NOT_A_NAME.has(hira ? text.slice(start, end) : '')) continue;
      out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
      break;
    }
  }
}

/** Hiragana names before a personal honorific, pushed as PERSON_NAME findings. */
export function detectHiraganaNames(text: string, out: RawFinding[], isSurname: (text: string, start: number, end: number) => boolean): void {
  // The shared scan records where every honorific may start: a cheap filter before any lookup.
  const cues = digitRuns(text).japaneseNameCueStarts;
  let done = 0;
  for (let ci = 0; ci < cues.length; ci++) {
    const at = cues[ci];
    if (at < 2 || at < done || !isHiragana(text.charCodeAt(at - 1))) continue;
    HONORIFIC_AT.lastIndex = at;
    if (!HONORIFIC_AT.test(text)) continue;
    let runStart = at - 1;
    while (runStart > 0 && at - runStart < 8 && isHiragana(text.charCodeAt(runStart - 1))) runStart--;
    // A run that goes on past eight characters is a sentence, not a word before the honorific.
    if (runStart > 0 && isHiragana(text.charCodeAt(runStart - 1)) && at - runStart >= 8) runStart = at - 7;
    // A whole run that is a word taking an honorific (みなさん, おつかれさま) is no name.
    if (NOT_A_NAME.has(text.slice(runStart, at))) continue;
    if (kinAfterName(text, runStart, at, out)) {
      done = at + 1;
      continue;
    }
    for (let start = Math.max(runStart, at - 6); start <= at - 2; start++) {
      // Two characters only as a whole word or after a particle (せきくん, あとはせきくん), not as the
      // end of a longer word (おとうさん).
      if (at - start < 3 && start !== runStart && !PARTICLE.has(text.charCodeAt(start - 1))) continue;
      if (NOT_A_NAME.has(text.slice(start, at))) break;
      // A word starts on a whole syllable: not on a small kana, ん or ー (しゃちょうさん is no ちょう).
      if (NO_WORD_START.has(text.charCodeAt(start))) continue;
      const reading = katakana(text, start, at);
      if (!KANA_SURNAMES.has(reading) && !KANA_GIVEN.has(reading)) continue;
      // A kanji surname right before the reading (山田 さくら様) belongs to the name.
      let nameStart = start;
      if (start === runStart) {
        let k = start;
        if (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 0x3000) k--;
        let s = k;
        while (s > 0 && k - s < 4 && isKanji(text.charCodeAt(s - 1))) s--;
        if (s < k && !isKanji(text.charCodeAt(s - 1)) && isSurname(text, s, k)) nameStart = s;
      }
      out.push({ type: 'PERSON_NAME', start: nameStart, end: at, score: 0.75 });
      done = at + 1;
      break;
    }
  }
}

/** A given-name reading, the whole run before a kin word that ends at `at` (やすこおばあちゃん): pushed, true. */
function kinAfterName(text: string, runStart: number, at: number, out: RawFinding[]): boolean {
  for (const kin of KIN_BEFORE_HONORIFIC) {
    const nameEnd = at - kin.length;
    if (nameEnd - runStart < 2 || !text.startsWith(kin, nameEnd)) continue;
    if (KANA_GIVEN.has(katakana(text, runStart, nameEnd)) && !NOT_A_NAME.has(text.slice(runStart, nameEnd))) {
      out.push({ type: 'PERSON_NAME', start: runStart, end: nameEnd, score: 0.75 });
      return true;
    }
  }
  return false;
}

// What a person does in a business sentence or a chat line, right after a name written in
// hiragana: ゆうきが担当, さくらから連絡, けんたに頼んだ, あやかと話した. Found from the particle
// (が, に, と, か), as a sticky test where a hiragana word ends before it.
const ACTOR_AFTER = /(?:が(?:担当|対応|参加|出席|同行|来る|来た|来て|言って|言った|休み|遅れ)|から(?:連絡|報告|聞い|電話|メール)|に(?:聞い|頼ん|伝え|相談|確認)|と(?:話し|会っ|ご飯|飲み|打ち合わせ))/y;
const ACTOR_PARTICLES = ['が', 'に', 'と', 'か'];
// Hiragana words before such a phrase that are no name (わたしが担当, みんなが参加).
const NOT_AN_ACTOR = new Set('わたし わたくし あたし あなた みんな みなさん だれ どなた こちら そちら あちら どちら じぶん ぼく おれ かれ かのじょ ほか ぜんいん ひとり ふたり きょう あした あす きのう いつも ともだち かぞく こども おとな'.split(' '));

/**
 * A name in hiragana, three to six kana that the lexicon reads as a surname or given name,
 * standing alone before what a person does or is asked (ゆうきが担当します, 、さくらから連絡,
 * けんたに頼んだ): the verb is the cue an honorific would be. Only where the run starts a word
 * (after a space, punctuation or the start of a line), so no verb ending or okurigana is read into it.
 */
export function detectHiraganaActors(text: string, out: RawFinding[]): void {
  for (let k = 0; k < ACTOR_PARTICLES.length; k++) {
    const particle = ACTOR_PARTICLES[k];
    for (let at = text.indexOf(particle, 3); at >= 0; at = text.indexOf(particle, at + 1)) {
      if (!isHiragana(text.charCodeAt(at - 1))) continue;
      ACTOR_AFTER.lastIndex = at;
      if (!ACTOR_AFTER.test(text)) continue;
      let start = at;
      while (start > 0 && at - start < 7 && isHiragana(text.charCodeAt(start - 1))) start--;
      const length = at - start;
      if (length < 3 || length > 6) continue;
      const before = start > 0 ? text.charCodeAt(start - 1) : 10;
      if (isKanji(before) || (before >= 0x30a1 && before <= 0x30fc) || ((before | 0x20) >= 0x61 && (before | 0x20) <= 0x7a) || (before >= 0x30 && before <= 0x39)) continue;
      const word = text.slice(start, at);
      if (NOT_AN_ACTOR.has(word) || NOT_A_NAME.has(word) || NO_WORD_START.has(text.charCodeAt(start))) continue;
      const reading = katakana(text, start, at);
      if (KANA_GIVEN.has(reading) || KANA_SURNAMES.has(reading)) out.push({ type: 'PERSON_NAME', start, end: at, score: 0.7 });
    }
  }
}

/**
 * A full name in hiragana, surname and given name one space apart, as children's notes and care
 * records write them (きょうのとうばん：たけうち きょうへい、しばた ゆうま; さかもと さちこさんが): a surname
 * reading standing apart, then a given-name reading that ends there or before an honorific.
 */
export function detectHiraganaFullNames(text: string, out: RawFinding[]): void {
  for (let sp = text.indexOf(' '), ideo = text.indexOf('　'); sp >= 0 || ideo >= 0; ) {
    const p = sp >= 0 && (ideo < 0 || sp < ideo) ? sp : ideo;
    if (p === sp) sp = text.indexOf(' ', p + 1);
    else ideo = text.indexOf('　', p + 1);
    if (!isHiragana(text.charCodeAt(p - 1)) || !isHiragana(text.charCodeAt(p + 1))) continue;
    let start = p;
    while (start > 0 && p - start < 7 && isHiragana(text.charCodeAt(start - 1))) start--;
    if (p - start < 2 || p - start > 6 || (start > 0 && !SURNAME_APART.has(text.charCodeAt(start - 1)))) continue;
    if (!KANA_SURNAMES.has(katakana(text, start, p)) || NOT_A_NAME.has(text.slice(start, p))) continue;
    let runEnd = p + 1;
    while (runEnd < text.length && runEnd - p <= 9 && isHiragana(text.charCodeAt(runEnd))) runEnd++;
    for (let end = Math.min(runEnd, p + 6); end >= p + 3; end--) {
      // The given name ends the run, or an honorific follows it.
      if (end < runEnd && !FULL_NAME_HONORIFIC.test(text.slice(end, end + 3))) continue;
      if (end === runEnd && runEnd < text.length && !GIVEN_END_APART.has(text.charCodeAt(end))) continue;
      if (!KANA_GIVEN.has(katakana(text, p + 1, end))) continue;
      out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
      break;
    }
  }
}

// What a hiragana surname and a given name stand between: spaces, punctuation, a colon, a bracket.
const SURNAME_APART = new Set([...' 　：:、，,。「『（(\n'].map((c) => c.charCodeAt(0)));
const GIVEN_END_APART = new Set([...' 　、，,。」』）)！!？?\n'].map((c) => c.charCodeAt(0)));
const FULL_NAME_HONORIFIC = /^(?:さん|さま|くん|ちゃん|様|殿|先生)/;

const DEPARTMENT_END = new Set([...'部課室局係の'].map((c) => c.charCodeAt(0)));

// Hiragana right after a name that is no given name: an honorific, a copula or a particle phrase.
const NOT_GIVEN_AT = /(?:さん|さま|くん|ちゃん|です|でし|でご|と申|とも[うお]|から|まで|より|など|には|にも|では|への|との|ほか|たち|ら[、。はがもの]|宛|氏)/y;
// What may follow a given name: the end, a non-hiragana character, an honorific, a copula or a particle.
const AFTER_GIVEN = /(?:$|[^\u3041-\u3096]|さん|さま|くん|ちゃん|です|でし|でご|と申|が|は|も|と|に|の|を|へ|や|から|より|まで)/y;

/**
 * Extends PERSON_NAME findings in out[from..] that end with a kanji surname over a given name
 * written in hiragana right after it (one space may sit between): 山田さくら, 鈴木 まゆみが.
 */
export function extendOverHiraganaGivenNames(text: string, out: RawFinding[], from: number, isSurname: (start: number, end: number) => boolean): void {
  for (let i = from; i < out.length; i++) {
    const f = out[i];
    if (f.type !== 'PERSON_NAME' || f.score <= 0) continue;
    let at = f.end;
    if (codeAt(text, at) === 32 || codeAt(text, at) === 0x3000) at++;
    if (!isHiragana(codeAt(text, at))) continue;
    const last = text.charCodeAt(f.end - 1);
    if (isHiragana(last) || last < 0x3400) continue;
    NOT_GIVEN_AT.lastIndex = at;
    if (NOT_GIVEN_AT.test(text)) continue;
    // The finding is a surname alone, or one after a department word (営業部鈴木): not a full name
    // already (坂本龍馬ゆかりの地).
    let surname = isSurname(f.start, f.end);
    for (let s = f.end - 1; !surname && s > f.start + 1 && f.end - s <= 4; s--) surname = DEPARTMENT_END.has(text.charCodeAt(s - 1)) && isSurname(s, f.end);
    if (!surname) continue;
    let runEnd = at;
    while (runEnd < text.length && runEnd - at < 7 && isHiragana(text.charCodeAt(runEnd))) runEnd++;
    for (let end = Math.min(runEnd, at + 5); end >= at + 2; end--) {
      if (end - at === 2 && FUNCTION_WORDS.has(text.slice(at, end))) continue;
      if (end - at === 2 && particleStart(text, at, end)) continue;
      if (!KANA_GIVEN.has(katakana(text, at, end))) continue;
      AFTER_GIVEN.lastIndex = end;
      if (!AFTER_GIVEN.test(text)) continue;
      f.end = end;
      break;
    }
  }
}

/**
 * Extends PERSON_NAME findings in out[from..] that are a kanji surname alone over a given name
 * written in katakana right after it (one space may sit between), as elderly women's names and
 * forms write them: 荒木 トミ, 上村ハル様, 長岡 フミ子. The katakana run is a given-name reading as a
 * whole (and no longer run), perhaps with 子, and a boundary follows. (A katakana given name found
 * alone after its surname is joined by joinSurnamesBeforeGivenNames.)
 */
export function extendOverKatakanaGivenNames(text: string, out: RawFinding[], from: number, isSurname: (start: number, end: number) => boolean, isGiven: (start: number, end: number) => boolean): void {
  for (let i = from; i < out.length; i++) {
    const f = out[i];
    if (f.type !== 'PERSON_NAME' || f.score <= 0) continue;
    let at = f.end;
    if (codeAt(text, at) === 32 || codeAt(text, at) === 0x3000) at++;
    if (!isKatakana(codeAt(text, at)) || !isSurname(f.start, f.end)) continue;
    let end = at;
    while (end < text.length && end - at <= 4 && isKatakana(text.charCodeAt(end))) end++;
    if (end - at < 2 || end - at > 4 || isKatakana(codeAt(text, end)) || !isGiven(at, end)) continue;
    if (text.charCodeAt(end) === 0x5b50) end++; // 子
    AFTER_KATAKANA_GIVEN.lastIndex = end;
    if (!AFTER_KATAKANA_GIVEN.test(text)) continue;
    f.end = end;
  }
}

/**
 * Extends a given name found alone back over its surname: the longest lexicon surname of two or
 * three kanji that ends the kanji run before it, often glued to a label or title. A space sits
 * between before a given name in kanji (氏名吉川 翔太, 本部長河合 昌弘, お客様吉岡 美香様); before one in
 * katakana it may not (荒木トミさん, 荒木 トミ).
 */
export function joinSurnamesBeforeGivenNames(text: string, out: RawFinding[], from: number, isSurname: (start: number, end: number) => boolean, isGiven: (start: number, end: number) => boolean): void {
  for (let i = from; i < out.length; i++) {
    const f = out[i];
    if (f.type !== 'PERSON_NAME' || f.score <= 0) continue;
    const kanjiGiven = isKanjiCode(text.charCodeAt(f.start));
    if (!kanjiGiven && !isKatakana(text.charCodeAt(f.start))) continue;
    const spaced = codeAt(text, f.start - 1) === 32 || codeAt(text, f.start - 1) === 0x3000;
    if (kanjiGiven && !spaced) continue;
    const surnameEnd = spaced ? f.start - 1 : f.start;
    if (!isKanjiCode(codeAt(text, surnameEnd - 1)) || !isGiven(f.start, f.end)) continue;
    if (out.some((g) => g !== f && g.type === 'PERSON_NAME' && g.end === surnameEnd)) continue;
    for (let length = Math.min(3, surnameEnd); length >= 2; length--) {
      const s = surnameEnd - length;
      if (!isKanjiCode(text.charCodeAt(s)) || !isKanjiCode(text.charCodeAt(s + 1)) || !isSurname(s, surnameEnd)) continue;
      f.start = s;
      break;
    }
  }
}

function isKanjiCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || c === 0x3005;
}

function isKatakana(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;
}

const AFTER_KATAKANA_GIVEN = /(?:$|[\s、。,，.．（(）)・/／:：「」]|さん|さま|様|くん|ちゃん|氏|殿|です|が|は|も|と|に|の|を|へ|から|より)/y;

// First two characters of every given-name reading, in hiragana, as one number: a cheap test at
// each kanji-to-hiragana step of the text.
const GIVEN_PAIRS = new Uint8Array(96 * 96);
for (const r of KANA_GIVEN) {
  const a = r.charCodeAt(0) - 0x60 - 0x3041;
  const b = r.charCodeAt(1) - 0x60 - 0x3041;
  if (r.length >= 2 && a >= 0 && a < 96 && b >= 0 && b < 96) GIVEN_PAIRS[a * 96 + b] = 1;
}
const PARTICLE_FIRST = new Set([...'はがもとにでのをへや'].map((c) => c.charCodeAt(0)));
const CLOSED_AFTER = /(?:$|[^\u3041-\u3096]|さん|さま|くん|ちゃん|です|と申)/y;

/** A two-character reading that starts with a particle (光永はこの案: は + この) counts only before an honorific, a copula or a non-hiragana character. */
function particleStart(text: string, start: number, end: number): boolean {
  if (!PARTICLE_FIRST.has(text.charCodeAt(start))) return false;
  CLOSED_AFTER.lastIndex = end;
  return !CLOSED_AFTER.test(text);
}

// What follows a person (not a place or thing) in a business sentence.
const PERSON_AFTER = /(?:さん|さま|様|くん|ちゃん|氏|です|でした|と申|が(?:担当|対応|伺|出席|参加|同行|ご|お)|から(?:連絡|報告|説明|ご|お|の(?:連絡|報告|依頼))|より(?:ご|お|連絡)|に(?:ご?連絡|確認|依頼|お願い|伝え|聞|相談))/y;

// What may follow such a name: not hiragana, or an honorific, a copula or a particle.
const AFTER_NAME = /(?:$|[^\u3041-\u3096]|さん|さま|くん|ちゃん|です|でし|と申|が|は|も|と(?!も)|に|の|を|へ|から|より|まで|ら[、。はが])/y;

/**
 * At the end `i` of the kanji run from `runStart`: a surname the lexicon marks as unambiguous (one
 * to three characters, the whole run) followed by a given-name reading in hiragana (未知やすえ, かたせ梨乃 is read by the rule pass):
 * 大道寺あや子 and 小林まいが need no honorific. Two-character readings that are also function
 * words (とも, かな) stay out. Returns where the scan goes on.
 */
export function kanjiHiraganaNameAt(text: string, runStart: number, i: number, out: RawFinding[], surnameTierOf: (start: number, end: number) => number): number {
  const length = text.length;
  const c = text.charCodeAt(i);
  if (!isHiragana(c) || i - runStart > 3) return i;
  if (i + 1 >= length) return i;
  const b = text.charCodeAt(i + 1) - 0x3041;
  if (b < 0 || b >= 96 || GIVEN_PAIRS[(c - 0x3041) * 96 + b] !== 1) return i;
  const tier = surnameTierOf(runStart, i);
  if (tier === 0) return i;
  let runEnd = i;
  while (runEnd < length && runEnd - i < 6 && isHiragana(text.charCodeAt(runEnd))) runEnd++;
  // An ambiguous surname takes only a reading of three or more kana (checked again below).
  if (tier < 2 && runEnd - i < 3) return i;
  NOT_GIVEN_AT.lastIndex = i;
  if (NOT_GIVEN_AT.test(text)) return i;
  for (let end = Math.min(runEnd, i + 4); end >= i + 2; end--) {
    // A kanji 子/美/香... may close the given name (あや子).
    const closing = isKanji(text.charCodeAt(end)) && end === runEnd && /[子美恵江代香乃奈]/.test(text[end]) ? 1 : 0;
    const word = text.slice(i, end);
    if (end - i === 2 && closing === 0 && FUNCTION_WORDS.has(word)) continue;
    if (end - i === 2 && closing === 0 && particleStart(text, i, end)) continue;
    if (!KANA_GIVEN.has(katakana(text, i, end)) && closing === 0) continue;
    AFTER_NAME.lastIndex = end + closing;
    if (!AFTER_NAME.test(text)) continue;
    if (closing === 0 && end === runEnd && end < length && isKanji(text.charCodeAt(end)) && end - i < 3) continue;
    // A surname that is also a word or place (平野, 千葉) with a reading of three or more kana,
    // and what follows says a person is meant (平野ひかりが担当します, 小山まゆみさん).
    if (tier < 2) {
      PERSON_AFTER.lastIndex = end + closing;
      if (end - i < 3 || !PERSON_AFTER.test(text)) continue;
    }
    out.push({ type: 'PERSON_NAME', start: runStart, end: end + closing, score: 0.7 });
    return end + closing;
  }
  return i;
}
