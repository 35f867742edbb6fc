import { found, names } from '../../support/detected';

describe('dates of birth: the field named, corrected in the next sentence, or spaced wide', () => {
  it.each([
    ['the field itself named before the date', '生年月日欄は昭和六十年三月四日でお願いします', '昭和六十年三月四日'],
    ['corrected in the next sentence', '生年月日が変わりました！正しくは1985年3月4日です。', '1985年3月4日'],
    ['an error noted, then the right date', '生年月日に誤りがありました。正しくは平成2年5月6日です', '平成2年5月6日'],
    ['kanji numerals set apart by two spaces', '生年月日：一  九  八  五  年  四  月  一  二  日', '一  九  八  五  年  四  月  一  二  日'],
    ['digits set apart by two spaces', '生年月日：1  9  8  5年4月12日', '1  9  8  5年4月12日'],
    ['a form date with wide gaps', '生年月日: 1985  04  12', '1985  04  12'],
  ])('%s', (_case, text, value) => {
    expect(found(text, 'DATE_OF_BIRTH')).toEqual([value]);
  });

  it.each([
    '生年月日の入力欄は2025年4月1日から必須になります。',
    '生年月日欄は2025年4月1日以降に追加されます',
    '誕生日会の日程が変わりました。正しくは4月12日です',
    '生年月日の欄は空欄のままで構いません。',
    '会議 2024  4  12 に変更',
  ])('no date of birth in %j', (text) => {
    expect(found(text, 'DATE_OF_BIRTH')).toEqual([]);
  });
});

describe('a bare surname that is also a word of terrain or water, used as that word', () => {
  it.each(['小川を渡った先に公園がある。', '小川が流れている。', '小川に沿って歩くと駅に出ます', '石川に沿って進む', '小川のせせらぎが聞こえる'])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['小川に報告した', ['小川']],
    ['小川が担当します', ['小川']],
    ['小川さんが川を渡った', ['小川']],
  ] as const)('still a name in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('numbers in kanji numerals joined by の after an identifier word', () => {
  it.each([
    ['an SSN', 'SSN: 一二三の四五の六七八九', 'US_SSN'],
    ['a pension number', '年金は一二三四の五六七八九〇', 'PENSION_NUMBER'],
  ])('%s', (_case, text, type) => {
    expect(found(text, type)).toHaveLength(1);
    expect(names(text)).toEqual([]);
  });

  it.each(['保険の一の宮支店', '免許の更新は三の丸会館で', 'カードを二枚の三の段'])('place names with numerals stay words: %j', (text) => {
    expect(found(text, 'US_SSN')).toEqual([]);
    expect(found(text, 'PENSION_NUMBER')).toEqual([]);
  });
});

describe('posts after a surname that is also a word, and lists joined by arrows', () => {
  it.each([
    ['金子組合長：本日はお集まりいただき', ['金子']],
    ['金子講師の授業は明日です', ['金子']],
    ['連絡網：田中 → 鈴木 → 佐藤 → 金子', ['田中', '鈴木', '佐藤', '金子']],
  ] as const)('a name in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['横浜支店長が来ます', '横浜工場長の判断', '東京講師会の案内', '品質→コスト→納期'])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('the learned pass cuts no name into a title: 金子支店長 gives no 金子支', () => {
    expect(names('金子支店長が来ます')).not.toContain('金子支');
  });
});
