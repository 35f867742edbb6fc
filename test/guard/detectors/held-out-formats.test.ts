import { found } from '../../support/detected';

const toFullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const withZeroWidth = (s: string) => s.replace(/([0-9])(?=[0-9])/g, '$1\u200b');

describe('secrets after short labels', () => {
  it.each([
    ['検証環境のPW: Qx7-mr2Lz です', 'Qx7-mr2Lz'],
    ['本番DBのPW：Tr4in!ng2025。', 'Tr4in!ng2025'],
    ['pass: hunter2 で入れます', 'hunter2'],
    ['ルーターの管理画面 pw=adm1n#77', 'adm1n#77'],
    ['カードの暗証番号 4821 は変更してください', '4821'],
    ['暗証番号：7 3 1 9', '7 3 1 9'],
  ])('masks the value in %s', (text, value) => {
    expect(found(text, 'SECRET').map((v) => v.normalize('NFKC'))).toEqual([value]);
  });

  it('holds under full-width letters and digits', () => {
    expect(found(`検証環境の${toFullWidth('PW')}：${toFullWidth('Qx7mr2Lz')} です`, 'SECRET')).toHaveLength(1);
  });

  it.each(['PW: 別途連絡します', 'boarding pass: 当日受付で受け取り', 'pass: true', 'PW-R の承認は済み', 'bypass: 1234567', 'パスワード：誰にも教えないでください'])(
    'leaves %s clean',
    (text) => {
      expect(found(text, 'SECRET')).toEqual([]);
    },
  );
});

describe('dates of birth in tables and after names', () => {
  const csv = '社員番号,氏名,生年月日,入社日\nE1021,山田 太郎,1984-05-21,2008-04-01\nE1022,佐藤 花子,1990/1/2,2013-04-01\nE1023,鈴木 一郎,"1979年12月3日",2001-10-01';
  it('reads the birth-date column of every CSV row, not the other dates', () => {
    expect(found(csv, 'DATE_OF_BIRTH')).toEqual(['1984-05-21', '1990/1/2', '1979年12月3日']);
  });

  it('reads a TSV table with a DOB header', () => {
    const tsv = 'id\tDOB\tjoined\nA001\t1988/07/14\t2012/04/01\nA002\t1992/11/30\t2016/04/01';
    expect(found(tsv, 'DATE_OF_BIRTH')).toEqual(['1988/07/14', '1992/11/30']);
  });

  it.each([
    ['full-width', (s: string) => toFullWidth(s).replace(/-/g, '－')],
    ['zero-width', withZeroWidth],
  ])('holds under %s digits', (_name, transform) => {
    const values = found(transform(csv), 'DATE_OF_BIRTH').map((v) => v.normalize('NFKC').replace(/\u200b/g, ''));
    expect(values).toEqual(['1984-05-21', '1990/1/2', '1979年12月3日']);
  });

  it.each([
    ['担当の山田太郎（1984-05-21）が対応します', '1984-05-21'],
    ['山田太郎（1984年5月21日生）', '1984年5月21日'],
    ['新人の田中さん（1999年4月2日生まれ）を紹介します', '1999年4月2日'],
  ])('reads the date in parentheses after a name in %s', (text, value) => {
    expect(found(text, 'DATE_OF_BIRTH')).toEqual([value]);
  });

  it.each([
    '会議（2024-05-21）は延期になりました',
    '締切（2025年3月31日）厳守でお願いします',
    '日付,件名,期限\n2024-05-01,見積,2024-05-31',
    '生年月日の欄は空欄のままで構いません。\n日付,件名\n2024-05-01,見積',
    '製造日（2024年4月1日生産）',
  ])('leaves other dates unmasked: %s', (text) => {
    expect(found(text, 'DATE_OF_BIRTH')).toEqual([]);
  });
});

describe('bank accounts: ゆうちょ 記号/番号 and account numbers after a branch', () => {
  it.each([
    ['ゆうちょ銀行 記号 12340 番号 12345678 へお振込みください', ['12340', '12345678']],
    ['振替口座 記号：10120 番号：87654321', ['10120', '87654321']],
    ['返金先は記号 14050 番号 23456781 です', ['14050', '23456781']],
    ['ゆうちょ銀行 10120-12345678 宛', ['10120-12345678']],
    ['振込先：みずほ銀行 渋谷支店 1234567（名義 ヤマダタロウ）', ['1234567']],
    ['三菱UFJ銀行 丸の内支店 当座 7654321', ['7654321']],
    ['城南信用金庫 大森支店 普通預金 3456789', ['3456789']],
  ])('reads %s as BANK_ACCOUNT', (text, values) => {
    expect(found(text, 'BANK_ACCOUNT')).toEqual(values);
    expect(found(text, 'HEALTH_INSURANCE_NUMBER')).toEqual([]);
  });

  it.each([
    ['full-width', toFullWidth],
    ['spaced digits', (s: string) => s.replace(/([0-9])(?=[0-9])/g, '$1 ')],
    ['zero-width', withZeroWidth],
  ])('holds under %s', (_name, transform) => {
    expect(found(transform('ゆうちょ銀行 記号 12340 番号 12345678'), 'BANK_ACCOUNT')).toHaveLength(2);
    expect(found(transform('みずほ銀行 渋谷支店 1234567'), 'BANK_ACCOUNT')).toHaveLength(1);
  });

  it('keeps health-insurance 記号/番号 typed as such', () => {
    expect(found('保険証 記号 1234 番号 567', 'HEALTH_INSURANCE_NUMBER')).toEqual(['1234', '567']);
    expect(found('被保険者証の記号 32 番号 12345678', 'HEALTH_INSURANCE_NUMBER')).toEqual(['32', '12345678']);
  });

  it.each(['渋谷支店 1234567 件の来店がありました'.replace('1234567 件', '売上 1234567 円'), '本社と渋谷支店で 2025 年度の計画を共有', '支店コード 123 の担当'])(
    'leaves %s clean',
    (text) => {
      expect(found(text, 'BANK_ACCOUNT')).toEqual([]);
    },
  );
});

