import { hasContext } from './context-window';
import type { Detector } from './detector';
import { codeAt, digitRuns, digitsOf } from './digit-sequence';
import { ordinaryNumberLabelStart } from './number-labels';
import { inOrdinaryNumberColumn, pushTableCells } from './table-columns';

const MORE_GROUPS_AFTER = /^[ -][0-9]{3,4}[ -][0-9]{3,4}(?![0-9])/;

// Digit groups separated by single space/dash/dot, optionally in parentheses, optional leading '+'
// (after which up to 15 digits may run together: E.164 written without spaces).
// Separators are required between groups, so the pattern cannot backtrack badly.
// Digits spaced out one by one may carry spaces around brackets and dashes too
// ("0 9 0 ( 5 5 0 3 ) 4 8 6 0", "+ 8 1 ( 0 ) 3 - 1 2 3 4 - 5 6 7 8"): every separator holds a
// non-digit, so groups stay delimited by digits and the match cannot backtrack badly.
// A slash before the number counts as a boundary only when it stands between words (日中／0544-26-7712,
// 080-… / 03-…), not inside a path, URL or date (/files/0312345678, 2024/0315).
const PATTERN = /(?<![0-9A-Za-z+.\-]|[0-9A-Za-z.:/_~%\-]\/)(?:\+ ?\(? ?[0-9]{1,15}|\( ?[0-9]{1,11}|[0-9]{1,11})(?: ?\))?(?:(?:[.]| ?- ?| ?\) ?| ?\( ?| )[0-9]{1,11}(?: ?\))?){0,15}(?![0-9]|[.-][0-9]|:[0-9])/y;
// Words of calling and messaging: "not answering at", "messages to", "sms", "dial", "reach me at".
const CONTEXT = /tel|phone|call|mobile|cell|fax|電話|携帯|連絡先|contact|ph\.|内線|text me|whatsapp|answering|messages? to|sms|dial(?!og)|reach me|ring me|折り返し/i;
const DATE_LIKE = /^(?:19|20)[0-9]{2}[-./ ](?:0?[1-9]|1[0-2])[-./ ](?:0?[1-9]|[12][0-9]|3[01])$|^(?:0?[1-9]|[12][0-9]|3[01])[-./ ](?:0?[1-9]|1[0-2])[-./ ](?:19|20)[0-9]{2}$/;

const DATE_PREFIX = /^(?:19|20)[0-9]{2}[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12][0-9]|3[01])(?![0-9])/;

/** Japanese domestic numbers: the digit count depends on the prefix. */
export function isJapaneseDomestic(digits: string): boolean {
  if (digits[0] !== '0' || digits[1] === '0') return false;
  if (/^0[5-9]0/.test(digits)) {
    if (digits.startsWith('0800')) return digits.length === 11;
    return digits.length === 11 || (digits.length === 10 && (digits.startsWith('0570') || digits.startsWith('0990')));
  }
  if (digits.startsWith('0120')) return digits.length === 10;
  return digits.length === 10;
}

type Verdict = { score: number } | null;

