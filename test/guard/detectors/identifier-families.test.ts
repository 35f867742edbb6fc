import fc from 'fast-check';
import { detectEntities } from '../../../lambda/guard/detect';
import { maskPersonalData } from '../../../lambda/guard/mask';
import { withPlainSeparators } from '../../../lambda/guard/detectors/phone-number';
import { normalize } from '../../../lambda/guard/normalize';
import { measureIdentifierFamilies } from '../../bench/identifier-families';
import { validCorporateNumber, validCreditCard, validMyNumber } from '../../fixtures/guard/identifiers';
import { createRandom, randomDigits } from '../../fixtures/guard/prng';
import { core, INVISIBLE_CHARACTERS } from '../../fixtures/guard/typed-evasions';

/** Values of `type` found in `text`, NFKC and without invisible characters. */
function found(text: string, type: string): string[] {
  return detectEntities(text)
    .filter((f) => f.type === type)
    .map((f) => core(text.slice(f.start, f.end)));
}

describe('identifier families (secrets, spaced phones, bare list entries, birth dates, ordinary numbers)', () => {
  const families = measureIdentifierFamilies();

  it.each(families.filter((q) => q.gold > 0).map((q) => [q.family, q] as const))('%s: recall >= 0.95, precision >= 0.95, nothing survives', (_family, q) => {
    expect(q.found / q.gold).toBeGreaterThanOrEqual(0.95);
    expect(q.truePositives / Math.max(1, q.predicted)).toBeGreaterThanOrEqual(0.95);
    expect(q.survived).toBe(0);
  });

  it.each(families.filter((q) => q.gold === 0).map((q) => [q.family, q] as const))('%s: no text gets a finding', (_family, q) => {
    expect(q.cases).toBeGreaterThan(10);
    expect(q.misses).toEqual([]);
  });
});

describe('secrets behind Japanese keys and with non-ASCII values', () => {
  it.each([
    ['パスワード：ひまわり', 'ひまわり'],
    ['初期パスワードは富士山頂です。ログイン後に変更してください。', '富士山頂'],
    ['初期パスワードは「さくら82!」です。', 'さくら82!'],
    ['新しいパスワードは 山桜 になります。', '山桜'],
    ['パスワードを「もみじ2025」に変更しました', 'もみじ2025'],
    ['合言葉は「やまびこ」です。', 'やまびこ'],
    ['PINコードは781953です', '781953'],
    ['PIN 6390 でロック解除できます', '6390'],
    ['スマホのパスコード：997587', '997587'],
    ['とりあえず pass: あおぞら で入れます', 'あおぞら'],
    ['検証環境は pwd=さくら8154 でログインできます', 'さくら8154'],
    ['金庫の暗証番号、1192です', '1192'],
    ['本日の合言葉 → 「うめ」', 'うめ'],
    ['暗証番号（4桁）：1234', '1234'],
    ['パスワード(初期)：sakura2025', 'sakura2025'],
    ['ATM暗証番号：7 7 3 1', '7731'],
    ['管理画面 ID admin / PASS Adm!n2025', 'adm!n2025'],
  ])('masks the value in %s', (text, value) => {
    expect(found(text, 'SECRET')).toEqual([core(value)]);
  });

  it.each([
    'パスワードはSlackで送ります',
    'パスワードは前回と同じです',
    'パスワード：後ほどお送りします',
    '暗証番号：4桁',
    'boarding pass: 搭乗口で提示',
    'pass: 3名、fail: 1名',
    'PIN番号を忘れたときの手順をまとめてください。',
    'パスワード、ユーザー名、会社名を入力',
    '暗証番号、パスワードの管理について',
    '今年の合言葉は「安全第一、品質第二」です。',
    'pass: 合格者3名',
    'PASS 3 tests',
    'PW reset done 2025',
  ])('leaves %s clean', (text) => {
    expect(found(text, 'SECRET')).toEqual([]);
  });
});

