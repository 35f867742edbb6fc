import type { Detector, RawFinding } from './detector';
import { givenTier, isHanCode, isHiraganaCode, isKanaGivenName, isKanaSurname, isKatakanaCode, isKatakanaWordAt, isLexiconFullName, katakanaOf, surnameTier } from './ja-person-name';
import { isRareSurname } from './name-rare-surnames';
import { isRomajiGivenName, isRomajiSurname } from './romaji-names';
import { EN_GIVEN_NAMES } from '../data/en-given-names';
import { EN_SURNAMES } from '../data/en-surnames';
import { PREFECTURE_WORDS } from '../data/prefectures';

const EN_SURNAME_SET: ReadonlySet<string> = new Set(EN_SURNAMES);

/**
 * Names placed by what surrounds them, with no honorific and no label: beside a contact detail,
 * closing a message, or named by a role or department (看護師長の杉本から, 書記は宮崎が):
 * `090-1234-5678 までお願いします。太田`, `03-6205-1148 大島`, `0 3 - 3581 - 4219 （長野）`,
 * `(Kevin Park)` after a number, `採用担当野口（03-5218-4460）`, `所長菅谷`. A phone number or an
 * e-mail address is a person's reach; the word written right after it (or the role-glued word
 * right before it) is whose reach it is. The surname lexicon (IPADIC, ja-person-name.ts) decides
 * what may be a name; a word that is also an ordinary noun (tier 1) counts only in brackets or
 * before まで/宛, where a place or an office (大阪まで, （本社）) would be a common noun the lexicon
 * does not hold as a surname.
 */

// The identifiers found before this detector that a person's name is written beside.
const CONTACT_TYPES = new Set(['PHONE_NUMBER', 'EMAIL', 'US_SSN', 'MY_NUMBER', 'CREDIT_CARD', 'DRIVERS_LICENSE', 'PASSPORT_NUMBER']);
const STRONG = 2;
// What may end a name written beside a contact detail.
const NAME_END = /^(?:$|[ \t　]*(?:\n|$)|[）)】］\]]|まで|迄|宛|様|[、。,.]|[ \t　]+[（(])/;
const OPEN_BRACKET = /[（(【［[]/;
const LATIN_NAME = /^([A-Za-z][a-z]+|[A-Z]{2,})(?:[ \t　]([A-Z][a-z]+|[A-Z]{2,}))?/;
// A department or role word before the name inside the brackets: （営業 林）.
const ROLE_IN_BRACKETS = /^[\u4e00-\u9fff]{1,4}[ 　]/;
const CLOSE_AFTER = /^(?:宛|様|さん|まで)?[ \t　]*[）)】］\]]/;
const ADDRESSED = new Set(['宛'.charCodeAt(0), '様'.charCodeAt(0)]);

function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function kanjiRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isHanCode(text.charCodeAt(i))) i++;
  return i;
}

/** `surnameEnd`, or the end of a given name one space after it (関口 弘). */
function withGivenNameAfterSpace(text: string, surnameEnd: number): number {
  if (text[surnameEnd] !== ' ' && text[surnameEnd] !== '　') return surnameEnd;
  const givenEnd = kanjiRunEnd(text, surnameEnd + 1);
  return givenEnd > surnameEnd + 1 && givenTier(text, surnameEnd + 1, givenEnd) > 0 ? givenEnd : surnameEnd;
}

/** End of a Japanese name at `start` (surname, surname + given name, with or without a space), or -1. */
function japaneseNameEnd(text: string, start: number, enclosed: boolean): number {
  let runEnd = kanjiRunEnd(text, start);
  // 宛 or 様 glued to the name (塙宛, 錦織様) addresses it: the name ends before it, and even one
  // kanji or a word that is also a noun is read as a name there.
  const addressed = runEnd - start >= 2 && ADDRESSED.has(text.charCodeAt(runEnd - 1));
  if (addressed) runEnd--;
  const len = runEnd - start;
  if (len === 0 || len > 5) return -1;
  if (len >= 3 && isLexiconFullName(text, start, runEnd)) return runEnd;
  // Surname alone, or surname + given name in one run.
  for (let a = Math.min(3, len); a >= 1; a--) {
    const tier = surnameTier(text, start, start + a);
    if (tier === 0) continue;
    if (a < len && givenTier(text, start + a, runEnd) === 0) continue;
    if (a === len) {
      // 林, 大島: a one-kanji surname needs brackets, an ambiguous one brackets or an end that
      // is no place's (まで, 宛, the end of the line).
      const after = text.slice(runEnd, runEnd + 2);
      if (a === 1 && !enclosed && !addressed) return -1;
      if (tier !== STRONG && !enclosed && !addressed && !/^(?:まで|迄|宛|[ \t　]*(?:\n|$))/.test(after)) return -1;
      return withGivenNameAfterSpace(text, runEnd);
    }
    return runEnd;
  }
  return -1;
}

