import { EN_GIVEN_NAMES } from '../data/en-given-names';
import { JA_SURNAMES } from '../data/ja-surnames';
import type { Detector, RawFinding } from './detector';
import { digitRuns, execAt } from './digit-sequence';
import { JA_HONORIFICS } from './keywords';

// ---- Japanese ----
// Anchored on honorifics and context words (rare), then looking backwards/forwards, so the
// surname dictionary costs a few Set lookups instead of a 300-way regex at every position.
const HONORIFIC = new RegExp(JA_HONORIFICS.join('|'), 'y');
const SURNAMES = new Set(JA_SURNAMES);
const MAX_SURNAME = Math.max(...JA_SURNAMES.map((n) => n.length));
const IS_HAN = /\p{Script=Han}/u;
const IS_KATAKANA = /[\u30a1-\u30fa\u30fc\u30fb]/;
// Nouns that take 様/さん but are not names (お客様, 担当者様, 皆様...).
const JA_NON_NAME_ENDINGS = /[者員人方社家族達会店局部課係長室所省庁府県市区町村校院様客神王奥主宛中]$/u;
const JA_NON_NAMES = new Set(['ユーザー', 'ユーザ', 'オーナー', 'メンバー', 'ゲスト', 'スタッフ', 'パートナー', 'ドライバー', 'サポート', 'ママ', 'パパ', 'カスタマー', 'ファン', 'クライアント']);
// Every alternative starts with one of JA_NAME_CONTEXT_FIRST_CHARS (keywords.ts).
const JA_CONTEXT = /(?:氏名|お名前|名前|担当者?|申請者|契約者|患者名?|差出人|宛名|署名)[ 　]?(?:[:：は]|様は)?[ 　]?/y;

/** Length of the dictionary surname starting at `index`, or 0. */
function surnameAt(text: string, index: number): number {
  for (let len = Math.min(MAX_SURNAME, text.length - index); len >= 1; len--) {
    if (SURNAMES.has(text.slice(index, index + len))) return len;
  }
  return 0;
}

function isHanAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && IS_HAN.test(text[index]);
}

/** Name ending right before an honorific at `cue`. */
function nameBeforeCue(text: string, cue: number, out: RawFinding[]): void {
  let end = cue;
  if (text[end - 1] === ' ' || text[end - 1] === '　') end--;
  // Han run (with at most one inner space, "山田 太郎") ending at `end`.
  let start = end;
  let spaces = 0;
  while (start > 0 && end - start < 8) {
    const c = text[start - 1];
    if (isHanAt(text, start - 1)) start--;
    else if ((c === ' ' || c === '　') && spaces === 0 && isHanAt(text, start - 2) && start < end) {
      spaces++;
      start--;
    } else break;
  }
  if (end - start >= 1 && !(text[start] === ' ' || text[start] === '　')) {
    // Prefer a dictionary surname followed by at most three given-name characters.
    for (let k = start; k < end; k++) {
      const len = surnameAt(text, k);
      if (len > 0 && end - (k + len) <= 4) {
        out.push({ type: 'PERSON_NAME', start: k, end, score: 0.9 });
        return;
      }
    }
    const run = text.slice(start, end);
    if (end - start >= 2 && end - start <= 4 && text.slice(cue, cue + 2) !== '部長' && !JA_NON_NAME_ENDINGS.test(run)) {
      if (/^(?:様|さん|氏|殿)/.test(text.slice(cue, cue + 2))) out.push({ type: 'PERSON_NAME', start, end, score: 0.7 });
    }
    return;
  }
  // Katakana names before 様/さん/氏.
  let kStart = end;
  while (kStart > 0 && end - kStart < 10 && IS_KATAKANA.test(text[kStart - 1])) kStart--;
  if (end - kStart >= 2 && /^(?:様|さん|氏)/.test(text.slice(cue, cue + 2))) {
    const run = text.slice(kStart, end);
    if (!JA_NON_NAMES.has(run)) out.push({ type: 'PERSON_NAME', start: kStart, end, score: 0.7 });
  }
}

/** "氏名：山田太郎" — a name right after a context word. */
function nameAfterContext(text: string, from: number, out: RawFinding[]): void {
  let end = from;
  let spaces = 0;
  while (end < text.length && end - from < 8) {
    const c = text[end];
    if (isHanAt(text, end)) end++;
    else if ((c === ' ' || c === '　') && spaces === 0 && end > from && isHanAt(text, end + 1)) {
      spaces++;
      end++;
    } else break;
  }
  if (end - from < 1 || end - from > 7) return;
  const name = text.slice(from, end);
  if (JA_NON_NAME_ENDINGS.test(name)) return;
  // Trim a trailing honorific that belongs to the cue detector.
  out.push({ type: 'PERSON_NAME', start: from, end, score: 0.85 });
}