describe('phone numbers with spaced or unusual separators', () => {
  it('rewrites only gaps between digits, keeping the length', () => {
    for (const text of ['090 ー 1234 ー 5678', '090  1234  5678', '045 . 060 . 6687', '090\t1234\t5678', 'データー 12 ー ab', 'v1.2 . 3']) {
      expect(withPlainSeparators(text)).toHaveLength(text.length);
    }
    expect(withPlainSeparators('090 ー 1234ー 5678')).toBe('090 - 1234 -5678');
    expect(withPlainSeparators('サーバー 2 台')).toBe('サーバー 2 台');
    expect(withPlainSeparators('1.5 と 2.5')).toBe('1.5 と 2.5');
  });

  it.each(['090 ー 1234 ー 5678', '０９０　ー　１２３４　ー　５６７８', '090 － 1234 － 5678', '03  1234  5678', '090\t1234\t5678', '045 . 060 . 6687', '0 9 0 ー 1 2 3 4 ー 5 6 7 8', '090・1234・5678', '090 ～ 1234 ～ 5678', '090_1234_5678'])(
    'reads %s as one phone number',
    (value) => {
      const text = `連絡先は${value}です。`;
      expect(found(text, 'PHONE_NUMBER')).toEqual([core(value)]);
      expect(core(maskPersonalData(text).masked)).not.toContain(core(value));
    },
  );

  it.each([
    ['Nobody is answering at 020 7946 0958, please check', '020 7946 0958'],
    ['Send the code by SMS to 612 345 678', '612 345 678'],
    ['至急 0 4 5 ー 2 3 4 ー 5 6 7 8 へ折り返しください', '0 4 5 ー 2 3 4 ー 5 6 7 8'],
  ])('reads a number after a calling or messaging word: %s', (text, value) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([core(value)]);
  });

  it('a word after the number that starts with a counter character (株主総会, 本社) keeps the phone number', () => {
    expect(found('携帯：090-7710-9629株主総会の招集通知', 'PHONE_NUMBER')).toEqual(['09077109629']);
    expect(found('TEL 03-1234-5678本社代表', 'PHONE_NUMBER')).toEqual(['0312345678']);
  });

  it.each(['販売台数は 0901234 台', '管理番号 745-834-3287 の資産', 'ライセンスキー 04318-66415-25055', 'ご注文番号：0180848995', 'ミーティングID：123 456 7890', '2024・2025・2026年度の計画'])('leaves %s clean', (text) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });
});

