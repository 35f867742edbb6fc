import { detectEntities } from '../../../lambda/guard/detect';
import { maskPersonalData } from '../../../lambda/guard/mask';
import { core } from '../../fixtures/guard/typed-evasions';
import { found } from '../../support/detected';

/** The spans of `type` found in `text`. */
/** Types of every finding but names (the name detector has its own tests). */
function identifierTypes(text: string): string[] {
  return detectEntities(text)
    .filter((f) => f.type !== 'PERSON_NAME')
    .map((f) => f.type);
}

describe('numbers dictated in voice memos and call transcripts', () => {
  it.each([
    // Hiragana digit words, with の and 、 between the groups.
    ['[留守電] 番号はゼロキューゼロの、いちにーさんよんの、ごーろくななはちです', 'PHONE_NUMBER', 'ゼロキューゼロの、いちにーさんよんの、ごーろくななはち'],
    ['携帯は ぜろはちぜろ の いちいちにーにー の さんさんよんよん です', 'PHONE_NUMBER', 'ぜろはちぜろ の いちいちにーにー の さんさんよんよん'],
    ['でんわばんごうは ぜろきゅうぜろ いちにさんよん ごろくななはち です', 'PHONE_NUMBER', 'ぜろきゅうぜろ いちにさんよん ごろくななはち'],
    // Fillers and apologies between the groups.
    ['電話番号は、えーと、ゼロキューゼロ、あ、すみません、いちにさんよん、ごろくななはち、です', 'PHONE_NUMBER', 'ゼロキューゼロ、あ、すみません、いちにさんよん、ごろくななはち'],
    ['えーと、折り返しはゼロサン、ごーごーごーごー、いちにーさんよんでお願いします', 'PHONE_NUMBER', 'ゼロサン、ごーごーごーごー、いちにーさんよん'],
    ['番号は、ゼロキューゼロ…いちにーさんよん…ごーろくななはち、です', 'PHONE_NUMBER', 'ゼロキューゼロ…いちにーさんよん…ごーろくななはち'],
    // Written digits joined the way speech joins them.
    ['番号は090の1234の5678です', 'PHONE_NUMBER', '090の1234の5678'],
    ['A: 携帯番号ですが、090の、えー、1234の、5678です\nB: 承知しました', 'PHONE_NUMBER', '090の、えー、1234の、5678'],
    ['電話、090 えーと 1234 の 5678 です', 'PHONE_NUMBER', '090 えーと 1234 の 5678'],
    // A false start taken back: the number after the correction counts.
    ['電話番号はゼロキューゼロ…もう一度言います、ゼロハチゼロ、イチニーサンヨン、ゴーロクナナハチ', 'PHONE_NUMBER', 'ゼロハチゼロ、イチニーサンヨン、ゴーロクナナハチ'],
    // Postal codes said aloud, after 〒 or 郵便番号.
    ['〒は いちごーごー の ぜろぜろぜろいち です', 'POSTAL_CODE', 'いちごーごー の ぜろぜろぜろいち'],
    ['郵便番号は、えーと、ひゃく…じゃなくて、いちごーぜろ、ぜろぜろよんさん', 'POSTAL_CODE', 'いちごーぜろ、ぜろぜろよんさん'],
    ['郵便番号、えっと、ひゃくごじゅう…いや、いちごーぜろ、ぜろぜろよんさん', 'POSTAL_CODE', 'いちごーぜろ、ぜろぜろよんさん'],
    ['議事メモ：郵便番号は150の0043です。', 'POSTAL_CODE', '150の0043'],
    ['〒は一五〇の〇〇四三です', 'POSTAL_CODE', '一五〇の〇〇四三'],
  ])('%s', (text, type, value) => {
    expect(found(text, type)).toEqual([value]);
    expect(core(maskPersonalData(text).masked)).not.toContain(core(value));
  });

  it.each([
    '電話番号は、いちにのさんで切り替えます',
    '番号はいちいち確認しなくて大丈夫です',
    '電話でごめんなさいと謝りました。あの件はいちからやり直しです',
    '郵便番号はわかりません、えーと、後で調べます',
    '携帯は、えーと、会社のを使ってください',
    '電話会議は9時の予定、えーと、10時からに変更',
    '口座のことで、にさん質問があります',
    '電話対応件数は、ごご、さんじゅう件でした',
    '〒マークの後ろに、ななけたの番号を書きます',
    '電話で、さんにんと話しました。それから、よにんと。',
    '携帯番号は、090の…すみません、後で送ります',
    '番号は2024年の1月の15日に変わりました',
    '電話番号は、ええと、ご、ご、ご、ご…すみません、忘れました',
    '電話で、なな、はち、きゅう月の予定を話しました',
    '2024年の売上は1234の5678の9012件',
    '内線は1234です、えーと、折り返しは5678で',
    'カードの暗証番号の桁数は 6 に設定しました。',
  ])('leaves %s without an identifier', (text) => {
    expect(identifierTypes(text)).toEqual([]);
  });

  it('a digit group followed by a one-kana particle keeps its own finding (379080 に設定)', () => {
    expect(found('カードの暗証番号は 379080 に設定しました。', 'SECRET')).toEqual(['379080']);
    expect(found('電話番号は 0 9 0 1 2 3 4 5 6 7 8 にお願いします', 'PHONE_NUMBER')).toEqual(['0 9 0 1 2 3 4 5 6 7 8']);
  });
});