describe('passport and pension numbers without their label', () => {
  it.each([
    ['明日の搭乗手続きで TK1234567 を提示してください', 'TK1234567'],
    ['渡航者：MZ7654321（出張者本人）', 'MZ7654321'],
    ['出国審査では TR2468013 が必要です', 'TR2468013'],
    ['ビザ申請書に記入する番号は RE 1357924', 'RE 1357924'],
    ['Online check-in: please enter TZ1029384', 'TZ1029384'],
  ])('reads %s as PASSPORT_NUMBER', (text, value) => {
    expect(found(text, 'PASSPORT_NUMBER')).toEqual([value]);
  });

  it.each([
    ['full-width', toFullWidth],
    ['spaced', (s: string) => s.replace(/([0-9A-Z])(?=[0-9A-Z])/g, '$1 ')],
    ['zero-width', withZeroWidth],
    ['dashed', (s: string) => s.replace('TK', 'TK-')],
  ])('holds under %s', (_name, transform) => {
    expect(found(transform('搭乗手続きで TK1234567 を提示'), 'PASSPORT_NUMBER')).toHaveLength(1);
  });

  it.each([
    ['年金事務所への照会は 1234-567890 で受け付けました', '1234-567890'],
    ['1234-567890 は基礎年金番号です', '1234-567890'],
    ['年金記録の照会（番号 4321 567890）', '4321 567890'],
  ])('reads %s as PENSION_NUMBER', (text, value) => {
    expect(found(text, 'PENSION_NUMBER')).toEqual([value]);
  });

  it('reads the pension shape spaced out and in full width', () => {
    expect(found('年金照会 1 2 3 4 - 5 6 7 8 9 0', 'PENSION_NUMBER')).toHaveLength(1);
    expect(found(toFullWidth('年金照会 1234-567890').replace('-', '－'), 'PENSION_NUMBER')).toHaveLength(1);
  });

  it.each([
    '製品コード AB1234567 を発注しました',
    '注文番号 XY1234567 は出荷済みです',
    '型番 KD1234567 の在庫を確認',
    '請求番号 1234-567890 の件でご連絡します',
    '電話 0120-123456 まで',
  ])('leaves %s clean', (text) => {
    expect(found(text, 'PASSPORT_NUMBER')).toEqual([]);
    expect(found(text, 'PENSION_NUMBER')).toEqual([]);
  });
});

describe('IP addresses and phone numbers with spaced-out digits', () => {
  it.each([
    ['DB_HOST=1 9 2 . 1 6 8 . 1 . 1 0', '1 9 2 . 1 6 8 . 1 . 1 0'],
    ['接続先は 1 0 . 2 0 . 3 0 . 4 0 です', '1 0 . 2 0 . 3 0 . 4 0'],
    ['踏み台は 172 . 16 . 0 . 5 を使用', '172 . 16 . 0 . 5'],
  ])('reads %s as IP_ADDRESS', (text, value) => {
    expect(found(text, 'IP_ADDRESS')).toEqual([value]);
  });

  it('reads a spaced-out IP in full width with ideographic spaces', () => {
    expect(found('接続先：１　９　２．１　６　８．１．１　０', 'IP_ADDRESS')).toHaveLength(1);
    expect(found('サーバ １ ０ ． ０ ． ３ ２ ． ７ に接続', 'IP_ADDRESS')).toHaveLength(1);
  });

  it.each(['1 . 2 . 3 . 4 . 5 の順に設定', '価格は 1 2 . 5 ドル', '円周率 3 . 1 4 1 5', 'version 1 . 2 . 3 . 4', '2 5 6 . 1 . 1 . 1'])('leaves %s without an IP', (text) => {
    expect(found(text, 'IP_ADDRESS')).toEqual([]);
  });

  it.each([
    '携帯 0 9 0 ( 5 5 0 3 ) 4 8 6 0 までご連絡ください',
    '代表 + 8 1 ( 0 ) 3 - 1 2 3 4 - 5 6 7 8',
    '電話：０　９　０　（５　５　０　３）　４　８　６　０',
    '連絡先 ０ ３ ‐ １ ２ ３ ４ ‐ ５ ６ ７ ８',
    'TEL 0 3 ( 1 2 3 4 ) 5 6 7 8',
  ])('reads the whole phone number in %s', (text) => {
    const values = found(text, 'PHONE_NUMBER');
    expect(values).toHaveLength(1);
    expect(values[0].normalize('NFKC').replace(/[^0-9]/g, '').length).toBeGreaterThanOrEqual(10);
  });

  it('reads no phone number inside a longer spaced-out number', () => {
    expect(found('番号は 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 です', 'PHONE_NUMBER')).toEqual([]);
    expect(found('注文数 ( 1 2 ) 個、合計 3 4 5 円', 'PHONE_NUMBER')).toEqual([]);
  });
});