describe('bare pension numbers and accounts in lists', () => {
  it.each([
    ['鈴木太郎、070-6219-1685、7791-708400', 'PENSION_NUMBER', '7791-708400'],
    ['社員情報：佐藤直樹 / user559@example.co.jp / 8021-816589', 'PENSION_NUMBER', '8021-816589'],
    ['・高橋大輔\n・3990-904352', 'PENSION_NUMBER', '3990-904352'],
    ['三菱UFJ銀行 006 4134537', 'BANK_ACCOUNT', '4134537'],
    ['振込先：楽天銀行 渋谷支店（普）4100739　名義：鈴木美咲', 'BANK_ACCOUNT', '4100739'],
    ['りそな銀行 本店営業部 3812781', 'BANK_ACCOUNT', '3812781'],
    ['城南信用金庫 渋谷支店（123）当座 7670828', 'BANK_ACCOUNT', '7670828'],
    ['山田太郎 090-1234-5678 1234-567890', 'PENSION_NUMBER', '1234-567890'],
    ['1. 山田太郎 2. 1234-567890', 'PENSION_NUMBER', '1234-567890'],
    ['佐藤一郎　1234-567890　みずほ銀行　横浜支店　普通　1234567', 'PENSION_NUMBER', '1234-567890'],
    ['社員情報：鈴木陽子 / yoko@example.co.jp / 6197-197548 ミーティングの議事録は共有フォルダへ', 'PENSION_NUMBER', '6197-197548'],
    ['山田太郎,090-1234-5678,みずほ銀行,渋谷支店,1234567', 'BANK_ACCOUNT', '1234567'],
    ['みずほ銀行/渋谷支店/普通/1234567', 'BANK_ACCOUNT', '1234567'],
    ['三井住友銀行 新宿支店（店番：123）普通 7654321', 'BANK_ACCOUNT', '7654321'],
    ['（普）1234567 ヤマダタロウ', 'BANK_ACCOUNT', '1234567'],
    ['[10:03] 田中: 三井住友銀行 新宿 123 7654321', 'BANK_ACCOUNT', '7654321'],
  ])('reads %s', (text, type, value) => {
    expect(found(text, type)).toEqual([core(value)]);
  });

  it.each([
    '注文番号 1234-567890 を発送しました。',
    '山田様 ご注文の品番 4521-330981 は欠品中です。',
    '山田様、発送済み:\n・出荷番号 1234-567890',
    '1234-567890',
    'みずほ銀行 渋谷支店の来店者数は 1234567 人でした。',
    '楽天銀行のATMは 1234567 回利用されました。',
    '口座数 1234567 件',
    '社員情報：鈴木 / a@example.co.jp / 1234-567890円',
    '照会番号 1234-567890 の件',
    'みずほ銀行 残高 1234567',
    'みずほ銀行 株価 1234567',
  ])('leaves %s without a pension number or account', (text) => {
    expect([...found(text, 'PENSION_NUMBER'), ...found(text, 'BANK_ACCOUNT')]).toEqual([]);
  });

  it('a bare pension number in a list never survives an invisible character at any position', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom(...INVISIBLE_CHARACTERS), fc.nat(), fc.constantFrom('山田太郎、090-1234-5678、{v}', '・佐藤花子\n・{v}\n・みずほ銀行 渋谷支店 普通 1234567', '社員情報：鈴木一郎 / ichiro@example.co.jp / {v}'), (seed, invisible, at, template) => {
        const r = createRandom(seed);
        const value = `${1 + Math.floor(r() * 9)}${randomDigits(r, 3)}-${randomDigits(r, 6)}`;
        const cut = 1 + (at % (value.length - 1));
        const text = template.replace('{v}', value.slice(0, cut) + invisible + value.slice(cut));
        expect(core(maskPersonalData(text).masked)).not.toContain(core(value));
        expect(found(text, 'PENSION_NUMBER')).toEqual([core(value)]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('dates of birth in context', () => {
  it.each([
    ['申込書の生年月日欄：昭和58年11月3日', '昭和58年11月3日'],
    ['Date of Birth (DD/MM/YYYY): 21/03/1975', '21/03/1975'],
    ['He was born on the 5th of May, 1980.', 'the5thofmay,1980'],
    ['Taro Yamada (b. 1966.4.15)', '1966.4.15'],
    ['鈴木陽子、H.29.4.9生まれ、東京都出身。', 'h.29.4.9'],
    ['生年月日：昭和六十年四月十二日', '昭和六十年四月十二日'],
    ['誕生日は7月8日です', '7月8日'],
    ['生年月日：1 9 9 0 - 1 0 - 2 7', '1990-10-27'],
    ['DOB: 03-Nov-1996', '03-nov-1996'],
    ['彼女は1987年5月5日に生まれた', '1987年5月5日'],
    ['生年月日：昭和60（1985）年4月12日', '昭和60(1985)年4月12日'],
    ['DOB: 04/12/85', '04/12/85'],
    ['生年月日：一九八五年四月十二日', '一九八五年四月十二日'],
    ['誕生日 4/12', '4/12'],
    ['年齢・生年月日：38歳・1985年4月12日', '1985年4月12日'],
  ])('reads %s', (text, value) => {
    expect(found(text, 'DATE_OF_BIRTH')).toEqual([core(value)]);
  });

  it.each(['生年月日の入力欄は2025年4月1日から必須になります。', '誕生日会は4月12日に開催します。', '生年月日の提出期限は4月12日です', 'Born in the USA was released on June 4, 1984.', '製造日 2024年4月1日生産', 'Option B. 2025/04/01から開始', '生年月日（例：1990/01/01）'])(
    'leaves %s unmasked',
    (text) => {
      expect(found(text, 'DATE_OF_BIRTH')).toEqual([]);
    },
  );
});

describe('ordinary numbers stay clean', () => {
  it.each([
    '注文番号 646711279269 の発送が完了しました。',
    'お問い合わせ伝票番号 8352-0365-7760 で追跡できます。',
    '佐川急便の送り状番号は 037611229950 です。',
    'シリアル番号 8468-0077-7948-8440 を登録してください。',
    '製造番号 4822281676376 のロットを回収します。',
    '予約番号 4772 6274 5601 でチェックインしてください。',
  ])('%s has no finding', (text) => {
    expect(detectEntities(text)).toEqual([]);
  });

  it('an AWS account id or an ISBN that passes a check digit is no My Number or corporate number', () => {
    // 672605749273 passes the My Number check digit; 9784061592063 passes both the EAN and the corporate check.
    expect(detectEntities('arn:aws:iam::672605749273:role/Admin')).toEqual([]);
    expect(detectEntities('AWSアカウント 672605749273 にデプロイ')).toEqual([]);
    expect(found('申請書に 672605749273 と記入', 'MY_NUMBER')).toEqual(['672605749273']);
    expect(detectEntities('参考文献 9784061592063 を参照')).toEqual([]);
    expect(found('法人番号 9784061592063', 'CORPORATE_NUMBER')).toEqual(['9784061592063']);
  });

  it('a My Number after an unrelated label but with its own context word is still found', () => {
    expect(found('マイナンバー（個人番号）：646711279269', 'MY_NUMBER')).toEqual(['646711279269']);
  });
});

describe('addresses in US military, post-office-box and street-corner form', () => {
  it.each([
    ['Ship it to PSC 1234, Box 5678\nAPO AE 09012 please', 'PSC 1234, Box 5678\nAPO AE 09012'],
    ['Forward to Unit 2050 Box 4190 DPO AP 96278.', 'Unit 2050 Box 4190 DPO AP 96278'],
    ['Mail: USNS Comfort\nFPO AA 34090', 'USNS Comfort\nFPO AA 34090'],
    ['Send the forms to P.O. Box 1142', 'P.O. Box 1142'],
    ['We met at the corner of Elm Street and 5th Avenue yesterday', 'the corner of Elm Street and 5th Avenue'],
  ])('reads %s', (text, value) => {
    expect(detectEntities(text).filter((f) => f.type === 'ADDRESS').map((f) => text.slice(f.start, f.end))).toEqual([value]);
  });

  it.each(['Check the box 3 times', 'The APO rules changed in 2024', 'He turned the corner and left', 'Think outside the box 2025 edition'])('leaves %s clean', (text) => {
    expect(found(text, 'ADDRESS')).toEqual([]);
  });
});

describe('check-digit identifiers with spaced-out or unusual separators', () => {
  const SEPARATORS = [' ー ', '\u3000－\u3000', ' - ', '  ', ' . ', '・', ' ‐ ', '\t'];
  const groupsOf = (v: string) => (v.length === 13 ? [v.slice(0, 1), v.slice(1, 5), v.slice(5, 9), v.slice(9)] : v.match(/.{1,4}/g)!);

  it('a valid My Number, corporate number or card so written never survives masking, with context or without', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.constantFrom(...SEPARATORS),
        fc.constantFrom('', 'マイナンバー：', '法人番号 ', 'カード番号は', 'card '),
        fc.constantFrom('', ' です。', ' 12', '、よろしく'),
        fc.boolean(),
        (g, seed, separator, before, after, fullWidth) => {
          const r = createRandom(seed);
          const digits = [validMyNumber, validCorporateNumber, validCreditCard][g](r);
          let value = groupsOf(digits).join(separator);
          if (fullWidth) value = value.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
          const text = `${before}${value}${after}`;
          const masked = core(maskPersonalData(text).masked);
          expect(masked).not.toContain(digits);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds the whole number and its type', () => {
    const r = createRandom(7);
    const my = validMyNumber(r);
    const text = `マイナンバー：${groupsOf(my).join(' ー ')}`;
    expect(found(text, 'MY_NUMBER')).toEqual([my]);
    const card = validCreditCard(r);
    expect(found(`カード番号 ${groupsOf(card).join('  ')}`, 'CREDIT_CARD')).toEqual([card]);
  });

  it('reads no window of a longer number so written and leaves invalid numbers alone', () => {
    expect(detectEntities('シリアル 8468 ー 0077 ー 7948 ー 8440 ー 1234')).toEqual([]);
    expect(detectEntities('EAN 4007806128002 scanned at the gate')).toEqual([]);
    expect(detectEntities('2024・2025・2026・2027 年度の計画')).toEqual([]);
  });
});

describe('a dash written spaced out as ー between digits', () => {
  it('becomes a hyphen in normalization, spaces kept, only between digits', () => {
    expect(normalize('5565 ー 8505').text).toBe('5565 - 8505');
    expect(normalize('123 ー4567').text).toBe('123 -4567');
    expect(normalize('３ ー ２で勝利').text).toBe('3 - 2で勝利');
    expect(normalize('データ ー ベース').text).toBe('データ ー ベース');
    expect(normalize('2 ー ト').text).toBe('2 ー ト');
  });

  it.each([
    ['郵便番号は{v}です。', 'POSTAL_CODE', '150-0002'],
    ['基礎年金番号 {v} を届け出てください。', 'PENSION_NUMBER', '1234-567890'],
    ['SSN: {v}', 'US_SSN', '123-45-6789'],
    ['生年月日：{v}', 'DATE_OF_BIRTH', '1985-04-12'],
    ['携帯：{v}', 'PHONE_NUMBER', '090-1234-5678'],
  ])('%s holds with " ー " and " - " between the groups', (template, type, value) => {
    for (const separator of [' ー ', ' - ', '　ー　', ' ｰ ']) {
      const v = value.replace(/-/g, separator);
      const text = template.replace('{v}', v);
      expect(found(text, type)).toEqual([core(v)]);
      expect(core(maskPersonalData(text).masked)).not.toContain(core(v));
    }
  });
});

describe('the label after the value, in brackets', () => {
  it.each([
    ['念のため 8943091305（基礎年金番号）', 'PENSION_NUMBER', '8943091305'],
    ['番号は 8 9 4 3 0 9 1 3 0 5 【年金番号】', 'PENSION_NUMBER', '8943091305'],
    ['送付先 150-0043 (ZIP)', 'POSTAL_CODE', '1500043'],
    ['こちら→１５０００４３（郵便番号）', 'POSTAL_CODE', '1500043'],
    ['確認用 301234567802（免許証）', 'DRIVERS_LICENSE', '301234567802'],
    ['控え 4012 3456 7890 (運転免許証番号)', 'DRIVERS_LICENSE', '401234567890'],
    ['本人は 平成2年4月5日（生年月日）', 'DATE_OF_BIRTH', '平成2年4月5日'],
    ['本人は 平 成 2 年 4 月 5 日（生年月日）', 'DATE_OF_BIRTH', '平成2年4月5日'],
    ['佐藤 1985-04-12 (DOB)', 'DATE_OF_BIRTH', '19850412'],
  ])('%s', (text, type, value) => {
    expect(found(text, type).map((v) => v.replace(/ /g, ''))).toEqual([value]);
    expect(core(maskPersonalData(text).masked).replace(/ /g, '')).not.toContain(value);
  });

  it.each(['1234567890（注文番号）', '150-0043（管理番号）', '301234567803（受付番号）は無効です', '会議は 2025年4月5日（金）です', '1985-04-12 (月) 入社'])('leaves %s unlabelled', (text) => {
    expect(detectEntities(text).filter((f) => f.type !== 'PERSON_NAME')).toEqual([]);
  });
});

describe('the label decides the type', () => {
  it.each([
    ['免許番号：301234567802', 'DRIVERS_LICENSE'],
    ['マイナンバーカードと運転免許証を持参。免許番号：301234567802', 'DRIVERS_LICENSE'],
    ['免許番号は 3012 ー 3456 ー 7802、マイナンバーは別紙', 'DRIVERS_LICENSE'],
    ['301234567802（免許証）', 'DRIVERS_LICENSE'],
    ['マイナンバー：301234567802', 'MY_NUMBER'],
    ['氏名,電話\n佐藤花子,0853-96-1234', 'PHONE_NUMBER'],
    ['・田中健太、0 2 9 9 - 4 3 - 7 2 2 9', 'PHONE_NUMBER'],
    ['田中健太\t０８５３－９６－１２３４\t出雲営業所', 'PHONE_NUMBER'],
  ])('%s is %s', (text, type) => {
    const numbers = detectEntities(text).filter((f) => f.type !== 'PERSON_NAME');
    expect(numbers.map((f) => f.type)).toEqual([type]);
  });

  it.each([
    ['DATABASE_URL=postgres://app:S3cretPw1@db.example.com:5432/app', 'S3cretPw1'],
    ['mysql://root:hunter22@10.0.0.5/db で接続', 'hunter22'],
    ['redis://:p4ssw0rd@cache.internal:6379/0', 'p4ssw0rd'],
    ['amqp://guest:Gu3st!pw@mq.example.co.jp/vhost', 'Gu3st!pw'],
    ['mongodb+srv://admin:Zx9%40q@cluster0.example.net/test', 'Zx9%40q'],
  ])('the password in %s is a SECRET, not part of an e-mail address', (text, password) => {
    expect(found(text, 'SECRET')).toEqual([password.toLowerCase()]);
    expect(found(text, 'EMAIL')).toEqual([]);
  });

  it.each(['接続文字列の形式は postgres://user:password@localhost:5432/dbname です', 'redis://:PASSWORD@host:6379 の形式で指定', 'mysql://root:${DB_PASSWORD}@db/app', 'amqp://guest:guest@localhost:5672/'])('a placeholder or documented default in %s is no secret', (text) => {
    expect(found(text, 'SECRET')).toEqual([]);
    expect(found(text, 'EMAIL')).toEqual([]);
  });

  it('a URL without a password and a mailbox in a URL stay as they were', () => {
    expect(detectEntities('https://example.com/docs を参照')).toEqual([]);
    expect(found('https://example.com/contact?to=taro.yamada@example.co.jp', 'EMAIL')).toEqual(['taro.yamada@example.co.jp']);
  });
});

describe('four-part version numbers and IP addresses', () => {
  it.each(['firmware 6.3.50.3 に更新', 'ファームウェアを 6.3.50.3 に更新', 'v10.2.0.15', 'build 4.12.3.1 で再現', 'バージョン：10.2.0.15', 'ファームウェアバージョン: 2.0.1.15', '最新版は 6.3.50.3 です', '6.3.50.3 版のリリースノート', 'version 6.3.300.3'])('%s is no IP address', (text) => {
    expect(found(text, 'IP_ADDRESS')).toEqual([]);
  });

  it.each(['サーバーのIPは 10.2.0.15 です', '接続先: 192.168.1.10', 'host 10.0.0.5 に ping', '更新後のアドレス 172.16.0.1', 'ゲートウェイ 1 9 2 . 1 6 8 . 0 . 1', 'Update: 10.0.0.5 に変更', 'edge: 10.0.0.1'])('%s is one', (text) => {
    expect(found(text, 'IP_ADDRESS')).toHaveLength(1);
  });
});

describe('spaced birth dates and JCB cards', () => {
  it.each(['生年月日：1 9 7 3 - 0 5 - 0 4', '生年月日：昭 和 4 8 年 5 月 4 日', '生年月日：昭和 4 8 年 0 5 月 0 4 日', '生年月日　令　和　２　年　４　月　１　日', '生年月日：H 1 2 . 1 1 . 0 3', '生まれ：R . 1 . 8 . 2 2', '昭 和 6 2 年 9 月 2 7 日生まれ', '生年月日 一 九 八 五年四月一 二日', '生年月日：昭和六 十年四 月十 二日'])('%s', (text) => {
    expect(found(text, 'DATE_OF_BIRTH')).toHaveLength(1);
  });

  it('a 35xx card number next to a card word, in 4-digit groups with spaced digits', () => {
    for (const card of ['3598709189891813', '3507455968856813']) {
      for (const value of [card.match(/.{4}/g)!.join(' '), card.match(/.{4}/g)!.map((g) => [...g].join(' ')).join('  '), [...card].join(' ')]) {
        expect(found(`カード番号：${value}`, 'CREDIT_CARD')).toEqual([card]);
      }
    }
    // Without a card word only JCB's own range (3528-3589) counts.
    expect(found('3598 7091 8989 1813', 'CREDIT_CARD')).toEqual([]);
  });
});

describe('address blocks with spaced-out dashes and digits', () => {
  it.each([
    ['住所：東京都港区芝公園4 ー 2 ー 8', '東京都港区芝公園428'],
    ['お届け先 大阪府大阪市北区梅田１　ー　２　ー　３ 梅田ビル5F', '大阪府大阪市北区梅田123梅田ビル5f'],
    ['東京都港区芝公園1 2 - 3 - 4 5 にお越しください', '東京都港区芝公園12345'],
    ['住所：東京都世田谷区桜新町2丁目1 5番8号', '東京都世田谷区桜新町2丁目15番8号'],
  ])('%s', (text, address) => {
    expect(found(text, 'ADDRESS').map((v) => v.replace(/ /g, ''))).toEqual([address]);
  });

  it('ends the block before a phone number that follows it', () => {
    const text = '住所：東京都港区芝公園4 ー 2 ー 8 090-1234-5678';
    expect(found(text, 'ADDRESS').map((v) => v.replace(/ /g, ''))).toEqual(['東京都港区芝公園428']);
    expect(found(text, 'PHONE_NUMBER')).toHaveLength(1);
  });

  it('a spaced ー between digits is a hyphen even with invisible characters around the spaces', () => {
    expect(normalize('駅7\u2064\u3000\u2064ー\u2064\u3000\u20643').text).toBe('駅7 - 3');
    expect(normalize('西5\u2060 \u2060ー\u2060 \u20601\u20601').text).toBe('西5 - 11');
    expect(normalize('データ\u200b ー\u200b ベース').text).not.toContain('-');
  });
});

describe('a secret after its key and a verb', () => {
  it.each([
    ['パスワード変えました→ Sakura2025!', 'sakura2025!'],
    ['パスワードを変更しました：Tk7mq339', 'tk7mq339'],
    ['パスワード更新→Blue7781', 'blue7781'],
    ['暗証番号変更しました→ 4 8 1 9', '4819'],
    ['パスワード変えました→「さくら2025」', 'さくら2025'],
  ])('%s', (text, value) => {
    expect(found(text, 'SECRET')).toEqual([value]);
  });
});

describe('spaced digits inside an SSN after its label and inside an e-mail local part', () => {
  it.each(['SSN 1 2 3-4 5-6 7 8 9', 'SSN: １ ２ ３－４ ５－６ ７ ８ ９', 'social security number 1 2 3 - 4 5 - 6 7 8 9'])('%s', (text) => {
    expect(found(text, 'US_SSN')).toEqual(['123456789']);
  });

  it.each([
    ['連絡先 taro.yamada1 9 8 5@example.co.jp', 'taro.yamada1985@example.co.jp'],
    ['mail: ｔａｒｏ１　９　８　５＠ｅｘａｍｐｌｅ．ｃｏｍ まで', 'taro1985@example.com'],
  ])('%s', (text, address) => {
    expect(found(text, 'EMAIL').map((v) => v.replace(/ /g, ''))).toEqual([address]);
    expect(core(maskPersonalData(text).masked)).not.toContain('taro');
  });

  it('a number before the address is not taken into it', () => {
    expect(found('090-1234-5678 5taro@example.com', 'EMAIL')).toEqual(['5taro@example.com']);
    expect(found('部屋 2 3abc@example.com', 'EMAIL')).toEqual(['3abc@example.com']);
  });
});

describe('a licence number glued to the next word, and a licence label that fails closed', () => {
  it.each(['運転免許証番号 319225158925AWSのLambdaとS3', '運転免許証番号 3\u202c2\u202c0\u202c8\u202c2\u202c8\u202c2\u202c0\u202c7\u202c9\u202c9\u202c1AWSの構成図'])('%s is a licence number', (text) => {
    const types = detectEntities(text).map((f) => f.type);
    expect(types).toContain('DRIVERS_LICENSE');
    expect(types).not.toContain('MY_NUMBER');
  });

  it('a number after a licence label that passes the My Number check stays masked', () => {
    for (const text of ['免許番号：301234567802', '免許番号：301234567802abc', '301234567802（免許証）']) {
      expect(core(maskPersonalData(text).masked)).not.toContain('301234567802');
    }
  });
});
