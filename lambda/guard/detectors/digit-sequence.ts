/**
 * Shared pieces for numeric identifiers. After normalization all dashes are '-', so a
 * single optional space or hyphen between digits covers "1234-5678", "1234 5678" and
 * the spaced-out "1 2 3 4" evasion.
 */

/** Regex source for exactly `count` digits with optional single separators between them. */
export function separatedDigits(count: number): string {
  return `[0-9](?:[ -]?[0-9]){${count - 1}}`;
}

/** Keep only ASCII digits. */
export function digitsOf(value: string): string {
  let digits = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += value[i];
  }
  return digits;
}

/** "000000000000"-style runs pass some check-digit formulas but are never real identifiers. */
export function isRepeatedDigit(digits: string): boolean {
  for (let i = 1; i < digits.length; i++) if (digits[i] !== digits[0]) return false;
  return true;
}

/** EAN-13 / JAN check digit (weights 1,3 from the left on the first 12 digits). */
export function isValidEan13(digits: string): boolean {
  if (digits.length !== 13) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(12) - 48;
}

/** Luhn (mod 10) check used by payment cards. */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}
