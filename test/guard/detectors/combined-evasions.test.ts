import fc from 'fast-check';
import { maskPersonalData } from '../../../lambda/guard/mask';
import { normalize, normalizedFromEdits } from '../../../lambda/guard/normalize';
import { core } from '../../fixtures/guard/typed-evasions';
import { found, names, types } from '../../support/detected';

// Evasions stacked on one value: spelled out and split by invisible characters, spelled out in
// full-width forms, kanji numerals one by one with spaced dashes, kanji letters one by one (an
// address, a name), and credentials spelled out or written in kanji numerals. Each family with
// look-alikes that stay clean.

const ZW = '\u200b';
const ZWJ = '\u200d';
const LRM = '\u200e';

describe('a value spelled out and split by invisible characters reads as spelled out', () => {
  const spacedWith = (value: string, invisible: string) => [...value].join(`${invisible} ${invisible}`);

  it.each([
    ['an e-mail address, U+FEFF around each space', 'メール：', 'taro.ya@example.com', '\ufeff', '', 'EMAIL'],
    ['an e-mail address, U+200E around each space', '連絡先 ', 'h-suzuki09@example.com', LRM, ' まで', 'EMAIL'],
    ['a corporate number in kanji numerals, U+202B around each space', '当社の法人番号は', '九〇六六〇一三三六九五八七', '\u202b', 'です。', 'CORPORATE_NUMBER'],
    ['a PIN in kanji numerals, U+200B around each space', 'PIN：', '七五三二', ZW, '', 'SECRET'],
    ['a password, Hangul fillers around each space', 'パスワード: ', 'huz4855#UG', '\u115f', '', 'SECRET'],
  ])('%s', (_family, before, value, invisible, after, type) => {
    const written = spacedWith(value, invisible);
    const text = before + written + after;
    expect(found(text, type)).toEqual([written]);
    expect(core(maskPersonalData(text).masked)).not.toContain(core(value));
  });

  it('a name in kanji spaced with ideographic spaces and a ZWJ inside', () => {
    expect(names(`担当は西　${ZWJ}郷　寺です`)).toEqual([`西　${ZWJ}郷　寺`]);
  });

  it('letters spelled out in full-width forms are read once folded', () => {
    expect(found('パスワード: ｔ ｘ ａ ５ ０ ９ ８ ！ Ｑ Ｆ', 'SECRET')).toEqual(['ｔ ｘ ａ ５ ０ ９ ８ ！ Ｑ Ｆ']);
    expect(normalize('Ｙ Ａ Ｍ Ａ Ｄ Ａ様').text).toBe('YAMADA様');
  });

  it('the two passes compose into one offset map: the edits rebuild the text and each character maps back inside the original', () => {
    const pieces = [ZW, ZWJ, '\u2060', '\u00ad', LRM, ' ', ' ', '\u3000', 'ｔ', 'ａ', '５', '〇', '九', '一', '東', '京', 'a', 'b', '7', '@', '＠', '.', '．', '-', 'ー', '－', '電話', '番号', 'は', 'です', 'ゼロ', '：', 'com'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 2, maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const n = normalize(text);
        const e = n.edits;
        let original = 0;
        let normalized = 0;
        for (let k = 0; k < e.length; k += 4) {
          // In order, and the stretches between edits are the same text on both sides.
          expect(e[k]).toBeGreaterThanOrEqual(normalized);
          expect(e[k + 2]).toBeGreaterThanOrEqual(original);
          expect(text.slice(original, e[k + 2])).toBe(n.text.slice(normalized, e[k]));
          original = e[k + 3];
          normalized = e[k + 1];
        }
        expect(text.slice(original)).toBe(n.text.slice(normalized));
        // The CLI's second stage rebuilds the same map from the edits.
        const rebuilt = normalizedFromEdits(text, n.text, e);
        for (let i = 0; i < n.text.length; i++) expect(rebuilt.toOriginalRange(i, i + 1)).toEqual(n.toOriginalRange(i, i + 1));
      }),
      { numRuns: 500 },
    );
  });
});

describe('kanji numerals one by one with spaced dashes', () => {
  it.each([
    ['a phone number before まで', '連絡先は〇 九 〇 - 一 五 四 五 - 五 八 七 九までお願いします。', 'PHONE_NUMBER', '〇 九 〇 - 一 五 四 五 - 五 八 七 九'],
    ['a card number with no cue', '支払いに四 〇 二 四 - 二 四 五 九 - 三 八 八 八 - 四 五 五 三を使いました。', 'CREDIT_CARD', '四 〇 二 四 - 二 四 五 九 - 三 八 八 八 - 四 五 五 三'],
    ['a phone number with ー between groups', 'お手数ですが 〇 八 〇 ー 四 八 七 三 ー 七 二 三 四 まで折り返しください。', 'PHONE_NUMBER', '〇 八 〇 ー 四 八 七 三 ー 七 二 三 四'],
  ])('%s', (_family, text, type, value) => {
    expect(found(text, type)).toEqual([value]);
  });

  it.each([
    ['a period and a quarter', '第三 - 四半期の売上は前年並みでした。'],
    ['a score', '試合は三 - 一で勝ちました。'],
  ])('%s stays clean', (_family, text) => {
    expect(types(text)).toEqual([]);
  });
});

