import { found, names } from '../../support/detected';

// How messages name their writers and the people in them: sign-offs, names someone gave, names with
// their reading or passport spelling, rosters of rare surnames, addressees, children's writing, and
// names spelled out with uneven or wide gaps.

describe('names a message gives its writer and the people in it', () => {
  it.each([
    ['a sign-off sentence', '以上、燕工場の杉山でした。', ['杉山']],
    ['the surname alone on the last line after a closing line', '以上、よろしくお願いいたします。\n\n飯田', ['飯田']],
    ['a full name on the last line', 'ご確認のほどよろしくお願いします。\n\n飯田 健', ['飯田 健']],
    ['a one-kanji surname opening the message', '原です。原価表の下期版をBoxに置きました。', ['原']],
    ['a name someone gave, in quotes', '電話の相手は「イワサキ」と名乗っていましたが、会社名は不明です。', ['イワサキ']],
    ['a name someone gave, unquoted', '岩崎と名乗る男から電話がありました', ['岩崎']],
    ['a name in kanji with its reading before an honorific', '上海拠点の劉洋（リウ・ヤン）さんが翻訳チェック担当です。', ['劉洋', 'リウ・ヤン']],
    ['a katakana name with its passport spelling', '実習生台帳 追記\nシティ・ラハユ（SITI RAHAYU）\n母国の緊急連絡先：なし', ['シティ・ラハユ', 'SITI RAHAYU']],
    ['a passport spelling in capitals before さん', 'AUNG KYAW MINさん（ミャンマー）の入寮を手配しました', ['AUNG KYAW MIN']],
    ['a rare surname and given name in a roster', '本日の夜勤：小鳥遊久美子・鬼頭敏夫・山田陽翔', ['小鳥遊久美子', '鬼頭敏夫', '山田陽翔']],
    ['an addressee with ノ', '携帯番号は別途。\n一ノ瀬宛に折り返しをお願いします。', ['一ノ瀬']],
    ['an honorific after one space', 'お知らせ：組合員 勅使河原秀明 様のご尊父 大塚亮 様が4月18日にご逝去されました', ['勅使河原秀明', '大塚亮']],
    ['a teacher in a child’s hiragana', 'きょうは いけだせんせいと プールに はいりました', ['いけだ']],
  ] as const)('%s', (_case, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    '以上、報告でした。',
    '以上、東京でした。',
    'ご確認よろしくお願いします。\n営業部',
    '本です。',
    '雨です。明日は晴れ',
    '「サポート」と名乗る窓口',
    'ボランティアと名乗る人',
    'ワーナー・ブラザース（WARNER BROS）',
    'データ・サイエンス（DATA SCIENCE）',
    'NTT DATA さん',
    '三ヶ月宛に',
    'あたらしいせんせいがきた',
  ])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('names spelled out with uneven or wide gaps', () => {
  it.each([
    ['Latin letters with uneven gaps', '今年度の担任はY  u m  i  M　i　y  a  z a k i先生です。', 'Y  u m  i  M　i　y  a  z a k i'],
    ['full-width Latin letters with uneven gaps', '保護者代表としてＴ  ａ　ｋ　ｅ　ｄ　ａ  　 Ｋ  ｅ ｎ  ｊ　ｉさんが挨拶をされました。', 'Ｔ  ａ　ｋ　ｅ　ｄ　ａ  　 Ｋ  ｅ ｎ  ｊ　ｉ'],
    ['kanji spaced by two spaces, a numeral among them', '被災者氏名：阿  部  雄  一  郎', '阿  部  雄  一  郎'],
    ['kanji spaced by two spaces', '担当：内  田  七  海', '内  田  七  海'],
  ] as const)('%s', (_case, text, value) => {
    expect(names(text)).toEqual([value]);
  });

  it('a kanji number spaced wide stays a number', () => {
    expect(found('わからなければ〇  七  〇  ー  四  六  七  四  ー  九  〇  〇  〇まで', 'PHONE_NUMBER')).toEqual(['〇  七  〇  ー  四  六  七  四  ー  九  〇  〇  〇']);
  });

  it.each(['I  am a boy.', 'a  b c d', '会議  室の予約'])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('departments, companies, classes, possessives and spaced addresses', () => {
  it.each([
    ['a weak surname after a label and a department', '担当：営業部 服部（携帯 070-7236-0912）', ['服部']],
    ['after a katakana department', '担当：カスタマーサクセス部 服部（携帯なし）', ['服部']],
    ['a pupil in hiragana after the class, a newer given name', '2ねん2くみ　こじま ことね\nきょうは　あさがおの　たねを まきました', ['こじま ことね']],
    ['a pupil’s given name before の母', '副会長　鬼頭 久美子（4年3組 澪の母）', ['鬼頭 久美子', '澪']],
    ['a name before a possessive', "DOB 1985-12-04 (for Grace Tan's visa application)", ['Grace Tan']],
  ] as const)('%s', (_case, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['高橋商店様、株式会社松本精機様、株式会社吉田屋様で対応時間が短縮', '株式会社山田様からの発注', '4年3組 担任より', '1ねん3くみ　きょうは あめ', "Visit McDonald's today", '担当：営業部 第一課'])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['spaced at every dot, with ideographic spaces', '佐々木さんの個人アドレス sasaki　.　tomoyuki74　@　softbank　.　ne　.　jp にも送りました', 'sasaki　.　tomoyuki74　@　softbank　.　ne　.　jp'],
    ['spaced at every dot', '個人アドレス sasaki . tomoyuki74 @ softbank . ne . jp にも', 'sasaki . tomoyuki74 @ softbank . ne . jp'],
  ] as const)('an e-mail address %s', (_case, text, value) => {
    expect(found(text, 'EMAIL')).toEqual([value]);
  });

  it('a sentence with an @ is no address', () => {
    expect(found('ping me @ home. ok see you', 'EMAIL')).toEqual([]);
  });
});

describe('product tables', () => {
  it('a bare name column beside a product’s columns names the product', () => {
    expect(names('sku,name,qty,unit_price\nSKU-28864,ボールペン 黒 0.5mm,1827,110\nSKU-73520,診察券ケース,120,330')).toEqual([]);
  });

  it('a name column beside a person’s columns still names people', () => {
    expect(names('id,name,email\n1,山田太郎,taro@example.com')).toEqual(['山田太郎']);
  });
});

describe('kanji runs that end in a place or facility word', () => {
  it.each(['チチハルは長春市に移転した', '設備は富山大空襲によって壊滅的被害を受けた', 'かつて真鶴道路が日本道路公団により運営されていた', '熱田神宮に参拝した', '青雲橋は同じ町内にある'])('no name in %j', (text) => {
    expect(names(text).filter((n) => /[\u4e00-\u9fff]$/.test(n))).toEqual([]);
  });

  it.each([
    ['昨日、杉本と小野寺が来社しました。', ['杉本', '小野寺']],
    ['議事録作成：市川　確認：薬師寺', ['市川', '薬師寺']],
  ] as const)('surnames that end so stay names: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('series of English names', () => {
  it.each([
    ['after a word for people', 'The company was the brainchild of our 3 founders: Kónya, Becker and Vasquez. The idea was simple.', ['Kónya', 'Becker', 'Vasquez']],
    ['two before what they did', 'Best pop song on this list? Marrero and Murphy were precision itself.', ['Marrero', 'Murphy']],
  ] as const)('%s', (_case, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Hawkins, Richardson and Santana is a design agency.',
    'We visited Paris, London and Berlin.',
    'Johnson and Johnson were on the list.',
    'Sales and Marketing were merged last year.',
  ])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
