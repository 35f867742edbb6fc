import { maskPersonalData } from '../../../lambda/guard/mask';
import { expectNames, expectNoNames } from '../../support/detected';

describe('a full name split across a line break, a wide gap, a middle dot or a slash', () => {
  it('masks both parts when the surname is on one line and the given name on the next', () => {
    expectNames([
      // Signature blocks and forms pasted from narrow columns.
      ['よろしくお願いします。\n\n株式会社アルファ 営業部\n長谷部\n千尋', ['長谷部', '千尋']],
      ['署名\n――\n西村\n結衣\n株式会社ベータ', ['西村', '結衣']],
      ['作成：神\n拓也', ['神', '拓也']],
      ['送信者：一戸\n悠真', ['一戸', '悠真']],
      // PDF text wrapped inside a sentence.
      ['本日の受付は南\n美香です', ['南', '美香']],
      ['お客様名：藤井　\n　翔太', ['藤井', '翔太']],
      ['担当：宮崎\r\n健太', ['宮崎', '健太']],
      ['営業部 部長\n　　　　長谷部\n　　　　千尋', ['長谷部', '千尋']],
    ]);
  });

  it('masks both parts set apart by spaces, a tab, a middle dot or a slash', () => {
    expectNames([
      ['野口　　葵', ['野口', '葵']],
      ['荒木　　亮が参加します。', ['荒木', '亮']],
      ['谷　　和也から連絡がありました', ['谷', '和也']],
      ['森\t雅人', ['森', '雅人']],
      ['野口・葵', ['野口', '葵']],
      ['申請者：野口/葵', ['野口', '葵']],
      ['原/真理子', ['原', '真理子']],
      ['宮崎 / 大翔', ['宮崎', '大翔']],
      // A place on the line before a given name stays a place.
      ['東京\n花子さんへ', ['花子']],
      ['東京  花子さん', ['花子']],
    ]);
  });

  it('masks split names in katakana, a kanji surname with a hiragana given name, and a label with a bracketed note', () => {
    expectNames([
      ['フリガナ：ヤマダ\nタロウ', ['ヤマダ', 'タロウ']],
      ['スズキ\tイチロウ', ['スズキ', 'イチロウ']],
      ['タナカ/ヒロシ', ['タナカ', 'ヒロシ']],
      ['山田\nたろう', ['山田', 'たろう']],
      ['佐藤　　さくら', ['佐藤', 'さくら']],
      ['小鳥遊　　翔太', ['小鳥遊', '翔太']],
      ['氏名（漢字）：高橋\n氏名（カナ）：タカハシ', ['高橋', 'タカハシ']],
      ['氏名（山田太郎）', ['山田太郎']],
    ]);
    expectNoNames(['メール\nアドレス', 'データ/ベース', 'サーバー　　ログ', 'テスト\tケース', 'マイク/スピーカー', 'アイス\nクリーム', 'ケーキ/タルト', 'ミカン/リンゴ', 'サービス/サポート', '品質　　さくら色']);
  });

  it('leaves no part readable in the masked text', () => {
    for (const text of ['担当：宮崎\n健太', 'チャット履歴\n作成：神\n拓也\n以上', '荒木　　亮が参加します。', '野口/葵']) {
      const masked = maskPersonalData(text).masked;
      for (const part of ['宮崎', '健太', '神', '拓也', '荒木', '亮', '野口', '葵']) if (text.includes(part)) expect({ text, masked, leaked: masked.includes(part) }).toEqual({ text, masked, leaked: false });
    }
  });

  it('leaves words on neighbouring lines, around a dot or a slash alone', () => {
    expectNoNames([
      '会議\n資料を送付します。',
      '営業部\n企画課',
      '東京・大阪・名古屋の各拠点',
      '日程\n調整をお願いします。',
      '品質　　管理',
      '入力/出力の設定',
      '営業・開発・総務の三部門',
      '議事録\n本日の議題',
      '検索・置換',
      '山田商店\n太郎丸工業',
      '価格/数量',
      '開始\t終了',
      '本社\n大阪',
      '上記\n以上',
      '担当\n一同',
      '東\n光が差し込む窓',
      '北\n正面玄関',
    ]);
  });
});

