import { detectEntities } from '../../../lambda/guard/detect';
import { maskPersonalData } from '../../../lambda/guard/mask';
import { core } from '../../fixtures/guard/typed-evasions';

/** The spans of `type` found in `text`. */
function found(text: string, type: string): string[] {
  return detectEntities(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

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
