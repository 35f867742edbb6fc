import { EN_GIVEN_NAMES } from '../data/en-given-names';
import { EN_SURNAMES } from '../data/en-surnames';
import { WORLD_PLACES } from '../data/world-places';
import type { Detector, RawFinding } from './detector';
import { codeAt, digitRuns, execAt } from './digit-sequence';
import { detectLearnedNames, isKanjiCommonNoun } from './ja-name-model';
import { detectJapaneseNames, givenTier, isKanaGivenName, isKanaSurname, isKatakanaWordAt, isKnownSurname, surnameTier, WORD_BEFORE_HONORIFIC } from './ja-person-name';
import { detectJapaneseNameFormats, detectRomajiNameLabels } from './name-formats';
import { dropVenueNames, isCjkName, refineJapaneseNames } from './name-context';
import { detectLatinNames } from './name-latin';
import { detectRareSurnameNames } from './name-rare-surnames';
import { detectAddressBookNames } from './name-address-book';
import { detectBulletedNameLists } from './name-english-lists';
import { detectFramedSurnames } from './name-frames';
import { detectForeignScriptNames } from './name-foreign-scripts';
import { repairBrokenNames } from './name-broken-text';
import { dropSpokenDigitNames } from './name-spoken-digits';
import { refineWordSurnames } from './name-word-surnames';
import { JA_HONORIFICS } from './keywords';
import { isRomajiGivenName, isRomajiNamePair, isRomajiPlace, isRomajiPlaceName, isRomajiSurname, thingLabelBefore } from './romaji-names';

// ---- Japanese ----
// Names before honorifics (rare anchors), then the lexicon pass over kanji and katakana runs
// (ja-person-name.ts).
const HONORIFIC = new RegExp(JA_HONORIFICS.join('|'), 'y');
const MAX_SURNAME = 4;
const IS_HAN = /\p{Script=Han}/u;
const IS_KATAKANA = /[\u30a1-\u30fa\u30fc\u30fb]/;
// Nouns that take 様/さん but are not names (お客様, 担当者様, 皆様...).
const PERSONAL_HONORIFIC = /^(?:様|さま|さん|氏|くん|ちゃん|先生|君)/;
const DEPARTMENT_END = new Set([...'部課室局係店社']);
const TITLE_AFTER_NAME = /^(?:部長|課長|係長|社長|専務|常務|主任|室長)/;
const TITLE_PREFIX = new Set([...'本副元前新現故総次代']);
const RARE_SURNAME_HONORIFIC = /^(?:様|さま|さん|くん|ちゃん|先生)/;
// Kanji that make a word with 様 after them (仕様, 同様, 模様, 多様, 二様, 有様, 文様).
const YOU_WORD_FIRST = '仕同模異多一二両別今有左然文紋';
// Last kanji of nouns for roles, trades and bodies that take さん or 様 (利用者様, 郵便屋さん, 看護師さん, 事務局様).
const PERSON_NOUN_END = '者員屋師家手士長生人工官医主方達側部課室局係店社所先会団院校園館場署省庁府県都市区町村党隊組班科宮寺神仏様各';
const JA_NON_NAMES = new Set(['ユーザー', 'ユーザ', 'オーナー', 'メンバー', 'ゲスト', 'スタッフ', 'パートナー', 'ドライバー', 'サポート', 'ママ', 'パパ', 'カスタマー', 'ファン', 'クライアント']);

/** Length of the dictionary surname starting at `index`, or 0. */
function surnameAt(text: string, index: number): number {
  for (let len = Math.min(MAX_SURNAME, text.length - index); len >= 1; len--) {
    if (isKnownSurname(text, index, index + len)) return len;
  }
  return 0;
}

function isHiraganaCode(c: number): boolean {
  return c >= 0x3041 && c <= 0x3096;
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
    // A lexicon surname at the run's start (or right after a department word: 人事部鈴木様),
    // followed by at most three more kanji (a space may sit between: 金子 優子様). A surname
    // that is also a place or word (松本, 千葉) counts when it has two or more characters; a
    // single ambiguous kanji (林, 本, 長) only before a personal honorific, alone or with a
    // given name (so not 本殿, 大さん橋).
    // A title counts like a personal honorific after a single kanji that is not itself a title prefix (本部長, 副社長, 前社長).
    const personal = PERSONAL_HONORIFIC.test(text.slice(cue, cue + 3)) || (TITLE_AFTER_NAME.test(text.slice(cue, cue + 2)) && !TITLE_PREFIX.has(text[end - 1]));
    for (let k = start; k < end; k++) {
      if (k > start && !DEPARTMENT_END.has(text[k - 1])) continue;
      const len = surnameAt(text, k);
      if (len === 0 || end - (k + len) > 3) continue;
      const tier = surnameTier(text, k, k + len);
      let givenStart = k + len;
      if (text[givenStart] === ' ' || text[givenStart] === '　') givenStart++;
      const rest = end - givenStart;
      const atStart = k === start;
      // A bare surname that is also a word taking さん or 様 (奥さん, 大家さん, 神様, 王様) is that word.
      if (rest === 0 && WORD_BEFORE_HONORIFIC.test(text.slice(k, end))) return;
      // A one-kanji given name after a one-kanji surname reads too many words as names (東京社長会).
      if (tier === 2 || (atStart && len >= 2) || (personal && atStart && (rest === 0 || (rest >= 2 && givenTier(text, givenStart, end) > 0)))) {
        out.push({ type: 'PERSON_NAME', start: k, end, score: 0.9 });
        return;
      }
    }
    // A Chinese or Korean name before a personal honorific (张伟さん, 李娜さん, 王芳様).
    if (personal && isCjkName(text, start, end) && !isKanjiCommonNoun(text, start, end)) {
      out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
      return;
    }
    // A rare surname of three kanji that IPADIC lists neither as a name nor as a word (月見里さん,
    // 百目鬼先生, 四月一日様), unless its last kanji makes it a role, a trade or a body (運転手, 八百屋, 事務局).
    // Not before 氏 or 君, which also follow clans and titles in running text (北条氏, 細川氏).
    // Nor where 様 ends a word with the kanji before it (要求仕様, 明暗二様).
    if (end - start === 3 && RARE_SURNAME_HONORIFIC.test(text.slice(cue, cue + 2)) && !isHanAt(text, start - 1) && PERSON_NOUN_END.indexOf(text[end - 1]) < 0 && !(text[cue] === '様' && YOU_WORD_FIRST.indexOf(text[end - 1]) >= 0) && !isKanjiCommonNoun(text, start, end)) {
      out.push({ type: 'PERSON_NAME', start, end, score: 0.7 });
    }
    return;
  }
  // A surname with a given name in hiragana before a personal honorific (大島さくらさん).
  if (PERSONAL_HONORIFIC.test(text.slice(cue, cue + 3))) {
    let h = end;
    while (h > 0 && end - h < 4 && isHiraganaCode(text.charCodeAt(h - 1))) h--;
    if (end - h >= 2) {
      let s = h;
      while (s > 0 && h - s < 4 && isHanAt(text, s - 1)) s--;
      if (h - s >= 2 && isKnownSurname(text, s, h)) {
        out.push({ type: 'PERSON_NAME', start: s, end, score: 0.85 });
        return;
      }
    }
  }
  // Katakana names before 様/さん/氏.
  let kStart = end;
  while (kStart > 0 && end - kStart < 10 && IS_KATAKANA.test(text[kStart - 1])) kStart--;
  if (end - kStart >= 2 && /^(?:様|さん|氏)/.test(text.slice(cue, cue + 2))) {
    const run = text.slice(kStart, end);
    // A katakana word IPADIC lists as a noun, not a name reading, is the post or place addressed
    // (フロントさん, レジさん); the learned pass still reads foreign names that are also words.
    const word = isKatakanaWordAt(text, kStart, end) && !isKanaSurname(text, kStart, end) && !isKanaGivenName(text, kStart, end);
    if (!JA_NON_NAMES.has(run) && !word) out.push({ type: 'PERSON_NAME', start: kStart, end, score: 0.7 });
  }
}

