import { names } from '../../support/detected';

// Names in hiragana placed by 先生, a kin word, or a label before them (name-hiragana.ts, ja-person-name.ts).
describe('names in hiragana by their cue', () => {
  it.each([
    ['a given name before 先生', 'まゆみ先生のクラスは本日遠足です。', ['まゆみ']],
    ['a given name before a kin word and its honorific', 'やすこおばあちゃんのお見舞いに行ってきます', ['やすこ']],
    ['a given name after a role label', '受付：ゆうこ　調理：ヒロシ', ['ゆうこ', 'ヒロシ']],
    ['a surname and given name after a name label', 'お名前：やまぐち みなみ', ['やまぐち みなみ']],
    ['a given name opening a message', 'ひかるです。先輩に教わりました', ['ひかる']],
    ['a given name after the opening greeting', 'おはようございます。ゆうこです。', ['ゆうこ']],
  ])('%s', (_family, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a kin word alone', 'おばあちゃんの家に行く'],
    ['a pronoun before a kin word', 'みんなのおにいちゃん'],
    ['a word before 先生', 'とても先生らしい'],
    ['no one after a label', '担当：なし'],
    ['an undecided value', '氏名：みてい'],
    ['everyone after a label', '担当：みんな'],
    ['a reply opening with two kana', 'そうです。明日です'],
    ['an adjective opening a message', 'かなしいです。'],
  ])('%s stays clean', (_family, text) => {
    expect(names(text)).toEqual([]);
  });
});