describe('kanji set apart one by one', () => {
  it.each([
    ['an address spaced out, lots in kanji numerals', '送付先は東 京 都 港 区 芝 公 園 三 - 八 - 一 八です。', 'ADDRESS', '東 京 都 港 区 芝 公 園 三 - 八 - 一 八'],
    ['an address spaced out after 住所', '住所は大 阪 府 大 阪 市 北 区 梅 田 1-2-3 です', 'ADDRESS', '大 阪 府 大 阪 市 北 区 梅 田 1-2-3'],
    ['spaced kanji lots after a town', '東京都千代田区丸の内 一 - 二 - 三 に移転', 'ADDRESS', '東京都千代田区丸の内 一 - 二 - 三'],
  ])('%s', (_family, text, type, value) => {
    expect(found(text, type)).toEqual([value]);
  });

  it.each([
    ['katakana after a particle', '担当のイ ト ウ ミ サ キです。', ['イ ト ウ ミ サ キ']],
    ['katakana spaced with ideographic spaces', '氏名：タ　カ　ハ　シ　ナ　オ　キ', ['タ　カ　ハ　シ　ナ　オ　キ']],
    ['romaji glued to a particle, a capital starting the surname', '本件はT a r o Y a m a d aが対応します。', ['T a r o Y a m a d a']],
    ['romaji spaced with ideographic spaces', 'K　e　n　t　a　S　a　t　oさんに確認してください。', ['K　e　n　t　a　S　a　t　o']],
    ['kanji, the last one glued to 様', '渡 辺 翔様、お世話になっております。', ['渡 辺 翔']],
    ['kanji spaced with ideographic spaces before 様', '長　谷　川様', ['長　谷　川']],
    ['kanji with an invisible character spaced out as a letter', `氏名：伊 ${ZW} 藤 美 咲`, [`伊 ${ZW} 藤 美 咲`]],
    ['romaji words spelled out, three spaces between them', '担当弁護士　S a k i   M u r a k a m i', ['S a k i   M u r a k a m i']],
    ['full-width romaji spelled out, three spaces between the words', '担当者：Ｓ ａ ｋ ｕ ｒ ａ   Ｍ ｉ ｔ ａ ｒ ａ ｉ', ['Ｓ ａ ｋ ｕ ｒ ａ   Ｍ ｉ ｔ ａ ｒ ａ ｉ']],
  ])('a name spelled out: %s', (_family, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('a form letter-spaced by PDF-to-text: labels of two kanji are read as words beside spaced values', () => {
    expect(normalize('氏 名　山 田 太 郎\n所 属　営 業 部').text).toBe('氏名 山田太郎\n所属 営業部');
  });

  it.each([
    ['a heading spaced with ideographic spaces', '本日の議　事　録を共有します。'],
    ['days of the week', '月 火 水 は在宅です。'],
  ])('%s stays clean', (_family, text) => {
    expect(types(text)).toEqual([]);
  });

  it('a day and a one-kanji surname in a rota, and a name with ノ, are not joined', () => {
    expect(normalize('月 林\n火 森').text).toBe('月 林\n火 森');
    expect(normalize('文責：一ノ瀬 翔').text).toBe('文責:一ノ瀬 翔');
    expect(normalize('火 鬼ヶ原').text).toBe('火 鬼ヶ原');
  });
});

describe('credentials spelled out or in kanji numerals', () => {
  it.each([
    ['a password spelled out after a config key', 'DB_PASSWORD=q u b 9 0 1 6 ! O K', 'q u b 9 0 1 6 ! O K'],
    ['a PIN in spaced kanji numerals', '暗証番号は八 三 四 八 九 二です。', '八 三 四 八 九 二'],
    ['a passcode in kanji numerals after a space', 'スマホのパスコード 一 九 八 八', '一 九 八 八'],
    ['a PIN in kanji numerals before です', '暗証番号は八三四八です', '八三四八'],
    ['a PIN in kanji numerals after a colon', '暗証番号：五五二一', '五五二一'],
  ])('%s', (_family, text, value) => {
    expect(found(text, 'SECRET')).toEqual([value]);
  });

  it.each([
    ['prose after "password is"', 'The password is on the way to me'],
    ['words after a key', 'token: I am on it now ok'],
    ['a PIN length', '暗証番号は四桁です'],
    ['a number of tries', '暗証番号は三回まで入力できます'],
  ])('%s stays clean', (_family, text) => {
    expect(types(text)).toEqual([]);
  });
});

describe('kana glued to written digits after a number cue', () => {
  it('a particle before digits is no digit: the My Number after 申請書に keeps its twelve digits', () => {
    expect(normalize('番号は6059です。申請書に1042-9209-4817と記入しました。').text).toBe('番号は6059です。申請書に1042-9209-4817と記入しました。');
    expect(found('番号は6059です。申請書に1042-9209-4817と記入しました。', 'MY_NUMBER')).toEqual(['1042-9209-4817']);
  });

  it('a katakana word after digits is no digit: シ of システム stays a letter, digit words still join', () => {
    expect(found('適格請求書発行事業者登録番号：T1053597673888システムメンテナンスのため', 'CORPORATE_NUMBER')).toEqual(['T1053597673888']);
    expect(normalize('電話番号は090イチニーサンヨンゴーロクナナ').text).toBe('電話番号は0901234567');
  });
});

describe('letter-spaced text across scripts and wider gaps', () => {
  it.each([
    ['an address in kanji and hiragana, full-width digits', '事故発生場所：埼 玉 県 さ い た ま 市 浦 和 区 常 盤 ３ － ８ － １ ２ 付近のコインパーキング', 'ADDRESS', '埼 玉 県 さ い た ま 市 浦 和 区 常 盤 ３ － ８ － １ ２'],
    ['a city and ward spaced with ideographic spaces, then the block', '{"shipping_address": "新　潟　市　中　央　区　古　町　通　1　-　5　-　1　9"}', 'ADDRESS', '新　潟　市　中　央　区　古　町　通　1　-　5　-　1　9'],
    ['a name in kanji and hiragana before 様', '松 本 さ く ら様', 'PERSON_NAME', '松 本 さ く ら'],
    ['a card number with two spaces between digits and dashes', 'カード番号：3  7  3  4  ―  8  3  1  8  3  4  ｰ  0  1  4  6  9　有効期限 10/26', 'CREDIT_CARD', '3  7  3  4  ―  8  3  1  8  3  4  ｰ  0  1  4  6  9'],
    ['a phone number with two spaces between digits', '事故相手の連絡先：0  3  -  4  2  3  1  -  1  2  5  1　※', 'PHONE_NUMBER', '0  3  -  4  2  3  1  -  1  2  5  1'],
  ])('%s', (_family, text, type, value) => {
    expect(found(text, type)).toEqual([value]);
  });

  it.each([
    ['a surname ending in 村 and a number', '北村 3-4-5'],
    ['a sentence in hiragana spaced out', '担当の は せ が わ です'],
  ])('%s is no address', (_family, text) => {
    expect(found(text, 'ADDRESS')).toEqual([]);
  });

  it('a price with two spaces between three digits stays as written', () => {
    expect(normalize('価格  1  2  3').text).toBe('価格  1  2  3');
  });
});

describe('more stacked forms: an invisible character spaced as a digit, ・ in a spelled-out name, other separators in an IP', () => {
  it.each([
    ['a licence number in kanji numerals, a ZWJ spaced out as a digit', '本人確認書類：免許証 三 \u200d 〇 一 五 四 九 五 四 一 六 五 一', 'DRIVERS_LICENSE', '三 \u200d 〇 一 五 四 九 五 四 一 六 五 一'],
    ['a foreign name spelled out with its ・', '入居者様：グ エ ン ・ テ ィ ・ ラ ン（305号室）本日の入浴は午後', 'PERSON_NAME', 'グ エ ン ・ テ ィ ・ ラ ン'],
    ['a foreign name quoted before 様, split by U+200F', '紹介状の宛名を「グ\u200fエン・ティ・ラン」様に訂正してください。', 'PERSON_NAME', 'グ\u200fエン・ティ・ラン'],
    ['a romaji name joined by a dash and split by invisible characters', '担当者名＝W\u00adA\u00adT\u2062A\u00adN\u200bA\u00adB\u00adE\u200c―\u00adT\u00ada\u2060r\u2060o', 'PERSON_NAME', 'W\u00adA\u00adT\u2062A\u00adN\u200bA\u00adB\u00adE\u200c―\u00adT\u00ada\u2060r\u2060o'],
    ['an IP with full-width dashes after 送信元IP', '[SIEM] 不審なログイン試行　送信元IP: 61－196－137－229　試行回数 86', 'IP_ADDRESS', '61－196－137－229'],
    ['an IP spaced with ideographic spaces and em dashes', 'client_ip="1　９　８　—　５　１　—　１　０　０　—　５　５"', 'IP_ADDRESS', '1　９　８　—　５　１　—　１　０　０　—　５　５'],
    ['an IP in kanji numerals after a host name', 'Received: from mail.secure-login.top (一九八・五一・一〇〇・八八)', 'IP_ADDRESS', '一九八・五一・一〇〇・八八'],
  ])('%s', (_family, text, type, value) => {
    expect(found(text, type)).toEqual([value]);
  });

  it.each([
    ['a date after an IP label', 'IP: 2024-01-15'],
    ['cities joined by ・', '東京 ・ 大阪 ・ 名古屋の各拠点'],
    ['katakana words quoted before 様', '「ソフトウェア・エンジニア」様'],
    ['a route of two places', 'Tokyo-Osaka line'],
  ])('%s stays clean', (_family, text) => {
    expect(types(text)).toEqual([]);
  });
});
