import type { EntityType, Finding } from '../types';

/**
 * Identifiers broken across a line break in the middle of the value, as PDF copy, narrow
 * e-mail clients and terminals paste them: `090-1234-⏎5678`, `1234 5678⏎9012`, `taro@⏎example.co.jp`,
 * `> 03-5565-⏎> 8505` (the quote prefix and indentation of the next line belong to the break).
 *
 * A break is joined only where both sides can be parts of one value: digits or a dash on both
 * sides, or an e-mail's `@` / `.` on one side and a letter or digit on the other. A break between
 * two lines that each hold nothing but a number (a list of numbers, one per line) is never
 * joined here unless the first ends in a dash; the check-digit detectors read such groups as one
 * value only with their type's word nearby (個人番号⏎1234⏎5678⏎9018: odd-separators.ts). The joined text is then read by the identifier
 * detectors (check digits, shapes and context words decide, as for any text), and a finding
 * counts only when it crosses a joined break and nothing was found on its own after the break.
 */

/** The types read across a joined break: identifiers, whose value is one token. */
export const LINE_JOIN_TYPES: readonly EntityType[] = [
  'MY_NUMBER',
  'CORPORATE_NUMBER',
  'CREDIT_CARD',
  'PHONE_NUMBER',
  'POSTAL_CODE',
  'DRIVERS_LICENSE',
  'HEALTH_INSURANCE_NUMBER',
  'PASSPORT_NUMBER',
  'EMAIL',
  'PENSION_NUMBER',
  'BANK_ACCOUNT',
  'US_SSN',
  'IP_ADDRESS',
];

export interface JoinedLines {
  /** The text with the joined breaks removed (a break between digits becomes one space). */
  readonly text: string;
  /** Original index of each joined character, plus the original length at `text.length`. */
  readonly origin: Int32Array;
  /** Joined indices where a break was removed (the first character after it), ascending. */
  readonly joins: readonly number[];
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isDigitPart(c: number): boolean {
  return isDigit(c) || c === 45;
}
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000;
}

/** True when text[from, to) holds only digits, dashes and blanks (a line that is just a number). */
function onlyNumber(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isDigitPart(c) && !isBlank(c)) return false;
  }
  return true;
}

/** Start of the line's content after its indentation and quote prefix (`> `, `>> `). */
function contentStart(text: string, lineStart: number): number {
  let i = lineStart;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isBlank(c) || c === 62 /* > */ || c === 0xff1e /* ＞ */) i++;
    else break;
  }
  return i;
}

/**
 * The text with every value-internal line break joined, or null when it has none (most texts:
 * one indexOf per line break and a look at the characters on either side).
 */