/** End of a romaji or Latin name at `start` (ISHIDA, Kevin Park) in brackets, or -1. */
function latinNameEnd(text: string, start: number): number {
  const m = LATIN_NAME.exec(text.slice(start, start + 40));
  if (m === null) return -1;
  const romaji = isRomajiSurname(m[1]) || isRomajiGivenName(m[1]) || (m[2] !== undefined && (isRomajiSurname(m[2]) || isRomajiGivenName(m[2])));
  // An English given name and a capitalised word (Kevin Park), not (Main Office).
  if (!romaji && !(m[2] !== undefined && (englishGiven ??= new Set(EN_GIVEN_NAMES)).has(m[1]) && /^[A-Z][a-z]/.test(m[2]))) return -1;
  return start + m[0].length;
}

let englishGiven: ReadonlySet<string> | null = null;

function pushName(start: number, end: number, out: RawFinding[]): void {
  if (end > start) out.push({ type: 'PERSON_NAME', start, end, score: 0.8 });
}

/** The name written right after a contact detail ending at `end`. */
function nameAfter(text: string, end: number, out: RawFinding[]): void {
  let i = end;
  let spaces = 0;
  while (spaces < 2 && (text[i] === ' ' || text[i] === '　' || text[i] === '\t')) i++, spaces++;
  // 090-1234-5678 までお願いします。太田, 正しくは080-2945-6613です。松本: the text ends with the name.
  const closing = /^[^\n。]{0,16}。[ \t　]*/.exec(text.slice(i, i + 24));
  if (closing !== null) {
    const start = i + closing[0].length;
    const nameEnd = japaneseNameEnd(text, start, true);
    if (nameEnd > 0 && /^[ \t　]*$/.test(text.slice(nameEnd))) return pushName(start, nameEnd, out);
  }
  const bracketed = OPEN_BRACKET.test(text[i] ?? '');
  if (bracketed) {
    i++;
    while (text[i] === ' ' || text[i] === '　') i++;
    const role = ROLE_IN_BRACKETS.exec(text.slice(i, i + 6));
    if (role !== null && isHanCode(text.charCodeAt(i + role[0].length))) i += role[0].length;
  } else if (spaces === 0) {
    return; // 090-1234-5678大島支店: glued, and read by the other rules.
  }
  const c = text.charCodeAt(i);
  if (isHanCode(c)) {
    const nameEnd = japaneseNameEnd(text, i, bracketed);
    if (nameEnd < 0) return;
    const rest = text.slice(nameEnd, nameEnd + 3);
    if (bracketed ? CLOSE_AFTER.test(rest) : NAME_END.test(rest)) pushName(i, nameEnd, out);
  } else if (bracketed && isLatin(c)) {
    const nameEnd = latinNameEnd(text, i);
    if (nameEnd > 0 && CLOSE_AFTER.test(text.slice(nameEnd, nameEnd + 3))) pushName(i, nameEnd, out);
  }
}

/** A surname glued after a role word (採用担当野口, 所長菅谷), ending at a boundary. */
function detectGluedRoleNames(text: string, out: RawFinding[]): void {
  // Role words and shift slots a surname is written glued after (採用担当野口, 所長菅谷, 倉庫係井上,
  // 看護師長沢口, 午前熊谷).
  // School and co-op posts too (養護教諭宮本, 組合長藤井).
  const re = /(?:担当|係長|係|所長|店長|主任|課長|部長|室長|支配人|師長|院長|園長|校長|社長|局長|班長|事務長|工場長|施主|顧客|患者|契約者|午前|午後|早番|遅番|中番|日勤|夜勤|当番|教諭|担任|組合長|理事長)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index + m[0].length;
    let runEnd = kanjiRunEnd(text, start);
    // An honorific in kanji glued after the name (施主袴田様) is no part of it.
    if (runEnd - start >= 3 && ADDRESSED.has(text.charCodeAt(runEnd - 1))) runEnd--;
    const len = runEnd - start;
    if (len < 2 || len > 5) continue;
    let nameEnd = -1;
    for (let a = Math.min(3, len); a >= 2; a--) {
      if (surnameTier(text, start, start + a) !== STRONG) continue;
      if (a === len || givenTier(text, start + a, runEnd) > 0 || isLexiconFullName(text, start, runEnd)) nameEnd = runEnd;
      break;
    }
    if (nameEnd < 0) continue;
    nameEnd = withGivenNameAfterSpace(text, nameEnd);
    if (!/^(?:$|[ \t　\n（(、。,：:]|まで|宛|様|から|より|が|に|へ|は)/.test(text.slice(nameEnd, nameEnd + 2))) continue;
    pushName(start, nameEnd, out);
  }
}

