import { found, names, types } from '../../support/detected';

// Names and values as call centres, chat support and property or claims forms write them, and the
// look-alikes beside them in the same kinds of text.

describe('names said or typed in a call or a chat', () => {
  it.each([
    ['a reply ending in です after 名前は', '[20:09] お客様: 名前はふじわらてつやです', ['ふじわらてつや']],
    ['a chat display name in quotes', 'LINEの表示名が「ともこ」のお客様', ['ともこ']],
    ['a display name with an emoji after it', '表示名：みほ🍀（本人）', ['みほ']],
    ['surname and given name read out with 、', '客：エビハラ、チヒロです。', ['エビハラ', 'チヒロ']],
    ['a successor named', '宮崎美咲は本件の担当を外れ、後任は日下部となります。', ['宮崎美咲', '日下部']],
    ['a caller as a surname’s family, and the family member', '客: あ、粟飯原の妻です。主人の誠が入院しまして。', ['粟飯原', '誠']],
    ['one kanji with its reading and an honorific', '本件は誠（まこと）様ご本人からのご依頼', ['誠', 'まこと']],
    ['a current surname beside the former one', '旧姓 三浦、現姓 松田。', ['三浦', '松田']],
    ['a name before its own date of birth', '適合性確認：顧客 宮崎剛（DOB 1949-02-11）', ['宮崎剛']],
    ['a payee in capitals with a Latin-1 letter', '外国送金依頼書\n受取人名：ANNA MÜLLER\n受取人口座（IBAN）：GB', ['ANNA MÜLLER']],
  ] as const)('%s', (_case, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    '名前はありがとうです',
    '東京の母です',
    '横浜の娘です',
    '主人の会社が倒産しました',
    '後任は未定となります',
    '東（ひがし）側の入口',
    'Name: Sales Report',
    '受取人名：ACME TRADING CO LTD',
    'Name: Tokyo Tower Hotel',
  ])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('a date of birth asked for with お知らせください is answered on the next line', () => {
    const text = '[20:06] 担当: 生年月日をお知らせください\n[20:08] お客様: S55.6.22です';
    expect(found(text, 'DATE_OF_BIRTH')).toEqual(['S55.6.22']);
  });

  it('a card number read out in kanji numerals, の between the groups and an invisible character inside', () => {
    const text = '客：四五五九の三二五七\u200cの五一七五の九三八〇、有効期限は11の30です。';
    expect(found(text, 'CREDIT_CARD')).toEqual(['四五五九の三二五七\u200cの五一七五の九三八〇']);
  });

  it('a date said with の stays a date: no number joined across its short groups', () => {
    expect(found('誕生日は一九七二の一〇の一四です', 'DATE_OF_BIRTH')).toEqual(['一九七二の一〇の一四']);
  });
});

describe('key=value logs and forms', () => {
  it('an account number after account= and a postal code after 〒=', () => {
    expect(found('src=110.6.62.65 account=3255308 → ロック', 'BANK_ACCOUNT')).toEqual(['3255308']);
    expect(found('氏名=百目鬼和也 / 〒=8447546 / 住所=鹿児島県鹿児島市', 'POSTAL_CODE')).toEqual(['〒=8447546']);
    expect(types('user account=admin')).toEqual([]);
  });

  it.each(['bot_token: CHANGE_ME', 'password: your_password_here', 'api_key=REPLACE_ME'])('a placeholder is no secret: %j', (text) => {
    expect(types(text)).toEqual([]);
  });
});

describe('look-alikes in property, construction and claims text', () => {
  it.each([
    '管理費：月額22,200円　修繕積立金：月額9,700円',
    '小計 604,000円　消費税10%別',
    '天候：晴　気温：31℃　風速：13m/s',
    '入居者ポータルの表示崩れを修正',
    '"受付日","契約者カナ","郵便番号"',
    '口座名義 ミドリソウゴウホウリツジムショ',
    '口座名義：カ）ヤマダショウジ',
    'オペさんの番号共有します',
    '南側の高木の剪定は12月に実施',
    '台風14号の影響で小川が増水し',
    '中島公園近くの上野ビル8階に',
  ])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['相続人は長男の龍之介さんと、長女の綾香さん', ['龍之介', '綾香']],
    ['件で、森さんから現地の写真が届きました。森の奥なので', ['森']],
    ['森さんへ。森の件です。', ['森', '森']],
    ['星様から、アプリの評価は星1つだとお叱りを受けました。', ['星']],
    ['入居者ヤマダ様', ['ヤマダ']],
    ['口座名義：ヤマダ　タロウ', ['ヤマダ　タロウ']],
    ['山田　太郎', ['山田　太郎']],
  ] as const)('only the person in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
