import { PREFECTURES } from '../data/prefectures';
import { hasKeyword } from './context-window';
import type { Detector, RawFinding } from './detector';
import { codeAt, digitRuns, execAtRuns, type DigitRuns } from './digit-sequence';
import { pushRomajiAddresses } from './romaji-address';
import { pushTableCells, registerTableColumn } from './table-columns';

// ---- Japanese: prefecture + municipality + town + 丁目/番地/号 ----
const JA_WORD = '[\\p{Script=Han}\\p{Script=Katakana}ヶケ々]';
const MUNICIPALITY = `${JA_WORD}{1,8}?[市区町村郡]`;
// Up to 16: Kyoto addresses name the crossing streets (烏丸通七条下ル東塩小路町).
const TOWN = '[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}ヶ々ー]{0,16}?';
const KANJI_DIGITS = '[0-9〇一二三四五六七八九十]';
// The last form, a bare 丁目 (北一条西2丁目), only with a municipality before it.
// Dashes may be spaced out (芝公園4 - 2 - 8, from 4 ー 2 ー 8 after normalization),
// and digits spaced out one by one (1 2 - 3 - 4 5).
// Either a plain run or digits one by one with single spaces, not followed by another digit (so
// "1-9-2 090-1234-5678" ends at the 2).
const SPACED_N = '[0-9](?:(?: [0-9]){1,3}(?![0-9])|[0-9]{0,3})';
// The same in kanji numerals (or digits): a plain run of up to three, or one by one with single spaces.
const SPACED_K = `${KANJI_DIGITS}(?:(?: ${KANJI_DIGITS}){1,3}(?!${KANJI_DIGITS})|${KANJI_DIGITS}{0,2})`;
// OCR output also sets a space before 丁目, 番 and 号 (曙町5 丁目2 7 番3 号).
// 番 and 号 may be written in kanji numerals after 丁目 too (五丁目二十七番三号), and OCR splits 丁 目.
const BLOCK_N = `(?:${SPACED_N}|${KANJI_DIGITS}{1,4}(?=[ ]?[番号]))`;
// Hokkaido's grid: 条 and 丁目 in digits after the town's direction (北3条西4丁目1-1, 南1条東2丁目).
const JO_BLOCK = `${SPACED_N}[ ]?条[東西南北]?[ ]?${SPACED_N}[ ]?丁[ ]?目(?:[ ]?${SPACED_N}(?:[ ]?-[ ]?${SPACED_N}){0,2}(?:[ ]?番地?|[ ]?号)?)?`;
const BLOCK = `${JO_BLOCK}|(?:${SPACED_N}|${KANJI_DIGITS}{1,4})(?:[ ]?丁[ ]?目|[ ]?-[ ]?(?=[0-9])|番町)[ ]?${BLOCK_N}(?:[ ]?番地?|[ ]?-[ ]?(?=[0-9]))?(?:[ ]?${BLOCK_N}(?:[ ]?号)?)?(?:の[0-9]{1,4})?|(?:${SPACED_N}|${KANJI_DIGITS}{1,4})[ ]?番[ ]?(?:${SPACED_N}|${KANJI_DIGITS}{1,4})[ ]?号|(?:${SPACED_N}|${KANJI_DIGITS}{1,4})[ ]?番地(?:の?[0-9]{1,4})?|${KANJI_DIGITS}{1,3}[ ]?丁[ ]?目` +
  // Sakai's and Kyoto's 丁 without 目, always with a 番 after it (新金岡町4丁1番, 宿院町東1丁1番3号).
  `|${SPACED_N}[ ]?丁(?!目)[ ]?${BLOCK_N}[ ]?番地?(?:[ ]?${BLOCK_N}(?:[ ]?号)?)?` +
  // Lots in kanji numerals joined by dashes, as a written-out address has them (三の丸三-一-一),
  // also spaced out (芝公園 三 - 八 - 一 八).
  `|${SPACED_K}[ ]?-[ ]?${SPACED_K}(?:[ ]?-[ ]?${SPACED_K})?(?![0-9〇一二三四五六七八九十])`;