// A person's role or department, then の or は, right before the name: 看護師長の榎本から,
// 品質保証部の大塚が, 書記は宮崎が. Places (工場の, 店の) are left out: 工場の森が is a wood.
const ROLE_THEN_PARTICLE = /(?:[部課室係]|[^延成増]長|担任|担当|担当者|[職社係委員]員|作業員|[^教]師|[護理士]士|主任|司会|書記|幹事|秘書|受付|窓口)[のは]$/;
// What follows a person named by role: the subject, source or addressee particle.
const PERSON_PARTICLE = /^(?:が|から|より|は|に(?![つよ関対])|へ|です|でございます)/;

/** A lexicon surname (or surname and given name) named by its role: 人事課の中西が, 作業員の吉岡から. */
function detectRoleNamedSurnames(text: string, out: RawFinding[]): void {
  for (let i = text.indexOf('の'); i >= 0; i = text.indexOf('の', i + 1)) roleNamedAt(text, i + 1, out);
  for (let i = text.indexOf('は'); i >= 0; i = text.indexOf('は', i + 1)) roleNamedAt(text, i + 1, out);
}

// The last characters of ROLE_THEN_PARTICLE's words: a cheap test before the expression, since
// every の and は of a text is looked at.
const ROLE_LAST = new Uint8Array(0x10000);
for (const c of '部課室係長任当者員師士会記事書付口') ROLE_LAST[c.charCodeAt(0)] = 1;

function roleNamedAt(text: string, start: number, out: RawFinding[]): void {
  if (start < 2 || ROLE_LAST[text.charCodeAt(start - 2)] !== 1 || !isHanCode(text.charCodeAt(start))) return;
  if (!ROLE_THEN_PARTICLE.test(text.slice(Math.max(0, start - 4), start))) return;
  const runEnd = kanjiRunEnd(text, start);
  const len = runEnd - start;
  if (len < 1 || len > 5) return;
  let nameEnd = -1;
  for (let a = Math.min(3, len); a >= 1; a--) {
    const tier = surnameTier(text, start, start + a);
    if (tier === 0) continue;
    // One kanji only when the lexicon holds it as no ordinary word (方が, 前に are words).
    if (a === len && (a >= 2 || tier === STRONG)) nameEnd = runEnd;
    else if (a < len && givenTier(text, start + a, runEnd) > 0) nameEnd = runEnd;
    break;
  }
  // A surname IPADIC lacks (営農部の堀籠です): the rare list's, two kanji or more; named by a role,
  // even one that is also a place's name (a department has people, not places, before が or です).
  if (nameEnd < 0 && len >= 2 && len <= 4 && isRareSurname(text, start, runEnd)) nameEnd = runEnd;
  if (nameEnd < 0) return;
  nameEnd = withGivenNameAfterSpace(text, nameEnd);
  if (PERSON_PARTICLE.test(text.slice(nameEnd, nameEnd + 6))) pushName(start, nameEnd, out);
}

// A self-introduction opening a message or its sentence: a team's word, の, the writer's name and
// です (品証の林です。, 設備保全の原です, インフラのヴェンカテシュです, 開発1Gのランです). The frame
// names a person: a one-kanji surname that is also a word counts here, and so does a katakana name
// that is no dictionary word.
const SELF_INTRODUCTION = /(?:(?:^|[\n。！!]|お疲れ様です|お疲れさまです|おつかれさまです|お世話になっております|いつもお世話になっております)[ \t\u3000]*[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9]{2,10}の|(?:した|いた|った|んだ|ました|ている|ております)(?=[\p{Script=Han}々]{2,4}です))([\p{Script=Han}々]{1,4}|[\p{Script=Katakana}ー]{2,10})(?=です[。！!、\n]|でございます)/gu;

const POSITION_WORDS = '中上下前後左右東西南北奥外内横隣先元方側端角裏表次今本当';

