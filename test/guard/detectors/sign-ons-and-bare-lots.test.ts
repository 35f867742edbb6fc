/**
 * Forms a blind Japanese business-text set found missed: environment names glued to their
 * credential word, a value one space after パスワード, addresses whose lot number has no 番地 or
 * 丁目, health-insurance 記号・番号 in kanji numerals, and a message that opens with its writer's
 * surname. Each with the look-alikes that must stay clean.
 */
import { found } from '../../support/detected';

describe('credential words glued to an environment name', () => {
  it.each([
    ['export PGPASSWORD=r8Wn#Lq2zVx6', 'r8Wn#Lq2zVx6'],
    ['NPMTOKEN=npm_a1b2c3d4e5f6', 'npm_a1b2c3d4e5f6'],
    ['GHSECRET: 9f8e7d6c5b4a', '9f8e7d6c5b4a'],
  ])('masks the value in %s', (text, value) => {
    expect(found(text, 'SECRET')).toEqual([value]);
  });

  it.each(['COMPASS=north', 'Bypassword: abcdefg1', 'bypass=on', 'Keypassword = see-the-vault'])('leaves %s clean', (text) => {
    expect(found(text, 'SECRET')).toEqual([]);
  });
});

describe('a password one space after パスワード', () => {
  it.each([
    ['初期パスワード Insp3ct-Adm1n です（変更してください）', 'Insp3ct-Adm1n'],
    ['パスワード　Abc12345', 'Abc12345'],
  ])('masks the value in %s', (text, value) => {
    expect(found(text, 'SECRET')).toEqual([value]);
  });

  it.each(['パスワード 変更のお願い', 'パスワード Ver2の手順', 'パスワード manual の 3 章を参照'])('leaves %s clean', (text) => {
    expect(found(text, 'SECRET')).toEqual([]);
  });
});

describe('addresses whose lot number has no 番地 or 丁目', () => {
  it.each([
    ['住所：長野県上田市古里1234', '長野県上田市古里1234'],
    ['住所 京都府京都市左京区下鴨松原町18。', '京都府京都市左京区下鴨松原町18'],
    ['京都府京都市中京区河原町通三条上る恵比須町427にお送りください', '京都府京都市中京区河原町通三条上る恵比須町427'],
    ['郵便番号六〇〇ー八二一六　京都府京都市下京区東塩小路町七二一ノ一', '京都府京都市下京区東塩小路町七二一ノ一'],
    ['住所：愛知県豊田市トヨタ町一番地　電話は別紙', '愛知県豊田市トヨタ町一番地'],
    ['住所：長野県上田市古里1234 上田ハイツ201号室', '長野県上田市古里1234 上田ハイツ201号室'],
    ['住所は北海道札幌市中央区北3条西4丁目1-1、電話は別途', '北海道札幌市中央区北3条西4丁目1-1'],
    ['住所：北海道札幌市中央区北1条西2丁目', '北海道札幌市中央区北1条西2丁目'],
    ['札幌市中央区南1条東2丁目3-5 に移転', '札幌市中央区南1条東2丁目3-5'],
  ])('reads the whole address in %s', (text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });

  it.each([
    '東京都港区3社が参加',
    '大阪府大阪市の人口270万人',
    '神奈川県横浜市青葉区2024年度の計画',
    '福岡県福岡市博多区 3',
    '長野県軽井沢町 3 店舗',
    '山梨県北杜市小淵沢町2 店舗',
    '北海道上川郡東川町 2025年',
    '東京都港区3条件の比較',
  ])('does not read a figure after a place as a lot number: %s', (text) => {
    expect(found(text, 'ADDRESS').filter((a) => /[0-9]/.test(a))).toEqual([]);
  });
});

