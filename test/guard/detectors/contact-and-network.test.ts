import { detectEntities } from '../../../lambda/guard/detect';
import type { EntityType } from '../../../lambda/guard/types';

function found(text: string, type: EntityType): string[] {
  return detectEntities(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

describe('PHONE_NUMBER', () => {
  it.each([
    ['携帯は090-1234-5678です', '090-1234-5678'],
    ['IP電話 050 1234 5678', '050 1234 5678'],
    ['代表 03(1234)5678', '03(1234)5678'],
    ['横浜 045-123-4567 まで', '045-123-4567'],
    ['フリーダイヤル0120-123-456', '0120-123-456'],
    ['0800-123-4567 にお電話を', '0800-123-4567'],
    ['+81-90-1234-5678', '+81-90-1234-5678'],
    ['０９０ー１２３４ー５６７８', '０９０ー１２３４ー５６７８'],
    ['0\u200b9\u200b0\u200b1\u200b2\u200b3\u200b4\u200b5\u200b6\u200b7\u200b8', '0\u200b9\u200b0\u200b1\u200b2\u200b3\u200b4\u200b5\u200b6\u200b7\u200b8'],
    ['call me at +44 20 7946 0958', '+44 20 7946 0958'],
    ['Phone: (555) 123-4567', '(555) 123-4567'],
  ])('finds %s', (text, value) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([value]);
  });

  it.each(['2024-01-15 10:30 に集合', 'version 1.2.3.4567', '金額 1,234,567円', '12:30:45', '注文 2024-0115'])('ignores %s', (text) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it('finds a number that follows an unrelated number and a space', () => {
    // The candidate starting at "12" yields no phone number; the one starting at "090" must still be tried.
    expect(found('ref 12 090-1234-5678', 'PHONE_NUMBER')).toEqual(['090-1234-5678']);
    expect(found('room 301 03-1234-5678', 'PHONE_NUMBER')).toEqual(['03-1234-5678']);
  });

  it('finds international numbers written without spaces (E.164 up to 15 digits)', () => {
    expect(found('fax +447700677662', 'PHONE_NUMBER')).toEqual(['+447700677662']);
    expect(found('+8613912345678 に連絡', 'PHONE_NUMBER')).toEqual(['+8613912345678']);
    expect(found('+1234567890123456', 'PHONE_NUMBER')).toEqual([]); // 16 digits is not a phone number
  });

  it('takes a label right after the number as phone context', () => {
    expect(found('451 5986 (office)', 'PHONE_NUMBER')).toEqual(['451 5986']);
    expect(found('07700 063 966-Fax', 'PHONE_NUMBER')).toEqual(['07700 063 966']);
    expect(found('451 5986 携帯', 'PHONE_NUMBER')).toEqual(['451 5986']);
    expect(found('we hired 451 5986 workers', 'PHONE_NUMBER')).toEqual([]);
  });

  it('needs context for bare 7-digit local numbers', () => {
    expect(found('Phone: 451 5986', 'PHONE_NUMBER')).toEqual(['451 5986']);
    expect(found('we sold 451 5986 units', 'PHONE_NUMBER')).toEqual([]);
  });
});

describe('POSTAL_CODE', () => {
  it('finds 〒 forms and context forms, not bare numbers', () => {
    expect(found('〒100-0001 東京都', 'POSTAL_CODE')).toEqual(['〒100-0001']);
    expect(found('郵便番号 1000001', 'POSTAL_CODE')).toEqual(['1000001']);
    expect(found('150-0002 東京都渋谷区', 'POSTAL_CODE')).toEqual(['150-0002']);
    expect(found('在庫 1000001 個', 'POSTAL_CODE')).toEqual([]);
    expect(found('部品 123-4567 を交換', 'POSTAL_CODE')).toEqual([]);
  });
});

describe('EMAIL, IP_ADDRESS, IBAN, US_SSN, AWS_ACCESS_KEY, SECRET', () => {
  it('finds e-mail addresses including next to Japanese text', () => {
    expect(found('連絡先はtaro.yamada+x@example.co.jpです', 'EMAIL')).toEqual(['taro.yamada+x@example.co.jp']);
    expect(found('not an email: a@b', 'EMAIL')).toEqual([]);
  });

  it('finds IPv4 and IPv6 but not version strings or times', () => {
    expect(found('サーバー192.168.10.5に接続', 'IP_ADDRESS')).toEqual(['192.168.10.5']);
    expect(found('addr 2001:db8::8a2e:370:7334 ok', 'IP_ADDRESS')).toEqual(['2001:db8::8a2e:370:7334']);
    expect(found('fe80:0:0:0:202:b3ff:fe1e:8329', 'IP_ADDRESS')).toEqual(['fe80:0:0:0:202:b3ff:fe1e:8329']);
    expect(found('version 10.0.0.1 released', 'IP_ADDRESS')).toEqual([]);
    expect(found('at 12:30:45', 'IP_ADDRESS')).toEqual([]);
    expect(found('999.1.1.1', 'IP_ADDRESS')).toEqual([]);
  });

  it('validates IBAN mod 97', () => {
    expect(found('IBAN GB82 WEST 1234 5698 7654 32 please', 'IBAN')).toEqual(['GB82 WEST 1234 5698 7654 32']);
    expect(found('de89370400440532013000', 'IBAN')).toEqual(['de89370400440532013000']);
    expect(found('GB83 WEST 1234 5698 7654 32', 'IBAN')).toEqual([]);
  });

  it('finds SSNs, rejecting impossible areas', () => {
    expect(found('SSN: 123-45-6789', 'US_SSN')).toEqual(['123-45-6789']);
    expect(found('social security number 123456789', 'US_SSN')).toEqual(['123456789']);
    expect(found('SSN 666-45-6789', 'US_SSN')).toEqual([]);
    expect(found('SSN 900-45-6789', 'US_SSN')).toEqual([]);
  });

  it('finds AWS access keys and common secrets', () => {
    expect(found('key=AKIAIOSFODNN7EXAMPLE', 'AWS_ACCESS_KEY')).toEqual(['AKIAIOSFODNN7EXAMPLE']);
    expect(found('token ghp_' + 'a'.repeat(36), 'SECRET')).toEqual(['ghp_' + 'a'.repeat(36)]);
    expect(found('password: s3cr3t!Pass', 'SECRET')).toEqual(['s3cr3t!Pass']);
    expect(found('the password is changed daily', 'SECRET')).toEqual([]);
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0123456789abcdef\n-----END RSA PRIVATE KEY-----';
    expect(found(`key:\n${pem}\n`, 'SECRET')).toEqual([pem]);
  });
});