function detectSelfIntroductions(text: string, out: RawFinding[]): void {
  SELF_INTRODUCTION.lastIndex = 0;
  for (let m = SELF_INTRODUCTION.exec(text); m !== null; m = SELF_INTRODUCTION.exec(text)) {
    const name = m[1];
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    if (isKatakanaCode(name.charCodeAt(0))) {
      if (isKatakanaWordAt(text, start, end) && !isKanaSurname(text, start, end) && !isKanaGivenName(text, start, end)) continue;
    } else {
      // 工場の前です, 駅の北です: a position, not a writer.
      if (name.length === 1 && POSITION_WORDS.indexOf(name) >= 0) continue;
      let named = false;
      for (let a = Math.min(3, name.length); a >= 1 && !named; a--) named = surnameTier(text, start, start + a) > 0 && (a === name.length || givenTier(text, start + a, end) > 0);
      if (!named && !(name.length >= 2 && isRareSurname(text, start, end))) continue;
    }
    pushName(start, end, out);
  }
}

// A name in quotes before an honorific (「轟」様は「とどろき」様とお読みします), and one kanji before 様
// with its reading in brackets (金様（キム様）, 李様（リ様）): the honorific says it is a person's.
const QUOTED_HONORIFIC = /[「『]([\p{Script=Han}々]{1,4}|[\u3041-\u3096]{2,8}|[\u30a1-\u30fa\u30fc]{2,10})[」』][ 　]?(?:様|さん|さま|氏|殿)/gu;
const KANJI_WITH_READING = /(?<![\p{Script=Han}])([\p{Script=Han}]{1,2})(?:様|さん)[（(]([\u30a1-\u30fa\u30fc]{1,8})(?:様|さん)?[）)]/gu;

function detectQuotedHonorificNames(text: string, out: RawFinding[]): void {
  QUOTED_HONORIFIC.lastIndex = 0;
  for (let m = QUOTED_HONORIFIC.exec(text); m !== null; m = QUOTED_HONORIFIC.exec(text)) {
    const name = m[1];
    const start = m.index + 1;
    const end = start + name.length;
    const c = name.charCodeAt(0);
    const named = isHanCode(c)
      ? surnameTier(text, start, end) > 0 || isRareSurname(text, start, end) || isLexiconFullName(text, start, end)
      : isKatakanaCode(c)
        ? (isKanaSurname(text, start, end) || isKanaGivenName(text, start, end)) && !isKatakanaWordAt(text, start, end)
        : isKanaSurname(katakanaOf(text, start, end), 0, name.length) || isKanaGivenName(katakanaOf(text, start, end), 0, name.length);
    if (named) pushName(start, end, out);
  }
  KANJI_WITH_READING.lastIndex = 0;
  for (let m = KANJI_WITH_READING.exec(text); m !== null; m = KANJI_WITH_READING.exec(text)) {
    const start = m.index;
    const end = start + m[1].length;
    if (surnameTier(text, start, end) === 0) continue;
    pushName(start, end, out);
    const readingStart = m.index + m[0].indexOf(m[2], m[1].length);
    pushName(readingStart, readingStart + m[2].length, out);
  }
}

// A memo's line from someone: ・原より：関税書類は明日午前着予定.
const MEMO_AUTHOR = /^[ \t\u3000]*(?:[-*・•■□◆◇●○][ \t\u3000]*)?([\p{Script=Han}々]{1,4})より[ \t\u3000]*[:：]/gmu;

function detectMemoAuthors(text: string, out: RawFinding[]): void {
  MEMO_AUTHOR.lastIndex = 0;
  for (let m = MEMO_AUTHOR.exec(text); m !== null; m = MEMO_AUTHOR.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    if (surnameTier(text, start, end) > 0 || isRareSurname(text, start, end)) pushName(start, end, out);
  }
}

// Words of a team's, a department's or a firm's name written in Latin letters (IT Support, Mirai
// Logistics, HR DEPT): a signature, a spelling or a bracket holding one names no person.
export const ORGANISATION_WORD = /\b(?:Team|Support|Desk|Department|Dept|Office|Group|Inc|Ltd|Co|Corp|Division|Div|Unit|Branch|HQ|CS|PR|QA|GA|Center|Centre|HR|IT|Sales|Admin|Customer|Service|Services|Logistics|Trading|Industries|Industry|Systems|Solutions|Partners|Holdings|Japan|Corporation|Company|Consulting|Technologies|Labs|Studio|Works|Foods|Motors|Bank|Hotel|Hotels|Travel|Design|Media|Marketing|Express|Transport|Construction|Engineering|Energy|Clinic|Hospital|Finance|Capital|Realty|Electric|Pharma|Software|Network|Networks|Global|International|Shoji|Kogyo|Bussan)\b/i;

