import { found, names, types } from '../../support/detected';

// Licence numbers as the card prints them, credentials pasted after a Japanese word, quoted and
// dormitory addresses, and numbers in kanji numerals spaced out wider than one space.

describe('driving licence numbers', () => {
  it.each([
    ['after a bare 免許 and a colon, in 第…号', '阿部純一の免許：第3014‐3155ｰ6670号', '3014‐3155ｰ6670'],
    ['in kanji numerals', '坂本湊の免許：第四六〇五五八一一九四六〇号', '四六〇五五八一一九四六〇'],
    ['in full-width digits', '桜井茜の免許：第６２１８３６５１４９８１号', '６２１８３６５１４９８１'],
    ['spaced out', '中村沙織の免許：第7  1  0  8  9  1  7  4  9  2  7  0号', '7  1  0  8  9  1  7  4  9  2  7  0'],
  ] as const)('%s', (_case, text, value) => {
    expect(found(text, 'DRIVERS_LICENSE')).toEqual([value]);
  });

  it('each driver of a list, numbered labels and all, even a number that passes the My Number check', () => {
    const text = 'レンタカー予約で運転者の免許証番号が必要です。\n運転者1：前田凛　第621381959091号\n運転者2：東海林学　第300596622600号';
    expect(types(text)).toEqual([
      'PERSON_NAME:前田凛',
      'DRIVERS_LICENSE:621381959091',
      'PERSON_NAME:東海林学',
      'DRIVERS_LICENSE:300596622600',
    ]);
  });

  it.each([
    '特許第1234567号を取得しました',
    '登録番号 第123456789012号（商標）',
    '免許の更新は来月です。',
  ])('no licence in %j', (text) => {
    expect(found(text, 'DRIVERS_LICENSE')).toEqual([]);
  });
});

describe('credentials', () => {
  it('a SendGrid API key needs no key word', () => {
    const key = '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';
    expect(found(`清水さんが貼ったもの ${key} は失効済みです`, 'SECRET')).toEqual([key]);
  });

  it.each([
    ['a new token after one space', '新トークン Line!2024D2tB を設定済み（担当：田中）', 'Line!2024D2tB'],
    ['an API key after one space', 'APIキー AbCd-1234 を発行しました', 'AbCd-1234'],
  ] as const)('%s', (_case, text, value) => {
    expect(found(text, 'SECRET')).toEqual([value]);
  });

  it.each(['トークン 2024年度 の更新', 'トークンの有効期限は2025年3月です', 'シークレット キャンペーンのお知らせ'])('no secret in %j', (text) => {
    expect(found(text, 'SECRET')).toEqual([]);
  });
});

describe('dates of birth and addresses', () => {
  it('a date of birth asked for with も is answered on the next line', () => {
    const text = 'オペレーター: ご住所を確認しました。あわせて生年月日もお願いできますか。\nお客様: 1961年7月2日 です';
    expect(found(text, 'DATE_OF_BIRTH')).toEqual(['1961年7月2日']);
  });

  it('a quoted address ends at its closing quote', () => {
    const text = '登記上の所在地「〒650-0693 兵庫県神戸市中央区三宮町3丁目27番20号」で相違ないかご確認をお願いいたします。';
    expect(types(text)).toEqual(['POSTAL_CODE:〒650-0693', 'ADDRESS:兵庫県神戸市中央区三宮町3丁目27番20号']);
  });

  it('a dormitory address after 入寮先', () => {
    expect(found('入寮先：宇都宮市平出町995実習生寮 ひまわり館311号室\n監理団体の緊急連絡先：なし', 'ADDRESS')).toEqual(['宇都宮市平出町995実習生寮 ひまわり館311号室']);
  });

  it('no address after 転居先 without one', () => {
    expect(found('転居先は未定です。決まり次第連絡します。', 'ADDRESS')).toEqual([]);
  });
});