export function joinValueBreaks(text: string): JoinedLines | null {
  let nl = text.indexOf('\n');
  if (nl < 0) return null;
  // Breaks to remove: original [from, to) and what replaces it ('' or ' ').
  const cuts: number[] = [];
  let lineStart = 0;
  for (; nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    const thisLineStart = lineStart;
    lineStart = nl + 1;
    let before = nl;
    if (before > 0 && text.charCodeAt(before - 1) === 13) before--;
    while (before > thisLineStart && isBlank(text.charCodeAt(before - 1))) before--;
    if (before === thisLineStart) continue;
    const b = text.charCodeAt(before - 1);
    if (!isAsciiAlnum(b) && b !== 45 && b !== 64 && b !== 46) continue;
    const after = contentStart(text, nl + 1);
    if (after >= text.length) continue;
    const a = text.charCodeAt(after);
    let space = false;
    if (isDigitPart(b) && isDigitPart(a)) {
      let nextEnd = text.indexOf('\n', after);
      if (nextEnd < 0) nextEnd = text.length;
      const bareLines = onlyNumber(text, contentStart(text, thisLineStart), before) && onlyNumber(text, after, nextEnd);
      if (bareLines && b !== 45) continue;
      // Rows of a table (CSV, TSV): a break after a cell's digits ends a record, not a value.
      if (b !== 45 && recordBreak(text, thisLineStart, before, after, nextEnd)) continue;
      space = isDigit(b) && isDigit(a);
    } else if ((isAsciiAlnum(b) || b === 45) && isAsciiAlnum(a) && emailBrokenMidToken(text, thisLineStart, before, after)) {
      // An address wrapped inside a label or its local part (taro@exam⏎ple.co.jp, hana.s⏎uzuki@…).
    } else if (!(((b === 64 || b === 46) && isAsciiAlnum(a)) || (isAsciiAlnum(b) && (a === 64 || a === 46) && isAsciiAlnum(text.charCodeAt(after + 1))))) {
      continue;
    } else if ((b === 46 || a === 46) && !dotBreakInValue(text, thisLineStart, before, after)) {
      // A dot at a break is most often a sentence's end ("...issue.⏎The invoice"): joined only
      // inside an e-mail address (an @ in the token on either side) or a dotted number (192.168.⏎1.20).
      continue;
    }
    cuts.push(before, after, space ? 1 : 0);
  }
  if (cuts.length === 0) return null;
  let joined = '';
  const origin = new Int32Array(text.length + 1);
  const joins: number[] = [];
  let n = 0;
  let copied = 0;
  for (let k = 0; k < cuts.length; k += 3) {
    const from = cuts[k];
    const to = cuts[k + 1];
    joined += text.slice(copied, from);
    for (let i = copied; i < from; i++) origin[n++] = i;
    if (cuts[k + 2] === 1) {
      joined += ' ';
      origin[n++] = from;
    }
    joins.push(n);
    copied = to;
  }
  joined += text.slice(copied);
  for (let i = copied; i < text.length; i++) origin[n++] = i;
  origin[n] = text.length;
  return { text: joined, origin: origin.subarray(0, n + 1), joins };
}

/** Whether the lines on both sides of a break are records with the same cell separator (a comma, a tab or a bar). */
function recordBreak(text: string, lineStart: number, before: number, after: number, nextEnd: number): boolean {
  for (const sep of [',', '\t', '|']) {
    const inBefore = text.lastIndexOf(sep, before - 1);
    if (inBefore < lineStart) continue;
    const inAfter = text.indexOf(sep, after);
    if (inAfter >= 0 && inAfter < nextEnd) return true;
  }
  return false;
}

function isEmailTokenChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 64;
}

// Top-level domains a wrapped address may end in (the last label completed across the break: co.j⏎p).
const TLD = /^(?:jp|com|net|org|info|biz|io|dev|app|co|ne|or|ac|go|ed|lg|gr|ad|cloud|tokyo|osaka|us|uk|cn|kr|tw|de|fr|sg|au|ca|edu|gov)$/;

/**
 * True when a line break between two letters or digits (or after a '-') falls inside an e-mail
 * address: the token before it holds the '@' and a domain still to be completed (taro@exam⏎ple.co.jp,
 * taro@example-⏎corp.co.jp, taro@example.co.j⏎p), or the token after it holds the '@' and the one
 * before is a piece of a local part (hana.s⏎uzuki@…, or a lowercase piece right after a Japanese label).
 */
function emailBrokenMidToken(text: string, lineStart: number, before: number, after: number): boolean {
  let tokenStart = before;
  while (tokenStart > lineStart && isEmailTokenChar(text.charCodeAt(tokenStart - 1))) tokenStart--;
  let tokenEnd = after;
  while (tokenEnd < text.length && isEmailTokenChar(text.charCodeAt(tokenEnd))) tokenEnd++;
  const left = text.slice(tokenStart, before);
  const right = text.slice(after, tokenEnd);
  const at = left.indexOf('@');
  if (at >= 0) {
    if (right.indexOf('@') >= 0) return false;
    const domain = left.slice(at + 1);
    if (domain.length === 0) return false;
    // The domain has no dot yet: the rest, with its dots, is on the next line.
    if (domain.indexOf('.') < 0) return right.indexOf('.') > 0;
    // The last label is cut: completed it is a top-level domain, and it was none before (…co.j⏎p, not …com⏎please).
    const label = domain.slice(domain.lastIndexOf('.') + 1);
    return right.indexOf('.') < 0 && !TLD.test(label) && TLD.test(label + right);
  }
  const rightAt = right.indexOf('@');
  if (rightAt <= 0 || left.length === 0 || !/\.[A-Za-z]{2,}/.test(right.slice(rightAt))) return false;
  // A piece with a dot or underscore among letters (taro.ya⏎mada@…), not a number or code before an address.
  if (/[A-Za-z]/.test(left) && /[._]/.test(left) && !/^[0-9._-]+$/.test(left)) return true;
  // A lowercase piece right after a label or a Japanese word (連絡先: hana⏎ko.suzuki@…), not an English word before an address.
  let p = tokenStart;
  while (p > lineStart && isBlank(text.charCodeAt(p - 1))) p--;
  const c = p > lineStart ? text.charCodeAt(p - 1) : 0;
  return /^[a-z]+$/.test(left) && (c === 0 || c === 58 || c >= 0x3000);
}

