import { hasContext } from './context-window';
import type { Detector } from './detector';
import { digitRuns, execAtRuns, isLuhnValid, isRepeatedDigit, isValidEan13 } from './digit-sequence';
import { hasLicenceLabel } from './drivers-license';
import { isValidMyNumber } from './my-number';
import { afterOrdinaryNumberLabel } from './number-labels';
import { forEachWindow, oddlySeparatedChains } from './odd-separators';
import { inOrdinaryNumberColumn, pushTableCells } from './table-columns';
import { partOfAnotherToken } from './value-boundaries';

// Not glued to a letter or digit before it, except a card brand's name (JCB3583-1067-…, VISA4111…).
const PATTERN = /(?:(?<![0-9A-Za-z])|(?<=(?<![A-Za-z])(?:VISA|Visa|JCB|AMEX|Amex|Master|MasterCard|Mastercard|Diners|DINERS)))[0-9](?:[ -]?[0-9]){11,18}(?![0-9])/y;
// A My Number card (通知カード, 個人番号カード, マイナンバーカード) is no payment card.
const CONTEXT = /card|(?<!通知|番号|マイナンバー|ナンバー)カード|クレジット|credit|visa|master|amex|jcb|diners|決済|cc/i;
// A product code's label right before the number (JANコード：4979875433519), whatever card word is near.
const PRODUCT_CODE_LABEL = /(?:JAN|EAN|ISBN|GTIN|UPC|バーコード|商品コード)[^\n0-9]{0,8}$/i;
const MY_NUMBER_WORDS = /マイナンバー|個人番号|通知カード|番号カード|my ?number|individual number/i;

/** Whether the number's prefix and length belong to a card network; `major` ones need no context. */
export function cardNetwork(digits: string): 'major' | 'other' | null {
  const n = digits.length;
  const p2 = +digits.slice(0, 2);
  const p3 = +digits.slice(0, 3);
  const p4 = +digits.slice(0, 4);
  if (digits[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'major'; // Visa
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'major'; // Mastercard
  if ((p2 === 34 || p2 === 37) && n === 15) return 'major'; // Amex
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'major'; // JCB
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14 && n <= 19) return 'major'; // Diners
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) && n >= 16 && n <= 19) return 'major'; // Discover
  if (p2 === 62 && n >= 16 && n <= 19) return 'major'; // UnionPay
  if ((p4 === 2131 || p4 === 1800) && n === 15) return 'other'; // legacy JCB
  // 35xx outside JCB's assigned 3528-3589 still reads as a JCB card next to a card word.
  if (p2 === 35 && n === 16) return 'other';
  if ((p2 === 50 || (p2 >= 56 && p2 <= 69)) && n >= 12 && n <= 19) return 'other'; // Maestro
  return null;
}

/** The digit runs of a match (its separators are single ' ' or '-'), with text offsets. */
function digitGroups(raw: string, offset: number): Array<{ start: number; end: number; digits: string }> {
  const groups: Array<{ start: number; end: number; digits: string }> = [];
  let i = 0;
  while (i < raw.length) {
    let j = i;
    while (j < raw.length && raw.charCodeAt(j) >= 48 && raw.charCodeAt(j) <= 57) j++;
    if (j > i) groups.push({ start: offset + i, end: offset + j, digits: raw.slice(i, j) });
    i = j + 1;
  }
  return groups;
}

/** 0 when the digits are not a plausible card number here, otherwise the finding's score. */
function scoreCandidate(text: string, digits: string, start: number, end: number): number {
  if (isRepeatedDigit(digits) || !isLuhnValid(digits)) return 0;
  const network = cardNetwork(digits);
  if (network === null) return 0;
  // Digits that end in a date's year (… 1003 2029/8/21), follow a lettered prefix (INV-) or join
  // cells of a pasted TSV row pass Luhn by chance.
  if (partOfAnotherToken(text, start, end)) return 0;
  // A licence label right before or after the number wins over a Luhn check that happens to pass.
  // (Scored below the licence finding, not dropped: the number stays masked either way.)
  if (digits.length === 12 && hasLicenceLabel(text, start, end)) return 0.55;
  // Twelve digits near a My Number word that carry its check digit are that My Number, whatever
  // Luhn says (one in ten passes it).
  if (digits.length === 12 && isValidMyNumber(digits) && hasContext(text, start, end, MY_NUMBER_WORDS, 40, 10)) return 0;
  const inContext = hasContext(text, start, end, CONTEXT, 40, 10);
  if (network === 'other' && !inContext) return 0;
  // 13-digit Visa is practically extinct; a valid EAN-13 without card context is a product code.
  if (digits.length === 13 && isValidEan13(digits) && (!inContext || PRODUCT_CODE_LABEL.test(text.slice(Math.max(0, start - 16), start)))) return 0;
  // One in ten numbers passes Luhn: a serial, order or tracking number after its label is not a card.
  if (!inContext && (afterOrdinaryNumberLabel(text, start) || inOrdinaryNumberColumn(text, start, end))) return 0;
  return inContext ? 0.99 : 0.9;
}

export const creditCardDetector: Detector = {
  type: 'CREDIT_CARD',
  detect(text, _options, out) {
    pushTableCells(text, 'CREDIT_CARD', out);
    const runs = digitRuns(text);
    execAtRuns(PATTERN, text, runs, (r) => runs.clusterDigits[r] >= 12, (m) => {
      // The run may include a neighbouring number ("card 4111 1111 1111 1111 2 pcs"):
      // try the whole run first, then shorter windows that start and end at separators.
      const groups = digitGroups(m[0], m.index);
      let best: { start: number; end: number; score: number; length: number } | null = null;
      for (let i = 0; i < groups.length; i++) {
        let digits = '';
        for (let j = i; j < groups.length; j++) {
          digits += groups[j].digits;
          if (digits.length > 19) break;
          if (digits.length < 12 || (best !== null && digits.length <= best.length)) continue;
          const score = scoreCandidate(text, digits, groups[i].start, groups[j].end);
          if (score > 0) best = { start: groups[i].start, end: groups[j].end, score, length: digits.length };
        }
      }
      if (best !== null) out.push({ type: 'CREDIT_CARD', start: best.start, end: best.end, score: best.score });
    });
    // Groups joined by spaced-out or unusual separators (4111 ー 1111 ー 1111 ー 1111): the longest
    // window that scores, as above.
    for (const chain of oddlySeparatedChains(text)) {
      let best: { start: number; end: number; score: number; length: number } | null = null;
      forEachWindow(text, chain, 12, 19, (digits, start, end) => {
        if (best !== null && digits.length <= best.length) return false;
        const score = scoreCandidate(text, digits, start, end);
        // Split over lines, only with a card word nearby (0.99).
        if (score > 0 && !((chain.lineBroken || chain.range) && score < 0.99)) best = { start, end, score, length: digits.length };
        return false;
      });
      const found = best as { start: number; end: number; score: number } | null;
      if (found !== null) out.push({ type: 'CREDIT_CARD', start: found.start, end: found.end, score: found.score });
    }
  },
};
