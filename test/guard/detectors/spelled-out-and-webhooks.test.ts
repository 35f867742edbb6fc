import { found, names, types } from '../../support/detected';

// Identifiers and names spelled out one character at a time (kanji numerals with a space between
// each, letters and kana set apart by spaces), the formats a blind set of finance, medical and
// operations texts pasted (incoming-webhook URLs, command-line and .pgpass passwords, hyphenated
// IBANs, an account after 振込先, an address after 〒 with no prefecture) and names before a
// Japanese honorific in romaji or at a hiragana sign-on. Each family with look-alikes that stay clean.
describe('kanji numerals one by one', () => {
  it.each([
    ['a My Number in spaced kanji numerals', 'マイナンバー七 二 九 三 五 四 一 四 七 一 五 七', 'MY_NUMBER', '七 二 九 三 五 四 一 四 七 一 五 七'],
    ['a phone number in spaced kanji numerals with の between groups', 'TEL：〇 九 〇 の 四 四 一 二 の 〇 三 七 五', 'PHONE_NUMBER', '〇 九 〇 の 四 四 一 二 の 〇 三 七 五'],
    ['a pension number in spaced kanji numerals', '年金番号 三 一 〇 九 ー 五 五 八 二 〇 四', 'PENSION_NUMBER', '三 一 〇 九 ー 五 五 八 二 〇 四'],
    ['a licence number in kanji numerals before に', '運転免許証の番号は三四七六九九二六一六七九になります', 'DRIVERS_LICENSE', '三四七六九九二六一六七九'],
  ])('%s', (_family, text, type, value) => {
    expect(found(text, type)).toEqual([value]);
  });

  it.each([
    ['a postal code before で and a word in kanji', '郵便番号 690-0003 で一致を確認。', 'POSTAL_CODE', '690-0003'],
    ['spaced digits before a particle', '電話番号は 0 9 0 1 2 3 4 5 6 7 8 にお願いします', 'PHONE_NUMBER', '0 9 0 1 2 3 4 5 6 7 8'],
  ])('%s keeps its value as written', (_family, text, type, value) => {
    expect(found(text, type)).toEqual([value]);
  });

  it.each([
    ['kanji numerals in words with spaces', '一 二 三 の 順に 説明'],
    ['a count and a rank', '参加者 三 名、順位 一 位'],
  ])('%s stays clean', (_family, text) => {
    expect(types(text)).toEqual([]);
  });
});