describe('health-insurance 記号・番号 in kanji numerals and after ・', () => {
  it.each([
    ['保険証 記号三八〇一 番号七二', ['三八〇一', '七二']],
    ['保険証 記号 四一三〇 番号 六二', ['四一三〇', '六二']],
    ['保険証の記号06130284・番号27でお間違いないか', ['06130284', '27']],
  ])('masks both in %s', (text, values) => {
    expect(found(text, 'HEALTH_INSURANCE_NUMBER')).toEqual(values);
  });

  it('leaves a part symbol in kanji numerals without an insurance word clean', () => {
    expect(found('部品の記号三八 番号七二', 'HEALTH_INSURANCE_NUMBER')).toEqual([]);
  });
});

describe("a message that opens with its writer's surname", () => {
  it.each([
    ['安藤です。奨学金の申請書類について', '安藤'],
    ['本田です。新しい検査装置の管理画面', '本田'],
    ['吉野です、いつもお世話になっております。', '吉野'],
    ['お疲れ様です、安藤です。', '安藤'],
    ['いつもお世話になっております。吉野でございます。', '吉野'],
  ])('masks the name in %s', (text, name) => {
    expect(found(text, 'PERSON_NAME')).toEqual([name]);
  });

  it.each(['以上です。', '結果です。', '本日です。', '会議です。', '営業です。', '総務です。', '千葉です。', '福島です。', '大阪です。'])('leaves %s clean', (text) => {
    expect(found(text, 'PERSON_NAME')).toEqual([]);
  });
});

describe('a range of two numbers joined by 〜', () => {
  it('is not read as one identifier, even where the digits pass a check', () => {
    // 000731000760 passes the My Number check digit; written as a serial range it is two numbers.
    expect(found('製造番号 SN-AX2024-000731〜000760 の30台について', 'MY_NUMBER')).toEqual([]);
    expect(found('000731〜000760', 'MY_NUMBER')).toEqual([]);
  });

  it('still joins groups split by two or more 〜', () => {
    expect(found('カード 4111〜1111〜1111〜1111', 'CREDIT_CARD')).toEqual(['4111〜1111〜1111〜1111']);
    expect(found('電話 090〜1234〜5678', 'PHONE_NUMBER')).toEqual(['090〜1234〜5678']);
  });
});

describe('a surname after a role only a person has', () => {
  it.each([
    ['3年2組担任の平野です。遠足の欠席連絡は学校代表へ', '平野'],
    ['弁護士の安藤が対応します', '安藤'],
  ])('masks the name in %s', (text, name) => {
    expect(found(text, 'PERSON_NAME')).toEqual([name]);
  });

  it.each(['成長の原動力です', '延長の森です', '増長の原因です'])('leaves %s clean', (text) => {
    expect(found(text, 'PERSON_NAME')).toEqual([]);
  });
});

describe('a foreign name in katakana before 様', () => {
  it.each([
    ['先日ご来院のウィリアムズ様より、通訳の手配について', 'ウィリアムズ'],
    ['ジョンソン様からのご依頼', 'ジョンソン'],
  ])('masks the name in %s', (text, name) => {
    expect(found(text, 'PERSON_NAME')).toEqual([name]);
  });

  it.each(['ユーザー様各位', 'ブラウン様式の家具', 'グーグル様との打ち合わせ'])('leaves %s clean', (text) => {
    expect(found(text, 'PERSON_NAME')).toEqual([]);
  });
});

describe('a Latin-script name before a Japanese honorific', () => {
  it.each([
    ['Nguyen Van An さん（技能実習生）の健康保険', 'Nguyen Van An'],
    ['経理担当 Jan de Vries さん。', 'Jan de Vries'],
    ['取引先の窓口はChen Meiさん', 'Chen Mei'],
    ['Smith氏が来日します', 'Smith'],
  ])('masks the name in %s', (text, name) => {
    expect(found(text, 'PERSON_NAME')).toEqual([name]);
  });

  it.each(['Googleさんとの契約', 'Amazon様のご担当者', 'Microsoft Japan様宛て', 'AWS様の請求'])('leaves the client in %s clean', (text) => {
    expect(found(text, 'PERSON_NAME')).toEqual([]);
  });
});

