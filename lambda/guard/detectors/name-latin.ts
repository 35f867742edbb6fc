import { EN_GIVEN_NAMES } from '../data/en-given-names';
import type { RawFinding } from './detector';
import { isRomajiGivenName, isRomajiNamePair, isRomajiPlaceName, isRomajiSurname } from './romaji-names';

/**
 * Names in Latin script the English and romaji passes miss:
 * - Korean names in Revised Romanization, a frequent surname and a two-syllable given name in
 *   either order (Kim Minju, Park Ji-hoon, Seo-yeon Lee, KIM MINJU); venue words stay (Park Hotel);
 * - surnames with an apostrophe after a given name (Sean O'Connor, MICHAEL O'BRIEN, Luca D'Angelo):
 *   the name found without its surname grows over it;
 * - the names on a cc or bcc line, also in lower case (cc: yuki tanaka, kenji sato);
 * - the cells of a card-holder column in a pasted CSV or TSV table (card_holder, カード名義);
 * - Vietnamese names, by their letters or a frequent surname and middle name (Nguyễn Thị Mai,
 *   Tran Thi Mai);
 * - a romaji surname with an initial (Sato K., K. Sato), or before a comma and a given name
 *   (MORIMOTO, Kazuki);
 * - the values of passport and form name fields (SURNAME TAKEUCHI, Given names: Haruka);
 * - account names that spell their owner after a user key or in a user-name column (user=kmatsuo);
 * - a given name alone before where the person works (Mizuki from HR, Mark from accounting);
 * - a Latin name finding that ends in or runs into a company word is the company (Mirai Logistics,
 *   Sato Trading Co., Ltd.).
 */

// Frequent Korean surnames in their usual romanisations.
const KOREAN_SURNAMES = new Set(
  `Kim Lee Yi Rhee Park Pak Bak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin Sin Kwon Hwang Ahn An Song
Yoo Yu Ryu Hong Jeon Jun Chun Ko Koh Moon Mun Yang Son Sohn Bae Baek Paek Heo Huh Nam Noh Roh Ha Kwak Sung Seong Cha Joo Ju Woo Min Na Jin Ji Uhm Eom Chae
Won Bang Pyo Byun Byeon Gong Hyun Ham Yeo Chu Do Ma Gu Koo Kil Gil Wang Tak Seol Yeom Shim Sim Jeung`.split(/\s+/),
);
// One syllable of Revised (or McCune-style) Romanization: initial, vowel, final.
const SYLLABLE = '(?:kk|tt|pp|ss|jj|ch|g|k|n|d|t|r|l|m|b|p|s|j|h|w|y)?(?:yae|yeo|wae|eo|eu|ae|ya|yo|yu|ye|wa|wo|we|wi|ui|oe|oo|ee|a|e|i|o|u)(?:ng|n|m|l|k|p|t)?';
const KOREAN_GIVEN = new RegExp(`^(?:${SYLLABLE})-?(?:${SYLLABLE})$`, 'i');
// English words that also split into two such syllables and follow a surname-shaped word (Park Hotel).
const NOT_GIVEN = new Set(
  `hotel hotels motel lane road side gate tower towers center centre plaza hall mall line view hill hills land lands table tables game games
time times name names home homes base bases case cases note notes code codes page pages data delete update value ticket model mode modes
manner member members genome nine tone tones done gone none some come money honey yellow hello halo solo demo memo menu tokyo seoul
japan korea china india media meta beta gamma delta sigma omega alpha`.split(/\s+/),
);
const GIVEN = new Set(EN_GIVEN_NAMES);

// Company words after a name-shaped pair (Mirai Logistics, Sato Trading, Kim & Partners).
const COMPANY_WORD = /^(?:Logistics|Trading|Holdings|Group|Systems|Solutions|Industries|Industry|Partners|Consulting|Technologies|Technology|Tech|Labs?|Inc\.?|Corp\.?|Corporation|Co\.|Company|Ltd\.?|LLC|LLP|K\.K\.|GmbH|Limited|Japan|Electric|Electronics|Motors|Foods|Pharma|Capital|Ventures|Studio|Studios|Design|Works|Services|Networks|Software|Digital|Global|International|Sangyo|Kogyo|Bussan|Kensetsu|Seiki|Denki|Denko|Seisakusho|Shokai|Tsusho|Seiyaku|Kagaku|Giken|Kosan|Unyu|Fudosan|Shoken|Ginko|Tekko|Zosen|Kikai|Tsushin|Shuppan|Insatsu|Europe|Asia|America|Americas|Pacific|Thailand|Vietnam|Singapore|Taiwan|Korea|China|India|Indonesia|Malaysia|Philippines|Mexico|Brazil|Deutschland|USA)\b/;

