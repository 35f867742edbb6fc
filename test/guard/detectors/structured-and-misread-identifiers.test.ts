import fc from 'fast-check';
import { detectEntities } from '../../../lambda/guard/detect';
import { maskPersonalData } from '../../../lambda/guard/mask';
import { validMyNumber } from '../../fixtures/guard/identifiers';
import { isLuhnValid } from '../../../lambda/guard/detectors/digit-sequence';
import { createRandom } from '../../fixtures/guard/prng';
import { core } from '../../fixtures/guard/typed-evasions';

/** Values of `type` found in `text`, NFKC and without invisible characters. */
function found(text: string, type: string): string[] {
  return detectEntities(text)
    .filter((f) => f.type === type)
    .map((f) => core(text.slice(f.start, f.end)));
}

function types(text: string): string[] {
  return detectEntities(text).map((f) => f.type);
}

describe('vCard addresses read by the ADR field structure', () => {
  const card = (adr: string): string => ['BEGIN:VCARD', 'VERSION:3.0', 'FN:山田 太郎', adr, 'TEL;TYPE=CELL:090-1234-5678', 'END:VCARD'].join('\r\n');

  it.each([
    ['ADR;TYPE=HOME:;;桜新町2-15-8;世田谷区;東京都;154-0015;日本', '桜新町2-15-8;世田谷区;東京都', '154-0015'],
    ['ADR;TYPE=WORK:;;1-2-3 Nishi-Shinjuku;Shinjuku-ku;Tokyo;1600023;Japan', '1-2-3 Nishi-Shinjuku;Shinjuku-ku;Tokyo', '1600023'],
    ['item1.ADR;type=HOME;type=pref:;ハイツ青葉201;中央4-5-6;仙台市青葉区;宮城県;980-0021;JP', 'ハイツ青葉201;中央4-5-6;仙台市青葉区;宮城県', '980-0021'],
    ['adr;home;charset=utf-8:;;大通西4丁目1番地;札幌市中央区;北海道;060-0042;', '大通西4丁目1番地;札幌市中央区;北海道', '060-0042'],
    ['ADR;TYPE=home:;;123 Main St\\, Apt 4;Springfield;IL;62704-1234;USA', '123 Main St\\, Apt 4;Springfield;IL', '62704-1234'],
    ['ADR;PREF=1;TYPE=work;LABEL="本社":;;丸の内1-1-1;千代田区;東京都;100-0005;日本', '丸の内1-1-1;千代田区;東京都', '100-0005'],
  ])('%s: the postal code by its position, the parts before it as one address', (adr, address, postal) => {
    const text = card(adr);
    expect(found(text, 'POSTAL_CODE')).toEqual([core(postal)]);
    expect(found(text, 'ADDRESS')).toContain(core(address));
    expect(found(text, 'PHONE_NUMBER')).toEqual(['09012345678']);
  });

  it('reads a folded ADR line and the LABEL property of vCard 3.0', () => {
    const text = 'BEGIN:VCARD\nVERSION:3.0\nADR;TYPE=HOME:;;大通西\n 4丁目1番地;札幌市中央区;北海道;060-0042;JP\nLABEL;TYPE=HOME:北海道札幌市中央区大通西4丁目1番地\nEND:VCARD';
    expect(found(text, 'POSTAL_CODE')).toEqual(['0600042']);
    expect(found(text, 'ADDRESS').join('|')).toContain('札幌市中央区;北海道');
    expect(found(text, 'ADDRESS')).toContain('北海道札幌市中央区大通西4丁目1番地');
  });

  it('masks every part of the address and the code in the masked text', () => {
    const { masked } = maskPersonalData(card('ADR;TYPE=HOME:;;桜新町2-15-8;世田谷区;東京都;154-0015;日本'));
    for (const part of ['桜新町', '世田谷区', '154-0015', '090-1234-5678']) expect(masked).not.toContain(part);
  });

  it.each([
    'BEGIN:VCARD\nVERSION:3.0\nFN:受付窓口\nADR;TYPE=WORK:;;;;;;\nEND:VCARD',
    'label: production\nadr: enabled\nreplicas: 3',
    'LABEL;TYPE=feature:release-2025;priority;high',
    'ADR: 平均日次売上（Average Daily Rate）は 12,800 円でした。',
    'ADR;x=1:a;b',
  ])('finds no address or postal code in %j', (text) => {
    expect(types(text).filter((t) => t === 'ADDRESS' || t === 'POSTAL_CODE')).toEqual([]);
  });
});

