/**
 * Names written beside a contact detail with no honorific and no label (a phone number and the
 * surname after it, the name in brackets after a number, the sign-off that closes a message after
 * one), and surnames glued after a role word. Each with the offices, places and notes that take
 * the same positions and must stay clean.
 */
import { found } from '../../support/detected';

describe('a name right after a contact detail', () => {
  it.each([
    ['連絡先 03-5412-7789 岩崎', '岩崎'],
    ['携帯 ０８０－２２３３－４４５５ 杉浦まで', '杉浦'],
    ['TEL 0 6 - 6 3 4 1 - 2 2 0 8（福田）', '福田'],
    ['kaneko.t@example.co.jp（経理 金子）', '金子'],
    ['電話 090-8765-1122（森）', '森'],
    ['SSN 078-05-1120 (Emily Carter)', 'Emily Carter'],
    ['電話 070-3141-5926（ＯＫＡＤＡ）', 'ＯＫＡＤＡ'],
    ['折り返しは080-3322-1100までお願いします。堀内', '堀内'],
    ['番号を訂正します。正しくは090-4411-7283です。工藤', '工藤'],
    ['03-3211-4400 矢野 健一', '矢野 健一'],
  ])('masks the name in %s', (text, name) => {
    expect(found(text, 'PERSON_NAME')).toEqual([name]);
  });

  it.each([
    '代表 03-3211-4400（本社）',
    '03-3211-4400 大阪支店',
    'TEL 03-3211-4400 受付まで',
    '03-3211-4400（平日9時〜17時）',
    '03-3211-4400 (Main Office)',
    '03-3211-4400（東京本社 総務）',
    'お問い合わせは03-3211-4400まで。以上',
    '受付 03-3211-4400 森の中の売店です',
  ])('finds no name in %s', (text) => {
    expect(found(text, 'PERSON_NAME')).toEqual([]);
  });
});

describe('a surname glued after a role word', () => {
  it.each([
    ['お問い合わせは人事担当水野（内線204）まで', '水野'],
    ['現場：所長荻原、主任は未定', '荻原'],
    ['出荷の件は倉庫係井上から連絡します', '井上'],
    ['詳細は係長坂口までお問い合わせください', '坂口'],
    ['給湯器交換完了。施主袴田様ご在宅。', '袴田'],
  ])('masks the name in %s', (text, name) => {
    expect(found(text, 'PERSON_NAME')).toEqual([name]);
  });

  it.each(['担当窓口までご連絡ください', '所長代理の件で打合せ', '営業担当地域の見直し', '課長会議は中止です', '顧客満足度の調査', '契約者様へのお知らせ'])('finds no name in %s', (text) => {
    expect(found(text, 'PERSON_NAME')).toEqual([]);
  });
});

describe('a surname named by its role or department', () => {
  it.each([
    ['病棟の申し送りは看護師長の杉本から', '杉本'],
    ['品質保証部の大塚が監査に同行します', '大塚'],
    ['議事録：司会は長谷部、書記は宮崎が務めた', '宮崎'],
    ['人事課の中西 美紀が担当します', '中西 美紀'],
    ['JAあおぞら 営農部の堀籠です。引落口座の件で', '堀籠'],
  ])('masks the name in %s', (text, name) => {
    expect(found(text, 'PERSON_NAME')).toContain(name);
  });

  it.each(['営業部の方が詳しいです', '部長の前で発表する', '課長の指示が出た', '工場の森が広がる', '係長の判断に従う', '経理部の上に総務部がある', '総務課の設備が古い'])('finds no name in %s', (text) => {
    expect(found(text, 'PERSON_NAME')).toEqual([]);
  });
});

describe('a name addressed with 宛 or 様 after a contact detail', () => {
  it.each([
    ['ご連絡先：(0852) 21-4478（錦織宛）', '錦織'],
    ['FAX0299-82-1170　塙宛', '塙'],
  ])('masks the name in %s', (text, name) => {
    expect(found(text, 'PERSON_NAME')).toEqual([name]);
  });

  it.each(['FAX 03-1234-5678 総務宛', '03-1234-5678（本社宛）'])('finds no name in %s', (text) => {
    expect(found(text, 'PERSON_NAME')).toEqual([]);
  });
});

describe("whose contact detail it is, right before it", () => {
  it.each([
    ['至急折り返しください。大関の携帯は０９０－５５２１－７７３４', '大関'],
    ['営業部大関の電話：03-5412-7789', '大関'],
    ['小西さんのメール：konishi@example.co.jp', '小西'],
  ])('masks the name in %s', (text, name) => {
    expect(found(text, 'PERSON_NAME')).toContain(name);
  });

  it.each(['会社の電話は03-1234-5678', '本社の代表電話：03-1234-5678', '自宅の電話 03-1234-5678'])('finds no name in %s', (text) => {
    expect(found(text, 'PERSON_NAME')).toEqual([]);
  });
});

describe('a message signed with its writer’s name and より', () => {
  it.each([
    ['葵さんへ：引継ぎ資料は以上です。紬より', '紬'],
    ['しおりさんへ　お疲れさまです。あきらより', 'あきら'],
    ['折り返し希望がありました。受付の岡より。', '岡'],
    ['看護師長沢口より：夜勤の件', '沢口'],
    ['よろしくお願いします。\n杉浦より\n', '杉浦'],
    ['以上です。ケンジより', 'ケンジ'],
  ])('masks the writer in %s', (text, name) => {
    expect(found(text, 'PERSON_NAME')).toContain(name);
  });

  it.each(['新制度は本日より', '4月より', '以上、前回より', '詳細は下記より', '担当の方より', '私より', '事務局より', '総務部より', '東京より', 'カスタマーサポートより', '予定より早く終わった'])(
    'finds no name in %s',
    (text) => {
      expect(found(text, 'PERSON_NAME')).toEqual([]);
    },
  );
});

describe('a surname after a role or unit and one space, or glued after a shift slot', () => {
  it.each([
    ['工事看板：主任技術者 清水、現場代理人 大橋', ['清水', '大橋']],
    ['担当：営業部 田中、総務部 鈴木', ['田中', '鈴木']],
    ['本日のシフト：午前熊谷、午後佐野', ['熊谷', '佐野']],
  ])('masks the names in %s', (text, expected) => {
    expect(found(text, 'PERSON_NAME')).toEqual(expected);
  });

  it.each(['担当者 不在のため折り返します', '管理者 権限が必要です', '代表者 名義の口座', '利用者 数が増加', '営業部 東京、営業部 大阪', '担当者 各位'])('finds no name in %s', (text) => {
    expect(found(text, 'PERSON_NAME')).toEqual([]);
  });
});
