import { hasContext, hasKeyword, valuesAfterContext, valuesBeforeLabel } from './context-window';
import type { Detector, RawFinding } from './detector';
import { digitRuns, execAtRuns, labelledDigits, NO_DIGIT_AFTER_GAP, separatedDigits } from './digit-sequence';
import { afterOrdinaryNumberLabel } from './number-labels';
import { pushTableCells } from './table-columns';

const CONTEXT = /基礎年金番号|年金番号|年金手帳|年金|pension(?:\s?(?:number|no\.?))?/gi;
// 基礎年金番号: 4-digit office code + 6-digit serial.
const VALUE = new RegExp(`(?<![0-9])${labelledDigits(10)}${NO_DIGIT_AFTER_GAP}`, 'g');
// Written in its own shape (1234-567890, digits possibly spaced out) with a pension or inquiry
// word nearby, before or after: 年金事務所への照会は 1234-567890 で.
// Not a window inside a longer number: no digit and '-' before it, and no lone digit and a space
// (a spaced-out number); a whole number and a space before it are fine (090-1234-5678 1234-567890).
// Nor a date and an hour (2024-06-07 03:12:44 in a log line): no year-month- start, no colon after.
const OWN_SHAPE = new RegExp(`(?<![0-9]|[0-9]-|(?<![0-9])[0-9] )(?!(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])-)${separatedDigits(4)}(?: ?- ?| )${separatedDigits(6)}(?![0-9]|[ -][0-9]|:[0-9])`, 'y');
const NEARBY = /年金|照会|pension/i;
// The label after the number, in brackets: 念のため 8943091305（基礎年金番号）.
const LABEL_AFTER = /基礎年金番号|年金番号|年金手帳(?:の番号)?|pension(?: number| no\.?)?/gi;
// 0853-96-1234: a four-digit area code, two and four digits, is a phone number, not 4-6.
const PHONE_SHAPE = /^0[0-9]{3}-[0-9]{2}-[0-9]{4}$/;
const PENSION_WORD = /年金|pension/i;

// Personal data a list entry may sit next to (found by the detectors that run earlier).
const PERSONAL_TYPES = new Set(['PERSON_NAME', 'PHONE_NUMBER', 'EMAIL', 'ADDRESS', 'MY_NUMBER', 'POSTAL_CODE', 'PASSPORT_NUMBER', 'DRIVERS_LICENSE', 'HEALTH_INSURANCE_NUMBER']);
// What may stand around a list entry: a line break, a bullet, a comma, a slash or bar, a bracket,
// a tab or a colon after a short field name (start of text or line included).
const ENTRY_BEFORE = /(?:^|[\n、,，/|｜・･\t(（:：]|[\n、,/|・\t(（:：][ \t　]*|^[ \t　]*|(?:^|\s)[0-9]{1,2}[.)．][ \t]*)[ \t　]*$/;
// After the entry: a delimiter or the end of the line, or the next field or sentence, but not the
// rest of a sentence about the number (a particle: 1234-567890 の件) or a count (… 件, … 円).
const ENTRY_AFTER = /^(?:[ \t　]*(?:$|[\n、,，/|｜\t)）。])|[ \t　]+(?!の|を|に|は|が|で|と|へ|も|や|から|まで|です|より|円|件|個|人|名|回|台|万|%|％)\S|(?![0-9A-Za-z\u3041-\u309f円件個人名回台万%％-])[^\s])/;
const NEAR = 160;

/** A personal-data finding ends right before `start` with only spaces between. */
function spaceAfterFinding(text: string, out: readonly RawFinding[], start: number): boolean {
  for (const f of out) if (PERSONAL_TYPES.has(f.type) && f.end < start && start - f.end <= 3 && /^[ \t　]+$/.test(text.slice(f.end, start))) return true;
  return false;
}

