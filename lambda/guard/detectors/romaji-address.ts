import { PREFECTURES_ROMAJI } from '../data/prefectures';
import type { Detector, RawFinding } from './detector';
import { digitRuns } from './digit-sequence';

/**
 * Japanese addresses written in romaji, as English shipping lines and invoices write them:
 * "2-7-5 Akebono-cho, Naka-ku, Hiroshima 730-0001", "1-1 Marunouchi 2-chome, Chiyoda-ku, Tokyo
 * 100-0005", "Akebono-cho 2-7-5, Naka-ku, Hiroshima-shi, Hiroshima-ken 730-0001, Japan": a block
 * number and a town, then one to three wards, cities or districts (-ku, -shi, -gun, -machi,
 * Ward, City), a prefecture or city, and a seven-digit postcode. The address is the part up to
 * the prefecture or city (scored above a romaji name, so Hiroshima or Osaka inside it stays part of
 * it); the postcode is a POSTAL_CODE of its own. Texts without a ward or city
 * word (the gate) cost a few indexOf calls.
 */
const NAME = '[A-Z][a-zāēīōū]{1,19}';
const TOWN = `${NAME}(?:[ -]${NAME})?(?:-(?:cho|chō|machi|dori|dōri))?(?: [0-9]{1,2}-?chome)?`;
// Not a postcode's shape (123-4567): that follows the address.
const BLOCK = '(?![0-9]{3}-[0-9]{4}(?![0-9-]))(?:[0-9]{1,4}(?:-[0-9]{1,4}){1,3}|[0-9]{1,2}-?chome(?:-[0-9]{1,4}(?:-[0-9]{1,4})?)?)';
const MUNICIPALITY = `${NAME}(?:[ -](?:ku|shi|gun|cho|chō|machi|mura)|[ ](?:Ward|City|Town|Village|District))`;
const PREFECTURE = `(?:${PREFECTURES_ROMAJI.join('|')})(?:-(?:to|fu|ken)| Prefecture)?`;
const POSTCODE = '(?:〒 ?)?([0-9]{3}-[0-9]{4}|[0-9]{7})';
const ROMAJI_ADDRESS = new RegExp(
  `(?<![A-Za-z0-9-])(?:(?:${BLOCK}),? ${TOWN}(?:,? (?:${BLOCK}))?|${TOWN},? (?:${BLOCK}))` +
    `(?:,? (?:${MUNICIPALITY})){1,3}` +
    // A prefecture, or any city name when the postcode follows it.
    `(?:,? (?:${PREFECTURE}(?![A-Za-z])|${NAME}(?=,? ${POSTCODE})))?` +
    `(?:,? ${POSTCODE}(?![0-9-]))?`,
  'g',
);
const PREFECTURE_IN = new RegExp(`(?<![A-Za-z])(?:${PREFECTURE})(?![a-z])`);
const TOWN_WORD = /-(?:cho|chō|machi)\b|chome/;
const MUNICIPALITY_IN = new RegExp(MUNICIPALITY, 'g');
// The Japanese order written in romaji: "Hiroshima-shi Naka-ku Akebono-cho 2-7-5" (after 〒 and
// the postcode, as a label printer writes it).
const ROMAJI_ADDRESS_REVERSED = new RegExp(
  `(?<![A-Za-z0-9-])(?:${PREFECTURE},? )?(?:(?:${MUNICIPALITY}),? ){1,3}${TOWN},? (?:${BLOCK})(?![0-9A-Za-z])`,
  'g',
);
// A postcode beside a prefecture or "Japan" without a street before it: "Hiroshima, Japan
// 730-0001", "Naka-ku, Hiroshima 730-0001 JAPAN", "730-0001 Hiroshima".
const PLACE_BEFORE_POSTCODE = new RegExp(`(?:(?<![A-Za-z])(?:${PREFECTURE})|(?<![A-Za-z])Japan),? (?:(?:〒 ?)?)$`);
const PLACE_AFTER_POSTCODE = new RegExp(`^,? (?:${PREFECTURE}|Japan|JAPAN)(?![a-z])`);
const GATE = /-(?:ku|shi|gun|cho|chō|machi|mura)\b| (?:Ward|City|District)\b/;

