import { detectEntities } from '../../../lambda/guard/detect';
import { isLuhnValid } from '../../../lambda/guard/detectors/digit-sequence';
import { isValidMyNumber } from '../../../lambda/guard/detectors/my-number';
import { found, types } from '../../support/detected';

describe('the nearest label decides: ordinary numbers beside a phone cue elsewhere', () => {
  it.each([
    ['waybill in a delivery mail with a TEL in the letterhead', 'ABC物流 お客様センター TEL 03-1234-5678\n伝票番号：4421-8830-1297 でお届け予定です。', '4421-8830-1297'],
    ['送り状 after a phone line', 'ご不明点は電話 06-6123-4567 まで。\n送り状番号 5512 3398 0071 の荷物は明日到着します。', '5512 3398 0071'],
    ['お問い合わせ番号 in a chat log', '[10:02] 佐川さん: お問い合わせ番号 3306-1187-2245 で追えます、電話は 0120-000-111', '3306-1187-2245'],
    ['serial number shaped like a mobile', '製品: ルーター RX-2\nS/N: 0805-8797-881\nサポート電話: 0570-000-123', '0805-8797-881'],
    ['製造番号 in a repair form', '修理依頼書\n連絡先TEL：092-123-4567\n製造番号：0901-2345-678', '0901-2345-678'],
    ['品番 in a pasted spec', '問い合わせ: tel 045-222-3333 / 品番 0312-345-6789', '0312-345-6789'],
  ])('%s', (_name, text, ordinary) => {
    expect(found(text, 'PHONE_NUMBER')).not.toContain(ordinary);
    // The real phone number of the same text stays found.
    expect(found(text, 'PHONE_NUMBER').length).toBe(1);
  });

  it.each([
    ['a phone word inside the label', '携帯No. 090-1234-5678', '090-1234-5678'],
    ['a phone label after the number', '受付番号 03-1234-5678（代表）にお電話ください', '03-1234-5678'],
    ['a phone number after its own label beside an order number', '注文番号 A-1234、TEL 090-2345-6789', '090-2345-6789'],
    ['TEL then a list', 'TEL：03-5565-8505 / 090-1234-5678', '090-1234-5678'],
  ])('still a phone: %s', (_name, text, phone) => {
    expect(found(text, 'PHONE_NUMBER')).toContain(phone);
  });
});

describe('check digits passed by chance inside other tokens', () => {
  it('the tail of an invoice id is no My Number', () => {
    expect(isValidMyNumber('202408150428')).toBe(true);
    expect(found('請求書番号 INV-20240815-0428 をご確認ください。', 'MY_NUMBER')).toEqual([]);
    expect(found('invoice_id: PO-202408150428', 'MY_NUMBER')).toEqual([]);
    // The same digits as a value of their own, or after a My Number word, still count.
    expect(found('マイナンバー：2024 0815 0428', 'MY_NUMBER')).toEqual(['2024 0815 0428']);
    expect(found('個人番号 202408150428 を提出', 'MY_NUMBER')).toEqual(['202408150428']);
  });

  it('a date year after digit columns of a TSV is no card', () => {
    expect(isLuhnValid('4111111110032029')).toBe(true);
    expect(found('商品\t数量\t単価\t期限\n4111\t1111\t1003\t2029/8/21', 'CREDIT_CARD')).toEqual([]);
    expect(found('会員番号\t有効期限\n41111111-1003\t2029/8/21', 'CREDIT_CARD')).toEqual([]);
    expect(found('ポイント 4111 1111 1003 2029/8/21 まで有効', 'CREDIT_CARD')).toEqual([]);
    expect(found('ID 4111 1111 1003 2029-08-21 発行', 'CREDIT_CARD')).toEqual([]);
    // A card in its own cell, beside its expiry, stays a card.
    expect(found('氏名\tカード番号\t有効期限\n山田\t4111111111111111\t2029/8/21', 'CREDIT_CARD')).toEqual(['4111111111111111']);
    expect(found('カード: 4111 1111 1111 1111 有効期限 2029/08', 'CREDIT_CARD')).toEqual(['4111 1111 1111 1111']);
    // Groups joined by tabs on a line of their own are still read (an evasion, not a table).
    expect(found('カード 4111\t1111\t1111\t1111', 'CREDIT_CARD')).toEqual(['4111\t1111\t1111\t1111']);
  });
});

