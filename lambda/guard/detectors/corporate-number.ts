import { hasContext } from './context-window';
import type { Detector } from './detector';
import { codeAt, digitRuns, digitsOf, execAtRuns, isRepeatedDigit, isValidEan13, separatedDigits } from './digit-sequence';
import { continuesWithDigits } from './my-number';
import { afterOrdinaryNumberLabel, LOGISTICS_WORDS } from './number-labels';
import { forEachWindow, oddlySeparatedChains } from './odd-separators';
import { inOrdinaryNumberColumn, pushTableCells } from './table-columns';

// Same window rule as MY_NUMBER: no window inside a longer spaced number, but a whole
// 13-digit run may follow another number and a space.
const PATTERN = new RegExp(`(?:(?<![0-9A-Za-z]|[0-9]-)(?=[0-9]{13}(?![0-9]))|(?<![0-9A-Za-z]|[0-9][ -]))${separatedDigits(13)}(?![0-9])`, 'y');
const CONTEXT = /法人番号|会社法人|corporate number|corporation number/i;

/** Leading check digit = 9 - (sum mod 9), weights 1,2 alternating from the right over digits 2..13. */
export function isValidCorporateNumber(digits: string): boolean {
  if (digits.length !== 13 || isRepeatedDigit(digits)) return false;
  let sum = 0;
  for (let i = 12, weight = 1; i >= 1; i--, weight = 3 - weight) sum += (digits.charCodeAt(i) - 48) * weight;
  return 9 - (sum % 9) === digits.charCodeAt(0) - 48;
}

// Qualified-invoice registration numbers: "T" + the 13-digit corporate number (or a sole
// proprietor's number with the same check digit), written T1234567890123 or T-1234-...
const INVOICE = new RegExp(`T[ -]?${separatedDigits(13)}(?![0-9])`, 'y');
const INVOICE_CONTEXT = /登録番号|インボイス|適格請求書|invoice|registration/i;

export const corporateNumberDetector: Detector = {
  type: 'CORPORATE_NUMBER',
  detect(text, _options, out) {
    pushTableCells(text, 'CORPORATE_NUMBER', out);
    const runs = digitRuns(text);
    for (let r = 0; r < runs.count; r++) {
      const s = runs.starts[r];
      const t = codeAt(text, s - 1) === 84 ? s - 1 : codeAt(text, s - 2) === 84 && (text[s - 1] === '-' || text[s - 1] === ' ') ? s - 2 : -1;
      if (t < 0 || runs.clusterDigits[r] < 13 || /[A-Za-z0-9]/.test(text[t - 1] ?? '')) continue;
      INVOICE.lastIndex = t;
      const m = INVOICE.exec(text);
      if (m === null || !isValidCorporateNumber(digitsOf(m[0]))) continue;
      const end = t + m[0].length;
      out.push({ type: 'CORPORATE_NUMBER', start: t, end, score: hasContext(text, t, end, INVOICE_CONTEXT) ? 0.99 : 0.95 });
    }
    execAtRuns(PATTERN, text, runs, (r) => runs.clusterDigits[r] >= 13, (m) => {
      const end = m.index + m[0].length;
      const score = verdict(text, digitsOf(m[0]), m.index, end, true);
      if (score !== null) out.push({ type: 'CORPORATE_NUMBER', start: m.index, end, score });
    });
    // Groups joined by spaced-out or unusual separators (1 ー 2345 ー 6789 ー 0123).
    for (const chain of oddlySeparatedChains(text)) {
      forEachWindow(text, chain, 13, 13, (digits, start, end, whole) => {
        const score = verdict(text, digits, start, end, whole);
        // Split over lines, only with a corporate-number word nearby (0.99).
        if (score === null || ((chain.lineBroken || chain.range) && score < 0.99)) return false;
        out.push({ type: 'CORPORATE_NUMBER', start, end, score });
        return true;
      });
    }
  },
};

/** The score for valid 13 digits at [start, end), or null when they read as an ordinary number. */
function verdict(text: string, digits: string, start: number, end: number, wholeNumber: boolean): number | null {
  if (!isValidCorporateNumber(digits)) return null;
  const inContext = hasContext(text, start, end, CONTEXT);
  if (inContext) return 0.99;
  // A JAN code (45/49 prefix, valid EAN check) without corporate context is a product code.
  // So is an ISBN-13 (978/979 prefix, valid EAN check).
  if ((digits.startsWith('45') || digits.startsWith('49') || digits.startsWith('978') || digits.startsWith('979')) && isValidEan13(digits)) return null;
  // Without context: a manufacturing, tracking or order number (its label right before, a
  // delivery word nearby) or part of a longer grouped number is not a corporate number.
  // Nor a cell of a table's column that its header names an ordinary number's (JANコード, 伝票番号).
  if (!wholeNumber || afterOrdinaryNumberLabel(text, start) || continuesWithDigits(text, start, end) || hasContext(text, start, end, LOGISTICS_WORDS, 30, 20) || inOrdinaryNumberColumn(text, start, end)) return null;
  return 0.82;
}