describe('names spelled out one letter at a time', () => {
  it.each([
    ['katakana, a space between letters', 'お客様名：ナ カ ム ラ　ユ ウ キ', ['ナ カ ム ラ　ユ ウ キ']],
    ['capitals, a space between letters', 'お名前　K E N T A　I W A S A K I', ['K E N T A　I W A S A K I']],
    ['capitals before 様', 'Y A M A Z A K I 様、お薬の準備ができました', ['Y A M A Z A K I']],
  ])('%s', (_family, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an acronym spelled out', 'P D C A サイクルを回す'],
    ['options in a list', 'A B C のいずれかを選択'],
    ['kana glued to a word before a space', '担当の は確認済み'],
  ])('%s stays clean', (_family, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('names before a Japanese honorific or at a sign-on', () => {
  it.each([
    ['a romanised surname before さん', 'Yamazakiさんに確認します', ['Yamazaki']],
    ['a romanised surname in capitals before 様, as a passport writes it', 'YOSHIDA様（パスポート表記）の搭乗券', ['YOSHIDA']],
    ['a hiragana surname after a greeting', 'DMで失礼します、まつもとです（ひらがなの方です）', ['まつもと']],
    ['a hiragana surname quoted as a caller gave it', '窓口で「わたなべです」と名乗られた方が来ました', ['わたなべ']],
  ])('%s', (_family, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an acronym before 様', 'AWS様との定例'],
    ['a company in capitals before 様', 'NTT様の案件'],
    ['a company before 様', 'Amazon様への納品'],
    ['a place before 様', 'Tokyo様'],
    ['a quoted word before です', '「さすがです」と褒められた'],
    ['an adjective of three kana after a greeting', 'お疲れ様です、ながいです。'],
  ])('%s stays clean', (_family, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('credentials in the forms operations chat pastes', () => {
  it.each([
    ['a GitHub token a character short of the issued length', 'トークンが残ってます → ghp_7Xq2LmN9vBc4Rt8YzKe1Hs6Wd0Pf3Ga5Ju2（要削除）', 'ghp_7Xq2LmN9vBc4Rt8YzKe1Hs6Wd0Pf3Ga5Ju2'],
    ['a Stripe webhook signing secret', 'secret 貼ります：whsec_fVURQTqf3xdkMryBCkgRSVbjJljwD0P5', 'whsec_fVURQTqf3xdkMryBCkgRSVbjJljwD0P5'],
    ['a Slack incoming-webhook URL', 'SLACK_WEBHOOK=https://hooks.slack.com/services/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', 'https://hooks.slack.com/services/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'],
    ['a Discord webhook URL', '通知先 https://discord.com/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd', 'https://discord.com/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd'],
    ['a MySQL password glued to -p in quotes', "mysqldump -u report -p'R3port#2024q' sales_db", 'R3port#2024q'],
    ['a MySQL password glued to -p', 'mysql -u root -pS3cret99 -h db01', 'S3cret99'],
    ['the password field of a .pgpass line', 'db.internal:5432:cs:etl_user:etl#Sync-2024', 'etl#Sync-2024'],
    ['the password field of a .pgpass line on another port', 'replica.internal:6543:*:report:R3ad#Only', 'R3ad#Only'],
    ['a service-account key id in JSON', '{"private_key_id": "19fabc7e8f94b72c37353a95ed6d51a0167f92d4"}', '19fabc7e8f94b72c37353a95ed6d51a0167f92d4'],
  ])('%s', (_family, text, value) => {
    expect(found(text, 'SECRET')).toEqual([value]);
  });

  it.each([
    ['mysql asking for the password', 'mysql -u root -p でログインしてください'],
    ['another command with -p', 'grep -p foo bar.txt'],
    ['a time with seconds', '10:15:30 開始'],
    ['a .pgpass line with a placeholder', 'localhost:5432:*:postgres:*'],
    ['a Slack channel link', 'https://app.slack.com/client/T04AB12CD を開く'],
  ])('%s stays clean', (_family, text) => {
    expect(found(text, 'SECRET')).toEqual([]);
  });
});

describe('account and address forms', () => {
  it.each([
    ['an IBAN with hyphens between groups', 'IBAN NL91-ABNA-0417-1643-00', 'IBAN', 'NL91-ABNA-0417-1643-00'],
    ['an account after 振込先 with an invisible character between each digit', '振込先：7\u200b3\u200b0\u200b4\u200b1\u200b8\u200b6', 'BANK_ACCOUNT', '7\u200b3\u200b0\u200b4\u200b1\u200b8\u200b6'],
    ['an account after お振込先', 'お振込先 1234567 までお願いします', 'BANK_ACCOUNT', '1234567'],
    ['a ward and town after 〒 with no prefecture', '〒107-0062 港区南青山へ発送', 'ADDRESS', '港区南青山'],
    ['a city, ward and town after 〒', '〒231-0023 横浜市中区山下町への転居', 'ADDRESS', '横浜市中区山下町'],
    ['a lot in kanji numerals joined by dashes', '愛知県名古屋市中区三の丸三-一-一に移転', 'ADDRESS', '愛知県名古屋市中区三の丸三-一-一'],
  ])('%s', (_family, text, type, value) => {
    expect(found(text, type)).toEqual([value]);
  });

  it.each([
    ['an IBAN with a wrong check and hyphens', 'IBAN NL91-ABNA-0417-1643-01'],
    ['a transfer amount', '振込金額 1234567 円'],
    ['a transfer date', '振込日 2024-05-01'],
    ['a postal code alone', '〒100-0001'],
  ])('%s stays clean', (_family, text) => {
    expect(types(text).filter((t) => !t.startsWith('POSTAL_CODE'))).toEqual([]);
  });
});