// A lot number with no 番地 or 丁目 after a town (長野県上田市古里1234, 恵比須町427, 東塩小路町七二一ノ一),
// as rural and Kyoto addresses are written: only after a prefecture and a municipality, and only
// where no counter or further digit follows (東京都港区3社, 大阪府の人口880万 are figures); the town
// it follows is checked in pushJapaneseInWindow.
// Kanji lots may be written with 十 (四の二十四の二十三) and joined twice.
const KANJI_LOT = '[〇一二三四五六七八九十]{1,4}';
const BARE_LOT = `(?:${SPACED_N}|${KANJI_LOT})(?:[ノの-](?:[0-9]{1,4}|${KANJI_LOT})){0,2}(?![0-9\\p{Script=Han}\\p{Script=Katakana}ヶ々ー%％.．,，:：]|[ 　](?:[0-9]|店舗|拠点|件|名|社|人|か所|箇所|ヶ所|カ所|台|個|回|円|年|月|日|時|分|万|億|店|棟|校|km|kg|m(?![a-z])|%))`;
// After the block: a building name, floor and room (丸の内ビル5階 501号室, 森タワー 45階, 12F, 1001号室).
// The name may be several katakana or English words (ランドマーク プラザ, Shinjuku Park Tower): words
// before the last one hold no hiragana (so "…1-2-3 にある" is not taken) and end at a space, which
// keeps the words apart and the match linear.
const BUILDING_WORDS = "(?:[\\p{Script=Han}\\p{Script=Katakana}A-Za-z0-9ー・&＆'-]{1,24}[ 　]){0,3}?";
const BUILDING_NAME = `${BUILDING_WORDS}[\\p{L}\\p{N}ー・&＆-]{0,24}?(?:ビル(?:ディング)?|タワー|マンション|ハイツ|コーポ|レジデンス|ハウス|プラザ|センター|ヒルズ|パレス|ガーデン|テラス|棟|館|荘|Tower|Building|Bldg\\.?|Plaza|Center|Centre|Hills|Residence|Heights|House|[0-9]{1,4}(?:号室|F|階))`;
const FLOOR = '[0-9]{1,3}[ ]?(?:F|階)';
const ROOM = '[0-9]{1,4}[ ]?号室?';
const BUILDING = `(?:[ 　]?(?:${BUILDING_NAME}){1,2}(?:[ 　]?[A-Z]?[ 　]?${FLOOR})?(?:[ 　]?${ROOM})?|[ 　]?${FLOOR}(?:[ 　]?${ROOM})?|[ 　]?${ROOM})?`;
// Cities written in kana, partly or wholly (さいたま市, つくば市, ひたちなか市, あきる野市): only right
// after a prefecture, so the address starts at the prefecture.
const KANA_MUNICIPALITY = `\\p{Script=Hiragana}{2,7}${JA_WORD}{0,3}?[市町村]`;
// OCR and forms set a space between the parts (広島県 広島市 中区 曙町 5丁目…): one space is read
// after the prefecture and each municipality, and before the block after a town in kanji or katakana.
const PART_GAP = '[ 　]?';
// (A block never starts with 0: after a space that is a phone number, 東京都 山田太郎 090-….)
// (The space is matched first, so the look back runs only where a space is.)
const BLOCK_GAP = '(?:[ 　](?<=[\\p{Script=Han}\\p{Script=Katakana}ヶ々ー][ 　])(?![0０]))?';
const JA_WITH_PREFECTURE = new RegExp(
  `(?:${PREFECTURES.join('|')})((?:${PART_GAP}(?:${KANA_MUNICIPALITY}|${MUNICIPALITY})){0,3})${PART_GAP}${TOWN}(${BLOCK_GAP}(?:${BLOCK}|(${BARE_LOT}))${BUILDING})?`,
  'gu',
);
// The same with the block required, tried where the first stopped short of one: its optional
// block and lazy town let it end after the municipality (埼玉県さいたま市浦和区 | 高砂3-15-1).
const JA_WITH_PREFECTURE_AND_BLOCK = new RegExp(
  `(?:${PREFECTURES.join('|')})((?:${PART_GAP}(?:${KANA_MUNICIPALITY}|${MUNICIPALITY})){0,3})${PART_GAP}${TOWN}(${BLOCK_GAP}(?:${BLOCK}|(${BARE_LOT}))${BUILDING})`,
  'uy',
);
const JA_WITHOUT_PREFECTURE = new RegExp(
  // (No spaces between the parts here: without a prefecture, 中村 花子 080-… would read as a village.)
  `(?<!${JA_WORD})(?:${MUNICIPALITY}){1,3}${TOWN}(?:${BLOCK})${BUILDING}`,
  'gu',
);
// With a space before the block (新潟市中央区古町通 1 - 5 - 1 9, as a letter-spaced address reads once
// joined) only after a city and its ward: a surname ending in 村 and a number (北村 3-4-5) is none.
const JA_WITHOUT_PREFECTURE_GAP = new RegExp(
  `(?<!${JA_WORD})(?:${MUNICIPALITY}){2,3}${TOWN}[ 　](?<=[\\p{Script=Han}\\p{Script=Katakana}ヶ々ー][ 　])(?![0０])(?:${BLOCK})${BUILDING}`,
  'gu',
);
// Addresses contain one of JA_ADDRESS_ANCHORS (都道府県市区町村郡); regexes run only in small
// windows around them. The shared scan lists where they occur.
const WINDOW_BEFORE = 14;
const WINDOW_AFTER = 72;

/** Merged [start, end) windows around the (one-character) anchors. */
function anchorWindows(text: string, anchors: Int32Array, before: number, after: number): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (let i = 0; i < anchors.length; i++) {
    const index = anchors[i];
    const start = Math.max(0, index - before);
    const end = Math.min(text.length, index + 1 + after);
    const last = windows[windows.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = end;
    else windows.push([start, end]);
  }
  return windows;
}