/** True when the token ending at `before` or the one starting at `after` holds an @, or the one before is a dotted number (1.2.). */
function dotBreakInValue(text: string, lineStart: number, before: number, after: number): boolean {
  let tokenStart = before;
  while (tokenStart > lineStart && !isBlank(text.charCodeAt(tokenStart - 1))) tokenStart--;
  let tokenEnd = after;
  while (tokenEnd < text.length && !isBlank(text.charCodeAt(tokenEnd)) && text.charCodeAt(tokenEnd) !== 10 && text.charCodeAt(tokenEnd) !== 13) tokenEnd++;
  const left = text.slice(tokenStart, before);
  if (left.includes('@') || text.slice(after, tokenEnd).includes('@')) return true;
  // The dot may open the next line instead (198.51⏎.100.36).
  const a = text.charCodeAt(after);
  return /(?:^|[^0-9.])[0-9]{1,3}(?:\.[0-9]{1,3})+\.?$/.test(left) && (isDigit(a) || (a === 46 && !left.endsWith('.') && isDigit(text.charCodeAt(after + 1))));
}

function digitCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isDigit(text.charCodeAt(i))) n++;
  return n;
}

/**
 * The findings of the joined text (`joinedFindings`, in joined offsets) that cross a joined break,
 * in original offsets, merged into `findings`: a joined finding is dropped when a finding of the
 * original text starts after its break inside it (the piece after the break was a value of its
 * own), and replaces the original findings of its type that lie inside it (the part before the
 * break, read alone as a shorter number).
 */
export function mergeAcrossBreaks(original: string, findings: Finding[], joined: JoinedLines, joinedFindings: readonly Finding[]): Finding[] {
  let result = findings;
  for (const f of joinedFindings) {
    let crossing = -1;
    for (const j of joined.joins) {
      if (j > f.start && j < f.end) {
        crossing = j;
        break;
      }
    }
    if (crossing < 0) continue;
    const start = joined.origin[f.start];
    const end = joined.origin[f.end - 1] + 1;
    const breakEnd = joined.origin[crossing];
    // A piece of the same type inside it is a part of it, read alone, where the line ends in a dash
    // that says the number goes on (080-⏎6132-1325 is one phone number, not "6132-1325" with
    // context) and in an address (hana⏎ko.suzuki@…).
    const lastBefore = joined.origin[crossing - 1];
    const continued = f.type === 'EMAIL' || original.charCodeAt(lastBefore) === 45;
    if (result.some((o) => o.start >= breakEnd && o.start < end && !(continued && o.type === f.type && o.end <= end))) continue;
    // Each side a group of its own: a number's last two digits before a break (Suite 13⏎44939) are no
    // part of it, unless the line ends in a dash (03-⏎6725-5693).
    // (An IP address broken at one of its dots, 203.0.113⏎.45, has groups of one to three digits.)
    const atDot = f.type === 'IP_ADDRESS' && (original.charCodeAt(lastBefore) === 46 || original.charCodeAt(breakEnd) === 46);
    if (f.type !== 'EMAIL' && !atDot && ((digitCount(original, start, lastBefore + 1) < 3 && original.charCodeAt(lastBefore) !== 45) || digitCount(original, breakEnd, end) < 3)) continue;
    result = result.filter((o) => !(o.start >= start && o.end <= end && (o.type === f.type || LINE_JOIN_TYPES.includes(o.type))));
    result.push({ type: f.type, start, end, score: f.score });
  }
  return result;
}