// Whether phone words sit before the match starting at `contextStart`: looked up once per match,
// and only when a verdict depends on it. A label right after the number ("555 0134 (office)",
// "… 1155-Fax", "… 1234 携帯") counts too; it is checked at `contextEnd`, the candidate's end.
let contextText = '';
let contextStart = -1;
let contextEnd = 0;
let contextValue = false;
const LABEL_AFTER = /[ \t]*(?:[-(（,/][ \t]*)?(?:office|fax|mobile|cell|home|work|landline|phone|tel|携帯|自宅|会社|直通|代表|内線|電話)(?![a-z])/iy;

function context(): boolean {
  if (contextStart >= 0) {
    contextValue = hasContext(contextText, contextStart, contextStart, CONTEXT, 30, 0);
    contextStart = -1;
  }
  if (contextValue) return true;
  LABEL_AFTER.lastIndex = contextEnd;
  return LABEL_AFTER.test(contextText);
}

function classify(raw: string, digits: string): Verdict {
  const groups = raw.split(/[ .()-]+/).filter((g) => g.length > 0).length;
  if (raw.startsWith('+')) {
    if (digits.startsWith('81')) {
      const national = digits.slice(2).replace(/^0/, '');
      return national.length >= 9 && national.length <= 10 ? { score: 0.95 } : null;
    }
    return digits.length >= 8 && digits.length <= 15 ? { score: context() ? 0.95 : 0.85 } : null;
  }
  if (DATE_LIKE.test(raw) || DATE_PREFIX.test(raw)) return null;
  if (raw.includes('.') && !context()) return null; // dotted numbers are usually versions or amounts
  if (isJapaneseDomestic(digits) && (groups >= 2 || raw.includes('('))) return { score: context() ? 0.95 : 0.85 };
  if (isJapaneseDomestic(digits)) return { score: context() ? 0.9 : 0.6 };
  if (/^\(?[2-9][0-9]{2}\)?[ .-]?[0-9]{3}[ .-][0-9]{4}$/.test(raw)) return { score: context() ? 0.9 : 0.7 }; // NANP
  if (groups >= 1 && digits.length >= 7 && digits.length <= 15 && context()) return { score: 0.8 };
  return null;
}

/**
 * The longest phone number starting at `start`: the pattern's match, then shorter prefixes cut
 * at separators, so a phone number followed by an unrelated number is still found.
 */
function phoneAt(text: string, start: number): { end: number; score: number } | { failedEnd: number } | null {
  PATTERN.lastIndex = start;
  const m = PATTERN.exec(text);
  if (m === null) return null;
  let raw = m[0];
  contextText = text;
  contextStart = start;
  while (raw.length >= 7) {
    if (raw.endsWith(')') && !raw.includes('(')) raw = raw.slice(0, -1); // a ')' that opened before the match
    const digits = digitsOf(raw);
    contextEnd = start + raw.length;
    // Digits spaced out one by one that go on past this prefix are a longer number (a spaced-out
    // My Number or card), not a phone number followed by other digits.
    const after = start + raw.length;
    const sepAfter = codeAt(text, after);
    // So are groups joined by '-' that go on with another '-' and digits (04318-66415-25055, a key).
    const windowOfSpacedNumber = ((sepAfter === 32 || sepAfter === 45) && isDigitCode(codeAt(text, after + 1)) && SPACED_OUT.test(raw)) || (sepAfter === 45 && isDigitCode(codeAt(text, after + 1)));
    const verdict = digits.length >= 7 && !windowOfSpacedNumber ? classify(raw, digits) : null;
    // An order, reception or part number after its label (ご注文番号：0180848995) is not a phone
    // number unless a phone word says so.
    // The nearest label decides: an ordinary-number label right before the value outranks a phone
    // word further off (TEL in the letterhead, then 伝票番号：4421-8830-1297), unless a phone word
    // is part of that label (携帯No., TEL ID) or follows the number.
    if (verdict !== null && !raw.startsWith('+') && ordinaryLabelDecides(text, start)) return { failedEnd: m.index + m[0].length };
    // A branch code and an account right after a bank's name (三井住友銀行 032 7566903) read as
    // ten digits starting with 0, but are bank details (bank-account.ts).
    if (verdict !== null && verdict.score < 0.95 && !context() && BRANCH_AND_ACCOUNT.test(raw) && BANK_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return { failedEnd: m.index + m[0].length };
    // A count after the number (販売台数は 0901234 台) makes it a figure.
    if (verdict !== null && COUNTER_AFTER.test(text.slice(start + raw.length, start + raw.length + 3))) return { failedEnd: m.index + m[0].length };
    if (verdict !== null) return { end: start + raw.length, score: verdict.score };
    const cut = Math.max(raw.lastIndexOf(' '), raw.lastIndexOf('-'), raw.lastIndexOf('.'));
    if (cut <= 0) break;
    raw = raw.slice(0, cut).replace(/[ (.-]+$/, '');
  }
  return { failedEnd: m.index + m[0].length };
}

function ordinaryLabelDecides(text: string, start: number): boolean {
  const labelStart = ordinaryNumberLabelStart(text, start);
  if (labelStart < 0) return false;
  if (!context()) return true;
  LABEL_AFTER.lastIndex = contextEnd;
  if (LABEL_AFTER.test(text)) return false;
  return !hasContext(text, labelStart, labelStart, CONTEXT, 8, 0);
}

const SPACED_OUT = /^(?:[0-9][ -])+[0-9]$/;
const BRANCH_AND_ACCOUNT = /^[0-9](?: ?[0-9]){2}[ -]+[0-9](?: ?[0-9]){6}$/;
const BANK_BEFORE = /(?:銀行|信用金庫|信金|信用組合|労働金庫)[^\n0-9。]{0,16}$/;
// A counter, not the start of a word (株主総会, 本社, 名義, 人事部 may follow a phone number).
const COUNTER_AFTER = /^[ \t]?(?:台|個|件|人|名|円|本|枚|回|株|%|％)(?![\u4e00-\u9fff\u30a0-\u30ff])/;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A lone digit at `index` right after a lone digit and a separator: "5 0 8 3 ...", digits spaced
 * out one by one; the separator may carry a bracket or dash with spaces ("5 ( 0", "8 ) - 3").
 */
function insideSpacedDigits(text: string, index: number): boolean {
  if (isDigitCode(codeAt(text, index + 1))) return false;
  let j = index - 1;
  while (j >= index - 4 && isSeparatorCode(text.charCodeAt(j))) j--;
  return j < index - 1 && isDigitCode(text.charCodeAt(j)) && !isDigitCode(text.charCodeAt(j - 1));
}

/** ' ', '-', '(' or ')'. */
function isSeparatorCode(c: number): boolean {
  return c === 32 || c === 45 || c === 40 || c === 41;
}

/** A character that may stand in the gap between two digit groups: ' ', tab, '-', '.' or an unusual mark. */
function isGapCode(c: number): boolean {
  return c === 32 || c === 9 || c === 45 || c === 46 || isUnusualMark(c);
}

/** ー (U+30FC), ・ (U+30FB), '_', '~', 〜 (U+301C): separators the pattern does not read. */
function isUnusualMark(c: number): boolean {
  return c === 0x30fc || c === 0x30fb || c === 95 || c === 126 || c === 0x301c;
}

/**
 * The text with the separators the pattern does not read rewritten in place: ー with spaces on
 * either side (normalization turns ー into '-' only right between digits), a dash or dot with
 * spaces around it, two spaces, a tab, ・ _ ~ 〜 (090 ー 1234 ー 5678, 090  1234  5678, 045 . 060 . 6687,
 * 090・1234・5678).
 * A gap between two digit runs of at most three such characters, holding at most one mark, where
 * the runs so joined hold ten digits or more, becomes '-', ' -' or ' - ': the same length, so
 * offsets stay valid. Returns `text` itself when nothing needs rewriting (the common case).
 */
/** Whether the gap after run `r` is at most three gap characters (isGapCode). */
function shortGapAfter(text: string, runs: ReturnType<typeof digitRuns>, r: number): boolean {
  if (r + 1 >= runs.count) return false;
  const from = runs.ends[r];
  const to = runs.starts[r + 1];
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (!isGapCode(text.charCodeAt(k))) return false;
  return true;
}

export function withPlainSeparators(text: string): string {
  // Only the gaps between consecutive digit runs of the shared scan are looked at.
  const runs = digitRuns(text);
  let patched: string[] | null = null;
  // Digits of the chain of runs joined by short gaps that run r belongs to, counted in one pass
  // (chainEnd: the chain's last run).
  let chainEnd = -1;
  let chainTotal = 0;
  for (let r = 0; r + 1 < runs.count; r++) {
    if (r > chainEnd) {
      chainEnd = r;
      chainTotal = runs.ends[r] - runs.starts[r];
      while (shortGapAfter(text, runs, chainEnd)) {
        chainEnd++;
        chainTotal += runs.ends[chainEnd] - runs.starts[chainEnd];
      }
    }
    const i = runs.ends[r] - 1;
    const j = runs.starts[r + 1];
    const gap = j - i - 1;
    if (gap > 3 || (gap === 1 && !isUnusualMark(text.charCodeAt(i + 1)) && text.charCodeAt(i + 1) !== 9)) continue;
    let marks = 0;
    let unusual = false;
    let k = i + 1;
    for (; k < j; k++) {
      const c = text.charCodeAt(k);
      if (!isGapCode(c)) break;
      if (c === 45 || c === 46 || isUnusualMark(c)) marks++;
      if (c === 9 || isUnusualMark(c)) unusual = true;
    }
    if (k < j || marks > 1 || (gap === 1 && !unusual)) continue;
    // A dot counts only with a space on both sides (045 . 060 . 6687): ". " ends a sentence.
    if (gap < 3 && (text.charCodeAt(i + 1) === 46 || text.charCodeAt(i + 2) === 46)) continue;
    // Only where the runs joined by such gaps hold a phone number's ten digits or more
    // (not "10 - 20", "3 . 4" in running text).
    if (chainTotal < 10) continue;
    if (patched === null) patched = text.split(''); // code units: the offsets below are UTF-16 indices (an emoji before the number is two)
    const replacement = gap === 1 ? (text.charCodeAt(i + 1) === 9 ? ' ' : '-') : gap === 2 ? ' -' : ' - ';
    for (let q = 0; q < gap; q++) patched[i + 1 + q] = replacement[q];
  }
  return patched === null ? text : patched.join('');
}

const GLUED_LABEL = /(?<![A-Za-z])(?:TEL|Tel|tel|FAX|Fax|fax|PHONE|Phone|MOBILE|Mobile|Mob|MOB)[.:：]?(?=[0-9０-９(+])/g;
const GLUED_LABEL_TEST = new RegExp(GLUED_LABEL.source);

export const phoneNumberDetector: Detector = {
  type: 'PHONE_NUMBER',
  detect(original, _options, out) {
    pushTableCells(original, 'PHONE_NUMBER', out);
    // Spaced or unusual separators are read on a same-length copy (see withPlainSeparators).
    // A label glued to the number (TEL03-6272-4410, FAX:0312345678) is read as if a space stood
    // after it: on the same-length copy, the label's letters become spaces.
    let text = withPlainSeparators(original);
    if (GLUED_LABEL_TEST.test(text)) text = text.replace(GLUED_LABEL, (label) => ' '.repeat(label.length));
    // Candidates start at '+', '(' or a digit-run start, in stretches holding 7+ digits (see
    // digitRuns). A candidate that yields no number does not hide the ones after it: in
    // "12 090-1234-5678" the match from "12" fails and the one from "090" is still tried.
    // Inside a failed match, a lone digit right after another lone digit is not tried: that is a
    // number spaced out digit by digit ("5 0 8 3 9 7 ..."), which holds no phone number of its own.
    const starts = digitRuns(text).phoneStarts;
    let next = 0;
    let failedEnd = 0;
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i];
      if (start < next || (start < failedEnd && insideSpacedDigits(text, start))) continue;
      const found = phoneAt(text, start);
      if (found === null) continue;
      if ('failedEnd' in found) {
        failedEnd = Math.max(failedEnd, found.failedEnd);
        continue;
      }
      next = found.end;
      // Without its own context, a phone shape in an order-number column is that order number.
      if (found.score < 0.95 && inOrdinaryNumberColumn(original, start, found.end)) continue;
      // The head of a longer number in groups (供給地点特定番号：06 3389 4986 0820 0836 5225): two more groups follow.
      if (found.score < 0.95 && MORE_GROUPS_AFTER.test(text.slice(found.end, found.end + 12))) continue;
      out.push({ type: 'PHONE_NUMBER', start, end: found.end, score: found.score });
    }
  },
};
