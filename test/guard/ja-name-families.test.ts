import { isRomajiNamePair, isRomajiPlace, romanise } from '../../lambda/guard/detectors/romaji-names';
import { measureNameFamilies } from '../bench/name-families';
import { names } from '../support/detected';

// Thresholds sit a little under what the guard reaches today, so a regression in any family fails.
describe('person names by business-text family', () => {
  const rows = measureNameFamilies();

  it.each(rows.filter((q) => q.gold > 0).map((q) => [q.family, q] as const))('%s: recall >= 0.9, precision >= 0.9', (_family, q) => {
    expect(q.found / q.gold).toBeGreaterThanOrEqual(0.9);
    expect(q.truePositives / Math.max(1, q.predicted)).toBeGreaterThanOrEqual(0.9);
  });

  it('leaves at most 1 % of name-free business sentences with common nouns that are also names with any finding', () => {
    const clean = rows.find((q) => q.gold === 0);
    expect(clean?.cases).toBeGreaterThanOrEqual(300);
    expect((clean?.casesWithFindings ?? 0) / (clean?.cases ?? 1)).toBeLessThanOrEqual(0.01);
  });
});

describe('katakana names from the lexicon readings', () => {
  it.each([
    ['サトウケンタがご案内いたします。', 'サトウケンタ'],
    ['ヤマモト サクラ様', 'ヤマモト サクラ'],
    ['氏名,生年月日\nタナカ タロウ,1980/01/01', 'タナカ タロウ'],
    ['ナカムラ様からお電話がありました。', 'ナカムラ'],
  ])('%s -> %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('reads katakana words and a surname reading without a cue as no name', () => {
    expect(names('サクラの季節にキャンペーンを実施します。')).toEqual([]);
    expect(names('マイナンバーカードの申請方法をご案内します。')).toEqual([]);
    expect(names('スズキの新型車が発表された。')).toEqual([]);
  });
});

describe('romaji names from the romanised readings', () => {
  it('romanises readings in Hepburn, long vowels spelled out', () => {
    expect(romanise('サトウ')).toBe('satou');
    expect(romanise('ハットリ')).toBe('hattori');
    expect(romanise('ジュンイチ')).toBe('junichi');
    expect(romanise('ショウタ')).toBe('shouta');
  });

  it('reads a given name and a surname in either order, with the usual spellings of long vowels', () => {
    expect(isRomajiNamePair('Ken', 'Sato')).toBe(true);
    expect(isRomajiNamePair('SATOH', 'Ken')).toBe(true);
    expect(isRomajiNamePair('Yuuki', 'Ohno')).toBe(true);
    expect(isRomajiNamePair('Sales', 'Report')).toBe(false);
  });

  it('finds romaji Japanese names without a cue, and in capitals', () => {
    expect(names('Kosuke Iida will join the call from the Osaka office.')).toEqual(['Kosuke Iida']);
    expect(names('Traveler: HATTORI Manabu / Flight NH123')).toEqual(['HATTORI Manabu']);
    expect(names('搭乗者名 ARAKI/OSAMU MR')).toEqual(['ARAKI/OSAMU']);
  });

  it('reads romanised prefectures, wards and cities as places', () => {
    expect(isRomajiPlace('Kanagawa', 'Ken')).toBe(true);
    expect(names('Name: Kanagawa Ken')).toEqual([]);
    expect(names('Address: Tokyo To, Shibuya Ku')).toEqual([]);
    expect(names('Meeting notes (Emily Carter, Tokyo office)')).toEqual(['Emily Carter']);
  });

  it('reads the value of a label for a thing (Company Name:, Branch Name:) as no person', () => {
    expect(names('Company Name: Sato Shoji')).toEqual([]);
    expect(names('Company Name: SATO SHOJI')).toEqual([]);
    expect(names('Branch Name: Shibuya Branch')).toEqual([]);
    expect(names('Name: Sato Shoji')).toEqual(['Sato Shoji']);
  });

  it('a Japanese honorific after a hyphen is a cue and not part of the name; company words end no name', () => {
    expect(names('Thanks Sato-san for the update.')).toEqual(['Sato']);
    expect(names('Please ask Tanaka-sama to confirm.')).toEqual(['Tanaka']);
    expect(names('Mazda Motor and Suzuki Motor')).toEqual([]);
  });

  it('takes cue words as whole words ("hi" does not end "Shiraishi")', () => {
    expect(names('Best regards,\nShota Shiraishi\nSales Department')).toEqual(['Shota Shiraishi']);
  });
});

