/**
 * Where a digit window found by a check-digit detector (a card, a My Number) is not one value of
 * its own but part of another token: the tail of a lettered id (INV-20240815-0428), the year of a
 * date (… 1003 2029/8/21), or cells of a pasted TSV row that only a tab joins. One in ten digit
 * strings passes Luhn and one in eleven the My Number check, so such windows are found by chance.
 * Each test looks at a few characters around the window: no per-text work.
 */

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Letters and a dash (or underscore, '#') right before `start`: INV-, PO-, ORD_, No#. */
export function afterLetteredPrefix(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (c !== 45 && c !== 95 && c !== 35) return false;
  return isLetter(text.charCodeAt(start - 2));
}

/**
 * The window's first digits continue a date or time before it (2029/8/21 …, 12:30 …) or its last
 * digits start one after it (… 2029/8/21, … 2029年): such a group belongs to the date.
 */
export function touchesDate(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end);
  if ((after === 47 || after === 58) && isDigit(text.charCodeAt(end + 1))) return true;
  if (after === 0x5e74 || after === 0x6708) return true; // 年, 月
  if (after === 45 && end - start >= 4 && isYearGroup(text, end - 4) && isDigit(text.charCodeAt(end + 1)) && DATE_TAIL.test(text.slice(end, end + 6))) return true;
  const before = text.charCodeAt(start - 1);
  return (before === 47 || before === 58) && isDigit(text.charCodeAt(start - 2));
}

// "-08-21" or "-8-21" after a four-digit year.
const DATE_TAIL = /^-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12][0-9]|3[01])(?![0-9])/;

function isYearGroup(text: string, at: number): boolean {
  if (isDigit(text.charCodeAt(at - 1))) return false;
  const c0 = text.charCodeAt(at);
  const c1 = text.charCodeAt(at + 1);
  return (c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48); // 19xx, 20xx
}

/**
 * A tab inside [start, end) on a line of a pasted table (the line before or after also holds a
 * tab): the tab separates cells there, so the digits on either side are separate values.
 */
export function crossesTableCell(text: string, start: number, end: number): boolean {
  let tab = start;
  while (tab < end && text.charCodeAt(tab) !== 9) tab++;
  if (tab >= end) return false;
  const lineStart = text.lastIndexOf('\n', start - 1);
  if (lineStart > 0) {
    const previousStart = text.lastIndexOf('\n', lineStart - 1) + 1;
    const previousTab = text.indexOf('\t', previousStart);
    if (previousTab >= 0 && previousTab < lineStart) return true;
  }
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) return false;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const nextTab = text.indexOf('\t', lineEnd + 1);
  return nextTab >= 0 && (nextEnd < 0 || nextTab < nextEnd);
}

/** Any of the above: the window is part of another token, not a value of its own. */
export function partOfAnotherToken(text: string, start: number, end: number): boolean {
  return afterLetteredPrefix(text, start) || touchesDate(text, start, end) || crossesTableCell(text, start, end);
}