describe('dates of birth under structured-data keys', () => {
  it.each([
    ['JSON birth_date', '{"name": "山田太郎", "birth_date": "1985-04-12", "dept": "営業"}', '1985-04-12'],
    ['JSON dob', '{"employee": {"id": 12, "dob": "1990/07/23"}}', '1990/07/23'],
    ['JSON camelCase', '{"dateOfBirth":"1975-12-01","gender":"F"}', '1975-12-01'],
    ['YAML birthday', '- name: 佐藤花子\n  birthday: 1992-11-05\n  team: 経理', '1992-11-05'],
    ['YAML date_of_birth', 'applicant:\n  date_of_birth: "2001-03-09"', '2001-03-09'],
    ['ISO timestamp', '{"birthDate": "1968-02-29T00:00:00Z"}', '1968-02-29'],
    ['生年月日 as a key', '{"氏名": "田中", "生年月日": "1979/02/28"}', '1979/02/28'],
    ['birth_ymd from an export', 'birth_ymd=1983.10.02', '1983.10.02'],
    ['CSV header birth-date', 'id,birth-date,email\n7,1988-06-15,a@example.jp', '1988-06-15'],
    ['kanji numerals with slashes', '生年月日：一九九七/〇四/〇五', '一九九七/〇四/〇五'],
    ['kanji numerals with dots', '生年月日 一九八〇.一二.三', '一九八〇.一二.三'],
    ['kanji numerals with ・', '生年月日：一九九七・四・五', '一九九七・四・五'],
    ['誕生年月日', '誕生年月日：1994年6月3日', '1994年6月3日'],
  ])('%s', (_name, text, date) => {
    expect(found(text, 'DATE_OF_BIRTH')).toEqual([date]);
  });

  it.each([
    ['other date keys', '{"created_at": "2024-04-12", "updated_at": "2024-05-01"}'],
    ['a longer key that starts with the cue', '{"birth_date_required": true, "release_date": "2024-04-12"}'],
    ['another key between', '{"birthday": null, "joined": "2019-04-01"}'],
    ['a YAML key on the next line', 'birthday_party:\n  date: 2024-12-01'],
    ['birth place, then a founding date', 'birth_place: "Osaka"\nfounded: 1985-04-12'],
  ])('no birth date: %s', (_name, text) => {
    expect(found(text, 'DATE_OF_BIRTH')).toEqual([]);
  });
});

describe('health-insurance 記号・番号 joined after one label', () => {
  it.each([
    ['after 保険者番号 on the same line', '保険者番号：06139876　記号・番号：1234・5678', '1234・5678'],
    ['slash and dash', '保険者番号 01130012、記号・番号 12-345/67', '12-345/67'],
    ['記号/番号', '保険者番号：06139876、記号/番号：1234/5678', '1234/5678'],
    ['a symbol with a letter', '保険者番号 138016 記号・番号 A12・345', 'A12・345'],
    ['記号-番号 with dashes', '健康保険 記号-番号：1234-5678', '1234-5678'],
    ['in a form block', '【保険証情報】保険者番号: 32130017 / 記号・番号: 2201・15', '2201・15'],
  ])('%s', (_name, text, pair) => {
    expect(found(text, 'HEALTH_INSURANCE_NUMBER')).toContain(pair);
  });

  it.each([
    ['a room code', '会議室の記号・番号は A-12・3 です'],
    ['a part code without insurance', '部品の記号・番号：AB12・345 を確認'],
  ])('no insurance number: %s', (_name, text) => {
    expect(types(text)).toEqual([]);
  });
});

describe('postal codes in a sentence after their cue', () => {
  it.each([
    ['after an address, before になります', '住所は広島県廿日市市宮島町5丁目2番3号、郵便番号は735-2857になります。', '735-2857'],
    ['before にて', '郵便番号は530-0001にて登録済みです。', '530-0001'],
    ['a phone number before にお願いします', '折り返しは電話番号03-1234-5678にお願いします。', '03-1234-5678'],
  ])('%s', (_name, text, value) => {
    expect(detectEntities(text).map((f) => text.slice(f.start, f.end))).toContain(value);
  });

  it('a dictated number still reads its kana digits', () => {
    const text = '郵便番号は いちごーぜろの ぜろぜろよんさん です';
    expect(found(text, 'POSTAL_CODE').length).toBe(1);
  });
});

