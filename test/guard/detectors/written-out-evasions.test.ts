import { found, types } from '../../support/detected';

// Identifiers written so that a pattern reading digits, '@' and '.' misses them: formal numerals,
// marks spelled as words, a dash written twice, a value glued to its label, groups after a word.
describe('identifiers written out to slip past a filter', () => {
  it.each([
    ['an account in formal numerals', '口座番号　壱弐参四伍六七　（ゆうちょ銀行 〇一九店）', 'BANK_ACCOUNT', '壱弐参四伍六七'],
    ['an account in formal numerals glued to its label', '口座壱弐参四五六七（広島銀行 呉支店 普通）', 'BANK_ACCOUNT', '壱弐参四五六七'],
    ['a phone number mixing formal and plain kanji numerals', '電話は〇九〇ー壱弐参四ー五六七八です', 'PHONE_NUMBER', '〇九〇ー壱弐参四ー五六七八'],
    ['an e-mail with at and dot as words', 'メールアドレスyoshida dot k at example dot co dot jp', 'EMAIL', 'yoshida dot k at example dot co dot jp'],
    ['an e-mail with bracketed words', 'taro[at]example[dot]com までどうぞ', 'EMAIL', 'taro[at]example[dot]com'],
    ['an e-mail with the marks in katakana', 'hanako アット example ドット jp まで', 'EMAIL', 'hanako アット example ドット jp'],
    ['an e-mail whose domain doubles its dash with ー', 'メールk.ebina@sapporo-ー.jp', 'EMAIL', 'k.ebina@sapporo-ー.jp'],
    ['a full-width @ and a doubled dash', '連絡はこちら→ tomoe.h＠hasegawa-ー.com', 'EMAIL', 'tomoe.h＠hasegawa-ー.com'],
    ['a second phone number after a full-width slash', '連絡先：080-2293-1157（日中）／0544⁃26⁃7712（夜間）', 'PHONE_NUMBER', '080-2293-1157,0544⁃26⁃7712'],
    ['a phone number after a slash between words', '昼 / 03-5565-8505', 'PHONE_NUMBER', '03-5565-8505'],
    ['an IBAN glued to its label', 'Sophie Martin様の返金はIBANFR1420041010050500013M02606へ行います。', 'IBAN', 'FR1420041010050500013M02606'],
    ['an access key in groups after a word', 'aws key AKIA 7Y2M 4N8B 1V5C 3X6Z', 'AWS_ACCESS_KEY', 'AKIA 7Y2M 4N8B 1V5C 3X6Z'],
    ['a Wi-Fi pre-shared key one space after PSK', 'SSID OFFICE-5F / PSK Gr33nT3a!Office5F', 'SECRET', 'Gr33nT3a!Office5F'],
    ['a Wi-Fi key in config syntax', 'wpa_psk=Sakura2025xyz', 'SECRET', 'Sakura2025xyz'],
    ['a Wi-Fi key after its Japanese label', 'Wi-Fi 暗号化キー：k8Hq2mZp9', 'SECRET', 'k8Hq2mZp9'],
    ['a host written with its prefix length', 'サーバは 192.168.1.10/24 に固定', 'IP_ADDRESS', '192.168.1.10'],
  ])('%s', (_family, text, type, value) => {
    expect(found(text, type)).toEqual(value.split(','));
  });

  it.each([
    ['formal numerals in words', '参加者は参名、陸上部の参加費は壱万円です'],
    ['"at" and a domain in prose', 'Please take a look at example.com today'],
    ['a dash and ー in a katakana word', 'データ-ーベースの移行'],
    ['a number in a path', 'https://example.com/files/0312345678 を参照'],
    ['a number after a date slash', '2024/0312345678'],
    ['capitalised words of an access key length', 'ASIA PACIFIC REGION MARKETING TEAM'],
    ['an access key spelled out after a lone letter', 'X A K I A 7 Y 2 M 4 N 8 B 1 V 5 C 3 X 6 Z 1'],
    ['digits only after PSK', 'PSK 12345678 です'],
    ['a network block in CIDR notation', 'サブネット 10.0.0.0/16 の設計は別紙を参照'],
    ['the whole address space', 'ルール 0.0.0.0/0 を許可'],
  ])('%s stays clean', (_family, text) => {
    expect(types(text)).toEqual([]);
  });
});
