import { detectEntities } from '../../../lambda/guard/detect';

function names(text: string): string[] {
  return detectEntities(text)
    .filter((f) => f.type === 'PERSON_NAME')
    .map((f) => text.slice(f.start, f.end));
}

describe('speaker labels at the start of chat and meeting-log lines', () => {
  it.each([
    ['[12:00] 佐野: 本日の議題です\n[12:03] 和田: 了解です', ['佐野', '和田']],
    ['12:03 和田：資料を送ります', ['和田']],
    ['【佐野】資料を確認しました', ['佐野']],
    ['佐野 > それでお願いします', ['佐野']],
    ['- 佐野: 了解\n- 和田: OK', ['佐野', '和田']],
    ['中島 和子: はい', ['中島 和子']],
  ])('masks the speaker in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('masks an ambiguous surname label only when several lines carry labels', () => {
    expect(names('林: 了解\n森: はい')).toEqual(['林', '森']);
    expect(names('林: 了解です')).toEqual([]);
    expect(names('原 > はい')).toEqual([]);
  });

  it.each(['議題: 予算\n場所: 会議室\n備考: なし', '件名: 会議\n備考: なし\n日時: 明日', '担当: 営業部\n結論: 継続\n部署: 総務', 'Q: 何ですか？\nA: はい', '東京: 晴れ\n大阪: 雨', '新宿: 晴れ\n渋谷: 雨'])(
    'leaves ordinary labels alone in %j',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );
});

describe('romanised names and readings', () => {
  it.each([
    ['Name: YUICHI MIYAZAKI', ['YUICHI MIYAZAKI']],
    ['氏名（ローマ字）: Misaki Hirata', ['Misaki Hirata']],
    ['Passenger: HIRATA/MISAKI MS', ['HIRATA/MISAKI']],
  ])('masks the romaji name after the label in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('masks the romaji and the whole katakana reading in parentheses after a name', () => {
    expect(names('平田美咲（Misaki Hirata）')).toEqual(['平田美咲', 'Misaki Hirata']);
    expect(names('中島和子（ナカジマ　カズコ）')).toEqual(['中島和子', 'ナカジマ　カズコ']);
  });

  it.each(['Name: Sales Report', 'Name: N/A', 'よろしくお願いします。\n営業部\nSales', 'ご担当（営業部）', '会議（Sales Report）', 'Name: Tokyo Tower', 'Guest: Sakura Hotel'])('masks nothing in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