describe('Japanese addresses in romaji with their postcode', () => {
  it.each([
    ['shipping line, chome numbers first', 'Ship to: 2-7-5 Akebono-cho, Naka-ku, Hiroshima 730-0001, Japan', '2-7-5 Akebono-cho, Naka-ku, Hiroshima', '730-0001'],
    ['in a sentence', 'Please send it to 3-14-2 Shibuya, Shibuya-ku, Tokyo 150-0002.', '3-14-2 Shibuya, Shibuya-ku, Tokyo', '150-0002'],
    ['after an Address label, chome word', 'Address: 1-1 Marunouchi 2-chome, Chiyoda-ku, Tokyo 100-0005', '1-1 Marunouchi 2-chome, Chiyoda-ku, Tokyo', '100-0005'],
    ['ward and city', 'Deliver to 4-5-6 Minamisenba, Chuo-ku, Osaka-shi, Osaka 542-0081', '4-5-6 Minamisenba, Chuo-ku, Osaka-shi, Osaka', '542-0081'],
    ['town first, -ken', 'Akebono-cho 2-7-5, Naka-ku, Hiroshima-shi, Hiroshima-ken 730-0001, Japan', 'Akebono-cho 2-7-5, Naka-ku, Hiroshima-shi, Hiroshima-ken', '730-0001'],
    ['a city that is no prefecture', 'Our office: 2-1-1 Minatomirai, Nishi-ku, Yokohama 220-0012', '2-1-1 Minatomirai, Nishi-ku, Yokohama', '220-0012'],
    ['Ward and City words, seven digits', 'Ship to: 5-chome-2-7 Akebono, Naka Ward, Hiroshima City, Hiroshima 7300001', '5-chome-2-7 Akebono, Naka Ward, Hiroshima City, Hiroshima', '7300001'],
  ])('%s', (_name, text, address, postcode) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
    expect(found(text, 'POSTAL_CODE')).toEqual([postcode]);
  });

  it.each([
    ['ward names in prose', 'We visited Shibuya-ku and Chiyoda-ku last week; see section 2-3.'],
    ['a version and a word ending in -shi', 'Version 1-2-3 Release, Build-shi'],
    ['a range of pages', 'See pages 12-14, Nakamura-ku report for details.'],
  ])('no address: %s', (_name, text) => {
    expect(found(text, 'ADDRESS')).toEqual([]);
    expect(found(text, 'POSTAL_CODE')).toEqual([]);
  });
});

describe('OCR addresses with spaces inside the block', () => {
  it.each([
    ['space before 丁目 and inside 27', '住所：広島県広島市中区曙町5 丁目2 7 番3号', '広島県広島市中区曙町5 丁目2 7 番3号'],
    ['space before 号', '住所：東京都新宿区西新宿2 丁目8 番1 号', '東京都新宿区西新宿2 丁目8 番1 号'],
    ['building and floor spaced', '送付先 大阪府大阪市北区梅田1 丁目1 1 番2 号 梅田ビル3 F', '大阪府大阪市北区梅田1 丁目1 1 番2 号 梅田ビル3 F'],
    ['番地 after spaced digits', '横浜市中区山下町2 7 番地', '横浜市中区山下町2 7 番地'],
  ])('%s', (_name, text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });

  it('a block word in running text is no address', () => {
    expect(found('会議は3 丁目の交差点で', 'ADDRESS')).toEqual([]);
    expect(found('東京都千代田区丸の内1丁目9番2号です。次回は 5 号 で', 'ADDRESS')).toEqual(['東京都千代田区丸の内1丁目9番2号']);
  });
});

describe('postal codes right after an address or their cue, inside a sentence', () => {
  it.each([
    ['before に変更', '郵便番号を735-2857に変更しました。', '735-2857'],
    ['before に and a full stop', '新しい郵便番号は735-2857に。', '735-2857'],
    ['after an address and a comma, no cue', 'お届け先は広島県廿日市市宮島町5-2-3、735-2857です。', '735-2857'],
    ['in brackets after an address', '東京都世田谷区桜新町2丁目15番8号 (154-0015)', '154-0015'],
    ['seven digits after an address', '住所：大阪府大阪市北区梅田1-2-3 5300001', '5300001'],
  ])('%s', (_name, text, value) => {
    expect(found(text, 'POSTAL_CODE')).toEqual([value]);
  });

  it.each([
    ['a phone number after an address', '東京都港区芝公園4-2-8 03-1234-5678'],
    ['a room number after an address', '東京都港区芝公園4-2-8、1050011号室'],
    ['an amount after an address', '東京都港区芝公園4-2-8 1234567円'],
  ])('no postal code: %s', (_name, text) => {
    expect(found(text, 'POSTAL_CODE')).toEqual([]);
  });
});