describe('surnames listed without a cue: rosters, rotas, travel lists and routes', () => {
  it('marks every surname of a list after a label for people or a rota, rare ones included', () => {
    expectNames([
      ['出張者：宮崎、山崎、一戸', ['宮崎', '山崎', '一戸']],
      ['本日の当番：神、東、一戸', ['神', '東', '一戸']],
      ['夜勤：森、林、谷', ['森', '林', '谷']],
      ['宿泊者：一戸・山崎・宮崎', ['一戸', '山崎', '宮崎']],
      ['出張メンバー：宮崎/山崎/一戸', ['宮崎', '山崎', '一戸']],
    ]);
  });

  it('marks a rare surname enumerated with found names, before a head count or at the end of the list', () => {
    expectNames([
      ['今週の当番は宮崎・山崎・一戸です。', ['宮崎', '山崎', '一戸']],
      ['宮崎、山崎、一戸の3名で対応します。', ['宮崎', '山崎', '一戸']],
    ]);
  });

  it('marks the names of a list written one a line (bullets, numbers, weekdays)', () => {
    expectNames([
      ['・佐藤\n・宮崎\n・一戸\n・鈴木', ['佐藤', '宮崎', '一戸', '鈴木']],
      ['今月の当番\n月 佐藤\n火 宮崎\n水 一戸\n木 鈴木', ['佐藤', '宮崎', '一戸', '鈴木']],
      ['1. 高橋\n2. 千葉\n3. 小鳥遊\n4. 渡辺', ['高橋', '千葉', '小鳥遊', '渡辺']],
    ]);
  });

  it('leaves lists of places, departments, things and agenda items alone', () => {
    expectNoNames([
      '対象地域：宮崎、鹿児島、熊本',
      '出張先：宮崎、大分、福岡',
      '東、西、南の各出口',
      '森、林、川の自然を守る',
      '営業、開発、総務の三部門',
      '原材料：小麦、大豆、砂糖',
      '議題：予算、人員、日程',
      '・東京\n・大阪\n・名古屋',
      '1. 概要\n2. 背景\n3. 課題',
      '月 会議\n火 研修\n水 出張',
      '持ち物\n・筆記具\n・名刺\n・資料',
      '使用者：営業部、開発部',
      '定員：10名',
    ]);
    // A name among things: only the name.
    expectNames([
      ['・佐藤\n・資料\n・会議', ['佐藤']],
      ['・山崎\n・大阪\n・福岡', ['山崎']],
      ['出席者：佐藤、鈴木、議事録担当', ['佐藤', '鈴木']],
    ]);
  });
});

describe('names in chat lines pasted into tickets: asked, heard from, after a title', () => {
  it('marks a surname that is also a word when the sentence asks of or hears from it', () => {
    expectNames([
      ['岡に聞いて', ['岡']],
      ['金子に頼んでおいた', ['金子']],
      ['彩に伝えといて', ['彩']],
      ['了解。森に聞いてみます', ['森']],
      ['部長の春日が承認しました', ['春日']],
      ['社長の森から連絡がありました', ['森']],
    ]);
  });

  it('leaves places, departments and words before the same verbs alone', () => {
    expectNoNames([
      '本社に確認してください',
      '現場に聞いてみます',
      '総務に相談してください',
      '東京に電話しました',
      '先方に伝えておきます',
      '会社から連絡がありました',
      '銀行から電話があった',
      '部長の指示に従います',
      '課長の意見が分かれた',
      '社長の方針が変わった',
      '東に向かって歩く',
      '原因に聞いて',
      '上に伝えておく',
      '下から報告が来た',
      '窓口に聞いてください',
      '関東に伝わる話',
      '金に相談',
    ]);
  });
});

describe('given names of the recent baby-name rankings that IPADIC lacks', () => {
  it('reads them alone in chat and as the given name of a full name', () => {
    expectNames([
      ['拓海からメールが来た', ['拓海']],
      ['チームの優斗に確認する', ['優斗']],
      ['颯太、明日来れる？', ['颯太']],
      ['娘の陽奈が熱を出しました', ['陽奈']],
      ['担当の松田拓海が伺います', ['松田拓海']],
    ]);
  });

  it('keeps the words some of them share with ordinary nouns ordinary', () => {
    expectNoNames(['琥珀色のグラス', '大智を結集する', '奏でる音色']);
  });
});

describe('full names without an honorific whose parts are both also words', () => {
  it('reads them before what a person does or is asked', () => {
    expectNames([
      ['宮崎翼が資料を作成しました', ['宮崎翼']],
      ['千葉彩の提案を採用', ['千葉彩']],
      ['南誠から回答がありました', ['南誠']],
      ['清水奏に依頼済み', ['清水奏']],
      ['今回は谷望が対応', ['谷望']],
    ]);
  });

  it('leaves regions, offices, groups and words before the same predicates alone', () => {
    expectNoNames([
      '東北から連絡がありました',
      '本社から連絡',
      '東西が対応します',
      '南北の提案',
      '関西から回答',
      '中部から報告',
      '東海から連絡',
      '森林の提案',
      '原案の提案',
      '北米の担当',
      '技術が対応します',
      '弊社が担当します',
      '全員が参加します',
      '新人が入社しました',
      '外部から連絡',
      '先方が対応',
      '政府が発表',
      '市長が説明',
      '本部の提案',
      '他社の提案',
    ]);
  });
});

