import { detectEntities } from '../../../lambda/guard/detect';

/**
 * Person names that a pasted format or a short cue gives away: chat speakers that are a given
 * name alone, @-mentions, role labels in minutes and lists, and e-mail header labels that are no
 * name. Each family holds positives in several business formats and hard negatives beside them
 * (texts of the same shape that hold no personal data).
 */
function names(text: string): string[] {
  return detectEntities(text)
    .filter((f) => f.type === 'PERSON_NAME')
    .map((f) => text.slice(f.start, f.end));
}

function expectNames(cases: readonly (readonly [string, readonly string[]])[]): void {
  for (const [text, want] of cases) expect({ text, found: names(text) }).toEqual({ text, found: [...want] });
}

describe('given names alone as chat speakers and @-mentions', () => {
  it('reads a given name before a colon as the speaker when the line is speech', () => {
    expectNames([
      ['杏: 了解です。資料は明日送ります。', ['杏']],
      ['翔：了解！すぐ確認します', ['翔']],
      ['かおる：午後の会議、参加します', ['かおる']],
      ['あおい：見積書を送りました', ['あおい']],
      ['[09:12] ゆかり: 承知しました', ['ゆかり']],
      ['10:58 翔太: 見積もりを確認中です', ['翔太']],
      ['- 美咲：明日の打ち合わせ、資料お願いできますか？', ['美咲']],
    ]);
  });

  it('takes a time stamp before a one-kanji label as the sign of a log line', () => {
    expectNames([
      ['[10:58] 林: 承知しました', ['林']],
      ['10:02 森：資料を送りました', ['森']],
      ['[10:58] 金: 5,000円', []],
      ['10:00 東：晴れ', []],
      ['10:15 本：返却しました', []],
      ['林: 了解です', []],
    ]);
  });

  it('reads an @-mention in kanji or hiragana as a name when the lexicon does', () => {
    expectNames([
      ['@薫 資料の確認お願いします', ['薫']],
      ['@蓮 明日の件、対応お願いします', ['蓮']],
      ['@ゆかり 明日の件よろしく', ['ゆかり']],
      ['@ゆかりさん 議事録を共有しました', ['ゆかり']],
      ['了解です、@翔太 に回します', ['翔太']],
    ]);
  });

  it('reads a hiragana name standing alone before what a person does', () => {
    expectNames([
      ['ゆうきが担当します', ['ゆうき']],
      ['明日は、さくらから連絡があります', ['さくら']],
      ['はるかが対応しました', ['はるか']],
    ]);
    expectNames([
      ['わたしが担当します', []],
      ['みんなが参加します', []],
      ['こちらが対応します', []],
      ['それから連絡します', []],
      ['あとから連絡します', []],
    ]);
  });

  it('leaves headings, notes and group mentions of the same shape alone', () => {
    expectNames([
      ['桜：満開です', []],
      ['花：届きました', []],
      ['光：入ります', []],
      ['金: 5,000円をお支払いください', []],
      ['議題: 予算\n備考: なし', []],
      ['まとめ：来週までに対応します', []],
      ['@全員 確認ください', []],
      ['@みなさん 確認お願いします', []],
      ['@営業部 共有します', []],
      ['問い合わせ先：info@例え.jp', []],
    ]);
  });
});

describe('role labels in minutes and lists', () => {
  it('reads the value of a role label as a name when the lexicon knows it', () => {
    expectNames([
      ['欠席：池田', ['池田']],
      ['PM：山口 / 開発：佐々木', ['山口', '佐々木']],
      ['司会：山本、書記：小林', ['山本', '小林']],
      ['■議事録\n進行：森\n記録：田村', ['森', '田村']],
      ['補佐: 真壁', ['真壁']],
    ]);
  });

  it('leaves role labels whose value is no person alone', () => {
    expectNames([
      ['出席：予定通り', []],
      ['参加：未定', []],
      ['参加：東京本社から3名', []],
      ['司会：中央会議室にて', []],
      ['窓口：本社総務', []],
      ['代理：なし', []],
      ['PM 3:00 開始', []],
    ]);
  });
});