describe('OCR misreadings after an account type or a postal mark', () => {
  it.each([
    ['振込先：三井住友銀行 本店 普通 1O34567', '1034567'],
    ['当座 l234567 へお振込みください', '1234567'],
    ['口座番号：12O 4567', '120 4567'],
    ['みずほ銀行 渋谷支店 普通預金 7l2 O456', '712 0456'],
    ['【振込先】\nりそな銀行 新宿支店\n普通 3O4I928', '3041928'],
    ['普通 １Ｏ３４５６７', '1034567'],
    ['みずほ銀行 渋谷支店 1O34567', '1034567'],
    ['当座 12 3O 567', '12 30 567'],
    ['普通 No.1O34567', '1034567'],
    ['口座番号（普通）1O34567', '1034567'],
    ['（普）1O34567', '1034567'],
    ['普通/1O3-4567', '103-4567'],
    ['当座・l234567', '1234567'],
    ['口座番号は 1O34567 です', '1034567'],
    ['普通  12  3O567', '12  30567'],
  ])('%j: an account number', (text, value) => {
    expect(found(text, 'BANK_ACCOUNT')).toHaveLength(1);
    const { masked } = maskPersonalData(text);
    expect(core(masked).replace(/ /g, '')).not.toContain(value.replace(/ /g, ''));
  });

  it.each([
    ['〒9O0 -9466 沖縄県那覇市泉崎1-2-2', '〒900-9466'],
    ['〒l5O - OO43 東京都渋谷区', '〒150-0043'],
    ['郵便番号 1O5 OO11', '105 0011'],
    ['送付先 〒 06O－OO42 札幌市', '〒060-0042'],
    ['〒9O 0-9466 那覇市', '〒900-9466'],
    ['〒１Ｏ５－ＯＯ１１ 東京都港区', '〒105-0011'],
  ])('%j: a postal code', (text, value) => {
    const values = detectEntities(text)
      .filter((f) => f.type === 'POSTAL_CODE')
      .map((f) => text.slice(f.start, f.end));
    expect(values.length).toBe(1);
    expect(core(values[0]).replace(/[oil]/g, (c) => (c === 'o' ? '0' : '1'))).toBe(core(value));
  });

  it.each([
    '普通 IOIOlOl',
    '普通の流れで l0 分ほどかかります',
    '口座数は 12O45 件です',
    '普通は 1O 件ほど、当座は l 件',
    '口座開設は l0 月 1O 日から',
    '当座の資金繰りは Q1 の課題',
    '普通は 5 営業日以内に IO 処理されます',
    '〒マークの位置を 1O px 右へ',
  ])('reads no identifier in %j', (text) => {
    expect(types(text).filter((t) => t === 'BANK_ACCOUNT' || t === 'POSTAL_CODE')).toEqual([]);
  });

  it.each([
    ['電話：O9O－l234－5678', '09012345678'],
    ['携帯 O9Oーl234ー5678', '09012345678'],
    ['TEL：０９０－l２３４－５６７８', '09012345678'],
    ['電話番号 O3 (5565) 85O5', '0355658505'],
  ])('%j: a phone number with OCR misreadings among pasted separators and widths', (text, digits) => {
    const values = found(text, 'PHONE_NUMBER').map((v) => v.replace(/[oil]/g, (c) => (c === 'o' ? '0' : '1')).replace(/[^0-9]/g, ''));
    expect(values).toEqual([digits]);
  });

  it.each(['Ver.1.0 (lO) リリース', '第2O24ー1O期の計画', 'ISO 9001 (IO) 認証', 'l0ー20ー30 の順で'])('no phone number in %j', (text) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it.each([
    ['生年月日 l985年4月l2日', 'DATE_OF_BIRTH', '1985年4月12日'],
    ['生年月日：l98O/O4/l2', 'DATE_OF_BIRTH', '1980/04/12'],
    ['IPアドレス l92.l68.O.l5', 'IP_ADDRESS', '192.168.0.15'],
  ])('%j: a labelled birth date or IP address', (text, type, value) => {
    const values = found(text, type).map((v) => v.replace(/[oil]/g, (c) => (c === 'o' ? '0' : '1')));
    expect(values).toEqual([core(value)]);
  });

  it.each(['IP: lO.O.O.l', 'IP制限の件、Io 10 分で完了', '生年月日欄は IO 桁で入力', '誕生日は l2月l日です'])('no birth date or IP address in %j', (text) => {
    expect(types(text).filter((t) => t === 'DATE_OF_BIRTH' || t === 'IP_ADDRESS')).toEqual([]);
  });
});

describe("driver's licence numbers after an ID-document label", () => {
  it.each([
    ['運転免許証を提示してください。本人確認書類の番号は 3012 3456 7890 です。', '3012 3456 7890'],
    ['本人確認書類（運転免許証）の番号は 3012 3456 7891 です。', '3012 3456 7891'],
    ['運転免許証を本人確認書類として受領、本人確認書類の番号：3012-3456-7892', '3012-3456-7892'],
    ['本人確認書類：運転免許証、番号 3012 3456 7893', '3012 3456 7893'],
    ['免許証番号：３０１２　３４５６　７８９４', '3012 3456 7894'],
    ['運転免許証 第3012 3456 7895号', '3012 3456 7895'],
    ['運転免許証（公安委員会：東京都、有効期限：2028年5月）番号 3012 3456 7896', '3012 3456 7896'],
    ['免許証番号：3012・3456・7897', '3012・3456・7897'],
    ['driver_license: 3012 3456 7898', '3012 3456 7898'],
    ['Driver’s License No.: 3012 3456 7899', '3012 3456 7899'],
    ['本人確認書類（運転免許証またはパスポート）の番号：3012 3456 7880', '3012 3456 7880'],
    ['身分証明書の番号は 3012 3456 7881 です（運転免許証）。', '3012 3456 7881'],
  ])('%j', (text, value) => {
    expect(found(text, 'DRIVERS_LICENSE')).toEqual([core(value)]);
  });

  it('reads 運転免許証 after the value in the same sentence', () => {
    expect(found('本人確認書類の番号 3012 3456 7890 は運転免許証のものです', 'DRIVERS_LICENSE')).toEqual(['301234567890']);
    expect(found('本人確認書類の番号は 3012 3456 7890 です。パスポートは後日提出、運転免許証は不要。', 'DRIVERS_LICENSE')).toEqual([]);
  });

  it.each([
    '本人確認書類の番号は 3012 3456 7890 です（パスポート）。',
    '本人確認書類の番号欄は空欄のままで結構です。運転免許証のコピーは不要です。',
    '確認書類の番号 2024 0401 0001 は社内の受付連番です。',
    '身分証の番号 3012 3456 7890（パスポート）',
  ])('no licence in %j', (text) => {
    expect(found(text, 'DRIVERS_LICENSE')).toEqual([]);
  });
});

describe('dates of birth said aloud and joined by の', () => {
  it.each([
    ['誕生日は一九七二の一〇の一四です', '一九七二の一〇の一四'],
    ['生年月日：一九八五の三の七', '一九八五の三の七'],
    ['お客様の生年月日は1990の12の1でお間違いないですか', '1990の12の1'],
    ['誕生日は一九七〇の一の二', '一九七〇の一の二'],
  ])('%j', (text, value) => {
    const values = detectEntities(text)
      .filter((f) => f.type === 'DATE_OF_BIRTH')
      .map((f) => text.slice(f.start, f.end));
    expect(values).toEqual([value]);
  });

  it.each(['会議は二〇二四の一〇の一四に延期', 'この件は三の七で対応', '誕生日会の予算は一九七二の一〇の一四円ではありません'])('no birth date in %j', (text) => {
    expect(found(text, 'DATE_OF_BIRTH')).toEqual([]);
  });
});

describe('ordinary numbers that look like accounts, phones or cards', () => {
  it.each([
    '社員番号,氏名,口座種別\n204518,佐藤,普通\n204519,鈴木,当座',
    '従業員番号,氏名,所属,普通預金\n123456,鈴木,営業部,あり',
    '職員番号\t氏名\t口座種別\n318204\t高橋\t普通',
    '振込口座一覧\n社員番号 123456 / 口座 普通 7654321',
  ])('a staff-number column or label is no account: %j', (text) => {
    const accounts = found(text, 'BANK_ACCOUNT');
    expect(accounts.filter((a) => a.replace(/\D/g, '').length === 6)).toEqual([]);
  });

  it('keeps the account of the same row', () => {
    const text = '社員番号,氏名,銀行名,支店名,口座番号\n123456,山田太郎,みずほ銀行,渋谷支店,1234567';
    expect(found(text, 'BANK_ACCOUNT')).toEqual(['1234567']);
    expect(found('振込先口座 No. 1234567', 'BANK_ACCOUNT')).toEqual(['1234567']);
  });

  it.each([
    'お客様の電話番号と証券番号を確認しました。証券番号：0123456789',
    '保険証券番号 0987654321 について、電話でご案内します。',
    'ご契約者様の電話番号は別紙のとおりです。契約番号 0612345678 でお調べします。',
    '電話でお問い合わせの件、受付番号 0120345678 で承りました。',
    '職員番号 0312345678 の方は総務へ',
  ])('the nearest label decides: no phone in %j', (text) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
    expect(found(text, 'HEALTH_INSURANCE_NUMBER')).toEqual([]);
  });

  it('still reads the phone number a phone label stands right before', () => {
    expect(found('証券会社の電話 0312345678', 'PHONE_NUMBER')).toEqual(['0312345678']);
    expect(found('ご連絡先 03-1234-5678、契約番号 0612345678', 'PHONE_NUMBER')).toEqual(['0312345678']);
  });

  it('a My Number after 通知カード in mixed widths is a My Number, not a card, even when it passes Luhn', () => {
    const random = createRandom(7);
    let checked = 0;
    for (let k = 0; k < 4000 && checked < 12; k++) {
      const digits = validMyNumber(random);
      if (!/^(?:5[06-9]|6)/.test(digits) || !isLuhnValid(digits)) continue;
      const mixed = [...digits].map((c, i) => (i % 3 === 0 ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');
      for (const text of [`通知カード ${mixed.slice(0, 4)} ${mixed.slice(4, 8)} ${mixed.slice(8)}`, `通知カードの番号：${mixed}`]) {
        expect(types(text)).toEqual(['MY_NUMBER']);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });
});

describe('identifiers broken across a line break', () => {
  it.each([
    ['サーバーは198.51\n.100.36 です', '198.51.100.36'],
    ['接続元IP: 203.0.113\n.45 からのアクセス', '203.0.113.45'],
    ['送信元 10.0.12\r\n.7 をブロック', '10.0.12.7'],
    ['> 宛先 192.168\n> .10.20', '192.168.10.20'],
  ])('an IPv4 address split at a dot: %j', (text, value) => {
    expect(found(text, 'IP_ADDRESS').map((v) => v.replace(/[^0-9.]/g, ''))).toEqual([value]);
  });

  it.each(['バージョンは 1.2\n.3 です', '価格は 12.5\n.3 と改定', '手順 1.2.3\n.4 を参照'])('no IP address in %j', (text) => {
    expect(found(text, 'IP_ADDRESS')).toEqual([]);
  });

  it.each([
    ['住所：北海道札幌市中央区大通2\n-10-6', '北海道札幌市中央区大通2-10-6'],
    ['〒060-0042 北海道札幌市中央区大通西\n4-1 ビル5階', '北海道札幌市中央区大通西4-1ビル5階'],
    ['送付先：東京都千代田区丸の内1-\n1-1 丸の内ビル', '東京都千代田区丸の内1-1-1丸の内ビル'],
    ['東京都世田谷区桜新町2丁目\n15番8号', '東京都世田谷区桜新町2丁目15番8号'],
    ['本社：大阪府大阪市\n  北区梅田1-2-3 梅田ビル10階', '大阪府大阪市北区梅田1-2-3梅田ビル10階'],
    ['住所：横浜市西区\nみなとみらい2-3-1', '横浜市西区'],
  ])('an address split mid-block: %j', (text, value) => {
    const joined = found(text, 'ADDRESS').join('|');
    expect(joined).toContain(core(value));
    const { masked } = maskPersonalData(text);
    expect(masked).not.toMatch(/[0-9]-[0-9]|丁目|番地?[0-9]/);
  });

  it.each(['東京都の売上\n2024年度は前年比3%増', '担当区域\n1-2 番を参照', '大阪府\n- 参加者 12 名', '対象市区町村\n3-4 件'])('no address in %j', (text) => {
    expect(found(text, 'ADDRESS')).toEqual([]);
  });
});

describe('numbers said aloud in mixed scripts', () => {
  it.each([
    ['電話は080のなないちキューにの6031です', 'PHONE_NUMBER'],
    ['080のなないちキューにの6031にかけてください', 'PHONE_NUMBER'],
    ['ご連絡は〇九〇の八七四二の一三五六まで', 'PHONE_NUMBER'],
    ['かけ直しは０８０ーなないちキューにー６０３１で', 'PHONE_NUMBER'],
    ['携帯はれいハチまるの４にななよんのごよんイチきゅうです', 'PHONE_NUMBER'],
    ['オペレーター：お電話番号をお願いします。\n顧客：ゼロななれいのれいハチナナヨンのにーナナハチヨンです。', 'PHONE_NUMBER'],
    ['折り返しの番号は070-イチ7ゴ6-イチ4ごいちです', 'PHONE_NUMBER'],
    ['口座番号はいちろく5ごなな7ニーです', 'BANK_ACCOUNT'],
    ['振込先は普通のヨンサンまるのハチハチロクはち', 'BANK_ACCOUNT'],
    ['みずほ銀行渋谷支店、普通、ごーロクイチロクにーナナゴーです', 'BANK_ACCOUNT'],
    ['顧客：口座番号ですね。ロクナナよんのハチさんごーさんです。', 'BANK_ACCOUNT'],
    ['銀行口座は普通 ろくサンイチキューなないちに です', 'BANK_ACCOUNT'],
  ])('%j', (text, type) => {
    const spans = detectEntities(text).filter((f) => f.type === type);
    expect(spans).toHaveLength(1);
    // Every digit, digit word and kanji numeral of the number is inside the finding.
    const inside = text.slice(spans[0].start, spans[0].end);
    const rest = text.slice(0, spans[0].start) + '|' + text.slice(spans[0].end);
    expect(inside.length).toBeGreaterThan(9);
    expect(rest).not.toMatch(/[0-9０-９〇一二三四五六七八九]{2}|なな|ナナ|ハチ|はち|キュー|ロク|ろく/);
  });

  it.each([
    '普通は、いちにちに二回ほど確認します。',
    '支店の皆さん、ごくろうさまです。',
    '振込の件、ごめんなさい、さんにんで確認します。',
    '番号ですね。少々お待ちください。担当の者に確認します。',
    '0800のフリーダイヤル案内は今日から',
    '〇〇株式会社の九〇周年記念',
    'ゼロから始める会計入門、第八版',
    '電話会議は一〇の一四の一五時から',
  ])('no number in %j', (text) => {
    expect(types(text).filter((t) => t === 'PHONE_NUMBER' || t === 'BANK_ACCOUNT')).toEqual([]);
  });

  it('never throws on texts that end inside a spoken prefix', () => {
    for (const text of ['〇', 'ゼロ', 'ぜろ九', '〇九', '080の', 'ゼロキュー', '電話はぜろ', '口座番号ですね。', '普通', 'オペレーター：番号を。\n顧客：']) {
      expect(() => detectEntities(text)).not.toThrow();
    }
  });
});

describe('the new paths on arbitrary text', () => {
  // Pieces that reach every path added here: vCard fields, OCR letters beside digits, cues, digit
  // words, kanji numerals, の joins and line breaks, in any order and cut anywhere.
  const pieces = [
    'ADR;TYPE=HOME:', ';', ';;', 'LABEL:', 'BEGIN:VCARD', '\n', '\r\n', ' ', '　', '0', '8', '9', '1', '０', 'O', 'l', 'I', 'ｌ',
    '〇', '九', '八', 'ゼロ', 'ぜろ', 'なな', 'キュー', 'に', 'の', 'ー', '－', '-', '.', '(', ')', '普通', '当座', '支店', '口座番号',
    '電話', '。', '顧客：', '〒', '生年月日', 'IP', '本人確認書類の番号', '運転免許証', '東京都', '区', '2丁目', '社員番号', ',',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

  it('never throws and keeps every finding inside the text, ordered and apart', () => {
    fc.assert(
      fc.property(text, (t) => {
        const findings = detectEntities(t);
        let last = 0;
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(t.length);
          last = f.end;
        }
      }),
      { numRuns: 400, seed: 20261201 },
    );
  });
});

describe('a postal code in the cell before an address', () => {
  it('is a postal code when an address follows in the next cell or after a space', () => {
    expect(found('"佐藤花子","605-3573","京都府京都市東山区清水1-2-3"', 'POSTAL_CODE')).toEqual(['6053573']);
    expect(found('小林\t605-3573\t京都府京都市東山区清水1-2-3\t075-123-4567', 'POSTAL_CODE')).toEqual(['6053573']);
    expect(found('送付先：605-3573 京都府京都市東山区清水1-2-3', 'POSTAL_CODE')).toEqual(['6053573']);
  });

  it('is no postal code inside a longer number or with no address beside it', () => {
    expect(found('TEL 03-605-3573 京都府京都市東山区清水1-2-3', 'POSTAL_CODE')).toEqual([]);
    expect(found('"佐藤花子","605-3573","営業部"', 'POSTAL_CODE')).toEqual([]);
  });
});

describe('a kanji numeral that ends a word before a number in kanji', () => {
  it('stays in the word (a name ending in 一 or 二), and the number after it is still read', () => {
    const text = '葛西昭二 〇九〇ー一二三四ー五六七八';
    expect(detectEntities(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`)).toEqual(['PERSON_NAME:葛西昭二', 'PHONE_NUMBER:〇九〇ー一二三四ー五六七八']);
    const spoken = '担当：田中健一 〇九〇の一二三四の五六七八';
    expect(detectEntities(spoken).map((f) => `${f.type}:${spoken.slice(f.start, f.end)}`)).toEqual(['PERSON_NAME:田中健一', 'PHONE_NUMBER:〇九〇の一二三四の五六七八']);
  });

  it('still reads a number in kanji right after a word with no space (電話〇九〇…)', () => {
    expect(found('電話〇九〇ー一二三四ー五六七八', 'PHONE_NUMBER')).toEqual(['〇九〇一二三四五六七八']);
  });
});

describe('a health-insurance symbol in kana or kanji', () => {
  it('masks the symbol and the number when an insurance word is near', () => {
    expect(found('保険者番号 06130012、記号 あいう 番号 123', 'HEALTH_INSURANCE_NUMBER')).toEqual(['06130012', 'あいう', '123']);
    expect(found('健康保険証 記号 都12 番号 345', 'HEALTH_INSURANCE_NUMBER')).toEqual(['都12', '345']);
  });

  it('leaves a symbol and number with no insurance word alone (parts and rooms have them too)', () => {
    expect(found('部品の記号 あい 番号 123 を発注', 'HEALTH_INSURANCE_NUMBER')).toEqual([]);
    expect(found('記号 あいう 番号 123', 'HEALTH_INSURANCE_NUMBER')).toEqual([]);
  });
});
