import { found, names, types } from '../../support/detected';

// Logistics timetables, tax forms and resident registers: station names that are also surnames beside
// a time and an arrow, a driver's full name on a timetable line, tax words that hold a surname's
// kanji, a postal code with a note instead of an address, and a register line that runs from the
// address into the head of household.

describe('timetable lines', () => {
  it.each([
    ['a driver before a time of arrival and a route', '山本明美 14:15着 川越→新木場', ['山本明美']],
    ['a phone tree of surnames across arrows', '配送順：清水 → 熊谷 → 福田 の順に回ってください', ['清水', '熊谷', '福田']],
    ['a station after a time that is asked for by name', '11:30着 川越さんに連絡', ['川越']],
  ] as const)('%s', (_case, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['08:10発 熊谷 → 11:30着 川越', '09:05発 川越 → 熊谷', '便：12:40着 熊谷⇒川越'])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('tax and register words', () => {
  it.each(['課税所得が195万円以下の場合は税率5%です。', '本日の課税所得の確認をお願いします。', 'トラック大黒 積込完了'])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('keeps a surname after a department word', () => {
    expect(names('課税課の村井が担当します')).toEqual(['村井']);
  });

  it('ends a register address where the next field starts', () => {
    const text = '住所：東京都杉並区阿佐谷南3丁目4番5号 世帯主 佐藤 一郎';
    expect(types(text)).toEqual(['ADDRESS:東京都杉並区阿佐谷南3丁目4番5号', 'PERSON_NAME:佐藤 一郎']);
  });

  it.each([
    ['電話', '住所：大阪府堺市北区新金岡町4丁1番 電話 072-000-1234', '大阪府堺市北区新金岡町4丁1番'],
    ['氏名', '住所 福岡県福岡市中央区天神2-8-1 氏名 小松 拓', '福岡県福岡市中央区天神2-8-1'],
  ] as const)('cuts an address before %s', (_field, text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });

  it.each([
    ['大阪府堺市堺区宿院町東1丁1番3号', '大阪府堺市堺区宿院町東1丁1番3号'],
    ['住所：大阪府堺市北区新金岡町4丁1番', '大阪府堺市北区新金岡町4丁1番'],
  ] as const)('reads 丁 without 目 before 番 in %j', (text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });

  it('reads no address in tofu counted with 丁', () => {
    expect(types('豆腐2丁1番安い')).toEqual([]);
  });

  it('reads a postal code with a note after it as a postal code only', () => {
    expect(types('〒976−2794（番地以下は別紙参照）')).toEqual(['POSTAL_CODE:〒976−2794']);
  });

  it('keeps written digits after a one-kana particle and a space as a number', () => {
    expect(found('マイナンバー欄に 027248517897 と書かれていました', 'MY_NUMBER')).toEqual(['027248517897']);
  });
});