describe('e-mail header labels', () => {
  it('never reads the body label after the address lines as a name', () => {
    expectNames([
      ['To: a@example.com\nCC: b@example.com\n本文：お疲れさまです。', []],
      ['宛先：営業部\n件名：見積の件\n本文：いつもお世話になっております。', []],
      ['添付：見積書.pdf\n追伸：来週伺います', []],
    ]);
    expectNames([['To: a@example.com\nCC: 山田\n本文：お疲れさまです。', ['山田']]]);
  });
});

describe('old and variant kanji in names', () => {
  it('looks a name written with traditional or register forms up as its common form', () => {
    expectNames([
      ['槇野様へ。ご確認ください。', ['槇野']],
      ['廣瀬様、お世話になっております。', ['廣瀬']],
      ['嶋田さんから見積が届きました', ['嶋田']],
      ['澤田部長に承認を依頼済みです', ['澤田']],
      ['担当：渡邊', ['渡邊']],
      ['惠子さんに連絡します', ['惠子']],
    ]);
  });

  it('leaves old forms in names of schools, places and things alone', () => {
    expectNames([
      ['國學院大學の学生が来社します', []],
      ['舊字體で書かれた資料を整理します', []],
      ['龍舞の映像を確認しました', []],
    ]);
  });
});

describe('full names split by a wide gap', () => {
  it('masks both parts when two spaces, a full-width pair or a tab part them', () => {
    expectNames([
      ['東海林  絢子さんから連絡がありました', ['東海林', '絢子']],
      ['石川　　絢子様', ['石川', '絢子']],
      ['氏名\t東海林\t絢子', ['東海林', '絢子']],
      ['担当の佐藤  美咲が伺います', ['佐藤', '美咲']],
      ['氏名：石川\n絢子', ['石川', '絢子']],
    ]);
  });

  it('leaves words next to a name across a gap alone', () => {
    expectNames([
      ['会議室  明日', []],
      ['営業部  絢子さん', ['絢子']],
      ['東京  花子さん', ['花子']],
      ['会場\t東京  本社', []],
    ]);
  });
});

describe('a surname glued to a hiragana or one-kanji given name', () => {
  it('reads an ambiguous surname and a given name as one name when a person is meant', () => {
    expectNames([
      ['平野ひかりが担当します。', ['平野ひかり']],
      ['小山まゆみさんに確認します', ['小山まゆみ']],
      ['千葉彩から連絡がありました。', ['千葉彩']],
      ['千葉彩が担当します', ['千葉彩']],
    ]);
  });

  it('leaves the surname-like place or word alone when nothing says a person is meant', () => {
    expectNames([
      ['平野ひかりの写真展に行きました', []],
      ['千葉から連絡がありました', []],
      ['千葉県から連絡がありました。', []],
      ['松本から連絡がありました', []],
      ['大阪支店から連絡', []],
    ]);
  });
});

describe('romaji and katakana names', () => {
  it('reads a given name before a Japanese surname in English text', () => {
    expectNames([
      ['Please contact Jun Ichinohe for details.', ['Jun Ichinohe']],
      ['Mark Tanaka will join the call.', ['Mark Tanaka']],
      ['Ken Shiraishi sent the file this morning.', ['Ken Shiraishi']],
      ['名義：GANAHA AKANE', ['GANAHA AKANE']],
    ]);
  });

  it('leaves month names, verbs and places before such words alone', () => {
    expectNames([
      ['Jun 12 meeting moved to Friday', []],
      ['Jun Tokyo office opening', []],
      ['Mark the Tanaka file as done.', []],
      ['Mark Karaoke night on the calendar', []],
      ['Will Tanaka come?', []],
    ]);
  });

  it('reads a katakana name in brackets after a name label, but not an ordinary katakana value', () => {
    expectNames([
      ['氏名：「ドウメキ コウジ」', ['ドウメキ コウジ']],
      ['氏名：『東海林 絢子』', ['東海林 絢子']],
      ['氏名：ヤマモト サクラ', ['ヤマモト サクラ']],
      ['氏名：ジョン スミス', ['ジョン スミス']],
    ]);
    expectNames([
      ['氏名：サンプル', []],
      ['名前：テスト ユーザー', []],
      ['氏名：「サンプル」', []],
      ['お名前はデータです', []],
    ]);
  });
});

