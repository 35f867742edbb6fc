import { maskPersonalData } from '../../../lambda/guard/mask';
import { found, names, types } from '../../support/detected';

describe('a line break between two table records joins no value', () => {
  it('the digits ending one CSV row and the date starting the next are no phone number', () => {
    const csv = 'date,sku,qty,amount\n2024/10/02,NS-561,17,893530\n2025/10/28,NS-258,11,868333';
    expect(types(csv)).toEqual([]);
  });

  it('a number wrapped inside running text is still joined', () => {
    expect(found('携帯 090-1234-\n5678', 'PHONE_NUMBER')).toEqual(['090-1234-\n5678']);
    expect(found('電話番号 090 1234\n5678 です', 'PHONE_NUMBER')).toEqual(['090 1234\n5678']);
  });
});

describe('venues, stops and roles that read as names', () => {
  it.each([
    '座席エリア案内：アリーナA 25列 12番〜60番',
    '往路：羽田(HND)→シンガポール(SIN) NH843',
    '便名：NH228 羽田(HND) → シンガポール(SIN)',
    '区間　新宿 ⇔ 箱崎　期間 6か月',
  ])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['本件は担当コンシェルジュの坂本が承りました。', ['坂本']],
    ['一次対応：橋本（SRE）', ['橋本']],
    ['連絡網：清水 → 熊谷 → 福田 → 事務局', ['清水', '熊谷', '福田']],
    ['アリーナが来ました', ['アリーナ']],
  ] as const)('the person only in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('English words of letters and bookings are no names; a name before its own birth date is', () => {
  it.each([
    'Dear Sirs,\nPlease quote 1,557 pcs of part no. 5495-1787-A',
    'Director, International Student Office',
    'Room: Deluxe Twin, Non-smoking',
    'Harada-san is seconded to Nishikawa Seiki Europe GmbH',
    'Annual Report (2024) and Building Code (45)',
    'Guest Wifi Network',
  ])('no name in %j', (text) => {
    expect(names(text).filter((n) => n !== 'Harada')).toEqual([]);
  });

  it.each([
    ['This is to certify that Somchai Suksawat (Date of Birth: 24 Jan 2000) is enrolled', ['Somchai Suksawat']],
    ['Oluwaseun Adeyemi (age 34) joined the team', ['Oluwaseun Adeyemi']],
    ['Chen Wei, aged 41, was', ['Chen Wei']],
    ['Guest Kazuya Nakamura — passport TR8506245', ['Kazuya Nakamura']],
  ] as const)('a name in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('names in lists, brackets and hiragana', () => {
  it.each([
    ['・蛭田 小百合（ひるたさゆり）', ['蛭田 小百合', 'ひるたさゆり']],
    ['鈴木 一郎（すずきいちろう）', ['鈴木 一郎', 'すずきいちろう']],
    ['なまえ：すがわらはると\nすきなかもく：さんすう', ['すがわらはると']],
    ['301　山下大和 / 原田智子', ['山下大和', '原田智子']],
    ['内容：同伴者（藤原樹）の座席を隣に', ['藤原樹']],
    ['保証人：山田 花子', ['山田 花子']],
    ['扶養親族（長男）佐藤愛　個人番号', ['佐藤愛']],
  ] as const)('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['扶養親族（長男）の個人番号', '合格者（特待生）', '氏名：ありがとうございます', '営業部/開発部', '（長女）東京都在住'])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('more written forms of values', () => {
  it('kanji numerals with the half-width ー between groups are a card number', () => {
    const text = 'これで払います→ 四三五六ｰ三四五九ｰ一七九五ｰ〇四五四';
    expect(found(text, 'CREDIT_CARD')).toEqual(['四三五六ｰ三四五九ｰ一七九五ｰ〇四五四']);
  });

  it('a password spelled out with its marks is masked whole', () => {
    const text = '本番環境の管理画面 password: U D J A ! h j n 2 2 8 ? （チャットに貼ったら消します）';
    expect(found(text, 'SECRET')).toEqual(['U D J A ! h j n 2 2 8 ?']);
    expect(maskPersonalData(text).masked).not.toContain('h j n');
  });

  it('marks among spaced words are no spelled-out value', () => {
    expect(found('Q & A の 1 2 3 4 5 6 7 8', 'SECRET')).toEqual([]);
    expect(found('A + B = C で 1 2 3', 'SECRET')).toEqual([]);
  });
});