describe('identifiers spaced out character by character, in groups, with full-width and ideographic spaces', () => {
  // Each value written every character spaced (one space, two, a full-width space, a tab), in
  // groups, and mixed with full-width characters; with its context word and without.
  const fullWidth = (v: string) => v.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const spacings: ReadonlyArray<readonly [string, (v: string) => string]> = [
    ['one space', (v) => [...v].join(' ')],
    ['two spaces', (v) => [...v].join('  ')],
    ['ideographic space', (v) => [...v].join('\u3000')],
    ['space and ideographic space', (v) => [...v].join(' \u3000')],
    ['full-width, spaced', (v) => fullWidth([...v].join(' '))],
    ['every other character full-width', (v) => [...v].map((c, i) => (i % 2 ? fullWidth(c) : c)).join(' ')],
  ];
  const values: ReadonlyArray<readonly [string, string, string, string]> = [
    // [type, value, sentence with a cue, sentence without]
    ['IP_ADDRESS', '192.168.0.10', '接続元IPは{v}です', 'ログに {v} からの接続が残っていました'],
    ['IP_ADDRESS', '203.0.113.54', 'サーバーのアドレス：{v}', '昨夜 {v} から大量のリクエスト'],
    ['CREDIT_CARD', '4111111111111111', 'カード番号は{v}です', 'これで払っておいて {v} 有効期限は来月'],
    ['AWS_ACCESS_KEY', 'AKIAIOSFODNN7EXAMPLE', 'AWS_ACCESS_KEY_ID={v}', '設定値 {v} が残っていた'],
    ['EMAIL', 'taro.yamada@example.co.jp', 'メール：{v}', '{v} に送ってください'],
    ['PHONE_NUMBER', '09012345678', '携帯：{v}', '折り返しは {v} まで'],
    ['POSTAL_CODE', '1500043', '〒{v} 東京都渋谷区', ''],
    ['PASSPORT_NUMBER', 'TK1234567', '旅券番号：{v}', ''],
    ['CORPORATE_NUMBER', 'T7010001008844', '登録番号：{v}', '請求書の右上に {v} と記載'],
  ];
  const cases = values.flatMap(([type, value, withCue, withoutCue]) =>
    spacings.flatMap(([spacing, space]) =>
      [withCue, withoutCue].filter((t) => t !== '').map((template) => [`${type} ${spacing}${template === withCue ? '' : ' (no cue)'}`, type, template.replace('{v}', space(value)), value] as const),
    ),
  );

  it.each(cases)('%s', (_name, type, text, value) => {
    // One finding of the type holds the whole value (a 〒 before it may be part of the span; the T
    // of a registration number two spaces before its digits may be left out: it is no identifier).
    const hits = detectEntities(text).filter((f) => f.type === type);
    expect(hits).toHaveLength(1);
    expect(core(text.slice(hits[0].start, hits[0].end))).toContain(core(value).replace(/^t(?=[0-9]{13}$)/, ''));
    expect(core(maskPersonalData(text).masked)).not.toContain(core(value).replace(/^t(?=[0-9]{13}$)/, ''));
  });

  it.each([
    ['IP_ADDRESS', '接続元は 1  9  2  .  1  6  8  .  0  .  1  0 です', '1  9  2  .  1  6  8  .  0  .  1  0'],
    ['IP_ADDRESS', 'IPは 192.168. 0. 10 に固定', '192.168. 0. 10'],
    ['IP_ADDRESS', '踏み台 172 . 16 . 254 . 1 経由', '172 . 16 . 254 . 1'],
    ['AWS_ACCESS_KEY', 'key: AKIA IOSF ODNN 7EXA MPLE', 'AKIA IOSF ODNN 7EXA MPLE'],
    ['AWS_ACCESS_KEY', 'キーはＡＫＩＡ　ＩＯＳＦ　ＯＤＮＮ　７ＥＸＡ　ＭＰＬＥ', 'ＡＫＩＡ　ＩＯＳＦ　ＯＤＮＮ　７ＥＸＡ　ＭＰＬＥ'],
    ['AWS_ACCESS_KEY', 'AKIA-IOSF-ODNN-7EXA-MPLE が漏れています', 'AKIA-IOSF-ODNN-7EXA-MPLE'],
    ['AWS_ACCESS_KEY', 'アクセスキー A K I A  I O S F  O D N N  7 E X A  M P L E を無効化', 'A K I A  I O S F  O D N N  7 E X A  M P L E'],
    ['POSTAL_CODE', '〒1 5 0   0 0 4 3 東京都渋谷区', '〒1 5 0   0 0 4 3'],
    ['IBAN', 'IBAN: G B 8 2 W E S T 1 2 3 4 5 6 9 8 7 6 5 4 3 2', 'G B 8 2 W E S T 1 2 3 4 5 6 9 8 7 6 5 4 3 2'],
    ['EMAIL', '宛先 t a r o  @  e x a m p l e . c o m', 't a r o  @  e x a m p l e . c o m'],
    ['EMAIL', '送信先：h . s a t o 1 2 @ m y - c o m p a n y . j p', 'h . s a t o 1 2 @ m y - c o m p a n y . j p'],
  ])('%s in %s', (type, text, value) => {
    expect(found(text, type)).toEqual([value]);
  });

  it.each([
    // Spaced ordinary numbers: amounts, dates, versions, sections, sizes, table columns.
    '売上は 1 2 3 4 5 6 7 8 円でした',
    '第 1 2 3 回 定例会',
    '表: 1 2 3 4 5 6 7 8 9 10 11 12',
    'バージョン 1 . 2 . 3 . 4 をリリース',
    'v 1 . 2 . 0 . 5',
    '2 0 2 4 年 1 2 月 1 日',
    '順位 1 2 3 4 5',
    '| 1 | 2 | 3 | 4 |',
    'サイズ 1 0 . 5 . 3 . 2 cm',
    '手順 1 . 2 . 3 . 4 を参照',
    'セクション 3.1.2.4 を参照',
    'score 9 9 . 5 . 1 . 2',
    '4 月 1 日 1 0 時 3 0 分',
    '番号順に 1 2 3 4 5 6 7 8 9 と並べる',
    // Capitals and prefixes that only look like a key.
    'A B C D E F G H I J K L M N O P Q R S T',
    'AKIA という文字列はキーの接頭辞です',
    'A K I A という接頭辞は長期キーです',
    'ASIA PACIFIC SALES TEAM KICKOFF',
    'AROA MEETING NOTES FOR Q3 2025 ARE READY',
    'ASIA-PACIFIC-SALES-2024-Q1-DEAL',
    'ASIA BUSINESS TRAVEL FAIR 2025 IN',
    // An @ in prose.
    'Q & A @ 1 F . 会議室',
    'a b @ c d e f',
  ])('leaves %s without an identifier', (text) => {
    expect(identifierTypes(text)).toEqual([]);
  });
});