// ---- English ----
const GIVEN = new Set(EN_GIVEN_NAMES);
const SURNAMES_EN = new Set(EN_SURNAMES);
// Given names that are also English words: alone at the start of a sentence and followed by a
// number or a lower-case word ("Max 10 users", "Mark the invoice as paid") they are the word.
const WORD_NAMES = new Set(['Max', 'Mark', 'Frank', 'Jack', 'Ray', 'Bill', 'Will', 'Grant', 'Dean', 'Guy', 'Pat', 'Rob', 'Sue', 'Art', 'Bob', 'Chase', 'Hunter', 'Drew', 'Penny', 'Rose', 'June', 'May', 'Grace', 'Hope', 'Joy', 'Victor', 'Miles', 'Wade', 'Cliff', 'Rich', 'Sandy', 'Dawn', 'Summer', 'Page']);
const SENTENCE_START_BEFORE = /(?:^|[.!?:;]\s+|\n\s*|^\s*[-*•]\s*)$/;
const WORD_AFTER = /^\s+(?:[0-9]|(?!(?:said|says|told|asked|wrote|replied|who|and|or|is|was|has|had|will|from|at|in)\b)[a-z])/;

// Nouns that a given name which is also a word (Amber, Ruby, Holly) modifies in a fixed phrase: "Amber alerts", "Ruby gems".
const FIXED_PHRASE_AFTER = /^ (?:alerts?|lights?|warnings?|status|level|codes?|stones?|gems?|wine|ale|tea|colou?rs?|tones?|glass|necklaces?|rings?|berries|leaves)\b/;

function fixedPhraseAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 32 && FIXED_PHRASE_AFTER.test(text.slice(end, end + 12));
}

function readsAsWord(text: string, start: number, end: number): boolean {
  return (SENTENCE_START_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || JAPANESE_BEFORE.test(text.slice(Math.max(0, start - 2), start))) && WORD_AFTER.test(text.slice(end, end + 12));
}
// An English word set in Japanese text (仕様書の Max speed 欄, 図8に Max load): Japanese right before it.
const JAPANESE_BEFORE = /[\u3041-\u30ff\u3400-\u9fff、。「（][ \u3000]?$/;
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Sir', 'Dame', 'Madam', 'Mister', 'Mme', 'Mlle', 'Herr', 'Frau']);
// Capitalized words that start sentences or name things but are not people.
const NON_NAME_WORDS = new Set(
  `I'm I’m I'll I’ll I've I’ve I'd I’d The This That These Those There Then Than They Their Them We Our You Your He She His Her It Its I Im My Me
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
God Lord Christ Jesus Christmas Easter Halloween Valentine Day Night Morning Evening Afternoon Week Month Year
Sirs Madams Mesdames Colleagues Customers Guests Members Partners Students Parents Residents Applicants Participants
Attendees Everyone Folks Friends Valued Concerned Whom Recipient Recipients Supplier Suppliers Vendor Vendors Staff Sales
Support International Student National Regional General Central Human Resources Affairs Relations Admissions Research
Graduate Engineering Sciences Development Planning Marketing Finance Operations Quality Legal Corporate Strategy Safety
Education Academic Career Services Non-smoking Smoking Deluxe Twin Double Single Superior Standard Premium Economy
Executive Breakfast Guest Guests Passenger Passengers Traveler Traveller Travelers Travellers Attendee Candidate Applicant
Patient Employee Member Holder Cardholder Policyholder Insured Claimant Beneficiary Witness Signatory Tenant Landlord
Accounts Payable Receivable Billing Procurement Purchasing Accounting Treasury Compliance Audit Admin Administration Helpdesk
MacBook ThinkPad iPad Chromebook Air`.split(/\s+/),
);
// "McDowell", "MacLeod": one inner capital after a leading "c"/"ac".
// Latin/Greek/Cyrillic ranges without the u flag: an order of magnitude faster than \p{Lu}.
const TOKEN = /(?<![A-Za-zÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿ0-9'’_-])[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽΑ-ΩЀ-Я](?:a?c[A-Z](?=[a-z]))?(?:[a-zß-öø-ÿĀ-ɏά-ώа-ӿ'’-]*[a-zß-öø-ÿĀ-ɏά-ώа-ӿ]|\.)?(?![A-Za-zÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿ0-9_])/y;
const STRONG_CUE_WORDS =
  "my name is|name is|named|called|call me|calls me|i am|i'm|this is|dear|hi|hello|hey|name:|name\\s*:|name\\?|signed|regards,?|sincerely,?|attn:?|contact|customer:|patient:|applicant:|employee:|mr\\.?|mrs\\.?|ms\\.?|dr\\.?|directed by:?|written by|produced by|performed by|sung by|starring|featuring";
// Person cues: a single capitalized word after them is reported on its own.
const WEAK_CUE_WORDS =
  'says|said|by|asked|told|met|ask|tell|thank|thanks|add|remove|loop in|looping in|looped in|ping|cc|invite|invited|introduce|introduced|reach out to|reached out to|son|daughter|wife|husband|brother|sister|mother|father|friend|kid|child|player|commenter|songwriter|singer|actor|actress|author|writer|novelist|artist|speaker|colleague|coach';