function isUpperLetter(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A capitalised or upper-case word (Minju, MINJU), not mixed case. */
function isNameCase(word: string): boolean {
  if (!isUpperLetter(word.charCodeAt(0))) return false;
  const rest = word.slice(1).replace(/-/g, '');
  return rest === rest.toLowerCase() || rest === rest.toUpperCase();
}

function koreanSurname(word: string): boolean {
  return isNameCase(word) && KOREAN_SURNAMES.has(word[0] + word.slice(1).toLowerCase());
}

function koreanGiven(word: string): boolean {
  return isNameCase(word) && word.length >= 4 && KOREAN_GIVEN.test(word) && !NOT_GIVEN.has(word.toLowerCase()) && !KOREAN_SURNAMES.has(word[0] + word.slice(1).toLowerCase());
}

function overlapsName(out: RawFinding[], start: number, end: number): RawFinding | null {
  for (let i = 0; i < out.length; i++) {
    const f = out[i];
    if (f.type === 'PERSON_NAME' && f.score > 0 && f.start < end && f.end > start) return f;
  }
  return null;
}

function claim(out: RawFinding[], start: number, end: number, score: number): void {
  const f = overlapsName(out, start, end);
  if (f === null) {
    out.push({ type: 'PERSON_NAME', start, end, score });
    return;
  }
  if (f.start >= start && f.end <= end) {
    f.start = start;
    f.end = end;
    if (f.score < score) f.score = score;
  }
}

// Whole words only: no letter (ASCII or not) on either side (Rua João is no Korean name).
const PAIR = /(?<![\p{L}'’-])([A-Z][A-Za-z]*(?:-[A-Za-z]+)?) ([A-Z][A-Za-z]*(?:-[A-Za-z]+)?)(?![\p{L}'’])/gu;

function detectKoreanNames(text: string, out: RawFinding[]): void {
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m !== null; m = PAIR.exec(text)) {
    const [, a, b] = m;
    if ((koreanSurname(a) && koreanGiven(b)) || (koreanGiven(a) && koreanSurname(b))) {
      // A company word after the pair makes it the company (Han Solutions, Kim Logistics).
      if (COMPANY_WORD.test(text.slice(m.index + m[0].length + 1, m.index + m[0].length + 16))) continue;
      claim(out, m.index, m.index + m[0].length, 0.8);
    } else {
      // Overlapping pairs: retry from the second word (Meeting Kim Minju).
      PAIR.lastIndex = m.index + a.length + 1;
    }
  }
}

const APOSTROPHE = /\b([A-Z][a-z]+|[A-Z]{2,}) ((?:O|D|Mc|Mac)['’][A-Z][A-Za-z]+|(?:O|D)['’][A-Z]+)/g;

function detectApostropheSurnames(text: string, out: RawFinding[]): void {
  APOSTROPHE.lastIndex = 0;
  for (let m = APOSTROPHE.exec(text); m !== null; m = APOSTROPHE.exec(text)) {
    const first = m[1];
    const given = first[0] + first.slice(1).toLowerCase();
    const found = overlapsName(out, m.index, m.index + first.length);
    if (found === null && !GIVEN.has(given)) continue;
    claim(out, found !== null ? Math.min(found.start, m.index) : m.index, m.index + m[0].length, 0.85);
  }
}

const CC_LINE = /(?:^|\n)[ \t>]*(?:cc|Cc|CC|bcc|Bcc|BCC)[ \t]*[:：]?[ \t]+([^\n]+)/g;
const CC_ITEM = /([A-Za-z][a-z]+|[A-Z]+) ([A-Za-z][a-z]+|[A-Z]+)(?=[ \t]*(?:[,;、<(（]|$))/g;

function detectCcNames(text: string, out: RawFinding[]): void {
  CC_LINE.lastIndex = 0;
  for (let m = CC_LINE.exec(text); m !== null; m = CC_LINE.exec(text)) {
    const line = m[1];
    const base = m.index + m[0].length - line.length;
    CC_ITEM.lastIndex = 0;
    for (let n = CC_ITEM.exec(line); n !== null; n = CC_ITEM.exec(line)) {
      // Each item starts the line or follows a separator.
      const before = line.slice(0, n.index).trimEnd();
      if (before.length > 0 && !/[,;、>)）]$/.test(before)) continue;
      const [, a, b] = n;
      if (isRomajiNamePair(a, b) || (GIVEN.has(a[0].toUpperCase() + a.slice(1).toLowerCase()) && isLetter(b.charCodeAt(0)))) {
        claim(out, base + n.index, base + n.index + n[0].length, 0.8);
      }
    }
  }
}