describe('rare surnames outside the lexicon before an honorific', () => {
  it('reads a three-kanji run IPADIC does not know before さん, 様 or 先生 as a name', () => {
    expectNames([
      ['月見里さんが来週の会議に出ます。', ['月見里']],
      ['百目鬼先生にご相談ください。', ['百目鬼']],
      ['月見里様、お世話になっております。', ['月見里']],
      ['惠比寿さんが来社します', ['惠比寿']],
    ]);
  });

  it('leaves roles, trades, bodies and words ending in 様 alone', () => {
    expectNames([
      ['運転手さんに伝えてください', []],
      ['看護師さんが対応します', []],
      ['郵便屋さんが来ました', []],
      ['警備員さんに確認', []],
      ['代理店様各位', []],
      ['取引先様へのご案内', []],
      ['事務局様宛てにお送りします', []],
      ['要求仕様様式を更新しました', []],
      ['恵比寿様にお参りしました', []],
      ['弁財天様の祭り', []],
    ]);
  });
});

describe('words and company names that start with a surname', () => {
  it('leaves a word written with kanji and okurigana alone (沢登り), and company names built on a surname', () => {
    expectNames([
      ['週末は沢登りの予定です。', []],
      ['沢登りが趣味です', []],
      ['堀切りの工事は来週です', []],
      ['伊藤忠実商事との契約を更新します。', []],
      ['佐藤健康食品との契約を更新します。', []],
      ['中村明星工業と打ち合わせ', []],
      ['小林正樹建設に依頼しました', []],
      ['高橋真理科学に発注しました', []],
      ['佐藤通信との契約', []],
      ['山田総研の報告書', []],
      ['中島運送に集荷を依頼', []],
    ]);
  });

  it('still reads the surname with a cue or a particle right after it', () => {
    expectNames([
      ['沢登さんの予定を確認します', ['沢登']],
      ['沢登が担当します', ['沢登']],
      ['担当：沢登', ['沢登']],
      ['佐藤らの調査によれば', ['佐藤']],
      ['佐藤さんの通信費を精算します', ['佐藤']],
      ['通信担当の佐藤です', ['佐藤']],
    ]);
  });
});

describe('pasted tables with a name column', () => {
  it('reads the cells of a name column in Markdown, TSV and CSV tables, one-kanji surnames included', () => {
    expectNames([
      ['| 氏名 | 部署 |\n|---|---|\n| 池田 | 営業 |\n| 神 | 総務 |', ['池田', '神']],
      ['| 名前 | 役割 |\n| --- | --- |\n| 山口 | PM |\n| 真壁 | 補佐 |', ['山口', '真壁']],
      ['氏名\t部署\n池田\t営業\n神\t総務\n木立\t開発', ['池田', '神', '木立']],
      ['担当者,部署\n池田,営業\n千葉,総務', ['池田', '千葉']],
    ]);
  });

  it('leaves tables without a name column, rule rows and empty cells alone', () => {
    expectNames([
      ['| 地域 | 売上 |\n|---|---|\n| 東京 | 100 |', []],
      ['| 品名 | 数量 |\n|---|---|\n| 鉛筆 | 10 |', []],
      ['| 氏名 | 部署 |\n|:---|---:|\n| - | 営業 |', []],
      ['| 項目 | 内容 |\n|---|---|\n| 名前 | 未定 |', []],
      ['氏名\t部署\n※\t営業', []],
    ]);
  });

  it('reads the value cell after a role or people key cell of a Markdown row', () => {
    expectNames([
      ['| 担当 | 池田 |', ['池田']],
      ['| PM | 山口 |\n| 欠席 | 千葉 |', ['山口', '千葉']],
      ['| 担当 | 森 |\n| 期限 | 明日 |', ['森']],
    ]);
    expectNames([
      ['| 担当 | 営業部 |', []],
      ['| 担当 | 未定 |', []],
      ['| 期限 | 池田 |', []],
    ]);
  });
});