describe('one-kanji surnames that are also words, with a business cue', () => {
  it('reads them after a department, a role label, a role ending in 者, before a department in brackets and as a sign-off', () => {
    expectNames([
      ['経理の林です', ['林']],
      ['岡から折り返しご連絡いたします', ['岡']],
      ['ご確認ください。\n金子より', ['金子']],
      ['承認：林', ['林']],
      ['林（経理）に確認済み', ['林']],
      ['森(開発部)と原(CSチーム)で対応', ['森', '原']],
      ['本日の対応者は原です', ['原']],
    ]);
  });

  it('leaves the same words without such a cue alone', () => {
    expectNoNames([
      '経理の方です',
      '開発の中です',
      '確認：完了',
      '承認：済み',
      '作成：2024年4月',
      '報告：なし',
      '東京（本社）',
      '本（上巻）',
      '森（自然）を守る',
      '利用者の方',
      '記者の声',
      '担当者の中で',
      '以上より',
      'これより',
      '東より',
      '事務の都合です',
    ]);
  });
});

describe('names written in hiragana before what a person does or is asked in chat', () => {
  it('reads a lexicon reading of three to six kana that starts its word', () => {
    expectNames([
      ['ゆうきが来るって', ['ゆうき']],
      ['さくらに聞いて', ['さくら']],
      ['あやかと話した', ['あやか']],
      ['けんたに頼んだ', ['けんた']],
      ['ひなたが休み', ['ひなた']],
      ['ともやから電話', ['ともや']],
      ['さとしが言ってた', ['さとし']],
    ]);
  });

  it('leaves hiragana words before the same verbs alone', () => {
    expectNoNames(['おかあさんに聞いて', 'みんなに伝えて', 'ともだちと話した', 'それから電話した', 'こちらに確認', 'だれかが来る', 'いろいろと話した', 'あとから連絡します', 'ひとりが休み', 'きのうから電話']);
  });
});

describe('a rare surname the lexicon lacks before a manager title without さん', () => {
  it('reads three kanji that are no word, unit or place before 部長, 課長, 主任 in their run', () => {
    expectNames([
      ['小鳥遊課長から指示がありました', ['小鳥遊']],
      ['月見里部長の承認待ち', ['月見里']],
      ['百目鬼主任に確認', ['百目鬼']],
    ]);
  });

  it('leaves departments, offices and units before a title alone', () => {
    expectNoNames(['東京支社長が来社', '営業一課長の指示', '人事部次長が説明', '取締役社長が挨拶', '経営企画部長', '品質管理課長', '海外事業部長', '研究開発部長', '技術本部長', '製造二課長', '第一営業部長', '生産技術課長', '設計開発室長']);
  });
});

describe('a given name alone after a colleague or a manager', () => {
  it('reads it after a person role and の, one kanji only before what a person does', () => {
    expectNames([
      ['同僚の光と飲みに行った', ['光']],
      ['先輩の翼が教えてくれた', ['翼']],
      ['担当の彩から連絡', ['彩']],
      ['部下の蓮に任せた', ['蓮']],
    ]);
  });

  it('leaves words after the same roles alone', () => {
    expectNoNames(['先輩の実家に行った', '上司の命令に従う', '先輩の話に感動', '担当の変更は不要', '上司の判断で', '同僚の結婚式', '担当の進捗を確認', '先輩の愛がすごい', '上司の望みは']);
  });
});

describe('the split name fields of a form', () => {
  it('reads the value after 姓, 名, 氏 or 苗字 and a colon, with a bracketed note or not', () => {
    expectNames([
      ['姓（カナ）：ヤマダ\n名（カナ）：タロウ', ['ヤマダ', 'タロウ']],
      ['氏：森\n名：雅人', ['森', '雅人']],
      ['姓：林\n名：翼', ['林', '翼']],
    ]);
  });

  it('leaves labels that only end in 名 alone', () => {
    expectNoNames(['件名：会議の件', '会社名：山田商事', '品名：ボールペン', '店名：森の家', '部署名：営業部', '名：3', '名：営業部']);
  });
});