/** A personal-data finding starts right after `end` with only spaces between. */
function spaceBeforeFinding(text: string, out: readonly RawFinding[], end: number): boolean {
  for (const f of out) if (PERSONAL_TYPES.has(f.type) && f.start > end && f.start - end <= 3 && /^[ \t　]+$/.test(text.slice(end, f.start))) return true;
  return false;
}

/** A personal-data finding other than this one within NEAR characters. */
function nextToPersonalData(out: readonly RawFinding[], start: number, end: number): boolean {
  for (const f of out) {
    if (!PERSONAL_TYPES.has(f.type) || f.score < 0.5) continue;
    if (f.end > start && f.start < end) continue;
    if (f.end >= start - NEAR && f.start <= end + NEAR) return true;
  }
  return false;
}

/**
 * The 4-6 shape written bare, as an entry of its own in a list with other personal data (山田太郎、
 * 090-1234-5678、1234-567890 / a line of its own under a name): the 基礎年金番号 format without a
 * label. An order or part number after its label, or a number inside a sentence, does not count.
 */
function isBareListEntry(text: string, start: number, end: number, out: readonly RawFinding[]): boolean {
  // Entries may also be separated by spaces alone when a neighbouring entry is personal data
  // (山田太郎 090-1234-5678 1234-567890).
  const before = ENTRY_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || spaceAfterFinding(text, out, start);
  const delimited = before && (ENTRY_AFTER.test(text.slice(end, end + 6)) || spaceBeforeFinding(text, out, end));
  if (!delimited) return false;
  if (afterOrdinaryNumberLabel(text, start)) return false;
  const digits = text.slice(start, end).replace(/[^0-9]/g, '');
  // Free-dial and navi-dial numbers are written 4-6 as well (0120-123456).
  if (/^0(?:120|800|570|990|180)/.test(digits)) return false;
  // Ten digits with spaces only, starting with 0, read as a phone number (0 6 3 2 8 0 1 4 9 4).
  if (digits[0] === '0' && text.slice(start, end).indexOf('-') < 0) return false;
  if (digits[0] === '0' && PHONE_SHAPE.test(text.slice(start, end).replace(/ /g, ''))) return false;
  return nextToPersonalData(out, start, end);
}

export const pensionNumberDetector: Detector = {
  type: 'PENSION_NUMBER',
  detect(text, _options, out) {
    pushTableCells(text, 'PENSION_NUMBER', out);
    const keyed = hasKeyword(text, 'pension');
    const listed = !keyed && out.length > 0;
    if (!keyed && !listed) return;
    let lastEnd = -1;
    if (keyed) {
      valuesAfterContext(text, CONTEXT, VALUE, 20, (start, end) => {
        out.push({ type: 'PENSION_NUMBER', start, end, score: 0.9 });
        lastEnd = end;
      });
      valuesBeforeLabel(text, LABEL_AFTER, true, VALUE, 24, (start, end) => {
        out.push({ type: 'PENSION_NUMBER', start, end, score: 0.9 });
      });
    }
    const runs = digitRuns(text);
    const found = out.length;
    execAtRuns(OWN_SHAPE, text, runs, (r) => runs.clusterDigits[r] >= 4, (m) => {
      const end = m.index + m[0].length;
      if (m.index < lastEnd && lastEnd > 0) return;
      // 照会番号 1234-567890 is a reference number unless a pension word is near.
      const referenceLabel = afterOrdinaryNumberLabel(text, m.index) && !hasContext(text, m.index, end, PENSION_WORD, 30, 20);
      if (keyed && !referenceLabel && hasContext(text, m.index, end, NEARBY, 30, 20)) {
        out.push({ type: 'PENSION_NUMBER', start: m.index, end, score: 0.85 });
        return;
      }
      // Scored above a bare phone shape (0.85) and below a phone with a phone word (0.95).
      if (isBareListEntry(text, m.index, end, out.slice(0, found))) out.push({ type: 'PENSION_NUMBER', start: m.index, end, score: 0.88 });
    });
  },
};