/** A dash, and a ward or city word: -ku, -shi, …, Ward, City, District (one regex: cheaper than one indexOf per word). */
function mayHoldRomajiAddress(text: string): boolean {
  return text.indexOf('-') >= 0 && GATE.test(text);
}

interface RomajiAddress {
  start: number;
  end: number;
  postalStart: number;
  postalEnd: number;
}

let cachedText: string | null = null;
let cached: RomajiAddress[] = [];

/** The romaji addresses of `text` (cached for the ADDRESS and POSTAL_CODE passes of one text). */
export function romajiAddresses(text: string): RomajiAddress[] {
  if (text === cachedText) return cached;
  const found: RomajiAddress[] = [];
  const gated = mayHoldRomajiAddress(text);
  if (gated) {
    ROMAJI_ADDRESS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ROMAJI_ADDRESS.exec(text)) !== null) {
      // (group 1 is the postcode seen ahead of a city name; group 2 the postcode read)
      const postal = m[2];
      let end = m.index + m[0].length;
      let postalStart = -1;
      if (postal !== undefined && m[0].endsWith(postal)) {
        postalStart = end - postal.length;
        end = postalStart;
        while (end > m.index && (text[end - 1] === ' ' || text[end - 1] === ',' || text[end - 1] === '〒')) end--;
      }
      // A block and one ward word alone may be anything ("1-2-3 Release, Build-shi"): a postcode,
      // a prefecture, a town word (-cho, chome) or a second ward or city makes it an address.
      const evidence = postalStart >= 0 || PREFECTURE_IN.test(m[0]) || TOWN_WORD.test(m[0]) || (m[0].match(MUNICIPALITY_IN) ?? []).length >= 2;
      if (evidence) found.push({ start: m.index, end, postalStart, postalEnd: postalStart < 0 ? -1 : postalStart + postal!.length });
    }
  }
  if (found.length === 0 && gated) {
    ROMAJI_ADDRESS_REVERSED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ROMAJI_ADDRESS_REVERSED.exec(text)) !== null) {
      const evidence = PREFECTURE_IN.test(m[0]) || TOWN_WORD.test(m[0]) || (m[0].match(MUNICIPALITY_IN) ?? []).length >= 2;
      if (evidence) found.push({ start: m.index, end: m.index + m[0].length, postalStart: -1, postalEnd: -1 });
    }
  }
  cachedText = text;
  cached = found;
  return found;
}

/** Postcodes of the shape 123-4567 beside a romaji prefecture or "Japan" (from the shared digit scan). */
function postcodesBesidePlaces(text: string, out: RawFinding[]): void {
  const runs = digitRuns(text);
  for (let r = 0; r + 1 < runs.count; r++) {
    const start = runs.starts[r];
    if (runs.ends[r] - start !== 3 || runs.starts[r + 1] !== runs.ends[r] + 1 || text.charCodeAt(runs.ends[r]) !== 45) continue;
    const end = runs.ends[r + 1];
    if (end - runs.starts[r + 1] !== 4 || text.charCodeAt(end) === 45 || text.charCodeAt(start - 1) === 45) continue;
    if (PLACE_BEFORE_POSTCODE.test(text.slice(Math.max(0, start - 24), start)) || PLACE_AFTER_POSTCODE.test(text.slice(end, end + 14))) {
      out.push({ type: 'POSTAL_CODE', start, end, score: 0.8 });
    }
  }
}

/** Push the romaji addresses as ADDRESS findings. */
export function pushRomajiAddresses(text: string, out: RawFinding[]): void {
  for (const a of romajiAddresses(text)) out.push({ type: 'ADDRESS', start: a.start, end: a.end, score: 0.92 });
}

/** The postcodes that end romaji addresses (Hiroshima 730-0001). */
export const romajiPostalCodeDetector: Detector = {
  type: 'POSTAL_CODE',
  detect(text, _options, out) {
    for (const a of romajiAddresses(text)) {
      if (a.postalStart >= 0) out.push({ type: 'POSTAL_CODE', start: a.postalStart, end: a.postalEnd, score: 0.85 });
    }
    postcodesBesidePlaces(text, out);
  },
};
