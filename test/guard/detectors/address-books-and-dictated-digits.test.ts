import { maskPersonalData } from '../../../lambda/guard/mask';
import { expectNames, expectNoNames, names } from '../../support/detected';

describe('address books: the reading columns beside a masked name', () => {
  it('masks the name and its reading when they sit in separate columns', () => {
    expectNames([
      ['姓,名,フリガナ姓,フリガナ名,部署\n小林,蒼,コバヤシ,アオイ,営業部\n山口,真一,ヤマグチ,シンイチ,総務部', ['小林', '蒼', 'コバヤシ', 'アオイ', '山口', '真一', 'ヤマグチ', 'シンイチ']],
      ['姓\t名\tセイ\tメイ\tメール\n佐藤\t健\tサトウ\tケン\tken@example.jp\n高木\t美穂\tタカギ\tミホ\tmiho@example.jp', ['佐藤', '健', 'サトウ', 'ケン', '高木', '美穂', 'タカギ', 'ミホ']],
      ['No,氏名,ヨミ,内線\n1,森田 亜希,モリタ アキ,2031', ['森田 亜希', 'モリタ アキ']],
      ['| 姓（漢字） | 名（漢字） | 姓（カナ） | 名（カナ） |\n|---|---|---|---|\n| 中川 | 翼 | ナカガワ | ツバサ |', ['中川', '翼', 'ナカガワ', 'ツバサ']],
      ['last_name,first_name,kana\nTakeda,Rin,タケダ リン', ['Takeda', 'Rin', 'タケダ リン']],
    ]);
  });

  it('leaves the header row itself and reading columns of products or places alone', () => {
    // The header cells セイ, メイ, フリガナ are given-name readings too, but here they label a column.
    expect(names('セイ,メイ,電話\nイトウ,ユキ,03-1234-5678')).toEqual(['イトウ', 'ユキ']);
    expect(names('| 氏名 | フリガナ |\n|---|---|\n| 中川 翼 | ナカガワ ツバサ |')).toEqual(['中川 翼', 'ナカガワ ツバサ']);
    expectNoNames([
      '商品名,ヨミ,価格\nりんご,リンゴ,100\n大根,ダイコン,200',
      '駅名\tヨミ\t路線\n品川\tシナガワ\t山手線\n大崎\tオオサキ\t山手線',
      '項目,カナ,備考\n売上,ウリアゲ,月次',
    ]);
  });

  it('masks every name field of a pasted vCard, the given name alone in N: too', () => {
    const card = 'BEGIN:VCARD\nVERSION:3.0\nN:小林;蒼;;;\nFN:小林 蒼\nTEL;TYPE=CELL:090-1234-5678\nEND:VCARD';
    expect(names(card)).toEqual(expect.arrayContaining(['小林', '蒼', '小林 蒼']));
    const masked = maskPersonalData(card).masked;
    expect(masked).not.toContain('蒼');
    expect(masked).not.toContain('小林');
    expectNames([
      ['BEGIN:VCARD\nVERSION:4.0\nN;CHARSET=UTF-8:佐藤;花子;;;\nX-PHONETIC-LAST-NAME:サトウ\nX-PHONETIC-FIRST-NAME:ハナコ\nORG:株式会社サンプル\nEND:VCARD', ['佐藤', '花子', 'サトウ', 'ハナコ']],
      ['BEGIN:VCARD\nN:Moore;Emily;Jane;Dr.;\nEND:VCARD', ['Moore', 'Emily', 'Jane']],
      ['BEGIN:VCARD\r\nitem1.N:Kimura;Sho;;;\r\nitem1.X-PHONETIC-LAST-NAME:キムラ\r\nEND:VCARD', ['Kimura', 'Sho', 'キムラ']],
      // An exported N line without its card around it, in the structured shape.
      ['連絡先の書き出し:\nN:石川;遥;;;', ['石川', '遥']],
    ]);
  });

  it('masks the split name and reading fields of forms, JSON and YAML, and never their keys', () => {
    expectNames([
      ['姓：小林\n名：蒼\nセイ：コバヤシ\nメイ：アオイ', ['小林', '蒼', 'コバヤシ', 'アオイ']],
      ['ふりがな：やまぐち しんいち', ['やまぐち しんいち']],
      ['{"last_name": "小林", "first_name": "蒼", "last_name_kana": "コバヤシ", "first_name_kana": "アオイ"}', ['小林', '蒼', 'コバヤシ', 'アオイ']],
      ['last_name: 小林\nfirst_name: 蒼', ['小林', '蒼']],
      ['Given Name,Family Name,Given Name Yomi,Family Name Yomi\nAoi,Kobayashi,アオイ,コバヤシ', ['Aoi', 'Kobayashi', 'アオイ', 'コバヤシ']],
      ['姓,名,よみがな（姓）,よみがな（名）\n小林,蒼,こばやし,あおい', ['小林', '蒼', 'こばやし', 'あおい']],
    ]);
  });

  it('reads form instructions and placeholders in name fields as no names', () => {
    expectNoNames(['カナ：半角で入力してください', 'フリガナ：必須項目です', '姓：必須\n名：未定', '{"first_name": "string", "last_name": null}', 'セイ：なし', 'first_name: required', '名：会議室']);
  });

  it('reads no card fields outside a card or without their shape', () => {
    expectNoNames(['集計\nN: 25\nFN: 3', 'サンプル数 N:120、有意水準 5%', 'BEGIN:VCARD\nORG:株式会社サンプル\nTEL:03-0000-0000\nEND:VCARD']);
  });
});

describe('kana digits of a dictated number are no names', () => {
  it('tags no name inside a run of spoken digits, whatever separates them', () => {
    expectNoNames([
      'えーと、ゼロ、キュー、ゼロ…いや、ゴー、ナナ、キューでした。',
      '暗証番号はナナ、ゴー、キュー、イチです',
      '部屋番号はゴーマルナナです。',
      'オペレーター：番号をお願いします。\nお客様：えっと、ゼロ ハチ ゼロ の、ナナ ナナ ゴー …',
      'ナナ、キュー、ゴーの順で押してください',
      '会員番号は 3 ナナ 8 です',
    ]);
  });

  it('keeps the same words as names alone, before an honorific or beside other names', () => {
    expect(names('ナナさんが来ました。')).toEqual(['ナナ']);
    expect(names('ゴーさん、ナナさんにも共有します')).toEqual(['ゴー', 'ナナ']);
    expect(names('氏名：サトウ ナナ')).toEqual(['サトウ ナナ']);
  });
});

describe('the end of a pasted table', () => {
  it('reads no name in a line without the separator after the rows, nor in a company with an old-form word', () => {
    expectNames([
      ['氏名,フリガナ,部署\n山田太郎,ヤマダタロウ,営業部\nよろしくお願いします。', ['山田太郎', 'ヤマダタロウ']],
      ['名前\tフリガナ\t内線\n佐藤花子\tサトウハナコ\t1234\n以上、よろしくお願いします。', ['佐藤花子', 'サトウハナコ']],
      ['大和證券の田中様より', ['田中']],
    ]);
    expectNoNames(['野村證券の担当者から連絡がありました。']);
  });

  it('still reads the rows of a second table after a line that ends the first', () => {
    expectNames([['氏名,部署\n山田太郎,営業部\n以上です。\n氏名,部署\n佐々木花,総務部', ['山田太郎', '佐々木花']]]);
  });
});