// ---- English and European street addresses ----
const SUFFIX_WORDS =
  'Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Square|Sq|Highway|Hwy|Parkway|Pkwy|Crescent|Close|Circle|Cir|Trail|Alley|Row|Walk|Gardens|Grove|Heights|Pass|Bridge|Plaza|Route|Mews|Wharf|Quay|Rue|Via|Viale|Piazza|Calle|Avenida|Rua|Strasse|Straße|Str|Weg|Gasse|Platz|Allee|Straat|Laan|Plein|Gracht|Vej|Gade|Gatan|Gata|Gate|Veien|Vägen|Tie|Katu|Kuja|Polku|Utca|Út|Útja|Ulica|Ul|Kapu|Tér|Köz|Sor|Boulevard|Chemin|Impasse|Rambla|Paseo|Camino|Carrer';
const COMPOUND_SUFFIXES =
  'strasse|straße|str\\.|weg|gasse|platz|allee|straat|laan|plein|gracht|vej|gade|gatan|gata|gate|veien|vegen|vägen|tie|katu|kuja|polku|utca|braut|vegur|gränd|stræde|torget|torv|kaari|rinne|ring|dijk|kade|singel|hof';
// Latin (incl. extended), Greek and Cyrillic letters as plain ranges: much faster than \p{L} with the u flag.
const LETTER = 'A-Za-zÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿ';
const UPPER = 'A-ZÀ-ÖØ-ÞĀ-ɏΑ-ΩЀ-Я';
const WORD = `[${LETTER}][${LETTER}'’.-]*`;
const CAP_WORD = `[${UPPER}][${LETTER}'’.-]*`;
const NOT_AFTER = `(?![${LETTER}0-9])`;
const NOT_BEFORE = `(?<![${LETTER}0-9])`;
// "1317 Kimberly Way", "33 avenue de Provence"
const NUMBER_FIRST = new RegExp(
  `${NOT_BEFORE}[0-9]{1,6}[A-Za-z]?,?[ ]+(?:${WORD}[ ]+){0,4}?(?:${SUFFIX_WORDS})\\.?${NOT_AFTER}(?:[ ]+${WORD}){0,3}?(?:[ ]+[0-9]{1,5}[A-Za-z]?\\.?${NOT_AFTER})?`,
  'y',
);
// "Villacher Strasse 89", "Vesterskovvej 79", "ul. Północna 73"
const NAME_FIRST = new RegExp(
  `${NOT_BEFORE}(?:(?:ul\\.|al\\.|C\\.)[ ]+)?(?:${CAP_WORD}[ ]+){0,3}(?:${CAP_WORD}(?:${COMPOUND_SUFFIXES})|(?:${SUFFIX_WORDS})\\.?)[ ]+[0-9]{1,5}[A-Za-z]?\\.?${NOT_AFTER}`,
  'g',
);
// "6750 Koskikatu 25": number, capitalized words, number. One or two spaces between (the columns
// of a pasted table, 1     Running     0, are none), and the last number no date or time's first
// part (503 Service Unavailable at 2024-02-15).
const NUMBER_WORDS_NUMBER = new RegExp(
  `${NOT_BEFORE}[0-9]{1,6}[ ]{1,2}${CAP_WORD}(?:[ ]{1,2}${WORD}){0,3}[ ]{1,2}[0-9]{1,5}[A-Za-z]?\\.?${NOT_AFTER}(?![-/:][0-9])`,
  'y',
);
// NAME_FIRST's house number follows "<street word>[.] " or "<...compound suffix> ": checked
// backwards from the number's spaces with one sticky lookbehind.
const STREET_WORD_BEFORE = new RegExp(`(?<=(?:${SUFFIX_WORDS})\\.?|(?:${COMPOUND_SUFFIXES}))`, 'y');
const UNIT = /^,?[ ]*(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|Fl\.?|Floor|Room|#)[ ]?[0-9A-Za-z-]{1,6}/i;
// US military and post-office-box addresses: "PSC 1234, Box 5678 / APO AA 12345", "Unit 4719 Box
// 7394 / DPO AP 70942", "USNS Name / FPO AE 12345", "P.O. Box 149".
const MILITARY_GATE = /[ADF]PO [A][AEP] [0-9]|Box [0-9]/i;
const MILITARY = /(?<![A-Za-z0-9])(?:(?:PSC|Unit|CMR) [0-9]{3,5},? Box [0-9]{3,5}|(?:USNS|USNV|USS|USCGC|USNA) [A-Za-zÀ-ɏ'’-]+(?: [A-Za-zÀ-ɏ'’-]+)?)[ \t]*\r?\n?[ \t>]*(?:APO|DPO|FPO) (?:AA|AE|AP) [0-9]{5}(?![0-9])/gi;
const PO_BOX = /(?<![A-Za-z0-9])P\.? ?O\.? Box [0-9]{1,6}(?![0-9])/gi;
// "the corner of <street> and <street>": a crossing names a place to the street.
const CAPITAL_STREET = String.raw`[A-Z0-9À-ÞĀ-ɏΑ-ΩЀ-Я][^\s,;:?!()]*(?: (?:[A-Z0-9À-ÞĀ-ɏΑ-ΩЀ-Я][^\s,;:?!()]*|de|la|del|van|von|der|du|di|da|of|the|el)){0,6}`;
const LOWER_STREET = String.raw`[a-z0-9à-ÿ][^\n.,;:?!()]{2,60}?`;
const CORNER = new RegExp(
  String.raw`(?<![A-Za-z])[Tt]he corner of (?:${CAPITAL_STREET} and ${CAPITAL_STREET}|${LOWER_STREET} and ${LOWER_STREET}(?=[.,;:?!()]|\n|$))`,
  'g',
);
/** A digit run right after "Box " or an "AA "/"AE "/"AP " state code (from the shared scan). */
function militaryCandidate(text: string, runs: DigitRuns): boolean {
  for (let r = 0; r < runs.count; r++) {
    const s = runs.starts[r];
    if (s < 4 || text.charCodeAt(s - 1) !== 32) continue;
    const a = text.charCodeAt(s - 3) | 0x20;
    const b = text.charCodeAt(s - 2) | 0x20;
    if ((a === 0x6f && b === 0x78 && (text.charCodeAt(s - 4) | 0x20) === 0x62) || (a === 0x61 && (b === 0x61 || b === 0x65 || b === 0x70))) return true;
  }
  return false;
}