// ---- English ----
const GIVEN = new Set(EN_GIVEN_NAMES);
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Sir', 'Dame', 'Madam', 'Mister', 'Mme', 'Mlle', 'Herr', 'Frau']);
// Capitalized words that start sentences or name things but are not people.
const NON_NAME_WORDS = new Set(
  `The This That These Those There Then Than They Their Them We Our You Your He She His Her It Its I Im My Me
A An And Or But If So As At By For From In Into Of On To With Without Not No Yes Is Are Was Were Be Been Do Does Did
Have Has Had Will Would Can Could Should May Might Must Shall What When Where Which Who Whom Why How All Any Some Each
Every Please Thanks Thank Hi Hello Dear Hey Regards Sincerely Best Kind Yours Note Re Fwd Subject Date Name Address
Phone Email Mobile Fax Tel Apt Suite Unit Street Road Avenue Lane Drive Way Court Place Square Park Hill Bridge
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September
October November December Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Today Tomorrow
Yesterday Inc Ltd LLC Corp Co Company Corporation Group Bank University College School Hospital Department Dept
Ministry Office Center Centre City State County Province Republic Kingdom United States America American European
Europe Asia Africa North South East West New Old Great Saint St Mount Lake River Island Islands Japan Japanese
English British German France French Italy Italian Spain Spanish China Chinese India Indian Canada Australia
Internet Google Amazon Microsoft Apple Facebook Twitter AWS Bedrock Claude Windows Linux Android iPhone Python
Java JavaScript TypeScript SQL API HTTP HTTPS URL JSON XML CEO CTO CFO VP HR IT PR Mr Mrs Ms Dr Prof Sir Madam
Also However Therefore Because Although While After Before During Since Until Unless Here Now Just Only Even Still
Yet Again Ever Never Always Often Maybe Perhaps Sure Okay OK Ok Well Oh Wow Let Lets Get Got Make Made Take Took
Go Going Come Came See Saw Look Need Want Like Love Know Think Tell Told Ask Asked Call Called Send Sent Give Gave
Find Found Help Use Used Check Update Change Add Remove Delete Cancel Block Pay Paid Transfer Account Card Credit
Debit Number Code Password Order Invoice Total Amount Price Service Customer Client Manager Team Project Meeting
Report Question Answer Issue Problem Error Warning Info Information Details Personal Business Private Public
Director Directed Producer Produced Written Author Editor Chapter Section Page Figure Table Version Release
Music Song Album Band Movie Film Book Story Show Series Season Episode Game Sports News Weekly Daily Magazine Times
God Lord Christ Jesus Christmas Easter Halloween Valentine Day Night Morning Evening Afternoon Week Month Year`.split(/\s+/),
);
// Latin/Greek/Cyrillic ranges without the u flag: an order of magnitude faster than \p{Lu}.
const TOKEN = /(?<![A-Za-zÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿ0-9'’_-])[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽΑ-ΩЀ-Я](?:[a-zß-öø-ÿĀ-ɏά-ώа-ӿ'’-]*[a-zß-öø-ÿĀ-ɏά-ώа-ӿ]|\.)?(?![A-Za-zÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿ0-9_])/y;
const STRONG_CUE_WORDS =
  "my name is|name is|named|called|i am|i'm|this is|dear|hi|hello|hey|name:|name\\s*:|signed|regards,?|sincerely,?|attn:?|contact|customer:|patient:|applicant:|employee:|mr\\.?|mrs\\.?|ms\\.?|dr\\.?";
const WEAK_CUE_WORDS = 'says|said|by|asked|told|met|ask|tell|thank|thanks|with|and|to|from|add|remove|son|daughter|wife|husband|brother|sister|mother|father|friend|kid|child|,';
const TITLE_WORDS = 'Mr|Mrs|Ms|Dr|Prof';
const STRONG_CUE = new RegExp(`(?:${STRONG_CUE_WORDS})\\s*$`, 'i');
const WEAK_CUE = new RegExp(`(?:${WEAK_CUE_WORDS})\\s*$`, 'i');
const TITLE_BEFORE = new RegExp(`(?:${TITLE_WORDS})\\.?\\s*$`);
// The same cues as sticky lookbehinds, tried at one position of the whole text: a cheap
// necessary condition (a cue ending at the token in the 16-char window also ends there in the text).
const STRONG_CUE_AT = new RegExp(`(?<=(?:${STRONG_CUE_WORDS})\\s*)`, 'iy');
const WEAK_CUE_AT = new RegExp(`(?<=(?:${WEAK_CUE_WORDS})\\s*)`, 'iy');
const TITLE_BEFORE_AT = new RegExp(`(?<=(?:${TITLE_WORDS})\\.?\\s*)`, 'y');