// Cues that also precede places and organisations ("from Norway", "Jones, Smith and Davis"): they
// support multi-word runs, and a single word only next to an already found name ("Anna and Tom").
const LIST_CUE_WORDS = 'with|and|to|from|,';
const TITLE_WORDS = 'Mr|Mrs|Ms|Dr|Prof';
// Cue words are whole words: "hi" is not the end of "Shiraishi", "by" not the end of "Derby".
const STRONG_CUE = new RegExp(`(?<![A-Za-z])(?:${STRONG_CUE_WORDS})\\s*$`, 'i');
const WEAK_CUE = new RegExp(`(?<![A-Za-z])(?:${WEAK_CUE_WORDS})\\s*$`, 'i');
const TITLE_BEFORE = new RegExp(`(?:${TITLE_WORDS})\\.?\\s*$`);
// The same cues as sticky lookbehinds, tried at one position of the whole text: a cheap
// necessary condition (a cue ending at the token in the 16-char window also ends there in the text).
const STRONG_CUE_AT = new RegExp(`(?<=(?:${STRONG_CUE_WORDS})\\s*)`, 'iy');
const WEAK_CUE_AT = new RegExp(`(?<=(?:${WEAK_CUE_WORDS})\\s*)`, 'iy');
const LIST_CUE = new RegExp(`(?:${LIST_CUE_WORDS})\\s*$`, 'i');
const LIST_CUE_AT = new RegExp(`(?<=(?:${LIST_CUE_WORDS})\\s*)`, 'iy');
const TITLE_BEFORE_AT = new RegExp(`(?<=(?:${TITLE_WORDS})\\.?\\s*)`, 'y');

// Form labels for people (Traveler:, Passenger:, Approved by:): tried only where a colon or "by" ends the text before a word.
const FORM_LABEL = /(?<![A-Za-z])(?:traveler|traveller|passenger|guest|attendees?|participants?|invitees?|present|absent|attending|members|ship to|deliver to|bill to|sold to|consignee|recipient|addressee|cardholder|account holder|requester|assignee|owner|representative|contact person|(?:requested|approved|prepared|submitted|reviewed) by:?)[ \t]*[:\-\u2013]?[ \t]*$/i;

const LOWERCASE_WORD_AFTER = /^ (?!(?:and|or|is|was|from|at|in|to|who|will|has|here|for|on)\b)[a-z]{2}/;

function formLabelBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  const c = codeAt(text, i);
  if (c !== 58 && c !== 121 && c !== 89 && c !== 45 && c !== 0x2013) return false; // ':' 'y' 'Y' '-' '–'
  return FORM_LABEL.test(text.slice(Math.max(0, start - 24), start));
}

/** True when `window` (the 16 chars before `start`) ends with a cue; `at` is the lookbehind prefilter. */
function cueBefore(text: string, start: number, at: RegExp, inWindow: RegExp): boolean {
  at.lastIndex = start;
  if (!at.test(text)) return false;
  return inWindow.test(text.slice(Math.max(0, start - 16), start));
}