describe('romaji addresses in the Japanese order and postcodes beside a place', () => {
  it('the Japanese order after the postcode', () => {
    const text = '〒730-0001 Hiroshima-shi Naka-ku Akebono-cho 2-7-5';
    expect(found(text, 'ADDRESS')).toEqual(['Hiroshima-shi Naka-ku Akebono-cho 2-7-5']);
    expect(found(text, 'POSTAL_CODE')).toEqual(['〒730-0001']);
  });

  it.each([
    ['after a prefecture and Japan', 'Hiroshima, Japan 730-0001', '730-0001'],
    ['after a ward and a city, JAPAN after it', 'Naka-ku, Hiroshima 730-0001 JAPAN', '730-0001'],
    ['before a prefecture', 'Mail to 150-0002 Tokyo', '150-0002'],
  ])('%s', (_name, text, value) => {
    expect(found(text, 'POSTAL_CODE')).toEqual([value]);
    expect(found(text, 'ADDRESS')).toEqual([]);
  });

  it.each([
    ['a phone number after a city', 'Call Tokyo 555-0134 ext 2'],
    ['a part number after Japan', 'Made in Japan 123-4567-89'],
  ])('no postcode: %s', (_name, text) => {
    expect(found(text, 'POSTAL_CODE')).toEqual([]);
  });

  it('the label of the next identifier ends an address line', () => {
    const text = 'ご住所 広島県広島市中区曙町５丁目２７番３号 郵便番号７３０－０００１';
    expect(found(text, 'ADDRESS')).toEqual(['広島県広島市中区曙町５丁目２７番３号']);
    expect(found(text, 'POSTAL_CODE')).toEqual(['７３０－０００１']);
  });
});

describe('bare waybill labels before a colon', () => {
  it.each([
    ['伝票:', 'TEL 03-1234-5678 / 伝票: 4421-8830-1297', '4421-8830-1297'],
    ['送り状：', 'お電話 06-6123-4567\n送り状：5512-3398-0071', '5512-3398-0071'],
    ['waybill', 'Call us at 03-1234-5678. Waybill 4421 8830 1297 ships today.', '4421 8830 1297'],
  ])('%s', (_name, text, waybill) => {
    expect(found(text, 'PHONE_NUMBER')).not.toContain(waybill);
    expect(found(text, 'PHONE_NUMBER').length).toBe(1);
  });

  it('お問い合わせ： before a phone number stays a phone label', () => {
    expect(found('お問い合わせ：03-1234-5678（平日9時〜17時）', 'PHONE_NUMBER')).toEqual(['03-1234-5678']);
  });
});

describe('OCR and form addresses with spaces between the parts', () => {
  it.each([
    ['a space after each part', '東京都 新宿区 西新宿2-8-1', '東京都 新宿区 西新宿2-8-1'],
    ['a space before the block too', '広島県 広島市 中区 曙町 5丁目27番3号', '広島県 広島市 中区 曙町 5丁目27番3号'],
    ['丁 目 split', '住所：広島県広島市中区曙町5丁 目27番3号', '広島県広島市中区曙町5丁 目27番3号'],
    ['every piece spaced', '広島県広島市中区曙町 5 丁目 2 7 番 3 号', '広島県広島市中区曙町 5 丁目 2 7 番 3 号'],
    ['番 and 号 in kanji numerals', '広島県広島市中区曙町五丁目二十七番三号', '広島県広島市中区曙町五丁目二十七番三号'],
    ['dashed block after a space', '広島県広島市中区曙町 5-27-3', '広島県広島市中区曙町 5-27-3'],
  ])('%s', (_name, text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });

  it.each([
    ['two prefectures and a count', '東京都と神奈川県 2-3 件'],
    ['a ratio after a prefecture and a particle', '大阪府 の売上は 3-4 倍'],
    ['a meeting room after a ward', '東京都 港区 にて 12-3 開催'],
  ])('no address: %s', (_name, text) => {
    expect(found(text, 'ADDRESS')).toEqual([]);
  });
});

describe('spaces between address parts do not join a name and a phone number', () => {
  it.each([
    ['a prefecture, a name and a mobile', '東京都 山田太郎 090-1234-5678', '090-1234-5678'],
    ['a name ending in 村 and a mobile', '中村花子 080-7616-7078 PayPay銀行 普通預金 1284897', '080-7616-7078'],
  ])('%s', (_name, text, phone) => {
    expect(found(text, 'ADDRESS')).toEqual([]);
    expect(found(text, 'PHONE_NUMBER')).toEqual([phone]);
  });
});