const HOLDER_HEADER = /^(?:card[ _-]?holder(?:[ _-]?name)?|name[ _-]on[ _-]card|holder[ _-]?name|(?:カード)?名義人?(?:[(（](?:ローマ字|英字)[)）])?)$/i;
const HOLDER_CELL = /^[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){1,3}$/;

function detectHolderColumns(text: string, out: RawFinding[]): void {
  const lines = text.split('\n');
  let offset = 0;
  let column = -1;
  let sep = '\t';
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') column = -1;
    else if (column < 0) {
      for (const s of ['\t', ',']) {
        const cells = line.split(s);
        if (cells.length < 2) continue;
        const k = cells.findIndex((c) => HOLDER_HEADER.test(c.trim().replace(/^"|"$/g, '')));
        if (k >= 0) {
          column = k;
          sep = s;
          break;
        }
      }
    } else {
      const cells = line.split(sep);
      if (cells.length > column) {
        let at = offset;
        for (let k = 0; k < column; k++) at += cells[k].length + 1;
        const cell = cells[column];
        const trimmed = cell.trim().replace(/^"|"$/g, '');
        if (HOLDER_CELL.test(trimmed)) {
          const start = at + cell.indexOf(trimmed);
          claim(out, start, start + trimmed.length, 0.85);
        }
      }
    }
    offset += raw.length + 1;
  }
}

/** A Latin name finding followed by a company word is the company (Mirai Logistics). */
function dropCompanies(text: string, out: RawFinding[], from: number): void {
  for (let i = from; i < out.length; i++) {
    const f = out[i];
    if (f.type !== 'PERSON_NAME' || f.score <= 0 || !isLetter(text.charCodeAt(f.start))) continue;
    if (text[f.end] === ' ' && COMPANY_WORD.test(text.slice(f.end + 1, f.end + 16))) f.score = 0;
    else {
      const last = text.slice(f.start, f.end).split(' ').pop() ?? '';
      if (last !== '' && COMPANY_WORD.test(last) && f.end - f.start > last.length) f.score = 0;
    }
  }
}

// Vietnamese names: the letters only Vietnamese spelling uses (Nguyễn Thị Mai, Phạm Văn Long), or
// a frequent surname with a middle name (Tran Thi Mai, NGUYEN VAN AN).
const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/u;
const VIETNAMESE_SURNAMES = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh lam trinh luong doan cao mai ha quach ta vuong'.split(' '),
);
const VIETNAMESE_MIDDLE = new Set('thi van duc minh ngoc quoc thanh huu xuan kim hong gia bao'.split(' '));
// Places written the same way (Hà Nội, Hồ Chí Minh City is a city).
const VIETNAMESE_PLACES = /^(?:Hà Nội|Đà Nẵng|Hải Phòng|Cần Thơ|Việt Nam|Sài Gòn|Nha Trang|Hạ Long|Hồ Chí Minh)$/u;
// Latin letters only around it: a Japanese honorific may follow (Nguyễn Thị Maiさん).
const CAPITALISED_RUN = /(?<![A-Za-z\u00c0-\u024f\u1e00-\u1eff'’-])\p{Lu}[\p{Script=Latin}]*(?: \p{Lu}[\p{Script=Latin}]*){1,3}(?![A-Za-z\u00c0-\u024f\u1e00-\u1eff'’])/gu;
const CAPITALISED_RUN_OF_THREE = new RegExp(CAPITALISED_RUN.source.replace('){1,3}', '){2,3}'), 'gu');