/** True when `window` (the 16 chars before `start`) ends with a cue; `at` is the lookbehind prefilter. */
function cueBefore(text: string, start: number, at: RegExp, inWindow: RegExp): boolean {
  at.lastIndex = start;
  if (!at.test(text)) return false;
  return inWindow.test(text.slice(Math.max(0, start - 16), start));
}

function withoutDot(word: string): string {
  return word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word;
}

interface NameToken {
  start: number;
  end: number;
  word: string;
}

function isInitial(word: string): boolean {
  return word.length <= 2 && (word.length === 1 || word.endsWith('.'));
}

// Words that follow a person's name: speech and biography verbs, "who", kinship after a possessive.
const AFTER_CUE =
  /^(?:['’]s[ \t]+(?:wife|husband|son|daughter|mother|father|brother|sister|friend|partner|family|children|kids)|,?[ \t]+(?:said|says|wrote|writes|told|tells|asked|asks|replied|replies|explained|explains|added|adds|noted|notes|who|whose|himself|herself|was born|died|married))(?![A-Za-z])/;

/** "Anna K. Nowak", "Szabina J Gelencsér": words around a single-letter initial read as a name. */
function hasMiddleInitial(group: NameToken[], first: number, last: number): boolean {
  for (let i = first + 1; i < last; i++) {
    if (isInitial(group[i].word) && !isInitial(group[i - 1].word) && group[i - 1].word.length >= 2 && !isInitial(group[last].word)) return true;
  }
  return false;
}

function scoreGroup(text: string, group: NameToken[], out: RawFinding[]): void {
  let first = 0;
  let titled = false;
  while (first < group.length) {
    const bare = withoutDot(group[first].word);
    if (TITLES.has(bare)) titled = true;
    else if (!NON_NAME_WORDS.has(bare)) break;
    first++;
  }
  let last = group.length - 1;
  while (last >= first && (NON_NAME_WORDS.has(withoutDot(group[last].word)) || isInitial(group[last].word))) last--;
  if (last < first || isInitial(group[first].word)) return;
  // Stop at the first non-name word inside the run ("Anna Smith Street").
  for (let i = first + 1; i <= last; i++) {
    if (NON_NAME_WORDS.has(withoutDot(group[i].word))) {
      last = i - 1;
      break;
    }
  }
  const tokens = last - first + 1;
  const start = group[first].start;
  const end = group[last].end;
  let score = 0;
  if (titled || cueBefore(text, start, TITLE_BEFORE_AT, TITLE_BEFORE)) score = 0.9;
  else if (cueBefore(text, start, STRONG_CUE_AT, STRONG_CUE)) score = 0.85;
  else if (GIVEN.has(group[first].word)) score = tokens >= 2 ? 0.85 : 0.7;
  else if (hasMiddleInitial(group, first, last)) score = 0.75;
  else if (cueBefore(text, start, WEAK_CUE_AT, WEAK_CUE)) score = tokens >= 2 ? 0.65 : 0.5;
  else if (tokens >= 2 && AFTER_CUE.test(text.slice(end, end + 24))) score = 0.7;
  else if (tokens >= 2) score = 0.45;
  if (score > 0) out.push({ type: 'PERSON_NAME', start, end, score });
}

function detectEnglish(text: string, out: RawFinding[]): void {
  let group: NameToken[] = [];
  // Tokens start only at capitals not preceded by an ASCII letter or digit (see digitRuns).
  execAt(TOKEN, text, digitRuns(text).capitals, (m) => {
    const token = { start: m.index, end: m.index + m[0].length, word: m[0] };
    const previous = group[group.length - 1];
    // Tokens separated by a single space belong to one run; "Mr." may be followed by a space too.
    if (previous !== undefined && !(token.start - previous.end === 1 && text[previous.end] === ' ')) {
      scoreGroup(text, group, out);
      group = [];
    }
    group.push(token);
    if (group.length > 6) {
      scoreGroup(text, group, out);
      group = [];
    }
  });
  if (group.length > 0) scoreGroup(text, group, out);
}

function detectJapanese(text: string, out: RawFinding[]): void {
  // Both cue regexes can only match where the shared scan saw one of their first characters.
  const cues = digitRuns(text).japaneseNameCueStarts;
  execAt(HONORIFIC, text, cues, (m) => nameBeforeCue(text, m.index, out));
  execAt(JA_CONTEXT, text, cues, (m) => nameAfterContext(text, m.index + m[0].length, out));
}

const HAS_JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

export const personNameDetector: Detector = {
  type: 'PERSON_NAME',
  detect(text, _options, out) {
    if (HAS_JAPANESE.test(text)) detectJapanese(text, out);
    detectEnglish(text, out);
  },
};