describe('e-mail addresses wrapped across a line break', () => {
  it.each([
    ['inside the domain', 'ご連絡は taro.yamada@exam\nple.co.jp まで', 'taro.yamada@exam\nple.co.jp'],
    ['after a dash in the domain', '宛先 hanako.suzuki@example-\ncorp.co.jp', 'hanako.suzuki@example-\ncorp.co.jp'],
    ['inside the top-level domain', 'E-mail: taro.yamada@example.co.j\np', 'taro.yamada@example.co.j\np'],
    ['with CRLF', 'メールアドレス：taro.yamada@exam\r\nple.co.jp', 'taro.yamada@exam\r\nple.co.jp'],
    ['in a quoted reply', '> 担当: taro.yamada@exam\n> ple.co.jp', 'taro.yamada@exam\n> ple.co.jp'],
    ['inside the local part', '送信者：taro.ya\nmada@example.co.jp', 'taro.ya\nmada@example.co.jp'],
    ['inside the local part after a label', '連絡先: hana\nko.suzuki@example.com', 'hana\nko.suzuki@example.com'],
    ['after @', 'メール：taro.yamada@\nexample.co.jp', 'taro.yamada@\nexample.co.jp'],
  ])('%s', (_family, text, value) => {
    expect(found(text, 'EMAIL')).toEqual([value]);
  });

  it.each([
    ['Please contact us or see\ntaro@example.com', 'taro@example.com'],
    ['taro@example.com\nplease reply by Friday', 'taro@example.com'],
    ['mail: taro@example.co.jp\nTokyo office', 'taro@example.co.jp'],
    ['Contact: Taro\ntaro@example.com', 'taro@example.com'],
    ['Call 090-1234-5678\ntaro@example.com', 'taro@example.com'],
    ['ID: abc-123\ntaro@example.com', 'taro@example.com'],
  ])('keeps a whole address and the word on the other line apart in %s', (text, value) => {
    expect(found(text, 'EMAIL')).toEqual([value]);
  });

  it('joins no word to a cut-off address of its own', () => {
    expect(found('送信者 taro@exam\nご確認ください', 'EMAIL')).toEqual([]);
  });
});