// An English closing line and the writer's name alone on the next (Thank you,⏎ラン / Regards,⏎李).
const ENGLISH_SIGN_OFF = /(?:Thank you|Thanks|Many thanks|Best regards|Kind regards|Regards|Best|Sincerely|Cheers),?[ \t]*\n[ \t]*([\p{Script=Han}々]{1,4}|[\u30a1-\u30fa\u30fc]{2,10}(?:[・ ][\u30a1-\u30fa\u30fc]{2,10})?|(?:[A-Z]\. ?|[A-Z][a-z]+ |[A-Z]{2,} )(?:[A-Z][a-z]+|[A-Z]{2,})(?: (?:[A-Z][a-z]+|[A-Z]{2,}))?)[ \t]*(?:\n|$)/gu;

function detectEnglishSignOffs(text: string, out: RawFinding[]): void {
  ENGLISH_SIGN_OFF.lastIndex = 0;
  for (let m = ENGLISH_SIGN_OFF.exec(text); m !== null; m = ENGLISH_SIGN_OFF.exec(text)) {
    const start = m.index + m[0].lastIndexOf(m[1]);
    const end = start + m[1].length;
    const c = m[1].charCodeAt(0);
    // A Latin name is the writer's whatever its words (K. Yamaguchi, BISHNU TAMANG), but not a team's (Sales Team, IT Support).
    const named = c < 0x80
      ? latinSignature(m[1]) && !ORGANISATION_WORD.test(m[1])
      : isHanCode(c)
        ? surnameTier(text, start, end) > 0 || givenTier(text, start, end) > 0 || isRareSurname(text, start, end)
        : !isKatakanaWordAt(text, start, end) || isKanaSurname(text, start, end) || isKanaGivenName(text, start, end);
    if (named) pushName(start, end, out);
  }
}

// A business card: the name, and on the next line its spelling in Latin letters (砂川 誠⏎SUNAGAWA Makoto).
const SPELLING_LINE = /[ \t\u3000]*((?:[A-Z]{2,}|[A-Z][a-z]+)[ \u3000](?:[A-Z]{2,}|[A-Z][a-z]+))[ \t\u3000]*(?:\r?\n|$)/y;

function spellingOnNextLine(text: string, nameEnd: number, out: RawFinding[]): void {
  let i = nameEnd;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0x3000 || text.charCodeAt(i) === 9)) i++;
  if (text.charCodeAt(i) === 13) i++;
  if (text.charCodeAt(i) !== 10 || !isHanCode(text.charCodeAt(nameEnd - 1))) return;
  SPELLING_LINE.lastIndex = i + 1;
  const m = SPELLING_LINE.exec(text);
  if (m === null || ORGANISATION_WORD.test(m[1])) return;
  const start = m.index + m[0].indexOf(m[1]);
  pushName(start, start + m[1].length, out);
}

/** A Latin signature that reads as a person's: in capitals (BISHNU TAMANG), or with a word a name list knows (K. Yamaguchi, Emily Carter). */
function latinSignature(value: string): boolean {
  const words = value.split(/[ .]+/).filter((w) => w.length > 1);
  if (words.length > 0 && words.every((w) => /^[A-Z]+$/.test(w))) return true;
  return words.some((w) => isRomajiSurname(w) || isRomajiGivenName(w) || (englishGiven ??= new Set(EN_GIVEN_NAMES)).has(w) || EN_SURNAME_SET.has(w));
}

// A surname whose predicate only a person has (・松本は来月から育休のため, 13:05頃 砂川が訪問予定):
// は or が after the surname at a sentence's or line's start, the predicate within a short phrase.
const PERSON_PREDICATES = '育休|産休|休職|退職|入社|着任|出張|訪問|来社|来訪|在宅勤務|休暇|欠勤|早退|遅刻|異動|復職|代休|有給';
const PREDICATE_GATE = new RegExp(PERSON_PREDICATES);
const PERSON_PREDICATE = new RegExp(`(?:^|[\\n。、！!]|[0-9０-９]{1,2}[:：][0-9０-９]{2}頃?[ 　]?|[・•\\-*][ 　]?)([\\p{Script=Han}々]{2,3})[はが][^。\\n]{0,10}?(?:${PERSON_PREDICATES})`, 'gu');

function detectPersonPredicates(text: string, out: RawFinding[]): void {
  PERSON_PREDICATE.lastIndex = 0;
  for (let m = PERSON_PREDICATE.exec(text); m !== null; m = PERSON_PREDICATE.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    // A place or an office before 訪問 or 出張 (大阪が出張先) is no person; a surname the lexicon holds is one.
    if (PREFECTURE_WORDS.has(m[1]) || surnameTier(text, start, end) === 0) continue;
    pushName(start, end, out);
    PERSON_PREDICATE.lastIndex = end;
  }
}