function plain(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

function detectVietnameseNames(text: string, out: RawFinding[]): void {
  // Without a Vietnamese letter anywhere only the shape of three words or more can say so: the
  // runs of two capitalised words, most of them in English text, are not looked at.
  const run = VIETNAMESE_LETTER.test(text) ? CAPITALISED_RUN : CAPITALISED_RUN_OF_THREE;
  run.lastIndex = 0;
  for (let m = run.exec(text); m !== null; m = run.exec(text)) {
    const words = m[0].split(' ');
    // A city or province (Hồ Chí Minh City, Thành phố Hồ Chí Minh) is a place.
    if (/^(?:City|Province|Thành|Tỉnh)$/.test(words[words.length - 1]) || /(?:Thành phố|Tỉnh|TP\.?) $/.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const marked = VIETNAMESE_LETTER.test(m[0]);
    const shaped = words.length >= 3 && VIETNAMESE_SURNAMES.has(plain(words[0])) && VIETNAMESE_MIDDLE.has(plain(words[1]));
    if (!(marked || shaped) || VIETNAMESE_PLACES.test(m[0])) continue;
    // Every word a name's (no long English word in capitals): a capitalised run of two to four.
    if (!words.every((w) => w.length <= 12)) continue;
    claim(out, m.index, m.index + m[0].length, 0.85);
  }
}

// A surname and an initial in an attendee list (Sato K., Ito M.), or the other way round (K. Sato).
const SURNAME_INITIAL = /(?<![\p{L}.])(?:([A-Z][a-z]+) [A-Z]\.|[A-Z]\. ?([A-Z][a-z]+))(?![\p{L}])/gu;

function detectInitialledSurnames(text: string, out: RawFinding[]): void {
  SURNAME_INITIAL.lastIndex = 0;
  for (let m = SURNAME_INITIAL.exec(text); m !== null; m = SURNAME_INITIAL.exec(text)) {
    const surname = m[1] ?? m[2];
    if (!isRomajiSurname(surname) || isRomajiPlaceName(surname)) continue;
    claim(out, m.index, m.index + m[0].length, 0.8);
  }
}

// "MORIMOTO, Kazuki" / "Morimoto, Kazuki": the surname first and a comma, as rosters and
// passports write them.
// A comma with no space after it separates the cells of a CSV row (Takeda,Rin), not a name's parts.
const SURNAME_COMMA_GIVEN = /(?<![\p{L}])([A-Z][A-Za-z]+), ([A-Z][a-z]+|[A-Z]+)(?![\p{L}])/gu;

function detectSurnameCommaGiven(text: string, out: RawFinding[]): void {
  SURNAME_COMMA_GIVEN.lastIndex = 0;
  for (let m = SURNAME_COMMA_GIVEN.exec(text); m !== null; m = SURNAME_COMMA_GIVEN.exec(text)) {
    if (!isRomajiSurname(m[1]) || !isRomajiGivenName(m[2]) || isRomajiPlaceName(m[1])) continue;
    claim(out, m.index, m.index + m[0].length, 0.85);
  }
}

// Passport and visa fields: SURNAME TAKEUCHI / GIVEN NAMES HARUKA, Family name: Lee.
const NAME_FIELD = /(?<![A-Za-z])(?:SURNAME|FAMILY NAME|LAST NAME|GIVEN NAMES?|FIRST NAME|MIDDLE NAME|Surname|Family name|Last name|Given names?|First name)(?:[ \t]*[:：][ \t]*|[ \t]+)([A-Z][A-Za-z'’-]*(?:[ ][A-Z][A-Za-z'’-]*){0,2})(?![A-Za-z])/g;

function detectNameFields(text: string, out: RawFinding[]): void {
  NAME_FIELD.lastIndex = 0;
  for (let m = NAME_FIELD.exec(text); m !== null; m = NAME_FIELD.exec(text)) {
    const value = m[1];
    // The next field's label is no value (SURNAME / GIVEN NAMES …, Surname Given names).
    if (/^(?:GIVEN|SURNAME|NAME|NAMES|FIRST|LAST|MIDDLE|FAMILY|NATIONALITY|SEX|DATE|PASSPORT|NO|N\/A|NONE|Given|Surname|Name)$/.test(value.split(' ')[0])) continue;
    const start = m.index + m[0].length - value.length;
    claim(out, start, start + value.length, 0.85);
  }
}

// Account names that spell their owner (kmatsuo, y.kudo, tanaka.h, hanako_sato): after a user or
// login key, or in the user-name column of a pasted table, when a part of the handle romanises a
// lexicon surname or given name. Service accounts (admin, root, ec2-user) spell no one.
const HANDLE_KEY = /(?<![A-Za-z])(?:user(?:[ _-]?name)?|login(?:[ _-]?id)?|uid|ユーザー(?:名|ID|ＩＤ)|ログイン(?:ID|ＩＤ|名)|アカウント名?)["']?[ \t]*[=:：][ \t]*["']?([a-z][a-z0-9._-]{2,31})(?![A-Za-z0-9._@-])/gi;
const HANDLE_HEADER = /^(?:ユーザー名|ユーザーID|ユーザーＩＤ|ログインID|ログイン名|アカウント名?|user(?:[ _-]?name)?|login(?:[ _-]?id)?)$/i;
const SERVICE_ACCOUNTS = new Set('admin administrator root guest test user system service deploy ubuntu centos oracle postgres mysql nobody daemon operator backup www apache nginx jenkins git'.split(' '));

function handleSpellsName(handle: string): boolean {
  const lower = handle.toLowerCase();
  if (SERVICE_ACCOUNTS.has(lower.replace(/[0-9._-]+$/, ''))) return false;
  for (const part of lower.split(/[._-]+|[0-9]+/)) {
    if (part.length >= 3 && (isRomajiSurname(part) || isRomajiGivenName(part))) return true;
    // An initial glued to the surname, before or after it (kmatsuo, matsuok).
    if (part.length >= 5 && (isRomajiSurname(part.slice(1)) || isRomajiSurname(part.slice(0, -1)))) return true;
  }
  return false;
}

function detectAccountHandles(text: string, out: RawFinding[]): void {
  HANDLE_KEY.lastIndex = 0;
  for (let m = HANDLE_KEY.exec(text); m !== null; m = HANDLE_KEY.exec(text)) {
    if (!handleSpellsName(m[1])) continue;
    const start = m.index + m[0].length - m[1].length;
    claim(out, start, start + m[1].length, 0.8);
  }
  // The user-name column of a CSV or TSV table: its header names it, each row's cell is a handle.
  let column = -1;
  let separator = ',';
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (column < 0) {
      separator = line.includes('\t') ? '\t' : ',';
      column = line.split(separator).findIndex((c) => HANDLE_HEADER.test(c.trim().replace(/^"|"$/g, '')));
    } else {
      const cells = line.split(separator);
      if (cells.length <= column) column = -1;
      else {
        let offset = lineStart;
        for (let k = 0; k < column; k++) offset += cells[k].length + 1;
        const cell = cells[column];
        const value = cell.trim().replace(/^"|"$/g, '');
        const at = offset + cell.indexOf(value);
        if (/^[a-z][a-z0-9._-]{2,31}$/i.test(value) && handleSpellsName(value)) claim(out, at, at + value.length, 0.8);
      }
    }
    lineStart = lineEnd + 1;
  }
}

// A given name alone before where the person works (Mizuki from HR, Mark from accounting):
// a romaji or English given name; months and weekdays take the same place (May from the start).
const GIVEN_FROM = /(?<![A-Za-z])([A-Z][a-z]+) from (?:HR|IT|PR|QA|R&D|the [a-z]|[A-Z][a-z]+|[a-z]+ (?:team|department|dept\.?|office))/g;
const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Data|Files?|Results?|Feedback|Someone|Everyone|Anyone|Nobody|Messages?|Emails?|Mails?|Calls?|Reports?|Notes?)$/;

