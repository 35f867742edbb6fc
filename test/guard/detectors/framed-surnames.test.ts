import { expectNames, expectNoNames } from '../../support/detected';

describe('bare surnames in frames that name a person', () => {
  it('after a role of legal, HR and insurance text, spaced, with の or である, or written together', () => {
    expectNames([
      ['申立人西村は、相手方大野に対し未払賃金を請求した。', ['西村', '大野']],
      ['被申立人 松本は期日に出頭しなかった。', ['松本']],
      ['原告 本田、被告 中野', ['本田', '中野']],
      ['相手方である大野は、和解案を拒否した。', ['大野']],
      ['上司の本田から指示があったと申告している。', ['本田']],
      ['{"被保険者": "坂本", "給付区分": "傷病手当金"}', ['坂本']],
      ['相手方代理人 中野は反論した。', ['中野']],
      ['項目 | 内容\n担当者 | 本田\n期限 | 5/1', ['本田']],
    ]);
  });

  it('after a role of minutes and shifts', () => {
    expectNames([
      ['議事録作成：松田\n記録：上野\n書記：吉川', ['松田', '上野', '吉川']],
      ['議事録担当：松田\nタイムキーパー：本田', ['松田', '本田']],
      ['早番 本田 / 遅番 中野', ['本田', '中野']],
      ['- ドライバー：本田\n- 添乗員：松本', ['本田', '松本']],
    ]);
  });

  it('in dispatch and duty lists after a numbered vehicle, flight, team or room', () => {
    expectNames([
      ['配車表\n1号車 本田\n2号車 佐々木\n3号車 石井', ['本田', '佐々木', '石井']],
      ['1便 中野 2便 本田', ['中野', '本田']],
      ['2号車 本田（運転）', ['本田']],
      ['A班\t松田\nB班\t上野', ['松田', '上野']],
      ['【2号車】本田\n【3号車】中野', ['本田', '中野']],
    ]);
  });

  it('surnames with 々, ヶ or ノ the lexicon lacks, introducing themselves', () => {
    expectNames([
      ['はじめまして、八ヶ代です。', ['八ヶ代']],
      ['担当は一ノ瀬です。よろしくお願いします。', ['一ノ瀬']],
      ['佐々野です。折り返しお電話します。', ['佐々野']],
    ]);
  });

  it('leaves role words, counters and joined words with no person after them alone', () => {
    expectNoNames([
      '相手方本社に連絡してください。',
      '被保険者証を提示してください。',
      '従業員数は50名です。',
      '記録上の問題はありません。',
      '申立人の主張は認められない。',
      '被告会社は控訴した。',
      '上司の判断です。',
      '議事録作成：済\nドライバー：未定\n記録：本日分',
      '3号車 千葉行き',
      '2号車 中野駅行き',
      '301号室 空室',
      '2班 本日休み',
      '1便 定刻',
      '担当部署：総務部\n担当者変更のお知らせ',
      '担当 | 未定',
      '1号車 満車\n2号車 回送',
      '三ヶ月です。',
      '一ヶ所です。',
      '色々です。',
      '時々です。',
    ]);
  });
});