// A family member's line of a form or an e-mail: the kin word, a space, the name and a colon
// before the number (妻 保：1177-…, 夫 つばさ：354010776003, 長男 健太: …).
const KIN_NAME_COLON = /^[ \t\u3000]*(?:[-*・•][ \t\u3000]*)?(?:妻|夫|長男|長女|次男|次女|三男|三女|子|父|母|祖父|祖母|兄|姉|弟|妹)[ \t\u3000]+([\p{Script=Han}々]{1,4}|[\u3041-\u3096]{2,6}|[\u30a1-\u30fa\u30fc]{2,8})[ \t\u3000]*[:：]/gmu;

function detectKinNameLines(text: string, out: RawFinding[]): void {
  KIN_NAME_COLON.lastIndex = 0;
  for (let m = KIN_NAME_COLON.exec(text); m !== null; m = KIN_NAME_COLON.exec(text)) {
    const start = m.index + m[0].lastIndexOf(m[1]);
    const end = start + m[1].length;
    const c = m[1].charCodeAt(0);
    const named = isHanCode(c)
      ? givenTier(text, start, end) > 0 || surnameTier(text, start, end) > 0
      : isHiraganaCode(c)
        ? isKanaGivenName(katakanaOf(text, start, end), 0, end - start)
        : isKanaGivenName(text, start, end) && !isKatakanaWordAt(text, start, end);
    if (named) pushName(start, end, out);
  }
}

// A name written right before its phone number in brackets (・金土日：清水（090-6828-8891）): whose number it is.
function nameBeforeBracketedContact(text: string, contactStart: number, out: RawFinding[]): void {
  // The phone finding may take the bracket in: （090-6828-8891）.
  const first = text.charCodeAt(contactStart);
  const open = first === 0xff08 || first === 0x28 ? contactStart : contactStart - 1;
  const b = text.charCodeAt(open);
  if (b !== 0xff08 && b !== 0x28) return;
  let start = open;
  while (start > 0 && open - start < 4 && isHanCode(text.charCodeAt(start - 1))) start--;
  if (start === open || (start > 0 && isHanCode(text.charCodeAt(start - 1)))) return;
  // At a value's start: after a colon, a space, a bullet or the line's start.
  const before = start > 0 ? text.charCodeAt(start - 1) : 10;
  if (!(before === 10 || before === 0x3a || before === 0xff1a || before === 32 || before === 0x3000 || before === 0x30fb || before === 0x3001)) return;
  const len = open - start;
  for (let a = Math.min(3, len); a >= 1; a--) {
    if (surnameTier(text, start, start + a) === 0 && !(a === len && isRareSurname(text, start, open))) continue;
    if (a === len || givenTier(text, start + a, open) > 0) return pushName(start, open, out);
  }
}

// A role or department, one space and a surname, as rosters and site boards list them
// (主任技術者 清水、現場代理人 大橋, 営業部 田中): the word ends in a person's or unit's character.
const ROLE_WORD_END = new Uint8Array(0x10000);
for (const c of '者人長員士師任当役部課室係') ROLE_WORD_END[c.charCodeAt(0)] = 1;
const LISTED_NAME_END = /^(?:$|[、。,，・\s）)]|が|は|から|まで|です|に(?![つよ関対])|へ)/;

function detectSpacedRoleNames(text: string, out: RawFinding[]): void {
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) spacedRoleNameAt(text, at, out);
  for (let at = text.indexOf('\u3000'); at >= 0; at = text.indexOf('\u3000', at + 1)) spacedRoleNameAt(text, at, out);
}

function spacedRoleNameAt(text: string, space: number, out: RawFinding[]): void {
  if (space < 2 || ROLE_WORD_END[text.charCodeAt(space - 1)] !== 1 || !isHanCode(text.charCodeAt(space + 1))) return;
  let roleStart = space - 1;
  while (roleStart > 0 && space - roleStart < 7 && isHanCode(text.charCodeAt(roleStart - 1))) roleStart--;
  if (space - roleStart < 2 || (roleStart > 0 && isHanCode(text.charCodeAt(roleStart - 1)))) return;
  const start = space + 1;
  const runEnd = kanjiRunEnd(text, start);
  const len = runEnd - start;
  // A prefecture after a department is its region (営業部 東京、営業部 大阪).
  if (len < 2 || len > 4 || !LISTED_NAME_END.test(text.slice(runEnd, runEnd + 2)) || PREFECTURE_WORDS.has(text.slice(start, runEnd))) return;
  // A lexicon surname of two kanji or more (or surname and given name); ordinary words such as
  // 不在, 権限, 名義 are none.
  if (surnameTier(text, start, runEnd) > 0 || isLexiconFullName(text, start, runEnd) || (len >= 3 && surnameTier(text, start, start + 2) === STRONG && givenTier(text, start + 2, runEnd) > 0)) {
    pushName(start, withGivenNameAfterSpace(text, runEnd), out);
  }
}