function withoutDot(word: string): string {
  return codeAt(word, word.length - 1) === 46 ? word.slice(0, -1) : word;
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
  /^(?:['’]s[ \t]+(?:wife|husband|son|daughter|mother|father|brother|sister|friend|partner|family|children|kids)|,?[ \t]+(?:said|says|wrote|writes|told|tells|asked|asks|replied|replies|explained|explains|added|adds|noted|notes|who|whose|himself|herself|was born|died|married|lives|lived|shouted|yelled|whispered|laughed|smiled|cried|points out|pointed out|insisted|recalled|admitted|complained|apologized|apologised|spent a year|grew up))(?![A-Za-z])/;
// After a single word, only verbs that take a person subject ("Todd shouted", not "Google said").
// First letters of the AFTER_PERSON_CUE verbs (shouted, yelled, whispered, laughed, cried, grew, married, himself).
const PERSON_VERB_FIRST = new Set([...'sywlcgmh'].map((c) => c.charCodeAt(0)));

/** Cheap necessary condition for AFTER_PERSON_CUE at `end`. */
function personCueFirst(text: string, end: number): boolean {
  const c = codeAt(text, end);
  if (c === 39 || c === 0x2019) return true;
  return (c === 32 || c === 9) && PERSON_VERB_FIRST.has(codeAt(text, end + 1));
}
const AFTER_PERSON_CUE =
  /(?:['’]s[ \t]+(?:wife|husband|son|daughter|mother|father|brother|sister|boyfriend|girlfriend|kid|kids|children|mom|dad|parents)|[ \t]+(?:shouted|yelled|whispered|laughed|smiled|cried|lives (?:at|in|on)|grew up|was born|married|himself|herself))(?![A-Za-z])/y;
// Words that end a street, place or organisation name, never a person's ("Herceg Gateway", "Hall Orchestra").
const NON_PERSON_TAILS = new Set(
  `Road Rd Street St Str Avenue Ave Lane Drive Way Court Place Square Park Parks Hill Bridge Boulevard Blvd Route Gateway
Pass Union Mall Loop Radial Turnpike Bypass Forges Forge Rapids Coves Cove Harbor Harbour Port Crossing Crossroad Junction
Terrace Gardens Garden Greens Flat Flats Creek Cliffs Cliff Mill Dam Heights Ridge Valley Village Trail Parkway Plaza Circle Station Point Shores Springs Falls Mills
Orchestra Band Choir Insurance Investments Solutions Associates Technologies Systems Partners Holdings Group Labs
Corporation Company Consulting Sons Inc Ltd LLC Corp Club Republic Foundation Institute Agency Capital Bank University College School
Research Report Reports Summary Sheet Template Document Minutes Agenda Proposal Budget Forecast Dashboard Hotel Tower Building Center Centre
Motor Motors Electric Industries Industry Trading Bussan Kogyo Seisakusho Shoten Chemical Pharmaceutical Steel Airlines Railway
Realty Logistics Properties Estate Travel Design Studio Studios Works Foods Pharma Securities Software Networks Media Marketing
Services Express Transport Shipping Freight Construction Engineering Energy Clinic Hospital Dental Finance Financial Ventures
Enterprises Trust Global International Japan Asia Pacific Consultants Creative Digital Robotics Foods Apparel Cosmetics Printing
Salad Sponge Cake Pie Tart Sauce Soup Sandwich Burger Pudding Latte Punch Cocktail Scale Syndrome Disease Score Index Method Test
Lounge Ballroom`.split(/\s+/),
);
// Words that open a street or place name ("Rua João Pessoa", "Port Paien", "San Bernardino").
const NON_PERSON_HEADS = new Set(['Rua', 'Via', 'Calle', 'Avenida', 'Rue', 'Port', 'San', 'Santa', 'Fort', 'Cite', 'Cité', 'Villa', 'Ulica']);
function readsAsJapaneseName(word: string): boolean {
  return isRomajiSurname(word) || isRomajiGivenName(word) || GIVEN.has(word) || SURNAMES_EN.has(word);
}
const JA_ROMAJI_HONORIFIC = /-(?:san|sama|kun|chan|sensei|senpai|shi|dono)$/i;
const LIST_JOINER = /^(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)$/;

/** "Anna K. Nowak", "Szabina J Gelencsér": words around a single-letter initial read as a name. */
function hasMiddleInitial(group: NameToken[], first: number, last: number): boolean {
  for (let i = first + 1; i < last; i++) {
    if (isInitial(group[i].word) && !isInitial(group[i - 1].word) && group[i - 1].word.length >= 2 && !isInitial(group[last].word)) return true;
  }
  return false;
}

/** Latin letters with diacritics (À-ɏ): a title-case run containing them is a foreign proper noun, mostly a person. */
function hasDiacritic(group: NameToken[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const w = group[i].word;
    for (let j = 0; j < w.length; j++) {
      const c = w.charCodeAt(j);
      if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return true;
    }
  }
  return false;
}

function stickyAt(re: RegExp, text: string, index: number): boolean {
  re.lastIndex = index;
  return re.test(text);
}

/** Cheap necessary condition for LIST_CUE: the last non-blank character before `start` ends a list cue. */
function listCueFirst(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  const c = codeAt(text, i) | 0x20;
  return c === 0x2c || c === 0x64 || c === 0x6f || c === 0x6d || c === 0x68; // , d o m h
}

/** The word right after `end` (skipping one space or tab), or ''. */
function nextWord(text: string, end: number): string {
  if (text[end] !== ' ' && text[end] !== '\t') return '';
  let i = end + 1;
  while (i < text.length && i - end < 16 && /[A-Za-z]/.test(text[i])) i++;
  return text.slice(end + 1, i);
}

/** "808 Kálmán Imre u. 12.", "Apt. 8\n Velká Bukovina": a number on the same or the previous line, or right after. */
function nearAddressNumber(text: string, start: number, end: number): boolean {
  if (/^[ \t]*\d/.test(text.slice(end, end + 4))) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  const lines = before.split('\n');
  const near = lines.length > 1 ? lines[lines.length - 2] + lines[lines.length - 1] : lines[0];
  return /\d/.test(near);
}

/** "Anna and Tom", "Anna, Tom": a single word joined to a name found just before it. */
function nextToName(text: string, start: number, out: RawFinding[]): boolean {
  for (let i = out.length - 1; i >= 0 && i >= out.length - 3; i--) {
    const f = out[i];
    if (f.type !== 'PERSON_NAME' || f.end > start) continue;
    return start - f.end <= 7 && LIST_JOINER.test(text.slice(f.end, start));
  }
  return false;
}

// One Hepburn-romanised word: every consonant group ends in a vowel, except a syllabic n.
const HEPBURN_WORD = /^(?:(?:[kgsztdnhbpmrwyfj]|kk|ss|tt|pp|tch|ch|sh|ts|[kgnhbpmr]y)?[aiueo]h?|n(?![aiueoy]))+$/i;

/**
 * A given name then a Japanese surname: an English given name that is also a word with a
 * surname of the romaji lexicon (Mark Tanaka), or a romaji given name with a surname of the
 * lexicon or a longer word that reads only as Hepburn (Jun Ichinohe, Ken Shiraishi).
 */
function givenThenRomajiSurname(given: string, surname: string): boolean {
  if (NON_NAME_WORDS.has(surname)) return false;
  // Will and May before a surname ask a question or wish ("Will Tanaka come?").
  const wordName = WORD_NAMES.has(given) && !NON_NAME_WORDS.has(given);
  const romajiGiven = !wordName && isRomajiGivenName(given);
  if ((!wordName && !romajiGiven) || isRomajiPlace(given, surname)) return false;
  if (isRomajiSurname(surname)) return true;
  return romajiGiven && surname.length >= 5 && HEPBURN_WORD.test(surname) && !isRomajiPlaceName(surname);
}

const WORLD_PLACE_SET = new Set(WORLD_PLACES);

/** Whether the words first..last (or the group's words up to a following City) end in a place of several words. */
function endsInWorldPlace(group: NameToken[], first: number, last: number): boolean {
  const to = last + 1 < group.length && group[last + 1].word === 'City' ? last + 1 : last;
  let run = withoutDot(group[to].word);
  for (let i = to - 1; i >= first; i--) {
    run = `${group[i].word} ${run}`;
    if (WORLD_PLACE_SET.has(run)) return true;
  }
  return false;
}

function scoreGroup(text: string, group: NameToken[], out: RawFinding[]): void {
  let first = 0;
  let titled = false;
  // "Jun Ichinohe": a romaji given name that is also a word of the stop list (Jun the month).
  const givenFirst = group.length >= 2 && NON_NAME_WORDS.has(group[0].word) && givenThenRomajiSurname(group[0].word, withoutDot(group[1].word));
  while (first < group.length && !(givenFirst && first === 0)) {
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
    // A middle initial ("Hanne I. Kreutzmann", "Martim A Pereira") does not end the run.
    if (i < last && isInitial(group[i].word) && !isInitial(group[i - 1].word)) continue;
    if (NON_NAME_WORDS.has(withoutDot(group[i].word))) {
      last = i - 1;
      break;
    }
  }
  const tokens = last - first + 1;
  const start = group[first].start;
  // "Brannoc's kids": the possessive ending is not part of the name.
  const lastWord = group[last].word;
  const apostrophe = lastWord.charCodeAt(lastWord.length - 2);
  const possessive = lastWord.length > 3 && lastWord.charCodeAt(lastWord.length - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019);
  // "Sato-san", "Tanaka-sama": a Japanese honorific after a hyphen is a cue, and not part of the name.
  const suffix = JA_ROMAJI_HONORIFIC.exec(lastWord);
  const honorific = suffix !== null && readsAsJapaneseName(lastWord.slice(0, suffix.index)) ? suffix : null;
  const end = group[last].end - (possessive ? 2 : 0) - (honorific !== null ? honorific[0].length : 0);
  // After a given name the lists read the surname without the possessive (Grace Tan's visa: Tan); a
  // word alone with it is as often a brand's (McDonald's, Ben & Jerry's).
  if (possessive && last > first && (GIVEN.has(group[first].word) || WORD_NAMES.has(group[first].word))) group[last] = { ...group[last], word: lastWord.slice(0, -2) };
  let score = 0;
  if (titled || honorific !== null || cueBefore(text, start, TITLE_BEFORE_AT, TITLE_BEFORE)) score = 0.9;
  // A form's Name: label, unless a lowercase word goes on after the capitalised ones (- name: Azure
  // login, a CI step's name).
  else if ((cueBefore(text, start, STRONG_CUE_AT, STRONG_CUE) || formLabelBefore(text, start)) && !LOWERCASE_WORD_AFTER.test(text.slice(end, end + 12))) score = 0.85;
  else if (tokens >= 2 && SURNAMES_EN.has(withoutDot(group[last].word)) && !NON_PERSON_TAILS.has(group[last].word)) score = GIVEN.has(group[first].word) ? 0.85 : 0.75;
  else if (GIVEN.has(group[first].word)) score = tokens >= 2 ? 0.85 : (WORD_NAMES.has(group[first].word) && readsAsWord(text, start, group[first].end)) || fixedPhraseAfter(text, group[first].end) ? 0 : 0.7;
  // Surname first, as Chinese, Korean and Vietnamese names are written (Zhang Wei, Nguyen Van Minh).
  else if (tokens >= 2 && tokens <= 4 && SURNAMES_EN.has(group[first].word) && GIVEN.has(withoutDot(group[last].word))) score = 0.75;
  else if (tokens >= 2 && tokens <= 3 && isRomajiNamePair(group[first].word, withoutDot(group[last].word))) score = 0.8;
  else if (tokens === 2 && givenThenRomajiSurname(group[first].word, withoutDot(group[last].word))) score = 0.75;
  else if (hasMiddleInitial(group, first, last)) score = 0.75;
  else if (cueBefore(text, start, WEAK_CUE_AT, WEAK_CUE)) score = tokens >= 2 ? 0.65 : 0.5;
  else if (tokens >= 2 && AFTER_CUE.test(text.slice(end, end + 24))) score = 0.7;
  else if (tokens === 1 && personCueFirst(text, end) && stickyAt(AFTER_PERSON_CUE, text, end)) score = 0.6;
  else if (tokens >= 2 && hasDiacritic(group, first, last) && !nearAddressNumber(text, start, end)) score = 0.6;
  else if (listCueFirst(text, start) && cueBefore(text, start, LIST_CUE_AT, LIST_CUE)) score = tokens >= 2 ? (unknownWordsInJapanese(group, first, last) ? 0 : 0.65) : nextToName(text, start, out) ? 0.6 : 0;
  // Capitalised words no list knows: a name in English text; in Japanese text as often a heading
  // or a programme's item (Campus Tour (10:30), Club Showcase), so one word must be a known name's.
  else if (tokens >= 2 && !unknownWordsInJapanese(group, first, last)) score = 0.45;
  if (score <= 0) return;
  if (thingLabelBefore(text, start)) return;
  // "Kanagawa Ken", "Osaka Fu", "Tokyo": a prefecture, ward or city in romaji, whatever the cue.
  if (tokens === 2 && isRomajiPlace(group[first].word, withoutDot(group[last].word))) return;
  if (tokens === 1 && !titled && isRomajiPlaceName(group[first].word)) return;
  // "Herceg Gateway St.", "Davis Orchestra": a street or organisation, whatever the cue.
  if (last > first && NON_PERSON_TAILS.has(withoutDot(group[last].word))) return;
  if (last + 1 < group.length && NON_PERSON_TAILS.has(withoutDot(group[last + 1].word))) return;
  if (NON_PERSON_TAILS.has(withoutDot(nextWord(text, end)))) return;
  if (!titled && NON_PERSON_HEADS.has(group[0].word)) return;
  // "Sri Lanka", "Visit Santa Cruz", "Ho Chi Minh City": a run that is or ends in a place of several words.
  if (tokens >= 2 && endsInWorldPlace(group, first, last)) return;
  out.push({ type: 'PERSON_NAME', start, end, score });
}

// A series of single capitalised words joined by commas and a last "and" (Kónya, Becker and Vasquez;
// Marrero and Murphy were …): every item is a person when the series follows a word for people and
// two of its items are names of the English lists, or is two items, one of them such a name, before
// what people do; and no item is a place, a stop word or an organisation's word.
const NAME_SERIES = /(?<![A-Za-zÀ-ɏ'’-])((?:[A-ZÀ-Þ][a-zß-ÿĀ-ɏ'’-]+, ){0,5}[A-ZÀ-Þ][a-zß-ÿĀ-ɏ'’-]+,? and [A-ZÀ-Þ][a-zß-ÿĀ-ɏ'’-]+)(?![A-Za-zÀ-ɏ'’-]| [A-Z])/g;

const PEOPLE_BEFORE_SERIES = /(?:founders|members|children|kids|sons|daughters|attendees|participants|speakers|guests|authors|winners|partners|colleagues|friends|siblings|parents|players|hosts|panelists|reviewers|interviewees|candidates|students|staff|they had [0-9]+)(?: (?:are|were|is|was|include|included))?:? *$/i;
const PEOPLE_AFTER_SERIES = /^,? (?:were|are|have|had|met|said|spent|will|went|both|became|married|agreed|told|wrote)(?![A-Za-z])/;

function detectEnglishNameSeries(text: string, out: RawFinding[], from: number): void {
  NAME_SERIES.lastIndex = 0;
  for (let m = NAME_SERIES.exec(text); m !== null; m = NAME_SERIES.exec(text)) {
    const items: Array<[number, number]> = [];
    const re = /[A-ZÀ-Þ][a-zß-ÿĀ-ɏ'’-]+/g;
    for (let w = re.exec(m[1]); w !== null; w = re.exec(m[1])) items.push([m.index + w.index, m.index + w.index + w[0].length]);
    let named = 0;
    let blocked = false;
    for (const [a, b] of items) {
      const word = text.slice(a, b).replace(/['’]s$/, '');
      if (NON_NAME_WORDS.has(word) || WORLD_PLACE_SET.has(word) || NON_PERSON_TAILS.has(word) || isRomajiPlaceName(word)) blocked = true;
      if ((SURNAMES_EN.has(word) || GIVEN.has(word)) && !WORD_NAMES.has(word)) named++;
    }
    if (blocked || named < 1) continue;
    // Three surnames in a row are as often a firm (Hawkins, Richardson and Santana): a series is people
    // only after a word for people and a colon (our founders: …), or as two before what people do.
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // (Two names of the lists after a word for people; one beside what two people do.)
    const people = (PEOPLE_BEFORE_SERIES.test(before) && named >= 2) || (items.length === 2 && PEOPLE_AFTER_SERIES.test(after));
    if (!people || text.slice(items[0][0], items[0][1]) === text.slice(items[items.length - 1][0], items[items.length - 1][1])) continue;
    for (const [a, b0] of items) {
      const b = /['’]s$/.test(text.slice(a, b0)) ? b0 - 2 : b0;
      if (out.some((f, k) => k >= from && f.type === 'PERSON_NAME' && f.score > 0 && f.start < b && f.end > a)) continue;
      out.push({ type: 'PERSON_NAME', start: a, end: b, score: 0.6 });
    }
  }
}

// Whether the text being read by detectEnglish is Japanese text with English words in it.
let englishInJapanese = false;

/** In Japanese text, capitalised words none of which a name list knows (Campus Tour, Club Showcase). */
function unknownWordsInJapanese(group: readonly NameToken[], first: number, last: number): boolean {
  if (!englishInJapanese) return false;
  for (let k = first; k <= last; k++) {
    const w = withoutDot(group[k].word);
    if (GIVEN.has(w) || SURNAMES_EN.has(w) || isRomajiSurname(w) || isRomajiGivenName(w)) return false;
  }
  return true;
}

function detectEnglish(text: string, out: RawFinding[]): void {
  englishInJapanese = HAS_JAPANESE.test(text);
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

/** The rule passes for Japanese names: honorifics, then the lexicon (exported for the model's training). */
export function detectJapaneseRuleNames(text: string, out: RawFinding[]): void {
  // Both cue regexes can only match where the shared scan saw one of their first characters.
  const cues = digitRuns(text).japaneseNameCueStarts;
  execAt(HONORIFIC, text, cues, (m) => nameBeforeCue(text, m.index, out));
  detectJapaneseNames(text, out);
}

function detectJapanese(text: string, out: RawFinding[]): void {
  const from = out.length;
  detectJapaneseRuleNames(text, out);
  // Names in running text the rules have no cue for (毛沢東は, ジョン・スミスが): the learned pass.
  detectLearnedNames(text, out, from);
  // Speaker labels in chat logs, and readings in parentheses after the names found above.
  detectJapaneseNameFormats(text, out, from);
  // Company, brand and thing contexts, hiragana names, attendee lists (name-context.ts).
  refineJapaneseNames(text, out, from);
  // Surnames IPADIC lacks (具志堅, 仲村渠), with an honorific, a given name or a roster label (name-rare-surnames.ts).
  detectRareSurnameNames(text, out, from);
  // One-kanji surnames before a title or a person's predicate; companies and idioms dropped (name-word-surnames.ts).
  refineWordSurnames(text, out, from);
  // Bare surnames after a role (申立人 西村, 議事録作成：松田), a numbered vehicle or flight (2号車 本田), and 々/ヶ/ノ surnames introducing themselves (name-frames.ts).
  detectFramedSurnames(text, out);
}

const HAS_JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

// Latin-script names right before a Japanese honorific, as Japanese text writes foreign colleagues'
// names (Nguyen Van An さん, Chen Meiさん, Jan de Vries 氏): capitalised words (or initials) with
// the particles of Dutch, German, Portuguese, Arabic and Malay names between them.
const LATIN_BEFORE_HONORIFIC = /(?<![A-Za-z.])((?:[A-Z][a-z]+|[A-Z]{2,}|[A-Z]\.)(?:[ 　](?:(?:de|van|von|der|den|da|di|du|le|la|bin|binti|al|dos|del)[ 　])*(?:[A-Z][a-z]+|[A-Z]{2,}|[A-Z]\.)){0,3})[ 　]?(さん|様|さま|氏|くん|ちゃん|先生)/g;

// An initial and a surname (K. Watanabe, J. Baker), as signatures and credits write them: the
// surname from the English lists or the romaji lexicon, not a place.
const INITIAL_GLUED = /[A-Z]\.[A-Z][a-z]/;
const INITIAL_SURNAME = /(?<![A-Za-z.])[A-Z]\. ?([A-Z][a-z]{1,15})(?![A-Za-z])/g;

function detectInitialSurnames(text: string, out: RawFinding[]): void {
  INITIAL_SURNAME.lastIndex = 0;
  for (let m = INITIAL_SURNAME.exec(text); m !== null; m = INITIAL_SURNAME.exec(text)) {
    const surname = m[1];
    if (!(SURNAMES_EN.has(surname) || isRomajiSurname(surname)) || isRomajiPlaceName(surname)) continue;
    out.push({ type: 'PERSON_NAME', start: m.index, end: m.index + m[0].length, score: 0.8 });
  }
}

// A chat handle in small letters before a Japanese honorific (okamoto さん, @channel kubotaさん): a
// romanised lexicon surname of four letters or more, not a place.
const HANDLE_BEFORE_HONORIFIC = /(?<![A-Za-z0-9@._-])([a-z]{4,15})[ 　]?(?:さん|様|さま|氏|くん|ちゃん)/g;

// A Japanese honorific in romaji after a hyphen, as English mail writes it (Dear 松本-san, Tanaka-sama):
// a lexicon surname or given name, in kanji or romaji.
const DASH_HONORIFIC = /(?<![\p{Script=Han}A-Za-z])([\p{Script=Han}々]{1,4}|[A-Z][a-z]{1,15})-(?:san|sama|sensei|kun|chan|shi)(?![A-Za-z])/gu;

// A romanised surname and given name joined by a dash (Sunagawa-Itsuki, WATANABE-Taro; dash variants are '-' here).
const DASHED_ROMAJI_PAIR = /(?<![A-Za-z0-9-])([A-Z][a-z]{1,15}|[A-Z]{2,16})-([A-Z][a-z]{1,15}|[A-Z]{2,16})(?![A-Za-z0-9-])/g;

// Cheap tests before the patterns above (most texts have none of these).
const DASH_HONORIFIC_GATE = /-(?:san|sama|sensei|kun|chan|shi)(?![A-Za-z])/;
const DASHED_PAIR_GATE = /[A-Za-z]-[A-Z]/;
const ADDRESSED_GATE = /Thank|Hi|Hello|Hey|Dear|Cheers|Congrats|Welcome|Sorry|Morning|-by:|Author:|Committer:/;

function detectDashedRomajiPairs(text: string, out: RawFinding[]): void {
  DASHED_ROMAJI_PAIR.lastIndex = 0;
  for (let m = DASHED_ROMAJI_PAIR.exec(text); m !== null; m = DASHED_ROMAJI_PAIR.exec(text)) {
    if (isRomajiNamePair(m[1], m[2])) out.push({ type: 'PERSON_NAME', start: m.index, end: m.index + m[0].length, score: 0.8 });
  }
}

function detectDashHonorifics(text: string, out: RawFinding[]): void {
  DASH_HONORIFIC.lastIndex = 0;
  for (let m = DASH_HONORIFIC.exec(text); m !== null; m = DASH_HONORIFIC.exec(text)) {
    const w = m[1];
    const end = m.index + w.length;
    const named = w.charCodeAt(0) >= 0x3400 ? surnameTier(text, m.index, end) > 0 || givenTier(text, m.index, end) > 0 : (isRomajiSurname(w) || isRomajiGivenName(w) || GIVEN.has(w) || SURNAMES_EN.has(w)) && !isRomajiPlaceName(w);
    if (named) out.push({ type: 'PERSON_NAME', start: m.index, end, score: 0.8 });
  }
}

// A name addressed in chat and commits: Thanks, Koji! / Hi Sachiko, (a romanised lexicon given
// name or surname, or an English given name), and the people of a commit's trailers
// (Co-authored-by: Kotone Momose, Signed-off-by: …).
const ADDRESSED_NAME = /(?<![A-Za-z])(?:Thanks|Thank you|Hi|Hello|Hey|Dear|Cheers|Congrats|Welcome|Sorry|Morning),? ([A-Z][a-z]{1,15})(?=[!,.:]|\s*$)/gm;
const COMMIT_TRAILER = /^(?:Co-authored-by|Signed-off-by|Reviewed-by|Acked-by|Tested-by|Reported-by|Suggested-by|Author|Committer):[ \t]*([A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2})(?=[ \t]*(?:<|$))/gm;

function detectAddressedNames(text: string, out: RawFinding[]): void {
  ADDRESSED_NAME.lastIndex = 0;
  for (let m = ADDRESSED_NAME.exec(text); m !== null; m = ADDRESSED_NAME.exec(text)) {
    const w = m[1];
    if (!((isRomajiGivenName(w) || isRomajiSurname(w) || GIVEN.has(w)) && !isRomajiPlaceName(w) && !WORD_NAMES.has(w))) continue;
    const start = m.index + m[0].length - w.length;
    out.push({ type: 'PERSON_NAME', start, end: start + w.length, score: 0.75 });
  }
  if (text.indexOf('-by:') < 0 && text.indexOf('Author:') < 0 && text.indexOf('Committer:') < 0) return;
  COMMIT_TRAILER.lastIndex = 0;
  for (let m = COMMIT_TRAILER.exec(text); m !== null; m = COMMIT_TRAILER.exec(text)) {
    // A person, not a bot or a team: a word of the name is one of the lists or the lexicon's.
    if (!m[1].split(' ').some((w) => GIVEN.has(w) || SURNAMES_EN.has(w) || isRomajiGivenName(w) || isRomajiSurname(w))) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push({ type: 'PERSON_NAME', start, end: start + m[1].length, score: 0.85 });
  }
}

// Names no list knows (Somchai Suksawat, Oluwaseun Adeyemi) where only a person can stand: right
// before their own date of birth or age in brackets (…Suksawat (Date of Birth: 24 Jan 2000), … (DOB
// 1990-04-12), … (age 34), … (34歳)), or before ", born on" / ", aged 41". Two or three capitalised words,
// none of them a common word or a place. (After a word such as Guest or Passenger alone, capitalised
// words are as often a thing: Guest Wifi Network.)
const LATIN_WORDS = '([A-Z][a-z]{1,15}(?:[ -][A-Z][a-z]{1,15}){1,2})';
const BEFORE_OWN_BIRTH = new RegExp(`(?<![A-Za-z])${LATIN_WORDS} ?[(（](?:Date of Birth|date of birth|DOB|D\\.O\\.B\\.|born|b\\. |aged? |Age |生年月日|[0-9]{1,3} ?(?:yrs?|years?|歳|才)[)）])|(?<![A-Za-z])${LATIN_WORDS},? (?:born (?:on|in) |aged [0-9])`, 'g');
const PERSON_FRAME_GATE = /[(（](?:Date of Birth|date of birth|DOB|D\.O\.B|born|b\. |aged? |Age |生年月日|[0-9]{1,3} ?[yr歳才])|, (?:born|aged) /;

function detectFramedLatinNames(text: string, out: RawFinding[]): void {
  BEFORE_OWN_BIRTH.lastIndex = 0;
  for (let m = BEFORE_OWN_BIRTH.exec(text); m !== null; m = BEFORE_OWN_BIRTH.exec(text)) {
    const name = m[1] ?? m[2];
    if (name.split(/[ -]/).some((w) => NON_NAME_WORDS.has(w) || WORLD_PLACE_SET.has(w))) continue;
    const start = m.index + m[0].indexOf(name);
    out.push({ type: 'PERSON_NAME', start, end: start + name.length, score: 0.8 });
  }
}

function detectHandlesBeforeHonorific(text: string, out: RawFinding[]): void {
  HANDLE_BEFORE_HONORIFIC.lastIndex = 0;
  for (let m = HANDLE_BEFORE_HONORIFIC.exec(text); m !== null; m = HANDLE_BEFORE_HONORIFIC.exec(text)) {
    if (isRomajiSurname(m[1]) && !isRomajiPlaceName(m[1])) out.push({ type: 'PERSON_NAME', start: m.index, end: m.index + m[1].length, score: 0.75 });
  }
}

/**
 * LATIN_BEFORE_HONORIFIC: two or more words before さん, 氏 and the like; one word, or any before
 * 様 (Microsoft Japan様, Amazon様 are clients), only with a word of the English name lists or a
 * romanised lexicon name in it (Yamazakiさん, YOSHIDA様).
 */
function detectLatinBeforeHonorific(text: string, out: RawFinding[]): void {
  LATIN_BEFORE_HONORIFIC.lastIndex = 0;
  for (let m = LATIN_BEFORE_HONORIFIC.exec(text); m !== null; m = LATIN_BEFORE_HONORIFIC.exec(text)) {
    const words = m[1].split(/[ 　]+/).filter((w) => /^[A-Z]/.test(w) && !w.endsWith('.'));
    if (words.length === 0) continue;
    // A romanised lexicon surname or given name counts too (Yamazakiさん, YOSHIDA様 as a passport writes it), not a place.
    const listed = words.some((w) => GIVEN.has(w) || SURNAMES_EN.has(w) || ((isRomajiSurname(w) || isRomajiGivenName(w)) && !isRomajiPlaceName(w)));
    if (!listed && (m[2] === '様' || words.length < 2)) continue;
    // Capitals alone are an acronym (AWS様, NTT様) unless the lexicon reads them, or three words or
    // more of them before さん or 氏 read as a name spelt as its passport has it (AUNG KYAW MINさん).
    if (!listed && words.every((w) => /^[A-Z]+$/.test(w)) && !(words.length >= 3 && m[2] !== '様' && words.every((w) => /[AEIOUY]/.test(w)))) continue;
    out.push({ type: 'PERSON_NAME', start: m.index, end: m.index + m[1].length, score: 0.8 });
  }
}

/**
 * Findings that name no one, by what follows them or what they are: a word right before 氏名
 * qualifies the field (カナ氏名：, 漢字氏名：, 患者氏名：; not 山田氏名義, and 氏 there is no honorific), a
 * word before a departure or arrival time is a place, words before Co., Ltd., Inc. or Corp. a
 * company, and noNameAt's placeholders, counters, numerals and posts.
 */
function dropNonNameWords(text: string, out: RawFinding[], from: number): void {
  for (let i = from; i < out.length; i++) {
    const f = out[i];
    if (f.type !== 'PERSON_NAME' || f.score === 0) continue;
    const after = text.charCodeAt(f.end);
    if (after === 0x6c0f /* 氏 */ && text.startsWith('氏名', f.end) && !text.startsWith('氏名義', f.end)) f.score = 0;
    // A word before a time and 発 or 着 is where a train or flight leaves or arrives (羽田 06:45発).
    // (A station's name has three kanji at most here; 山本明美 14:15着, a driver's log line, is the driver.)
    else if (f.end - f.start <= 3 && (after === 0x20 || after === 0x3000 || (after >= 0x30 && after <= 0x39) || (after >= 0xff10 && after <= 0xff19)) && stickyAt(TIMETABLE_AFTER, text, f.end)) f.score = 0;
    // Words before Co., Ltd., Inc. or Corp. name a company (Toyo Seiki Co., Ltd.).
    else if ((after === 0x20 || after === 0x2c) && stickyAt(COMPANY_AFTER, text, f.end)) f.score = 0;
    else if (noNameAt(text, f.start, f.end)) f.score = 0;
  }
}

/**
 * What reads as a name only by its characters: a form's placeholder (（未記入）, 不明), a counter
 * after a number with the word after it (2泊　和室, 3名 様), kanji numerals after の or a number (四の
 * 二十四の二十三, an address's lot), and the posts of care and office work (ケアマネ).
 */
function noNameAt(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const before = text.charCodeAt(start - 1);
  if (isNumeralCode(before) && COUNTERS.indexOf(text[start]) >= 0) return true;
  if ((isNumeralCode(before) || before === 0x306e /* の */) && ALL_NUMERALS.test(text.slice(start, end))) return true;
  // Placeholders and posts: only words whose first character one of them starts with (a table lookup).
  if (WORD_FIRST.indexOf(String.fromCharCode(first)) < 0) return false;
  const word = text.slice(start, end).replace(/^[（(「『［\[]|[）)」』］\]]$/g, '');
  return PLACEHOLDER_WORDS.has(word) || POST_WORDS.has(word);
}

function isNumeralCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || '〇一二三四五六七八九十百千'.indexOf(String.fromCharCode(c)) >= 0;
}

const ALL_NUMERALS = /^[〇一二三四五六七八九十百千]+$/;

const PLACEHOLDER_WORDS = new Set(['未記入', '未入力', '記入なし', '未定', '不明', '空欄', 'なし', '無し', '該当なし', '未設定', '保留', '未回答']);
const POST_WORDS = new Set([
  'ケアマネ', 'ケアマネジャー', 'ケアマネージャー', 'ヘルパー', 'ケースワーカー', 'ソーシャルワーカー',
  // Trades and posts a site or a shop calls by their short names (オペさん, バイトさん, ナースさん).
  'オペ', 'オペレーター', 'バイト', 'アルバイト', 'パート', 'ナース', 'シェフ', 'ガードマン', 'ガイド', 'コーチ', 'マスター', 'トレーナー', 'ディーラー',
  'メーカー', 'サプライヤー', 'デザイナー', 'エンジニア', 'インターン', 'キャスト',
]);
const COUNTERS = '泊名階号回件人台本枚個日月年時分歳才';
// The first characters of those words, and the brackets a placeholder may stand in.
const WORD_FIRST = [...new Set([...PLACEHOLDER_WORDS, ...POST_WORDS].map((w) => w[0]))].join('') + '（(「『［[';

const TIMETABLE_AFTER = /[ 　]?[0-9０-９]{1,2}[:：][0-9０-９]{2}[ 　]?(?:発|着)/y;
const COMPANY_AFTER = /,? (?:Co\.,? Ltd\.?|Co\.|Inc\.?(?![A-Za-z])|Ltd\.?(?![A-Za-z])|Corp\.?(?![A-Za-z])|Corporation|LLC|GmbH|K\.K\.|Limited)/y;

export const personNameDetector: Detector = {
  type: 'PERSON_NAME',
  detect(text, _options, out) {
    const first = out.length;
    const japanese = HAS_JAPANESE.test(text);
    if (japanese) detectJapanese(text, out);
    const english = out.length;
    detectEnglish(text, out);
    if (japanese) {
      detectLatinBeforeHonorific(text, out);
      detectHandlesBeforeHonorific(text, out);
    }
    if (text.indexOf('. ') >= 0 || INITIAL_GLUED.test(text)) detectInitialSurnames(text, out);
    if (DASH_HONORIFIC_GATE.test(text)) detectDashHonorifics(text, out);
    if (DASHED_PAIR_GATE.test(text)) detectDashedRomajiPairs(text, out);
    if (ADDRESSED_GATE.test(text)) detectAddressedNames(text, out);
    if (PERSON_FRAME_GATE.test(text)) detectFramedLatinNames(text, out);
    // Attendees:⏎- Higa⏎- Moore (name-english-lists.ts).
    detectBulletedNameLists(text, out);
    if (text.indexOf(' and ') >= 0) detectEnglishNameSeries(text, out, english);
    dropVenueNames(text, out, english);
    detectRomajiNameLabels(text, out);
    // vCard name fields: a given name alone in N:小林;蒼;;; and the phonetic fields (name-address-book.ts).
    detectAddressBookNames(text, out);
    // Katakana names in parts after a person label or in brackets, Hangul names (name-foreign-scripts.ts).
    detectForeignScriptNames(text, out);
    // Korean romanisations, O'Connor, cc lines, card-holder columns; Latin company names dropped (name-latin.ts).
    detectLatinNames(text, out, first);
    // Names cut by a line break, letter-spaced or hyphenated by PDF-to-text (name-broken-text.ts).
    repairBrokenNames(text, out, first);
    // ゴー、ナナ、キュー read out in a number are digits, not given names (name-spoken-digits.ts).
    if (out.length > first) dropSpokenDigitNames(text, out, first);
    if (out.length > first) dropNonNameWords(text, out, first);
  },
};