// The English cue as a word, not inside an identifier (formatAddress, ip_address, addressLine1).
// Where someone lives or stays is an address too (入寮先：宇都宮市平出町995…, 転居先, 滞在先).
const CONTEXT_LINE = /(?:(?<![A-Za-z0-9_])address(?![A-Za-z0-9_])|住所|所在地|入寮先|転居先|引っ?越し?先|居住地|滞在先|lives at|live at|located at|resides at|residing at)(?:[（(][^）)\n]{1,12}[）)])?[ \t]*(?:is|:|：|は)?[ \t]*/gi;
const MONTH_WORD = /^[0-9]{1,2}[ ]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?[ ]+[0-9]{2,4}\b/;
const HIRAGANA_START = /^[\u3041-\u309f]/;
const SPACED_PAIR_END = /[ 　][0-9]{1,3} ?- ?[0-9]{1,3}$/;
const COUNT_AFTER = /^[ 　]?(?:[件個台倍回円%％]|[名人](?![\u4e00-\u9fff]))/;
// A postcode right after the address (…, Tokyo 100-0005) is a POSTAL_CODE of its own.
// So are the labels of other identifiers on the same line (… 3号 郵便番号730-0001, … TEL 03-…).
const POSTCODE_REST = /^[ ,]*(?:〒 ?)?[0-9]{3}-?[0-9]{4}(?![0-9])|郵便番号|〒|電話|携帯|TEL|FAX|@/i;
const CLOSE_QUOTE = /[」』”]/;
const NEXT_FIELD = /(?:[ 　\t]+|[、，,]) ?(?:世帯主|氏名|お?名前|電話|TEL|Tel|携帯|メール|E-?mail|連絡先|担当者?|生年月日)(?=[ 　:：はがもを]|番号|$)/
const LEADING_POSTCODE = /^(?:〒[ 　]?)?[0-9]{3}-?[0-9]{4}(?![0-9])/;
const KANA_OR_PHONE = /[\u3041-\u309f]|[0-9][0-9 ()-]{8,}[0-9]/;
// An address line ends at the end of its sentence: 。！？ or ". " (not the "." of "St.").
// In English only a full stop after a whole word and before a new sentence ("Springfield. See you"), not "Ave. Springfield".
const SENTENCE_END = /[。！？!?]|(?<=[a-z]{4})\.(?=[ \t]+[A-Z][a-z]*[ \t]+[a-z])/;
// A following line that continues an address block: short, no colon, capitalized words / numbers.
const CONTINUATION_TOKEN = /^(?:\p{Lu}[\p{L}\p{M}'’.()-]*,?|[0-9][0-9A-Za-z-]*,?|,|\(\p{L}+\)|Apt\.?|nan|de|la|del|da|di|du|der|van|von|u\.?|am|an|upon|on|the)$/u;

const SIGN_OFF = /^(?:thanks|thank you|regards|best|cheers|sincerely|yours|hi|hello|dear|hey|ok|okay|please)(?![\p{L}])/iu;

function isContinuationLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length < 2 || trimmed.length > 50 || /[:@?!]/.test(trimmed) || SIGN_OFF.test(trimmed)) return false;
  const tokens = trimmed.split(/[ \t]+/);
  if (tokens.length > 7) return false;
  for (const token of tokens) if (!CONTINUATION_TOKEN.test(token)) return false;
  return true;
}