describe('OCR readings of invoice registration numbers, corporate numbers and postal codes', () => {
  it.each([
    ['CORPORATE_NUMBER', '登録番号 T70l000l0O8844', 'T70l000l0O8844'],
    ['CORPORATE_NUMBER', '適格請求書発行事業者登録番号：T7O10OO1OO8844', 'T7O10OO1OO8844'],
    ['CORPORATE_NUMBER', '登録番号 T 7 0 1 0 0 0 1 0 0 8 8 4 4', 'T 7 0 1 0 0 0 1 0 0 8 8 4 4'],
    ['CORPORATE_NUMBER', '登録番号：T 7010 0010 08844', 'T 7010 0010 08844'],
    ['CORPORATE_NUMBER', '法人番号 7O1OOO1OO8844', '7O1OOO1OO8844'],
    ['POSTAL_CODE', '〒1O5-OO11 東京都港区', '1O5-OO11'],
    ['POSTAL_CODE', '郵便番号：l5O-OO43', 'l5O-OO43'],
    ['POSTAL_CODE', '〒 1O5－OO11 港区芝公園', '1O5－OO11'],
    ['POSTAL_CODE', 'T150-0043 東京都渋谷区神南', '150-0043'],
    ['POSTAL_CODE', '干150-0043 東京都渋谷区', '150-0043'],
  ])('%s in %s', (type, text, value) => {
    const spans = found(text, type);
    expect(spans.length).toBe(1);
    expect(spans[0]).toContain(value);
    expect(core(maskPersonalData(text).masked)).not.toContain(core(value));
  });

  it.each([
    // A reading that fails the check digit, repeated digits, letters with too few digits, model codes.
    '登録番号 T1O1O0O1O08O8O9',
    '〒lOO-OOOO',
    '型番 T150-0043 を発注',
    'Room 1O1, floor l2, 2O24',
    'Model IO1-2345-678 ships',
    'Tokyo 2020',
    'O1O 形式',
  ])('leaves %s without an identifier', (text) => {
    expect(identifierTypes(text)).toEqual([]);
  });
});
