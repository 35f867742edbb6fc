import { found, names } from '../../support/detected';

// Foreign names in katakana parts and in Hangul, chat handles in small letters, and a health
// insurance 記号/番号 in spaced kanji numerals; each family with look-alikes that stay clean.
describe('katakana names in parts joined by ・', () => {
  it.each([
    ['after a label ending in 者', '被災労働者：ソムチャイ・ジャイディー（タイ国籍）', ['ソムチャイ・ジャイディー']],
    ['after a label ending in 生', '技能実習生：グエン・ティ・ラン', ['グエン・ティ・ラン']],
    ['in brackets before さん', '（イ・スンヨプ）さんより連絡がありました', ['イ・スンヨプ']],
  ])('%s', (_family, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['katakana words after a label', '担当者：ソフトウェア・エンジニア'],
    ['a phrase after 対象者', '対象者：オンライン・セミナー'],
    ['katakana words in brackets before さん', '（コーヒー・ブレイク）さん'],
  ])('%s: no name', (_family, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('Hangul names', () => {
  it.each([
    ['three syllables before 님', '김민수 님께 전달해주세요', ['김민수']],
    ['before 씨', '김민수씨에게 연락했습니다', ['김민수']],
    ['before a Japanese honorific', '박지현さんに確認してください', ['박지현']],
    ['after a name label', '성명: 이서연', ['이서연']],
  ])('%s', (_family, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a title before 님', '선생님께 감사드립니다'],
    ['a customer', '고객님 안녕하세요'],
    ['a role before 님', '관리자님 확인 부탁드립니다'],
  ])('%s: no name', (_family, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('Chinese names and the readings after foreign names', () => {
  it.each([
    ['simplified characters before さん', '翻訳チームの张伟さんと李娜さんに、簡体字の校正をお願いします', ['张伟', '李娜']],
    ['a Chinese name with its reading after さん', '张伟さん（チャン・ウェイ）に中→日の契約書翻訳をお願いしました', ['张伟', 'チャン・ウェイ']],
    ['a Hangul name with its reading in brackets', '통역 담당: 이서연（イ・ソヨン）— 韓国語の通訳', ['이서연', 'イ・ソヨン']],
    ['a Hangul name after a Japanese label, its reading after a slash', 'スタッフ：최유진／チェ・ユジン\n新口座：楽天銀行', ['최유진', 'チェ・ユジン']],
  ])('%s', (_family, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['business words that start with a Chinese surname', '周知さんへの連絡、黄色さんの札'],
    ['a Korean status after a colon', '상태: 완료됨'],
  ])('%s: no name', (_family, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('chat handles in small letters', () => {
  it.each([
    ['after a timestamp', '[10:14] kubota: 了解です\n[10:15] sato: 確認します', ['kubota', 'sato']],
    ['before さん after a mention', '@channel okamoto さん確認お願いします', ['okamoto']],
    ['glued to さん', 'okamotoさんに共有済みです', ['okamoto']],
  ])('%s', (_family, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a system account after a timestamp', '[10:14] admin: 再起動しました'],
    ['a place before さん', 'tokyo さんの案件'],
    ['a word before さん', 'test さん'],
  ])('%s: no name', (_family, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('health insurance 記号 and 番号 in spaced kanji numerals', () => {
  it('both are found after 保険証', () => {
    expect(found('保険証の記号 一 二 三 四 番号 五 六 です', 'HEALTH_INSURANCE_NUMBER')).toEqual(['一 二 三 四', '五 六']);
  });

  it('a part number with 記号 and 番号 and no insurance word stays clean', () => {
    expect(found('部品の記号 一 二 番号 三', 'HEALTH_INSURANCE_NUMBER')).toEqual([]);
  });
});
