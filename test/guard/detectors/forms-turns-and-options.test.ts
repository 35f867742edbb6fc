import { found, names, types } from '../../support/detected';

// Form labels for people (a former surname, a child, a household), a name kanji outside the Basic
// Multilingual Plane, words that qualify a field or name a post, timetables, stack traces,
// credentials passed as command options or as a URL's user, a birth date given in the next turn of
// a call, and a My Number in kanji numerals between commas. Each family with look-alikes.
describe('names on forms', () => {
  it.each([
    ['𠮷 (土よし), outside the Basic Multilingual Plane', '会員名：𠮷田希 様', ['𠮷田希']],
    ['𠮷 in a firm sign-on', '栄リーガル法律事務所の𠮷田です。', ['𠮷田']],
    ['a new and a former surname', '新姓：井上ひとみ（旧姓：千葉）', ['井上ひとみ', '千葉']],
    ['a child on a benefit form', '児童：山崎愛（2015年1月16日生）', ['山崎愛']],
    ['a hiragana label on a nursery letter', 'おなまえ：やまだ　そういちろう', ['やまだ　そういちろう']],
    ['a household', '世帯構成：世帯主 御手洗勇気、妻 愛、長男 ひとみ、長女 由美（4人世帯）', ['御手洗勇気', '愛', 'ひとみ', '由美']],
    ['a katakana name after カナ氏名', 'カナ氏名：シミズ　サクラ', ['シミズ　サクラ']],
    ['a name before 氏名義', '山田氏名義の口座', ['山田']],
    ['a foreign name that is also a word', 'マリアさんに連絡', ['マリア']],
    ['kanji with a surname reading before さん', '一ノ瀬（いちのせ）さんの名字は読み方が珍しい', ['一ノ瀬', 'いちのせ']],
    ['a signature with the full reading', '丸和工業株式会社 管理部\n千葉勇気（ちば ゆうき）\n――――', ['千葉勇気', 'ちば ゆうき']],
  ])('%s', (_family, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an allowance', '児童手当の申請について'],
    ['a wife and child', '妻 子 ともに元気です'],
    ['a post addressed with さん', 'フロントさん、704号室のお客様の連絡です'],
    ['a till addressed with さん', 'レジさんにお願いしてください'],
    ['an airport before a departure time', '往路：JL392便 羽田 06:45発 → 福岡 08:30着'],
    ['a place that starts with a surname and ends in a facility', '葛西臨海水族園への遠足は雨天決行です'],
    ['a word with its reading', '稟議（りんぎ）を回します'],
    ['a region with its reading', '東海（とうかい）地方の天気'],
  ])('%s: no name', (_family, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('code and commands', () => {
  it('a stack frame naming formatAddress is no address', () => {
    expect(types('  at formatAddress (src/shipping/label.ts:202:24)')).toEqual([]);
  });

  it.each([
    ['in an exec array', 'command: ["redis-server", "--requirepass", "Umi$6862x"]', 'Umi$6862x'],
    ['after a space', 'redis-server --requirepass haru53!Kaze --port 6379', 'haru53!Kaze'],
    ['after =', 'psql-wrapper --password=Tk7#pq2Lm', 'Tk7#pq2Lm'],
  ])('a credential option %s', (_family, text, value) => {
    expect(found(text, 'SECRET')).toEqual([value]);
  });

  it.each([
    ['a key in hex spelled out in brackets after password', '委託先ブログのスクリーンショットにpassword（e a 7 8 3 6 a c c 4 3 d 0 e c a 3 c 8 1 c 8 d f 9 c 4 b 7 6 9 6）が写り込んでいました。', 'e a 7 8 3 6 a c c 4 3 d 0 e c a 3 c 8 1 c 8 d f 9 c 4 b 7 6 9 6'],
    ['a password in brackets after パスワード', 'パスワード(Tk7#pq2Lm)を共有しました', 'Tk7#pq2Lm'],
  ])('a credential %s', (_family, text, value) => {
    expect(found(text, 'SECRET')).toEqual([value]);
  });

  it.each([
    ['a note in brackets', 'パスワード（8文字以上）を入力してください'],
    ['an English note in brackets', 'password (optional) を設定'],
    ['a plural', 'password(s) were rotated'],
  ])('a key with %s stays clean', (_family, text) => {
    expect(found(text, 'SECRET')).toEqual([]);
  });

  it.each([
    ['a placeholder', 'login --password ********'],
    ['a variable', 'cli --token=$TOKEN'],
    ['a flag with no value', 'docker login --password-stdin'],
  ])('a credential option with %s stays clean', (_family, text) => {
    expect(found(text, 'SECRET')).toEqual([]);
  });

  it('a key as a URL user (a Sentry DSN) is a secret, not an e-mail address; a plain user stays an address', () => {
    const dsn = 'SENTRY_DSN=https://1c666add70d22b2bbf24c776736a602f@o420930.ingest.sentry.io/8304509';
    expect(types(dsn)).toEqual(['SECRET:1c666add70d22b2bbf24c776736a602f']);
    expect(found('mail me at https://taro@example.com', 'EMAIL')).toEqual(['taro@example.com']);
  });
});

describe('a birth date given in the next turn of a call', () => {
  it.each([
    ['after a timestamp and the caller label', 'オペ：ご本人確認のため生年月日をお願いいたします。\n[00:01:18] 顧客：1956年8月15日です。', '1956年8月15日'],
    ['in kanji numerals', '生年月日をお願いします。\n顧客：平成九年八月二十五日です。', '平成九年八月二十五日'],
  ])('%s', (_family, text, value) => {
    expect(found(text, 'DATE_OF_BIRTH')).toEqual([value]);
  });

  it('a date in the answer that is about something else stays clean', () => {
    expect(found('生年月日の入力をお願いします。\n顧客：わかりました。2025年4月1日から始めます', 'DATE_OF_BIRTH')).toEqual([]);
  });
});

describe('a My Number in kanji numerals between commas', () => {
  it('is read as twelve digits', () => {
    expect(found('お客様の個人番号（マイナンバー）四二四三、一五七二、二二五四', 'MY_NUMBER')).toEqual(['四二四三、一五七二、二二五四']);
  });

  it('numerals listed one by one stay words', () => {
    expect(types('手順は一、二、三、四、五、六、七、八の順に進めます')).toEqual([]);
  });
});

describe('colleagues named in the frames of office replies', () => {
  it.each([
    ['who will get back to the customer', 'この件は担当に確認してから、勅使河原から改めてご連絡いたします。', ['勅使河原']],
    ['who is asked', '詳細は前田に確認してから回答します。', ['前田']],
    ['who did something, after a time word', '昨日岡本が倉庫に来たときに、棚卸の数字が合わなかった', ['岡本']],
    ['who is off today', '本日田中は休みです', ['田中']],
  ])('%s', (_family, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a head office and a department', 'この件は経理に確認してから、本社から改めてご連絡いたします。'],
    ['a city after a time word', '今日東京は雨です'],
    ['a line after a time word', '明日中央線が運休します'],
    ['a sentence ending in です', '以上です。結論です。'],
  ])('%s: no name', (_family, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('what reads as a name only by its characters', () => {
  it.each([
    ['a placeholder in a CSV row', '2,清水 澪,（未記入）,10km', ['清水 澪']],
    ['a counter after a number, then a room type', '宿泊代表者 前田 愛 様　2泊　和室', ['前田 愛']],
    ['a care manager', 'ケアマネから連絡してもらうよう伝えました', []],
    ['a company before Co., Ltd.', 'Overseas Sales Dept.\nToyo Seiki Co., Ltd.', []],
    ['a kanji-numeral given name before さん', '一二三さんが来た', ['一二三']],
    ['a romaji honorific after a hyphen', 'Dear 松本-san,\n\nThank you for the call.', ['松本']],
  ])('%s', (_family, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('lots in kanji numerals with 十, joined twice by の, end the address', () => {
    expect(found('住所欄「北海道釧路市栄町四の二十四の二十三」', 'ADDRESS')).toEqual(['北海道釧路市栄町四の二十四の二十三']);
    expect(names('住所欄「北海道釧路市栄町四の二十四の二十三」')).toEqual([]);
  });

  it.each([
    ['the columns of pasted kubectl output', 'order-worker-5   1/1     Running            0          5d'],
    ['an HTTP status and a timestamp', 'HTTP 503 Service Unavailable at 2024-02-15T01:43:52'],
  ])('%s: no address', (_family, text) => {
    expect(found(text, 'ADDRESS')).toEqual([]);
  });

  it('a drawing number shaped like a phone number stays a drawing number; a phone after 電話 is one', () => {
    expect(types('図番 07-4249-3413 Rev.B の改訂内容（穴位置の変更）')).toEqual([]);
    expect(found('電話 03-1234-5678', 'PHONE_NUMBER')).toEqual(['03-1234-5678']);
  });

  it('an address cue with a note in brackets before the colon', () => {
    expect(found('生徒の新住所（転居届より）：群馬県高崎市八島町1–16–1', 'ADDRESS')).toEqual(['群馬県高崎市八島町1–16–1']);
  });
});

describe('people in school, co-op, chat and commit text', () => {
  it.each([
    ['a surname glued after a school post', '養護教諭宮本が応急処置後、保護者へ連絡しました', ['宮本']],
    ['a new hire after its label', '新入社員：千葉千尋（営業部、2024年6月19日入社）', ['千葉千尋']],
    ['a full name before a title in one kanji run', '田中六助通産大臣が来日した', ['田中六助']],
    ['a member name in katakana', '会員名：クボ ユイナ', ['クボ ユイナ']],
    ['a payee in capitals', '受取人名：CHEN JIE', ['CHEN JIE']],
    ['a family member in brackets', '緊急連絡先：一ノ瀬葵（妹）050-2832-2801', ['一ノ瀬葵']],
    ['a guardian in a chat log', '7:21 安藤（保護者）\nすみません、熱が出ました', ['安藤']],
    ['a romaji given name thanked in chat', "Thanks, Koji! I'll merge this", ['Koji']],
    ['a commit trailer', 'Co-authored-by: Kotone Momose <kotone@example.com>', ['Kotone Momose']],
    ['full names in hiragana on a children\'s duty list', 'きょうのとうばん：たけうち きょうへい、しばた ゆうま', ['たけうち きょうへい', 'しばた ゆうま']],
    ['a full name in hiragana before さん', 'きょうは さかもと さちこさんが デイサービスに きてくれました', ['さかもと さちこ']],
  ])('%s', (_family, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an office in brackets', '本社（本人確認済み）と資料（担任）'],
    ['a city thanked', 'Thanks, Tokyo!'],
    ['a team greeted', 'Hi Team, the build is green'],
    ['a bot in a trailer', 'Signed-off-by: Build Bot'],
    ['hiragana phrases one space apart', 'よろしく おねがいします。いつも ありがとう ございます'],
  ])('%s: no name', (_family, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('from the last two blind sets', () => {
  it("a log line's date and hour next to personal data is no pension number", () => {
    const text = '2024-06-07 03:12:44 auth[9650]: login failed for user=yuto5@icloud.com from 110.144.174.37';
    expect(found(text, 'PENSION_NUMBER')).toEqual([]);
    expect(found('山田太郎 1234-567890', 'PENSION_NUMBER')).toEqual(['1234-567890']);
  });

  it('a token after トークン, in full-width letters and digits', () => {
    expect(found('共有用のAPIトークン：ｃ５２６ｆｂ７ｆｅ４１５１６２８６ｂ４５８ｃ３９ｆ５ｆ７２３６ｄ', 'SECRET')).toEqual(['ｃ５２６ｆｂ７ｆｅ４１５１６２８６ｂ４５８ｃ３９ｆ５ｆ７２３６ｄ']);
    expect(found('トークンは定期的に更新してください。トークン：別途連絡', 'SECRET')).toEqual([]);
  });
});