// Whose number or address it is, right before it: 大関の携帯は０９０…, 小西さんのメール：….
const OWNER_BEFORE = /([\u3400-\u9fff\uf900-\ufaff々ヶ]{1,6})(?:さん|様)?の(?:携帯電話|携帯|電話番号|電話|メールアドレス|メアド|メール|アドレス|連絡先|内線|直通|自宅)(?:番号)?[はも]?[ \t　:：、]*$/;
// Last characters of the person words a surname may be glued after here (営業部大関の携帯).
const PERSON_WORD_END = new Uint8Array(0x10000);
for (const c of '部課室係長者員任当') PERSON_WORD_END[c.charCodeAt(0)] = 1;

/** The surname (or full name) that owns the contact detail starting at `start`. */
function nameBefore(text: string, start: number, out: RawFinding[]): void {
  const from = Math.max(0, start - 28);
  const m = OWNER_BEFORE.exec(text.slice(from, start));
  if (m === null) return;
  const runEnd = from + m.index + m[1].length;
  const runStart = from + m.index;
  if (runStart > 0 && isHanCode(text.charCodeAt(runStart - 1))) return;
  for (let a = Math.min(4, runEnd - runStart); a >= 1; a--) {
    const s = runEnd - a;
    if (s > runStart && PERSON_WORD_END[text.charCodeAt(s - 1)] !== 1) continue;
    if (a >= 3 && isLexiconFullName(text, s, runEnd)) return pushName(s, runEnd, out);
    const tier = surnameTier(text, s, runEnd);
    // One kanji only when the lexicon holds it as no ordinary word (会社の電話 is no person's).
    if (tier === STRONG || (tier > 0 && a >= 2)) return pushName(s, runEnd, out);
  }
}

// What a signature's contact line starts with before its number or address (直通：, TEL , Mail: , 携帯 ).
const CONTACT_LINE_HEAD = /^[ \t　]*(?:[■●・]?[ \t　]*)?(?:直通|電話|携帯|TEL|Tel|tel|Mobile|MOBILE|Phone|PHONE|Mail|MAIL|E-?mail|e-?mail|メール|内線|FAX|Fax)?(?:番号)?[ \t　]*[:：]?[ \t　]*$/;

/**
 * A signature block: the line right above the first contact line is the writer's name alone
 * (株式会社森田製作所 管理本部 / 西村修 / 直通：03-…). A full name of the lexicon, or a surname
 * the lexicon holds as no ordinary word with a given name after a space, fills the whole line.
 */
function signatureNameAbove(text: string, contactStart: number, out: RawFinding[]): void {
  const lineStart = text.lastIndexOf('\n', contactStart - 1) + 1;
  if (lineStart === 0 || !CONTACT_LINE_HEAD.test(text.slice(lineStart, contactStart))) return;
  let end = lineStart - 1;
  if (end > 0 && text.charCodeAt(end - 1) === 0x0d) end--;
  let start = text.lastIndexOf('\n', end - 1) + 1;
  while (start < end && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x3000)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x3000)) end--;
  const len = end - start;
  if (len < 3 || len > 7) return;
  const space = text.slice(start, end).search(/[ 　]/);
  if (space < 0) {
    if (kanjiRunEnd(text, start) !== end) return;
    if (isLexiconFullName(text, start, end)) return pushName(start, end, out);
    // 西村修, 林正義: a surname and a given name in one run, one of them no ordinary word.
    for (let a = 1; a <= 3 && a < len; a++) {
      const surname = surnameTier(text, start, start + a);
      const given = surname > 0 ? givenTier(text, start + a, end) : 0;
      if (given > 0 && (surname === STRONG || given === STRONG)) return pushName(start, end, out);
    }
    return;
  }
  // 西村 修: a surname and a given name, one space between.
  if (kanjiRunEnd(text, start) !== start + space || kanjiRunEnd(text, start + space + 1) !== end) return;
  if (surnameTier(text, start, start + space) > 0 && givenTier(text, start + space + 1, end) > 0) pushName(start, end, out);
}

// より closing a message or its line: …以上です。紬より, 受付の岡より。, 看護師長沢口より：.
const SIGN_OFF_AFTER = /^より[ \t　]*(?:[。！!:：][ \t　]*)?(?:\r?\n|$)/;
// What may stand right before the writer's name: the text's or line's start, punctuation, a space.
const SIGN_OFF_BEFORE = new Set([...'\n。、 　）)」』！!？?'].map((c) => c.charCodeAt(0)));
// Words of one kanji that are no one's name before より (私より, 皆より).
const NOT_A_WRITER = new Set([...'私僕俺我皆彼父母兄姉弟妹妻夫上下前後左右内外中東西南北方者人'].map((c) => c.charCodeAt(0)));