describe('addresses: kana city names and building names', () => {
  it.each([
    ['送付先は埼玉県さいたま市浦和区高砂3-15-1 です', '埼玉県さいたま市浦和区高砂3-15-1'],
    ['茨城県つくば市千現1-2-3 へ伺います', '茨城県つくば市千現1-2-3'],
    ['福島県いわき市平字田町1-2', '福島県いわき市平字田町1-2'],
    ['東京都あきる野市二宮1-2 に移転', '東京都あきる野市二宮1-2'],
    ['茨城県ひたちなか市東石川1-2-3 サンライズ・コート 201号室', '茨城県ひたちなか市東石川1-2-3 サンライズ・コート 201号室'],
    ['神奈川県横浜市西区みなとみらい2-2-1 ランドマーク プラザ 3F まで', '神奈川県横浜市西区みなとみらい2-2-1 ランドマーク プラザ 3F'],
    ['東京都新宿区西新宿2-8-1 Shinjuku Park Tower 5F', '東京都新宿区西新宿2-8-1 Shinjuku Park Tower 5F'],
  ])('masks the whole address in %s, from the prefecture', (text, value) => {
    expect(found(text, 'ADDRESS')).toEqual([value]);
  });

  it.each([
    ['full-width', (s: string) => toFullWidth(s).replace(/-/g, '－')],
    ['zero-width', withZeroWidth],
  ])('holds under %s', (_name, transform) => {
    const values = found(transform('埼玉県さいたま市浦和区高砂3-15-1 サンプルビル 5F'), 'ADDRESS');
    expect(values).toHaveLength(1);
    expect(values[0].startsWith('埼玉県')).toBe(true);
  });

  it('does not take the words after the address', () => {
    expect(found('東京都港区六本木6-10-1 にある Park Tower で会議', 'ADDRESS')).toEqual(['東京都港区六本木6-10-1']);
  });

  it.each(['埼玉県さいたま市の人口は増えています', '茨城県つくば市で学会が開かれます', '東京都では市場調査を行う'])('leaves %s clean', (text) => {
    expect(found(text, 'ADDRESS')).toEqual([]);
  });
});

describe('spaced-out IPs and phone numbers under the other evasions', () => {
  const invisible = ['\u200b', '\u200e', '\u2060', '\ufeff'];
  it.each(invisible.map((c) => [c.codePointAt(0)!.toString(16), c]))('reads them with U+%s between the digits', (_code, c) => {
    const insert = (s: string) => s.replace(/([0-9]) (?=[0-9])/g, `$1 ${c}`);
    expect(found(insert('DB_HOST=1 9 2 . 1 6 8 . 1 . 1 0'), 'IP_ADDRESS')).toHaveLength(1);
    expect(found(insert('携帯 0 9 0 ( 5 5 0 3 ) 4 8 6 0 まで'), 'PHONE_NUMBER')).toHaveLength(1);
  });

  it.each(['\u2010', '\u2212', '\uff0d', '\u2015'])('reads a spaced phone number with %s as its dash', (dash) => {
    expect(found(`代表 + 8 1 ( 0 ) 3 ${dash} 1 2 3 4 ${dash} 5 6 7 8`, 'PHONE_NUMBER')).toHaveLength(1);
    expect(found(`連絡先 0 3 ${dash} 1 2 3 4 ${dash} 5 6 7 8`, 'PHONE_NUMBER')).toHaveLength(1);
  });
});

describe('passport numbers right after a name', () => {
  it.each([
    ['出張者 山田太郎 TK1234567', 'TK1234567'],
    ['山田太郎様（MZ7654321）', 'MZ7654321'],
  ])('reads %s', (text, value) => {
    expect(found(text, 'PASSPORT_NUMBER')).toEqual([value]);
  });

  it.each(['担当 山田太郎 型番 KD1234567 を手配', '山田さんが AB1234567 を注文しました'])('leaves %s without a passport number', (text) => {
    expect(found(text, 'PASSPORT_NUMBER')).toEqual([]);
  });
});