function detectGivenNamesFrom(text: string, out: RawFinding[]): void {
  GIVEN_FROM.lastIndex = 0;
  for (let m = GIVEN_FROM.exec(text); m !== null; m = GIVEN_FROM.exec(text)) {
    const name = m[1];
    if (CALENDAR_WORD.test(name) || !(GIVEN.has(name) || (isRomajiGivenName(name) && !isRomajiPlaceName(name)))) continue;
    claim(out, m.index, m.index + name.length, 0.75);
  }
}

const HAS_LATIN_PAIR = /[A-Za-z] [A-Za-z]/;
const HANDLE_HINT = /user|login|uid|ユーザー|ログイン|アカウント/i;

/** The Latin-script name passes, after the English and romaji ones (person-name.ts). */
export function detectLatinNames(text: string, out: RawFinding[], from: number): void {
  if (text.indexOf(',') >= 0) detectSurnameCommaGiven(text, out);
  if (HANDLE_HINT.test(text)) detectAccountHandles(text, out);
  if (!HAS_LATIN_PAIR.test(text)) {
    dropCompanies(text, out, from);
    return;
  }
  detectKoreanNames(text, out);
  detectVietnameseNames(text, out);
  if (text.indexOf('.') >= 0) detectInitialledSurnames(text, out);
  if (/NAME|name/.test(text)) detectNameFields(text, out);
  if (text.indexOf(' from ') >= 0) detectGivenNamesFrom(text, out);
  if (text.indexOf("'") >= 0 || text.indexOf('’') >= 0) detectApostropheSurnames(text, out);
  if (text.indexOf('cc') >= 0 || text.indexOf('CC') >= 0 || text.indexOf('Cc') >= 0) detectCcNames(text, out);
  if (text.indexOf('\n') >= 0 && (text.indexOf('\t') >= 0 || text.indexOf(',') >= 0) && /holder|名義|name on card/i.test(text)) detectHolderColumns(text, out);
  dropCompanies(text, out, from);
}