/** The writer's name before a closing より at `at`, if the lexicon reads it as one. */
function signOffAt(text: string, at: number, out: RawFinding[]): void {
  if (at === 0 || !SIGN_OFF_AFTER.test(text.slice(at, at + 8))) return;
  const last = text.charCodeAt(at - 1);
  let start = at - 1;
  let known = false;
  if (isHanCode(last)) {
    while (start > 0 && at - start < 4 && isHanCode(text.charCodeAt(start - 1))) start--;
    if (start > 0 && isHanCode(text.charCodeAt(start - 1))) return; // part of a longer word, or the glued-role pass's
    const len = at - start;
    // One kanji: a given name or an unambiguous surname, or any surname named by its role (受付の岡より).
    if (len === 1) known = !NOT_A_WRITER.has(last) && (givenTier(text, start, at) > 0 || surnameTier(text, start, at) === STRONG || (surnameTier(text, start, at) > 0 && afterRole(text, start)));
    else known = surnameTier(text, start, at) === STRONG || givenTier(text, start, at) === STRONG || isLexiconFullName(text, start, at) || (surnameTier(text, start, at) > 0 && givenTier(text, start, at) > 0);
  } else if (isHiraganaCode(last) || isKatakanaCode(last)) {
    const hiragana = isHiraganaCode(last);
    while (start > 0 && at - start < 6 && (hiragana ? isHiraganaCode(text.charCodeAt(start - 1)) : isKatakanaCode(text.charCodeAt(start - 1)))) start--;
    if (at - start < 2) return;
    const kana = hiragana ? katakanaOf(text, start, at) : text.slice(start, at);
    known = isKanaGivenName(kana, 0, kana.length) || (!hiragana && isKanaSurname(kana, 0, kana.length));
  }
  if (!known) return;
  const before = start === 0 ? 10 : text.charCodeAt(start - 1);
  // After a role and の (受付の岡より) as well as at a line's or sentence's start.
  if (SIGN_OFF_BEFORE.has(before) || afterRole(text, start)) pushName(start, at, out);
}

/** A role or department and の/は right before `start` (受付の, 看護師長の). */
function afterRole(text: string, start: number): boolean {
  const before = codeBefore(text, start);
  return (before === 0x306e || before === 0x306f) && ROLE_THEN_PARTICLE.test(text.slice(Math.max(0, start - 4), start));
}

function codeBefore(text: string, index: number): number {
  return index > 0 ? text.charCodeAt(index - 1) : 0;
}

/** Names beside the phone numbers and e-mail addresses found before this detector, and role-glued surnames. */
export function detectContactNames(text: string, out: RawFinding[]): void {
  const n = out.length;
  for (let k = 0; k < n; k++) {
    if (out[k].type === 'PERSON_NAME') {
      spellingOnNextLine(text, out[k].end, out);
      continue;
    }
    if (!CONTACT_TYPES.has(out[k].type)) continue;
    nameAfter(text, out[k].end, out);
    nameBefore(text, out[k].start, out);
    signatureNameAbove(text, out[k].start, out);
    if (out[k].type === 'PHONE_NUMBER' || out[k].type === 'EMAIL') nameBeforeBracketedContact(text, out[k].start, out);
  }
  detectGluedRoleNames(text, out);
  detectRoleNamedSurnames(text, out);
  if (text.indexOf('です') >= 0) detectSelfIntroductions(text, out);
  if (text.indexOf('」') >= 0 || text.indexOf('』') >= 0 || text.indexOf('様（') >= 0 || text.indexOf('様(') >= 0) detectQuotedHonorificNames(text, out);
  if (text.indexOf('より') >= 0) detectMemoAuthors(text, out);
  if (text.indexOf('：') >= 0 || text.indexOf(':') >= 0) detectKinNameLines(text, out);
  if (PREDICATE_GATE.test(text)) detectPersonPredicates(text, out);
  if (/(?:Thank you|Thanks|Regards|Best|Sincerely|Cheers),?[ \t]*\n/i.test(text)) detectEnglishSignOffs(text, out);
  detectSpacedRoleNames(text, out);
  for (let i = text.indexOf('より'); i >= 0; i = text.indexOf('より', i + 2)) signOffAt(text, i, out);
}

export const contactNameDetector: Detector = {
  type: 'PERSON_NAME',
  detect(text, _options, out) {
    detectContactNames(text, out);
  },
};