describe('kanji numerals spaced out wide', () => {
  it.each([
    ['a phone number with two spaces between digits', '寮の当番表の件、わからなければ〇  七  〇  ー  四  六  七  四  ー  九  〇  〇  〇まで', 'PHONE_NUMBER', '〇  七  〇  ー  四  六  七  四  ー  九  〇  〇  〇'],
    ['a My Number with uneven spaces and の between groups', '個人番号（マイナンバー）：五 八  九 八 の 九  五　九  三  の 五　六　六  六', 'MY_NUMBER', '五 八  九 八 の 九  五　九  三  の 五　六　六  六'],
    ['a phone number whose area code is two digits, joined by の', '直通 〇三の九九六七の九一八二 へお願いします。', 'PHONE_NUMBER', '〇三の九九六七の九一八二'],
  ] as const)('%s', (_case, text, type, value) => {
    expect(found(text, type)).toEqual([value]);
  });

  it.each(['一 九 七 二 の 一 〇 の 一 四に生まれた', '一九七二の一〇の一四に生まれた', '三の丸の一二三四番地', '第一  二  三回の会合'])('no number in %j', (text) => {
    expect(types(text).filter((t) => !t.startsWith('PERSON_NAME'))).toEqual([]);
  });

  it('names beside the numbers are unchanged', () => {
    expect(names('運転者1：前田凛　第621381959091号')).toEqual(['前田凛']);
  });
});

describe('names in handovers, logs, family forms and English requests', () => {
  it.each([
    ['both people of a handover with their sites in brackets', '榊原（刈谷）→ 松本（本社）に業務引継ぎ', ['榊原', '松本']],
    ['a handover written with から and へ', '佐藤から鈴木へ担当を引き継ぎます。', ['佐藤', '鈴木']],
    ['a prefecture that is a surname, as a speaker of a time-stamped log', '[19:42] 石川: 明日の練習試合、車出しできる人いますか\n[19:45] 佐藤: うちも乗せてもらえると助かります', ['石川', '佐藤']],
    ['who answered, in minutes', 'A. 7月末を目標に調整中（回答：松本）', ['松本']],
    ['a child’s full name glued to 長女', '一次申込をした長女田中 澪（生年月日：令和3年6月10日）について', ['田中 澪']],
    ['a department in katakana before the person', '担当：カスタマーサクセス部 野口（携帯 070-941-1234）', ['野口']],
    ['a person looped in', 'Please loop in Brown on the partner call.', ['Brown']],
    ['a person pinged', 'Please ping Sarah about it.', ['Sarah']],
  ] as const)('%s', (_case, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    '東京から大阪へ業務を引き継ぎ',
    '大阪から名古屋に引き継ぎ',
    '東京: 晴れ\n石川: 曇りです\n大阪: 雨だね',
    '金融機関：みずほ銀行 刈谷支店',
    '支店は新町支店です。',
    '長女出産 予定',
    'Dear Accounts Team,',
    'PC-7985,MacBook Air M2,2024/02/11',
    'Please loop in Legal on this.',
  ])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('table columns, phone numbers read out and kanji in addresses', () => {
  it('the address column of a pasted table, whatever lot form a cell ends in', () => {
    const text = '順,氏名,住所,温度帯,結果\n33,伊藤清,岩手県遠野市中央通り3154-1エスポワール1203,冷凍,済\n13,内田柚希,静岡県賀茂郡松崎町松崎87,常温,済';
    expect(found(text, 'ADDRESS')).toEqual(['岩手県遠野市中央通り3154-1エスポワール1203', '静岡県賀茂郡松崎町松崎87']);
  });

  it('no address in a table column of another name', () => {
    expect(found('順,氏名,備考,結果\n13,内田柚希,静岡の倉庫3番,済', 'ADDRESS')).toEqual([]);
  });

  it('a birth column that may hold either a date or an e-mail address', () => {
    const text = 'id,name,birth_or_email,status\n2706,河野正雄,1990/07/20,inactive\n4860,今井健一,S61.9.6,inactive';
    expect(found(text, 'DATE_OF_BIRTH')).toEqual(['1990/07/20', 'S61.9.6']);
  });

  it('a phone number read out with の and groups of two, spaced and split by invisible characters', () => {
    const text = 'ご不明点は 〇　四　\u2060九　\u2060四　の　二　\u2060一　の　一　〇　四　一 までお気軽にどうぞ。';
    expect(found(text, 'PHONE_NUMBER')).toEqual(['〇　四　\u2060九　\u2060四　の　二　\u2060一　の　一　〇　四　一']);
  });

  it.each([
    ['a kanji year in the local part', 'E-mail: katok一九六四@tozai-boeki.co.jp　試行回数 63', 'katok一九六四@tozai-boeki.co.jp'],
    ['after an underscore', 'user typed: saki_yotsuya_一九九六@docomo.ne.jp', 'saki_yotsuya_一九九六@docomo.ne.jp'],
  ] as const)('an e-mail address with %s', (_case, text, value) => {
    expect(found(text, 'EMAIL')).toEqual([value]);
  });

  it('kanji numerals beside letters but not before an @ stay words', () => {
    expect(types('model一九六四 was released')).toEqual([]);
  });
});