describe('a phone number in kanji numerals with its area code in brackets', () => {
  it.each([
    ['自宅〇四八（六五五）二一〇九　小泉', '〇四八（六五五）二一〇九'],
    ['電話 〇三（三五八一）四一一一', '〇三（三五八一）四一一一'],
  ])('masks %s', (text, phone) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([phone]);
  });

  it.each(['第一（二）条の規定', '平成三十一（二〇一九）年の改正'])('leaves %s clean', (text) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });
});

describe('chat speaker labels after a channel tag', () => {
  it('reads the speakers of a log whose lines start with [チャット]', () => {
    expect(found('[チャット] 林: サーバーのIP変わった？\n[チャット] 小川: 昨日から繋がらない', 'PERSON_NAME')).toEqual(['林', '小川']);
  });

  it('reads a given name after 【LINE】', () => {
    expect(found('【LINE】健太: 了解', 'PERSON_NAME')).toEqual(['健太']);
  });

  it('leaves a heading after a tag clean', () => {
    expect(found('【重要】結論: 来週に延期', 'PERSON_NAME')).toEqual([]);
  });
});

describe('a romanised surname after a role label', () => {
  it.each([
    ['09:40 Visit: Anna Schmidt (Bosch) host: Fujii', 'Fujii'],
    ['Contact: Tanaka', 'Tanaka'],
    ['Approver: SATO Ken', 'SATO Ken'],
  ])('masks the name in %s', (text, name) => {
    expect(found(text, 'PERSON_NAME')).toContain(name);
  });

  it.each(['host: db-prod-01', 'Host: Nara', 'Contact: Support', 'Speaker: Bluetooth'])('leaves %s clean', (text) => {
    expect(found(text, 'PERSON_NAME')).toEqual([]);
  });
});

describe('an initial and a surname', () => {
  it.each([
    ['K. Watanabe signed the delivery note', 'K. Watanabe'],
    ['translated by Akiko Morita, edited by J. Baker.', 'J. Baker'],
  ])('masks the name in %s', (text, name) => {
    expect(found(text, 'PERSON_NAME')).toContain(name);
  });

  it.each(['Section 3. Scope', 'I. Introduction', 'A. Tokyo office hours', 'Mt. Fuji trip'])('leaves %s clean', (text) => {
    expect(found(text, 'PERSON_NAME')).toEqual([]);
  });
});

describe('a kanji surname with a given name in katakana', () => {
  it.each([
    ['対象者：荒木 トミ（1938年7月2日生）、長男が代理申請', '荒木 トミ'],
    ['患者氏名：長岡 フミ子 様（90歳・女性）', '長岡 フミ子'],
    ['担当：上村 ハル様（102号室）', '上村 ハル'],
    ['荒木トミさんの付き添い', '荒木トミ'],
  ])('masks the whole name in %s', (text, name) => {
    expect(found(text, 'PERSON_NAME')).toEqual([name]);
  });

  it.each([
    ['担当：鈴木 ソフトウェア開発', '鈴木'],
    ['対象者：全社員', undefined],
  ])('does not take a katakana word as the given name in %s', (text, name) => {
    expect(found(text, 'PERSON_NAME')).toEqual(name === undefined ? [] : [name]);
  });
});

describe('a given name in kana before an age in brackets', () => {
  it.each([
    ['ひまり（3歳）とそうた（5歳）の保育園の送迎', ['ひまり', 'そうた']],
    ['長女マリア（7歳）の転校手続き', ['マリア']],
  ])('masks the names in %s', (text, names) => {
    expect(found(text, 'PERSON_NAME')).toEqual(names);
  });

  it.each(['こども（3歳）の医療費', 'むすめ（3歳）', 'ペット（3歳）の保険', '会員（20歳以上）'])('leaves %s clean', (text) => {
    expect(found(text, 'PERSON_NAME')).toEqual([]);
  });
});