/** Extend a street line over a unit ("Apt. 864") and up to four continuation lines. */
function extendBlock(text: string, end: number): number {
  let cursor = end;
  // The rest of the street line ("NW", ", Springfield, IL 62704") when it reads like an address.
  let lineEnd = text.indexOf('\n', cursor);
  if (lineEnd < 0) lineEnd = text.length;
  // The line without trailing " \t\r." (same as .replace(/[ \t\r.]+$/, '')), sliced only when short.
  let restEnd = lineEnd;
  while (restEnd > cursor && isTrailingTrim(text.charCodeAt(restEnd - 1))) restEnd--;
  const rest = restEnd - cursor <= 50 ? text.slice(cursor, restEnd) : '';
  if (rest.length > 0 && rest.length <= 50 && /^[ ,]/.test(rest) && isContinuationLine(rest.replace(/^[ ,]+/, ''))) cursor += rest.length;
  const unit = UNIT.exec(text.slice(cursor, cursor + 24));
  if (unit) cursor += unit[0].length;
  for (let lines = 0; lines < 4; lines++) {
    // Same-line continuation after a comma, or the next line (with '>' quote or '???' prefixes).
    const sep = /^(?:,[ ]*|[ \t]*\r?\n[ \t>?]*)/.exec(text.slice(cursor, cursor + 12));
    if (!sep) break;
    const lineStart = cursor + sep[0].length;
    let nextEnd = text.indexOf('\n', lineStart);
    if (nextEnd < 0) nextEnd = text.length;
    let candidate = text.slice(lineStart, nextEnd);
    if (sep[0].startsWith(',')) {
      const comma = candidate.indexOf(',');
      if (comma >= 0) candidate = candidate.slice(0, comma);
    }
    const trimmedLength = candidate.replace(/[ \t\r]+$/, '').length;
    if (!isContinuationLine(candidate)) break;
    cursor = lineStart + trimmedLength;
  }
  return cursor;
}

function isTrailingTrim(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 46;
}

function pushMatch(m: RegExpExecArray, text: string, score: number, out: RawFinding[], extend: boolean): void {
  let end = m.index + m[0].length;
  // A full stop after a whole word ends the sentence; after "St" or "Ave" it is an abbreviation.
  if (text[end - 1] === '.' && /[^\s.0-9]{4}\.$/.test(m[0])) end--;
  out.push({ type: 'ADDRESS', start: m.index, end: extend ? extendBlock(text, end) : end, score });
}

function pushAll(pattern: RegExp, text: string, score: number, out: RawFinding[], extend: boolean): void {
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) pushMatch(m, text, score, out, extend);
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A house number (run `r`) that a NAME_FIRST match could end with: "<street word> <number>". */
function followsStreetWord(text: string, runs: DigitRuns, r: number): boolean {
  let q = runs.starts[r];
  while (q > 0 && text.charCodeAt(q - 1) === 32) q--;
  if (q === runs.starts[r]) return false;
  STREET_WORD_BEFORE.lastIndex = q;
  return STREET_WORD_BEFORE.test(text);
}

/**
 * The windows HOUSE_NUMBER_ANCHOR's global scan would produce, built from the digit runs: it
 * matches "<letter or .> <1-5 digit run>", i.e. only at a run start preceded by a single space.
 * Windows without a house number that follows a street word cannot hold a NAME_FIRST match
 * and are dropped (after merging, so the kept windows are the same as before).
 */
function houseNumberWindows(text: string, runs: DigitRuns, before: number, after: number): Array<[number, number]> {
  const windows: Array<[number, number, boolean]> = [];
  for (let r = 0; r < runs.count; r++) {
    const d = runs.starts[r];
    if (d < 2 || runs.ends[r] - d > 5 || text.charCodeAt(d - 1) !== 32) continue;
    const c = text.charCodeAt(d - 2);
    if (!(isAsciiLetterCode(c) || c === 46 || (c >= 0xc0 && c <= 0x24f))) continue;
    const start = Math.max(0, d - 2 - before);
    const end = Math.min(text.length, runs.ends[r] + after);
    const useful = followsStreetWord(text, runs, r);
    const last = windows[windows.length - 1];
    if (last !== undefined && start <= last[1]) {
      last[1] = end;
      last[2] ||= useful;
    } else windows.push([start, end, useful]);
  }
  const kept: Array<[number, number]> = [];
  for (const w of windows) if (w[2]) kept.push([w[0], w[1]]);
  return kept;
}

// The town before a bare lot number: kanji or katakana words, Kyoto's 上る / 下る between them.
const BARE_LOT_TOWN = /^[ 　]?[\p{Script=Han}\p{Script=Katakana}ヶ々ー]+(?:[るル][\p{Script=Han}\p{Script=Katakana}ヶ々ー]+)*[ 　]?$/u;

/**
 * Whether a bare lot number may follow: after a town, or right after a municipality that is itself
 * the town (…中京区恵比須町427, 上田市古里1234), not right after a city or ward (博多区 3).
 */
function bareLotTown(municipalities: string, town: string): boolean {
  if (town.trim().length === 0) return /[町村]$/.test(municipalities);
  return BARE_LOT_TOWN.test(town);
}