describe('Chinese and Korean names', () => {
  it('a common Chinese or Korean surname and two kanji that are no word, before a particle', () => {
    expect(names('本日は王偉明が来社しました。')).toEqual(['王偉明']);
    expect(names('金泳三は大統領に就任した。')).toEqual(['金泳三']);
  });

  it('leaves words that start with such a kanji alone (金曜日, 曹洞宗, 高品質)', () => {
    expect(names('金曜日に会議があります。')).toEqual([]);
    expect(names('曹洞宗の寺院を訪ねた。')).toEqual([]);
    expect(names('高品質の製品を提供します。')).toEqual([]);
  });
});

describe('names in logs, forms and tables', () => {
  it('an ambiguous surname after a role only a person has (担当の本田が), but not before a facility (小野の倉庫)', () => {
    expect(names('担当の本田がお調べして折り返します。')).toEqual(['本田']);
    expect(names('小野の倉庫は年末休業です。')).toEqual([]);
    expect(names('石橋の点検工事は予定通りです。')).toEqual([]);
  });

  it('an ambiguous surname before a verb only a person does (石田が引き継ぎます)', () => {
    expect(names('担当者より：本件は石田が引き継ぎます。')).toEqual(['石田']);
  });

  it('a speaker label with an ambiguous surname in a timestamped log', () => {
    expect(names('10:02 桑原: お電話ありがとうございます。\n10:03 お客様: 請求額が違います')).toEqual(['桑原']);
  });

  it('names after support-log labels, one kanji too, but not a compound that starts with the label', () => {
    expect(names('受付：林\n内容：返品希望')).toEqual(['林']);
    expect(names('対応者：森田')).toEqual(['森田']);
    expect(names('受付メモ：サトウ様から電話あり')).toEqual(['サトウ']);
    expect(names('受付：本社1階')).toEqual([]);
  });

  it('a surname followed by a space and a title or an ordinary word stands alone (石井　承認, 南 様)', () => {
    expect(names('起票：石井　承認：大野')).toEqual(['石井', '大野']);
    expect(names('連絡者: 南 様')).toEqual(['南']);
  });

  it('speakers in katakana and, after a timestamp, in romaji; mentions that read as names', () => {
    expect(names('サトウ：承知しました。\nヤマダ：よろしくお願いします。')).toEqual(['サトウ', 'ヤマダ']);
    expect(names('10:16 Tanaka: Please check the invoice')).toEqual(['Tanaka']);
    expect(names('10:10 Kobe: branch report\n10:12 Agenda: review')).toEqual([]);
    expect(names('メモ：詳細は別紙\nステータス：対応中')).toEqual([]);
    expect(names('@kenji.sato please review; @team FYI')).toEqual(['kenji.sato']);
  });

  it('a katakana word in parentheses after a name is a reading only when it reads as a name', () => {
    expect(names('10:15 田中(サポート): ご確認ください')).toEqual(['田中']);
    expect(names('中島和子（ナカジマ　カズコ）')).toEqual(['中島和子', 'ナカジマ　カズコ']);
  });

  it('the cells of a CSV name column and names after travel and expense labels', () => {
    expect(names('社員番号,氏名,部署\n10234,本田学,購買部\n10235,千葉恵,経理部')).toEqual(['本田学', '千葉恵']);
    expect(names('出張者：望月恵\n行き先：名古屋')).toEqual(['望月恵']);
    expect(names('品番,品名,数量\nA-100,松竹梅セット,3')).toEqual([]);
  });
});
