import { detectEntities } from '../../../lambda/guard/detect';
import { isValidCorporateNumber } from '../../../lambda/guard/detectors/corporate-number';
import { cardNetwork } from '../../../lambda/guard/detectors/credit-card';
import { isLuhnValid } from '../../../lambda/guard/detectors/digit-sequence';
import { isValidMyNumber } from '../../../lambda/guard/detectors/my-number';
import { EVASIONS } from '../../fixtures/guard/evasions';
import {
  ean13,
  invalidCorporateNumber,
  invalidCreditCard,
  invalidMyNumber,
  validCorporateNumber,
  validCreditCard,
  validMyNumber,
} from '../../fixtures/guard/identifiers';
import { createRandom } from '../../fixtures/guard/prng';

const random = createRandom(7);
const typesIn = (text: string) => detectEntities(text).map((f) => f.type);
const found = (text: string, type: string) => detectEntities(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

describe('MY_NUMBER', () => {
  it('validates the MIC check digit (known example 123456789018)', () => {
    expect(isValidMyNumber('123456789018')).toBe(true);
    expect(isValidMyNumber('123456789012')).toBe(false);
    expect(isValidMyNumber('000000000000')).toBe(false);
  });

  it('accepts generated valid numbers and rejects wrong check digits', () => {
    for (let i = 0; i < 200; i++) {
      expect(isValidMyNumber(validMyNumber(random))).toBe(true);
      expect(isValidMyNumber(invalidMyNumber(random))).toBe(false);
    }
  });

  it.each(Object.entries(EVASIONS))('is found under the %s evasion', (_name, evade) => {
    const value = evade(validMyNumber(random));
    const text = `マイナンバーは${value}です`;
    const f = detectEntities(text).find((x) => x.type === 'MY_NUMBER');
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe(value);
  });

  it('scores higher with Japanese or English context than without', () => {
    const v = validMyNumber(random);
    const withJa = detectEntities(`個人番号 ${v}`)[0];
    const withEn = detectEntities(`my number ${v}`)[0];
    const without = detectEntities(`値 ${v}`)[0];
    expect(withJa.score).toBeGreaterThan(without.score);
    expect(withEn.score).toBeGreaterThan(without.score);
  });

  it('leaves invalid check digits (order numbers) alone', () => {
    expect(typesIn(`注文番号${invalidMyNumber(random)}`)).not.toContain('MY_NUMBER');
  });

  it.each(Object.entries(EVASIONS))('is found whole without context under the %s evasion, with no phone number read inside it', (_name, evade) => {
    for (let i = 0; i < 20; i++) {
      const value = evade(validMyNumber(random));
      const text = `申請書に${value}と記入しました`;
      expect(found(text, 'MY_NUMBER')).toEqual([value]);
      expect(found(text, 'PHONE_NUMBER')).toEqual([]);
    }
  });

  it('finds a whole 12-digit run right after another number, but no window inside a spaced longer number', () => {
    const v = validMyNumber(random);
    const text = `090-1234-5678 ${v}`;
    expect(found(text, 'MY_NUMBER')).toEqual([v]);
    // "9 <12 digits>" read as one spaced 13-digit number: its last 12 digits are not a My Number.
    const spaced = `9 ${v.split('').join(' ')}`;
    expect(found(spaced, 'MY_NUMBER')).toEqual([]);
  });
});

describe('CORPORATE_NUMBER', () => {
  it('validates the leading check digit (Toyota 1180301018771)', () => {
    expect(isValidCorporateNumber('1180301018771')).toBe(true);
    expect(isValidCorporateNumber('2180301018771')).toBe(false);
  });

  it.each(Object.entries(EVASIONS))('is found under the %s evasion', (_name, evade) => {
    const value = evade(validCorporateNumber(random));
    const text = `法人番号：${value}`;
    const f = detectEntities(text).find((x) => x.type === 'CORPORATE_NUMBER');
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe(value);
  });

  it.each(Object.entries(EVASIONS))('is found whole without context under the %s evasion, with no phone number read inside it', (_name, evade) => {
    for (let i = 0; i < 20; i++) {
      const value = evade(validCorporateNumber(random));
      const text = `請求元 ${value} 株式会社サンプル`;
      expect(found(text, 'CORPORATE_NUMBER')).toEqual([value]);
      expect(found(text, 'PHONE_NUMBER')).toEqual([]);
    }
  });

  it('finds a whole 13-digit run right after another number and a space', () => {
    const v = validCorporateNumber(random);
    expect(found(`TEL 03-1234-5678 ${v}`, 'CORPORATE_NUMBER')).toEqual([v]);
  });

  it('rejects invalid check digits', () => {
    for (let i = 0; i < 50; i++) expect(typesIn(`法人番号 ${invalidCorporateNumber(random)}`)).not.toContain('CORPORATE_NUMBER');
  });

  it('does not mistake JAN codes for corporate numbers without context', () => {
    let jan = '';
    // Find a JAN code that happens to pass the corporate check digit, then make sure it is not reported.
    for (let i = 0; i < 100000 && jan === ''; i++) {
      const candidate = ean13('49' + String(i).padStart(10, '0'));
      if (isValidCorporateNumber(candidate)) jan = candidate;
    }
    expect(jan).not.toBe('');
    expect(typesIn(`JANコード ${jan} の商品`)).toEqual([]);
    expect(typesIn(`法人番号 ${jan}`)).toContain('CORPORATE_NUMBER');
  });
});

describe('CREDIT_CARD', () => {
  it('checks Luhn and card networks', () => {
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
    expect(cardNetwork('3530111333300000')).toBe('major'); // JCB 3528-3589
    expect(cardNetwork('3600000000000000')).toBe('major'); // Diners 36
    expect(cardNetwork('378282246310005')).toBe('major'); // Amex
    expect(cardNetwork('9999999999999999')).toBeNull();
  });

  it.each(Object.entries(EVASIONS))('is found under the %s evasion', (_name, evade) => {
    const value = evade(validCreditCard(random));
    const text = `カード番号 ${value} で支払い`;
    const f = detectEntities(text).find((x) => x.type === 'CREDIT_CARD');
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe(value);
  });

  it('rejects Luhn-invalid numbers such as tracking numbers', () => {
    for (let i = 0; i < 50; i++) expect(typesIn(`追跡番号 ${invalidCreditCard(random)}`)).not.toContain('CREDIT_CARD');
  });
});