/** The Japanese addresses in `windowText` (which starts at `windowStart` in the text), pushed onto `out`. */
function pushJapaneseInWindow(windowText: string, windowStart: number, out: RawFinding[]): void {
  const found: RawFinding[] = [];
  JA_WITH_PREFECTURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = JA_WITH_PREFECTURE.exec(windowText)) !== null) {
    if (m[2] === undefined) {
      JA_WITH_PREFECTURE_AND_BLOCK.lastIndex = m.index;
      const withBlock = JA_WITH_PREFECTURE_AND_BLOCK.exec(windowText);
      if (withBlock !== null) {
        m = withBlock;
        JA_WITH_PREFECTURE.lastIndex = m.index + m[0].length;
      }
    }
    const hasMunicipality = m[1] !== undefined && m[1].length > 0;
    if (m[3] !== undefined && !(hasMunicipality && bareLotTown(m[1], m[0].slice(m[0].indexOf(m[1]) + m[1].length, m[0].length - m[2].length)))) {
      // A bare number after no town, or after words in kana (大阪府大阪市の人口 880): a figure; the
      // prefecture and municipality before it stay the place they were without it.
      const end = m.index + m[0].indexOf(m[1]) + m[1].length;
      if (hasMunicipality) found.push({ type: 'ADDRESS', start: m.index, end, score: 0.45 });
      JA_WITH_PREFECTURE.lastIndex = Math.max(end, m.index + 1);
      continue;
    }
    const hasBlock = m[2] !== undefined;
    // A bare prefecture or "prefecture + city" is a place, not yet a personal address.
    const score = hasBlock ? 0.95 : hasMunicipality ? 0.45 : 0;
    if (score > 0) found.push({ type: 'ADDRESS', start: m.index, end: m.index + m[0].length, score });
  }
  pushAll(JA_WITHOUT_PREFECTURE, windowText, 0.85, found, false);
  if (windowText.indexOf(' ') >= 0 || windowText.indexOf('　') >= 0) pushAll(JA_WITHOUT_PREFECTURE_GAP, windowText, 0.85, found, false);
  for (const f of found) {
    // A count after a bare two-number "block" set apart by a space (東京都と神奈川県 2-3 件) makes
    // it a figure, not an address.
    if (SPACED_PAIR_END.test(windowText.slice(Math.max(f.start, f.end - 10), f.end)) && COUNT_AFTER.test(windowText.slice(f.end, f.end + 3))) continue;
    out.push({ ...f, start: f.start + windowStart, end: f.end + windowStart });
  }
}

// ---- Japanese addresses broken across a line break (…大通2⏎-10-6, …桜新町2丁目⏎15番8号) ----
// A break is read through where the line before ends in a part of an address (a digit, a dash, a
// kanji or katakana word) with an address anchor close before, and the next line goes on with a
// block (a digit, a dash, a kanji numeral) or a town name.
/** A digit, a dash, a CJK ideograph, 々 or a katakana letter (ヶ included); with `kana`, hiragana too. */
function isAddressPartCode(c: number, kana: boolean): boolean {
  return (c >= 48 && c <= 57) || c === 45 || (c >= 0x4e00 && c <= 0x9fff) || c === 0x3005 || (c >= 0x30a1 && c <= 0x30fa) || (kana && c >= 0x3041 && c <= 0x3096);
}
const ANCHOR_BEFORE_BREAK = /[都道府県市区町村郡]/;
const ADDRESS_LABEL_BEFORE = /(?:住所|所在地|送付先|届け先|現住所|居所|勤務先)[ \t　]*(?:[:：]|は)?[ \t　]*$/;

/**
 * Addresses that cross a line break, read on the text with such breaks (and the next line's
 * indentation) removed; only findings that cross a removed break are kept, in original offsets.
 * Costs one indexOf per line break on texts with no such break.
 */
function pushAcrossLineBreaks(text: string, out: RawFinding[]): void {
  let joined: string | null = null;
  let origin: number[] = [];
  let joins: number[] = [];
  let copied = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    let before = nl;
    if (before > 0 && text.charCodeAt(before - 1) === 13) before--;
    if (before === 0 || !isAddressPartCode(text.charCodeAt(before - 1), false)) continue;
    let after = nl + 1;
    while (after < text.length && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 0x3000 || text.charCodeAt(after) === 9)) after++;
    if (after >= text.length || !isAddressPartCode(text.charCodeAt(after), true)) continue;
    const lineStart = text.lastIndexOf('\n', before - 1) + 1;
    if (!ANCHOR_BEFORE_BREAK.test(text.slice(Math.max(lineStart, before - 40), before))) continue;
    if (joined === null) {
      joined = '';
      origin = [];
      joins = [];
    }
    joined += text.slice(copied, before);
    for (let i = copied; i < before; i++) origin.push(i);
    joins.push(joined.length);
    copied = after;
  }
  if (joined === null) return;
  joined += text.slice(copied);
  for (let i = copied; i < text.length; i++) origin.push(i);
  origin.push(text.length);
  const found: RawFinding[] = [];
  for (const j of joins) {
    const windowStart = Math.max(0, j - 48);
    pushJapaneseInWindow(joined.slice(windowStart, Math.min(joined.length, j + 48)), windowStart, found);
  }
  for (const f of found) {
    if (!joins.some((j) => j > f.start && j < f.end)) continue;
    // Without a prefecture (担当区域⏎1-2 番) only after an address label.
    if (f.score < 0.95 && !(f.score >= 0.8 && ADDRESS_LABEL_BEFORE.test(joined.slice(Math.max(0, f.start - 12), f.start)))) continue;
    out.push({ type: 'ADDRESS', start: origin[f.start], end: origin[f.end - 1] + 1, score: f.score });
  }
}

