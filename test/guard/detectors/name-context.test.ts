import { maskPersonalData } from '../../../lambda/guard/mask';
import { names } from '../../support/detected';

describe('a surname that starts a company, brand or thing name is no person', () => {
  it.each([
    '森下薬品工業の営業担当から連絡がありました。',
    '北村商店で備品を買い足します。',
    '小野寺製作所に部品を発注した。',
    '大石商事との取引条件を見直す。',
    '村上製菓の新作を試食した。',
    '今井酒造の蔵見学は来週です。',
    '安藤工務店から見積書が届きました。',
    '長谷川運輸のトラックが到着した。',
    '工藤電機の修理窓口に問い合わせた。',
    '岩崎書店の児童書フェアに出展します。',
    '藤井化学の工場で安全点検を行う。',
    '株式会社西川との打ち合わせは延期です。',
    '㈱三浦に請求書を送付済み。',
    '宮本フーズの冷凍食品を仕入れる。',
    '水菜と小松菜のサラダを注文した。',
    '豊田自動織機の工場を見学する。',
    '藤田観光のホテルに宿泊した。',
    '安田講堂の前で集合です。',
    '早稲田大学と慶應義塾大学の合同説明会。',
    '横浜アリーナの搬入口はこちらです。',
    '千葉県の支社に異動になった。',
    '松茸ご飯を炊いた。',
  ])('%s: no name', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['森下薬品工業の田中さんが来社します。', ['田中']],
    ['北村商店の北村さんに電話して。', ['北村']],
    ['田中マネージャーに確認します。', ['田中']],
    ['担当の鈴木が伺います。', ['鈴木']],
    ['千葉支店長の山口さんから連絡がありました。', ['山口']],
    ['佐藤支店長が説明します。', ['佐藤']],
  ])('%s: the person next to the company stays a name', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('names written in hiragana in casual chat', () => {
  it.each([
    ['いのうえさん、資料ありがとう！', ['いのうえ']],
    ['せきくんも来るって', ['せき']],
    ['あとはいのうえさんにお願いしよう', ['いのうえ']],
    ['きのうたなかくんと話した', ['たなか']],
    ['ゆいちゃんが来るって', ['ゆい']],
    ['さとう様へ', ['さとう']],
    ['山田 さくら様', ['山田 さくら']],
  ])('%s -> %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['おつかれさまです！', 'みなさま、ごきげんよう', 'おはようさん', 'うちのおとうさんが言ってた', 'おばさんに会った', 'かみさまにお願い', 'ごちそうさまでした', 'おかげさまで元気です', 'ねこちゃんかわいい', 'おじいちゃんの家に行く', 'おにいさんが来た', 'みなさん、お疲れ様です', 'しゃちょうさんが来るらしい', 'おまわりさんに道を聞いた', 'ごくろうさまでした', '水をたくさん飲む', 'ぎょうさんあるで', 'あからさまに嫌な顔をした', '地図をさかさまに持つ'])(
    '%s: no name',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );

  it('masks the hiragana name in the chat line', () => {
    expect(maskPersonalData('いのうえさん、明日の会議室とれた？').masked).not.toContain('いのうえ');
  });
});

describe('a kanji surname with a given name in hiragana is one span', () => {
  it.each([
    ['氏名：山田さくら', '山田さくら'],
    ['担当の鈴木まゆみが対応します。', '鈴木まゆみ'],
    ['田中ひろしです。よろしくお願いします。', '田中ひろし'],
    ['文：佐藤あやか', '佐藤あやか'],
    ['高橋みどり,営業部,03-1234-5678', '高橋みどり'],
    ['昨日、中村あきらと打ち合わせをした。', '中村あきら'],
  ])('%s -> %s', (text, name) => {
    expect(names(text)).toEqual([name]);
    // The given name (after the two-kanji surname) is masked with it.
    const given = name.slice(2) + text.charAt(text.indexOf(name) + name.length);
    expect(maskPersonalData(text).masked).not.toContain(given);
  });

  it('does not take an honorific, a copula or a particle phrase for a given name', () => {
    expect(names('鈴木さんが来ます')).toEqual(['鈴木']);
    expect(names('佐藤からの連絡です')).toEqual(['佐藤']);
    expect(names('田中と申します')).toEqual(['田中']);
    expect(names('高橋ともうします')).toEqual(['高橋']);
  });
});

describe('attendee lists after a label, and Chinese and Korean names after a role', () => {
  it.each([
    ['出席：林、森、原', ['林', '森', '原']],
    ['参加者: 浜、岡、関', ['浜', '岡', '関']],
    ['メンバー：田中、中村、小林', ['田中', '中村', '小林']],
    ['担当は王偉です。', ['王偉']],
    ['担当は金志勲です。', ['金志勲']],
    ['上司の陳明が承認しました。', ['陳明']],
  ])('%s -> %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['出席：営業部、総務部', '担当は金曜です。', '担当は周辺機器です。', '担当は韓国です。', '担当は申請の受付です。'])('%s: no name', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('English: a capitalised word before a venue word is the venue', () => {
  it.each(['Rose Hall seats 300 people.', 'The party is at Grace Hall tonight.', 'Victoria Arena hosts the final.', 'Max capacity is 50 guests.', '会場は Rose Hall です。'])('%s: no name', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Mr. Hall will join us.', ['Hall']],
    ['Stuart Hall said the plan was ready.', ['Stuart Hall']],
    ['Please ask Emily Watson about the budget.', ['Emily Watson']],
  ])('%s -> %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('speaker labels of chat logs and minutes', () => {
  it.each([
    ['健太: 了解です', ['健太']],
    ['＜健太＞ 了解です', ['健太']],
    ['[美咲] 了解', ['美咲']],
    ['10:02 健太: 了解', ['健太']],
    ['いのうえ: 了解です', ['いのうえ']],
    ['たなか：おつかれ', ['たなか']],
    ['浜: 了解\n関: 私も行きます', ['浜', '関']],
  ])('%s -> %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    '日時：3月5日 14:00\n場所：第二会議室\n議題：新製品の価格について',
    '大阪：晴れ\n東京：曇り\n福岡：雨',
    '本：3冊\n金：5,000円',
    '目的：業務効率化\n内容：RPAの導入検討\n期限：今月末',
    '東口：工事中です。\n西口：通行できます。',
    '北館：3階まで\n南館：5階まで',
    '春：新入社員研修\n秋：昇格試験です。',
    '桜：満開です！',
    '旭：新工場が稼働しました。',
    'めも：牛乳を買う',
    '林: 了解です',
  ])('%j: no name', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('names before a head count, after a role, and before と申します', () => {
  it.each([
    ['林、森、原の3名で対応します', ['林', '森', '原']],
    ['浜・関の両名が出席します', ['浜', '関']],
    ['上司の森に相談します', ['森']],
    ['担当の関から折り返します', ['関']],
    ['営業部の小鳥遊と申します', ['小鳥遊']],
    ['四月一日と申します。', ['四月一日']],
    ['関です。よろしくお願いします。', ['関']],
    ['お世話になっております。浜です。よろしくお願いします', ['浜']],
  ])('%s -> %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['担当の方から連絡します', '担当の者が伺います', '上司の中でも意見が分かれた', '営業部と申します', '以上です。よろしくお願いします。', '確認です。よろしく', '新製品の3名様限定キャンペーン', '会議室A、会議室Bの2部屋'])('%s: no name', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('organisations, cities and words shaped like an honorific', () => {
  it.each([
    'ザイラー社は楽器メーカーに買収された。',
    'ボウイ競馬場が本線沿いに設置された。',
    '藤倉電線に入社した。',
    '大塚家具と共同出店を表明した。',
    '川越の観光客が増えている。',
    '岡崎の取引先を訪問しました。',
    '明石で海を見ながら会議をした。',
    '長崎ちゃんぽんを昼食に食べた。',
    'Tiffany & Co. delivered the gifts.',
    "Ben & Jerry's ice cream was served.",
  ])('%s: no name', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['岡崎さんの取引先を訪問しました。', ['岡崎']],
    ['明石部長が説明します。', ['明石']],
    ['熊谷が担当します。', ['熊谷']],
  ])('%s -> %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a surname with a hiragana given name and no cue', () => {
  it.each([
    ['小林まいが担当します', ['小林まい']],
    ['高橋ゆいです', ['高橋ゆい']],
    ['山田はなさんに渡してください', ['山田はな']],
  ])('%s -> %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('does not read a particle or an adverb after the surname as a given name', () => {
    expect(names('前田とも話した')).toEqual(['前田']);
    expect(names('田中かな？')).toEqual(['田中']);
    expect(names('鈴木さんが来ます')).toEqual(['鈴木']);
    expect(names('光永はこの案を受け入れた。').join()).not.toContain('はこ');
  });
});

describe('a name before a title in the same kanji run', () => {
  it.each([
    ['小田船長と末永船長が交互に乗船した。', ['小田', '末永']],
    ['李肇星外相が記者会見を開いた。', ['李肇星']],
    ['金正恩第一書記から花輪が届いた。', ['金正恩']],
  ])('%s -> %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['副社長が来た。', '前会長の挨拶があった。', '営業部長が説明します。', '新監督が就任した。', '代表取締役社長の挨拶です。', '本部長に報告します。'])('%s: no name', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a given name alone', () => {
  it.each([
    ['翼、明日の会議出れる？', ['翼']],
    ['光から連絡あった', ['光']],
    ['凛が言ってた', ['凛']],
    ['健太さんと会う', ['健太']],
  ])('%s -> %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['光が差し込む会議室です。', '誠に申し訳ございません。', '愛が大切です。', '昨日、光が届かない場所を調べた。', '本社から連絡があった。', '大阪から来ました。', '春が来た。'])('%s: no name', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a name found once is masked wherever it stands again', () => {
  it('masks the bare surname of a full name found earlier', () => {
    const text = '山田太郎様、先日はありがとうございました。明日は山田が伺います。';
    expect(names(text)).toEqual(['山田太郎', '山田']);
    expect(maskPersonalData(text).masked).not.toContain('山田');
  });

  it('masks a one-kanji surname again only after an honorific named it, and not inside a longer word', () => {
    expect(names('森さんへ。森の件です。')).toEqual(['森', '森']);
    expect(names('鈴木部長と話した。鈴木町の工場を見た。')).toEqual(['鈴木']);
    expect(names('サトウケンタ様。サトウより')).toEqual(['サトウケンタ', 'サトウ']);
  });
});

describe('a bare surname before a task in a support log', () => {
  it.each([
    ['【対応履歴】一次回答済み。二次対応は飯田へ引き継ぎ。', ['飯田']],
    ['中村が回答済み、ご確認ください。', ['中村']],
    ['【対応履歴】松田拓海が一次回答済み。二次対応は松田へ引き継ぎ。', ['松田拓海', '松田']],
  ])('%s -> %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['本社へ引き継ぎ済みです。', '大阪へ転送しました。', 'サポート窓口へ引き継ぎました。', '東京に連絡した。'])('%s: no name', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a surname with ノ, ヶ, ケ or 之 inside', () => {
  it.each([
    ['一ノ瀬さんに確認します。', '一ノ瀬'],
    ['担当の八ノ宮が伺います。', '八ノ宮'],
    ['霞ヶ原様よりご連絡がありました。', '霞ヶ原'],
    ['昨日は一ノ瀬様にお会いしました。', '一ノ瀬'],
  ])('%s -> %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each(['一ノ谷の戦いについて調べる。', '関ヶ原の戦いは1600年です。', '霞ヶ関で会議があります。', '北ノ庄城の跡を訪ねた。'])('%s: no name', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a self-introduction after a company', () => {
  it.each([
    ['株式会社アルファの森です。', '森'],
    ['合同会社ベータの一ノ瀬です。本日はよろしくお願いします。', '一ノ瀬'],
    ['アルファ株式会社の佐藤でございます。', '佐藤'],
  ])('%s -> %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each(['株式会社アルファの者です。', '株式会社アルファの製品です。', '株式会社アルファの営業部です。', '株式会社アルファの担当です。'])('%s: no name', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a given name after a kinship word', () => {
  it.each([
    ['娘のさくらが熱を出しました。', 'さくら'],
    ['息子のはるとは元気です。', 'はると'],
    ['息子の陽翔は元気です。', '陽翔'],
    ['妻の美咲と旅行に行きます。', '美咲'],
  ])('%s -> %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each(['息子の学校が休みです。', '娘の部屋を片付けた。', '妻の実家に帰ります。', '母の日のプレゼントを選ぶ。', '娘のことが心配です。', '息子のために早退します。'])('%s: no name', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a kanji surname and a hiragana given name with a space between', () => {
  it.each([
    ['よろしくお願いします。\n知念　つばさ', '知念　つばさ'],
    ['以上、よろしくお願いいたします。\n笠原 しのぶ', '笠原 しのぶ'],
    ['確認　中川　みどり', '中川　みどり'],
    ['担当：山田 さくら様', '山田 さくら'],
  ])('%s -> %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each(['会議 はじめます', '資料 ありがとう', '本日 よろしく', '大阪 さくら通り'])('%s: no name', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('one-kanji given names as chat speaker labels', () => {
  it('reads them among other speaker lines', () => {
    expect(names('樹: ごめん遅れる\n望: 了解\n凛: おはよう')).toEqual(['樹', '望', '凛']);
  });

  it('leaves a single label line and question/answer headings alone', () => {
    expect(names('樹: 庭の手入れについて')).toEqual([]);
    expect(names('質問: ごめんなさい\n回答: はい')).toEqual([]);
  });
});

describe('a rare surname between known surnames in a list', () => {
  it.each([
    ['出席者：鈴木・薬袋・高橋', ['鈴木', '薬袋', '高橋']],
    ['CC：佐藤、四十物、田中、山本', ['佐藤', '四十物', '田中', '山本']],
    ['メンバー：山本/鬼頭/小林', ['山本', '鬼頭', '小林']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['出席者：佐藤・営業・高橋', ['佐藤', '高橋']],
    ['メンバー：佐藤、新人、鈴木', ['佐藤', '鈴木']],
    ['出席：田中、東口、鈴木', ['田中', '鈴木']],
    ['出席者：佐藤・技術部・高橋', ['佐藤', '高橋']],
    ['CC：全員、関係者', []],
  ])('%s: no word of the list as a name', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a bare surname before と or も in casual text', () => {
  it.each([
    ['昨日佐藤と飲みに行ったら、高橋も来てた', ['佐藤', '高橋']],
    ['先週森と飲んだ', ['森']],
    ['昨日吉田と会った', ['吉田']],
    ['今日藤井も来てたよ', ['藤井']],
    ['ゆうべ石川とご飯行った', ['石川']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['昨日会社と話した', '昨日東京と大阪に行った', '今日本社と相談', '先日弊社と契約', '今朝部長も来てた', '明日中野と渋谷に行く'])('%s: no name', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('attendee lists with the department in brackets and sign-off labels', () => {
  it.each([
    ['出席：林（営業）、森（開発）', ['林', '森']],
    ['出席：山田（営業）、鬼頭（開発）、佐藤（総務）', ['山田', '鬼頭', '佐藤']],
    ['承認者：小鳥遊 翔太', ['小鳥遊 翔太']],
    ['文責：一ノ瀬 翔', ['一ノ瀬 翔']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['出席：営業部（3名）', '出席：営業（2名）、開発（3名）', '確認：完了', '承認：済み', '文責：編集部', '承認者：営業部 翔太'])('%s: no name', (text) => {
    expect(names(text).filter((n) => n.length > 2)).toEqual([]);
  });
});