describe('forms a third blind set missed', () => {
  it.each([
    ['t.nishi(at)example.ne.jp 宛にお願いします', 't.nishi(at)example.ne.jp'],
    ['ryo.hayashi [at] example [dot] com が連絡先です', 'ryo.hayashi [at] example [dot] com'],
    ['yamada（アット）example.co.jp。', 'yamada（アット）example.co.jp'],
  ])('reads the worded address in %s', (text, email) => {
    expect(found(text, 'EMAIL')).toEqual([email]);
  });

  it.each(['meet at (at) 10', '会議(at)本社で'])('leaves %s without an address', (text) => {
    expect(found(text, 'EMAIL')).toEqual([]);
  });

  it('masks a password in 「」 right after the key', () => {
    expect(found('仮パスワード「Temp#2024Ks!」を発行し、次回ログイン時に変更', 'SECRET')).toEqual(['Temp#2024Ks!']);
    expect(found('パスワード「忘れた場合」の手順を参照', 'SECRET')).toEqual([]);
  });

  it('reads 記号・番号 with its digits spaced out', () => {
    expect(found('保険者記号・番号　3 3 0 1 ・ 1 5 8', 'HEALTH_INSURANCE_NUMBER')).toEqual(['3 3 0 1 ・ 1 5 8']);
    expect(found('部品の記号・番号 A 12・34', 'HEALTH_INSURANCE_NUMBER')).toEqual([]);
  });

  it.each([
    ['住所：福岡県北九州市小倉北区城内1番1号', '福岡県北九州市小倉北区城内1番1号'],
    ['住所：福岡県北九州市小倉北区城内一番一号', '福岡県北九州市小倉北区城内一番一号'],
  ])('reads the 番・号 address in %s', (text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });

  it('does not read a rank and a machine number after a ward as an address', () => {
    expect(found('東京都港区の3番目の候補、5号機', 'ADDRESS').filter((a) => /[0-9]/.test(a))).toEqual([]);
  });
});

describe('a phone number glued to its label', () => {
  it.each([
    ['TEL03-6272-4410', '03-6272-4410'],
    ['TEL03‐6272‐4410（代表）', '03‐6272‐4410'],
    ['FAX:0312345678', '0312345678'],
    ['Tel.090-1234-5678', '090-1234-5678'],
  ])('masks the number in %s', (text, phone) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([phone]);
  });

  it.each(['hotel2024 plan の料金', 'HOTEL0312 号室'])('leaves %s clean', (text) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });
});

describe("a card number glued to its brand's name", () => {
  it.each([
    ['JCB3583-1067-9247-0829 ご本人様確認済み', '3583-1067-9247-0829'],
    ['VISA4111111111111111', '4111111111111111'],
  ])('masks the number in %s', (text, card) => {
    expect(found(text, 'CREDIT_CARD')).toEqual([card]);
  });

  it('leaves a number glued to another word clean', () => {
    expect(found('ABC4111111111111111', 'CREDIT_CARD')).toEqual([]);
  });
});

describe('where a password is had, after パスワードは', () => {
  it.each(['パスワードはフロントでお渡ししている用紙をご確認ください。', 'パスワードはフロントまでお問い合わせください', 'パスワードは受付にてご案内します'])('leaves %s clean', (text) => {
    expect(found(text, 'SECRET')).toEqual([]);
  });

  it('still masks a word given as the password', () => {
    expect(found('パスワードはみかんでお願いします', 'SECRET')).toEqual(['みかん']);
  });
});

describe('a surname glued to a label before a space and the given name', () => {
  it.each([
    ['免許証番号の確認をしました。氏名吉川 翔太、有効期限は来年', '吉川 翔太'],
    ['研究開発本部長河合 昌弘は、新薬候補の結果を報告した', '河合 昌弘'],
    ['お客様吉岡 美香様より入電', '吉岡 美香'],
  ])('masks the whole name in %s', (text, name) => {
    expect(found(text, 'PERSON_NAME')).toEqual([name]);
  });

  it('does not take a department before the given name as the surname', () => {
    expect(found('本社 健太が担当', 'PERSON_NAME')).toEqual(['健太']);
    expect(found('部長 翔太', 'PERSON_NAME')).toEqual(['翔太']);
  });
});