// After 〒 and a postal code, a municipality and its town with no prefecture and no block number
// (〒107-0062 港区南青山へ, 〒231-0023 横浜市中区山下町への転居): the mark says an address follows, so
// what would be a place name alone is one. The town runs to the first kana particle or mark.
const AFTER_POSTAL_MARK = new RegExp(
  `〒[ 　]?[0-9]{3}-?[0-9]{4}[ 　]{0,2}((?:${JA_WORD}{1,6}?[市区町村郡]){1,3}${JA_WORD}{0,10})(?=[\\p{Script=Hiragana}、。,.．，\\s（(]|$)`,
  'gu',
);

function pushAfterPostalMark(text: string, out: RawFinding[]): void {
  AFTER_POSTAL_MARK.lastIndex = 0;
  for (let m = AFTER_POSTAL_MARK.exec(text); m !== null; m = AFTER_POSTAL_MARK.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    // An address found there already (with its prefecture or block) is kept as it is.
    if (out.some((f) => f.type === 'ADDRESS' && f.start < end && f.end > start)) continue;
    out.push({ type: 'ADDRESS', start, end, score: 0.8 });
  }
}

// The address column of a pasted table (順,氏名,住所,… / 静岡県賀茂郡松崎町松崎87): a cell that starts with a
// prefecture or a municipality and holds a number, whatever lot form it ends in.
const ADDRESS_HEADER = /^["']?(?:(?:現|お届け先|配送先|送付先|自宅|勤務先)?住所|所在地|address)["']?$/i;
const ADDRESS_CELL = new RegExp(`^(?:${PREFECTURES.join('|')}|[\\p{Script=Han}]{1,6}[市区町村郡])[^,\\t]*[0-9０-９〇一二三四五六七八九十][^,\\t]*$`, 'u');
registerTableColumn({ type: 'ADDRESS', header: ADDRESS_HEADER, value: ADDRESS_CELL, score: 0.96, maxLength: 64 });

export const addressDetector: Detector = {
  type: 'ADDRESS',
  detect(text, _options, out) {
    const from = out.length;
    detectAddresses(text, out);
    if (text.indexOf('所在') >= 0 || text.indexOf('区域') >= 0 || text.indexOf('地区') >= 0 || text.indexOf('エリア') >= 0 || text.indexOf('範囲') >= 0 || text.indexOf('（') >= 0 || text.indexOf('(') >= 0) dropSitesWithoutNumber(text, out, from);
  },
};

// The location of a property, an office or a facility (所在地：大阪市福島区福島3丁目): down to the
// 丁目 and no further it names a neighbourhood, nobody's address.
const SITE_LABEL_BEFORE = /(?:所在地|物件所在地|所在|区域|地区|対象地域|対象区域|対象エリア|エリア|範囲)[ 　]*[:：]?[ 　]*$/;
// 中央公民館（本町2丁目）: a facility with its neighbourhood in brackets.
const FACILITY_BRACKET_BEFORE = /(?:館|センター|公園|駅|店|校|病院|会場|ホール|広場|事務所|役場|署)[（(]$/;
const BLOCK_ONLY = /(?:丁目|[0-9０-９一二三四五六七八九十]+丁|町|[^0-9]区)$/;

function dropSitesWithoutNumber(text: string, out: RawFinding[], from: number): void {
  let kept = from;
  for (let i = from; i < out.length; i++) {
    const f = out[i];
    const site = f.type === 'ADDRESS' && BLOCK_ONLY.test(text.slice(f.start, f.end)) && (SITE_LABEL_BEFORE.test(text.slice(Math.max(0, f.start - 10), f.start)) || FACILITY_BRACKET_BEFORE.test(text.slice(Math.max(0, f.start - 8), f.start)));
    if (!site) out[kept++] = f;
  }
  out.length = kept;
}

function detectAddresses(text: string, out: RawFinding[]): void {
  {
    pushTableCells(text, 'ADDRESS', out);
    const first = out.length;
    const runs = digitRuns(text);
    for (const [windowStart, windowEnd] of anchorWindows(text, runs.japaneseAddressAnchors, WINDOW_BEFORE, WINDOW_AFTER)) {
      pushJapaneseInWindow(text.slice(windowStart, windowEnd), windowStart, out);
    }
    if (runs.japaneseAddressAnchors.length > 0 && text.indexOf('\n') >= 0) pushAcrossLineBreaks(text, out);
    if (runs.japaneseAddressAnchors.length > 0 && text.indexOf('〒') >= 0) pushAfterPostalMark(text, out);
    // "<1-6 digits>[letter][,] <words> <street word>": the run is followed by a letter, ',' or ' '.
    execAtRuns(
      NUMBER_FIRST,
      text,
      runs,
      (r) => {
        if (runs.ends[r] - runs.starts[r] > 6) return false;
        const c = codeAt(text, runs.ends[r]);
        return c === 32 || c === 44 || isAsciiLetterCode(c);
      },
      // Not the minutes of a time (Referee Meeting: 8:15 at Court A).
      (m) => {
        if (codeAt(text, m.index - 1) === 0x3a && isDigitCode(codeAt(text, m.index - 2))) return;
        pushMatch(m, text, 0.8, out, true);
      },
    );
    // NAME_FIRST ends in "<street word> <house number>": run it only just before such numbers.
    for (const [windowStart, windowEnd] of houseNumberWindows(text, runs, 80, 2)) {
      const found: RawFinding[] = [];
      pushAll(NAME_FIRST, text.slice(windowStart, windowEnd), 0.75, found, false);
      for (const f of found) {
        const start = f.start + windowStart;
        // Matches cut off at the window's left edge are not real starts.
        if (f.start === 0 && windowStart > 0 && /[A-Za-zÀ-ɏ0-9]/.test(text[windowStart - 1])) continue;
        out.push({ ...f, start, end: extendBlock(text, f.end + windowStart) });
      }
    }
    execAtRuns(
      NUMBER_WORDS_NUMBER,
      text,
      runs,
      (r) => runs.ends[r] - runs.starts[r] <= 6 && codeAt(text, runs.ends[r]) === 32,
      (m) => {
        // "01 Feb 2022", "3 March 2024" are dates, not "number, street, number"; "#8 DONE 10.7s" is a
        // build log's step and seconds (a step's # before, a decimal after).
        const end = m.index + m[0].length;
        if (MONTH_WORD.test(m[0]) || codeAt(text, m.index - 1) === 0x23 || (codeAt(text, end) === 0x2e && isDigitCode(codeAt(text, end + 1))) || (m[0].endsWith('.') && isDigitCode(codeAt(text, end)))) return;
        pushMatch(m, text, 0.55, out, true);
      },
    );
    if (text.indexOf('corner of') >= 0) pushAll(CORNER, text, 0.6, out, false);
    pushRomajiAddresses(text, out);
    if (militaryCandidate(text, runs) && MILITARY_GATE.test(text)) {
      pushAll(MILITARY, text, 0.85, out, false);
      pushAll(PO_BOX, text, 0.7, out, true);
    }
    // "address: <rest of line>" when the line itself is short enough to be an address.
    if (!hasKeyword(text, 'address')) return;
    CONTEXT_LINE.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = CONTEXT_LINE.exec(text)) !== null) {
      const start = c.index + c[0].length;
      // 所在地で行われているが… : the cue word inside a sentence (a particle right after it), not a label.
      if (HIRAGANA_START.test(text.slice(start, start + 1)) && !/[:：はis]\s*$/.test(c[0])) continue;
      let lineEnd = text.indexOf('\n', start);
      if (lineEnd < 0) lineEnd = text.length;
      let line = text.slice(start, lineEnd);
      // A quoted address (所在地「〒650-0693 兵庫県…20号」で相違ないか) ends at its closing quote.
      let sentenceEnd = line.search(SENTENCE_END);
      const closeQuote = line.search(CLOSE_QUOTE);
      if (closeQuote >= 0 && (sentenceEnd < 0 || closeQuote < sentenceEnd)) sentenceEnd = closeQuote;
      // So does it at the next field of a form on the same line (…5-5-6　世帯主 長谷川 心春).
      const nextField = line.search(NEXT_FIELD);
      if (nextField >= 0 && (sentenceEnd < 0 || nextField < sentenceEnd)) sentenceEnd = nextField;
      if (sentenceEnd >= 0) line = line.slice(0, sentenceEnd);
      line = line.replace(/[ \t\r.,]+$/, '');
      // The digits must be the address's, not only a postal code's (〒976-2794（番地以下は別紙参照）).
      if (line.length >= 4 && line.length <= 80 && /[0-9]/.test(line.replace(LEADING_POSTCODE, ''))) {
        const end = sentenceEnd >= 0 ? start + line.length : extendBlock(text, start + line.length);
        // A structured address found at the same place is widened over the rest of the line
        // (building, floor, city) instead of leaving a second finding beside it.
        let widened = false;
        for (let k = first; k < out.length; k++) {
          const f = out[k];
          if (f.type !== 'ADDRESS' || f.start < start || f.start > start + 2 || f.end > end) continue;
          // Only over words an address may go on with: not a sentence in kana (…号です), not a phone number.
          const rest = text.slice(f.end, end);
          if (KANA_OR_PHONE.test(rest) || POSTCODE_REST.test(rest)) {
            widened = true; // the structured finding stands as it is
            continue;
          }
          f.end = end;
          widened = true;
        }
        if (!widened) out.push({ type: 'ADDRESS', start, end, score: 0.6 });
      }
    }
  }
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
