import { maskPersonalData } from '../../../lambda/guard/mask';
import { corporateCheckDigit } from '../../fixtures/guard/identifiers';
import { found } from '../../support/detected';

const corporate = (body12: string) => `${corporateCheckDigit(body12)}${body12}`;

describe('qualified-invoice registration numbers', () => {
  const number = corporate('010401023456');
  it.each([`登録番号：T${number}`, `適格請求書発行事業者 T${number} 株式会社サンプル`, `請求書右上の T${number} を確認`, `登録番号 Ｔ${number}`])('reads %s as CORPORATE_NUMBER with the T', (text) => {
    const values = found(text, 'CORPORATE_NUMBER');
    expect(values).toHaveLength(1);
    expect(values[0].normalize('NFKC')).toBe(`T${number}`);
  });

  it('does not read T + 13 digits with a wrong check digit', () => {
    const wrong = `${(Number(number[0]) % 9) + 1}${number.slice(1)}`;
    expect(found(`登録番号：T${wrong}`, 'CORPORATE_NUMBER')).toEqual([]);
  });
});

describe('credentials by context, whatever their alphabet', () => {
  it.each([
    ['AWS_ACCESS_KEY_ID=AKIAEXAMPLE1234567', 'AWS_ACCESS_KEY', 'AKIAEXAMPLE1234567'],
    ['export AWS_SECRET_ACCESS_KEY="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"', 'SECRET', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['aws_secret_access_key = abcdefghijklmnop', 'SECRET', 'abcdefghijklmnop'],
    ['DB_PASSWORD=hunter2pass', 'SECRET', 'hunter2pass'],
    ['spring.datasource.password=SuperS3cret', 'SECRET', 'SuperS3cret'],
    ['  passwd: correcthorse', 'SECRET', 'correcthorse'],
    ['{"client_secret": "abc def ghi"}', 'SECRET', 'abc def ghi'],
    ['api_key = "sk_live_a"', 'SECRET', 'sk_live_a'],
    ['private_key: パスワード漢字', 'SECRET', 'パスワード漢字'],
    ['token: 1 2 3 4 5 6', 'SECRET', '1 2 3 4 5 6'],
    ['パスワードは qwertyuiop です', 'SECRET', 'qwertyuiop'],
    ['暗証番号は1234です', 'SECRET', '1234'],
  ])('%s', (text, type, value) => {
    expect(found(text, type)).toEqual([value]);
  });

  it.each(['password is required', 'max_tokens: 2048', 'password: ********', 'PASSWORD=${DB_PASSWORD}', 'パスワードは定期的に変更してください。', 'token: <your-token>'])(
    'does not read a placeholder or prose as a secret: %s',
    (text) => {
      expect(found(text, 'SECRET')).toEqual([]);
    },
  );

  it.each(['AKIA', 'ASIA', 'ABIA', 'ACCA', 'AGPA', 'AIDA', 'AIPA', 'ANPA', 'ANVA', 'APKA', 'AROA', 'ASCA'])('accepts the %s prefix with any 16 of [A-Z0-9]', (prefix) => {
    expect(found(`key ${prefix}0123456789ABCDEF here`, 'AWS_ACCESS_KEY')).toEqual([`${prefix}0123456789ABCDEF`]);
    expect(found(`key ${prefix}0123456789ABCDEFG here`, 'AWS_ACCESS_KEY')).toEqual([]);
  });
});

describe('health-insurance 記号/番号 and dates of birth', () => {
  it('masks 記号 and 番号 written together', () => {
    expect(maskPersonalData('保険証の記号 1234 番号 56 を控えてください').masked).toBe('保険証の記号 [HEALTH_INSURANCE_NUMBER_1] 番号 [HEALTH_INSURANCE_NUMBER_2] を控えてください');
    expect(maskPersonalData('健康保険証 記号：12-34、番号：567').masked).toBe('健康保険証 記号：[HEALTH_INSURANCE_NUMBER_1]、番号：[HEALTH_INSURANCE_NUMBER_2]');
  });

  it.each([
    ['生年月日：1985年4月12日', '1985年4月12日'],
    ['誕生日は平成元年1月8日です', '平成元年1月8日'],
    ['生年月日 昭和60年4月12日', '昭和60年4月12日'],
    ['DOB: 04/12/1985', '04/12/1985'],
    ['Date of birth: 1985-04-12', '1985-04-12'],
    ['He was born on April 12, 1985 in Ohio', 'April 12, 1985'],
    ['生年月日 19850412', '19850412'],
  ])('reads %s as DATE_OF_BIRTH', (text, value) => {
    expect(found(text, 'DATE_OF_BIRTH')).toEqual([value]);
  });

  it.each(['会議は2024年4月12日です。', '締切 2025-03-31', '生年月日の入力欄を必須にしてください。'])('leaves other dates alone: %s', (text) => {
    expect(found(text, 'DATE_OF_BIRTH')).toEqual([]);
  });
});

describe('addresses end where the address ends', () => {
  it('does not swallow the rest of the text after a 住所 cue', () => {
    const text = '住所は東京都世田谷区桜新町2丁目15番8号。会議は明日10時から本社で行います。';
    expect(maskPersonalData(text).masked).toBe('住所は[ADDRESS_1]。会議は明日10時から本社で行います。');
  });

  it.each([
    ['住所：東京都千代田区丸の内1-2-3 丸の内ビル5階 501号室', '東京都千代田区丸の内1-2-3 丸の内ビル5階 501号室'],
    ['東京都港区六本木6-10-1 六本木ヒルズ森タワー 45階', '東京都港区六本木6-10-1 六本木ヒルズ森タワー 45階'],
    ['送付先 大阪府大阪市北区梅田3丁目1番1号 12F までお願いします', '大阪府大阪市北区梅田3丁目1番1号 12F'],
    ['住所: 神奈川県横浜市西区みなとみらい2-2-1 ランドマークタワー 1001号室 までお送りください', '神奈川県横浜市西区みなとみらい2-2-1 ランドマークタワー 1001号室'],
  ])('keeps the building, floor and room with the address: %s', (text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });

  it('ends an English address line at the end of its sentence', () => {
    expect(found('Address: 123 Main Street, Springfield. See you tomorrow at 10.', 'ADDRESS')).toEqual(['123 Main Street, Springfield']);
  });
});

describe('Japanese address forms', () => {
  it.each([
    ['札幌市中央区北一条西2丁目', '札幌市中央区北一条西2丁目'],
    ['京都府京都市下京区烏丸通七条下ル東塩小路町721-1', '京都府京都市下京区烏丸通七条下ル東塩小路町721-1'],
    ['送付先：港区六本木1-2-3', '港区六本木1-2-3'],
  ])('finds %s', (text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });

  it('leaves a bare city or ward alone', () => {
    expect(found('東京都港区の会議室を予約しました。', 'ADDRESS')).toEqual([]);
  });
});

describe('words that look like personal data in ordinary text', () => {
  it.each([
    ['高品質な部品を採用しています。', 'PERSON_NAME'],
    ['今回の遅延は設計変更の結果です。', 'PERSON_NAME'],
    ['パスワード：誰にも教えないでください。', 'SECRET'],
    ['Invoice date: 01 Feb 2022', 'ADDRESS'],
  ])('%s has no %s', (text, type) => {
    expect(found(text, type)).toEqual([]);
  });
});

describe('credential keys followed by settings or notes', () => {
  it.each(['パスワード：別途連絡', 'token: 4096', 'パスワード：社内ポータルと同じです'])('%s is no secret', (text) => {
    expect(found(text, 'SECRET')).toEqual([]);
  });

  it.each([
    ['パスワード：Abc123!xyz', 'Abc123!xyz'],
    ['token: 8f14e45fceea167a5a36dedd4bea2543', '8f14e45fceea167a5a36dedd4bea2543'],
    ['暗証番号：4821', '4821'],
  ])('%s is a secret', (text, value) => {
    expect(found(text, 'SECRET')).toEqual([value]);
  });
});
