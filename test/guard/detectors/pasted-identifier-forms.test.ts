import fc from 'fast-check';
import { detectEntities } from '../../../lambda/guard/detect';
import { needsNormalization } from '../../../lambda/guard/detectors/digit-sequence';
import { joinValueBreaks } from '../../../lambda/guard/detectors/line-breaks';
import { mayNeedValueRewrites, normalize } from '../../../lambda/guard/normalize';
import { found, types } from '../../support/detected';

// Valid check digits: My Number 123456789018, corporate number 7000012050002, card 4111111111111111.
describe('identifiers broken across a line break', () => {
  it.each([
    ['e-mail, the phone wrapped after a dash', '山田様\nお電話は090-1234-\n5678までお願いします。', 'PHONE_NUMBER', '090-1234-\n5678'],
    ['quoted reply, "> " on the next line', '> 折り返しは 03-5565-\n> 8505 にお願いします。', 'PHONE_NUMBER', '03-5565-\n> 8505'],
    ['indented continuation before the dash', '携帯: 090-1234\n    -5678', 'PHONE_NUMBER', '090-1234\n    -5678'],
    ['My Number in a form, the last group wrapped', 'マイナンバー：1234 5678\n9018', 'MY_NUMBER', '1234 5678\n9018'],
    ['My Number in a quoted mail', '> マイナンバーは 1234-5678-\n> 9018 です', 'MY_NUMBER', '1234-5678-\n> 9018'],
    ['card number from a PDF', 'カード番号 4111 1111 1111\n1111 で決済済み', 'CREDIT_CARD', '4111 1111 1111\n1111'],
    ['e-mail broken after the @', 'メール: taro.yamada@\nexample.co.jp', 'EMAIL', 'taro.yamada@\nexample.co.jp'],
    ['e-mail broken before the @', '連絡先 taro.yamada\n@example.co.jp', 'EMAIL', 'taro.yamada\n@example.co.jp'],
    ['e-mail broken after a dot', '宛先 taro.yamada@example.\nco.jp に送付', 'EMAIL', 'taro.yamada@example.\nco.jp'],
    ['e-mail broken before a dot, in a terminal', '$ git log\nAuthor: hanako@example\n  .co.jp', 'EMAIL', 'hanako@example\n  .co.jp'],
    ['bank account in minutes', '振込先 口座番号 普通 123\n4567 に変更', 'BANK_ACCOUNT', '123\n4567'],
    ['corporate number', '法人番号 7000012\n050002 の登記を確認', 'CORPORATE_NUMBER', '7000012\n050002'],
    ['invoice registration number', '登録番号：T7000012\n050002', 'CORPORATE_NUMBER', 'T7000012\n050002'],
    ['CRLF line ends', '電話：090-1234-\r\n5678', 'PHONE_NUMBER', '090-1234-\r\n5678'],
    ['a reply quoted twice', '> > 携帯 090-1234-\n> > 5678 まで', 'PHONE_NUMBER', '090-1234-\n> > 5678'],
    ['a full-width indent', 'メール：taro.yamada@\n\u3000example.co.jp', 'EMAIL', 'taro.yamada@\n\u3000example.co.jp'],
    ['a tab indent', 'カード 4111-1111-\n\t1111-1111', 'CREDIT_CARD', '4111-1111-\n\t1111-1111'],
    // Groups on lines of their own count with their type's word nearby (odd-separators.ts).
    ['My Number groups on lines of their own under its label', '個人番号\n1234\n5678\n9018', 'MY_NUMBER', '1234\n5678\n9018'],
    ['a card number over two lines, the dash at the start of the second', 'カード番号\n4111-1111\n-1111-1111\n有効期限 09/28', 'CREDIT_CARD', '4111-1111\n-1111-1111'],
    ['a corporate number over two lines under its label', '法人番号\n700001\n2050002', 'CORPORATE_NUMBER', '700001\n2050002'],
  ])('%s', (_family, text, type, value) => {
    expect(found(text, type)).toEqual([value]);
  });

  it.each([
    ['a list of phone numbers, one per line', '090-1234-5678\n03-5565-8505', ['PHONE_NUMBER:090-1234-5678', 'PHONE_NUMBER:03-5565-8505']],
    ['a labelled phone and a bare one below it', '電話 090-1234-5678\n03-5565-8505', ['PHONE_NUMBER:090-1234-5678', 'PHONE_NUMBER:03-5565-8505']],
    ['four-digit codes one per line', '1234\n5678\n9012\n3456', []],
    ['valid My Number digits on lines of their own, no My Number word', '数量\n1234\n5678\n9018', []],
    ['valid card digits on lines of their own, no card word', '在庫\n4111\n1111\n1111\n1111', []],
    ['a figure and a count on the next line', '売上 1234\n5678 件', []],
    ['times on two lines', '会議は10時から\n12時まで', []],
    ['years on two lines', '第3四半期 2024\n2025年度計画', []],
    ['a version number and a section number', 'version 1.2.\n3 released, see section 3.\n4 for details', []],
    ['an address line and a mail line', '〒150-0043\nmail: 宛先未定', []],
  ])('%s stays as written', (_family, text, expected) => {
    expect(types(text).filter((t) => !t.startsWith('POSTAL_CODE'))).toEqual(expected);
  });

  it('joins nothing in a text without a value-internal break', () => {
    expect(joinValueBreaks('お世話になっております。\n明日の会議は10時からです。\nよろしくお願いします。')).toBeNull();
    expect(joinValueBreaks('1行目\n2行目')).toBeNull();
  });

  it('maps the joined text back to the original characters', () => {
    const text = 'TEL 090-1234-\n> 5678';
    const joined = joinValueBreaks(text)!;
    expect(joined.text).toBe('TEL 090-1234-5678');
    expect(text[joined.origin[joined.joins[0]]]).toBe('5');
    expect(joined.origin[joined.text.length]).toBe(text.length);
  });
});

describe('account, licence and credential labels', () => {
  it.each([
    ['免許の番号は 301234567802 です', 'DRIVERS_LICENSE', '301234567802'],
    ['免許証の番号：301234567802', 'DRIVERS_LICENSE', '301234567802'],
    ['振込先：三井住友銀行 本店 普 1234567', 'BANK_ACCOUNT', '1234567'],
    ['普 1234567', 'BANK_ACCOUNT', '1234567'],
    ['口座：普.1234567', 'BANK_ACCOUNT', '1234567'],
    ['普通 1234567', 'BANK_ACCOUNT', '1234567'],
    ['当座 7654321', 'BANK_ACCOUNT', '7654321'],
    ['client_secret：あいうえおかきくけこ', 'SECRET', 'あいうえおかきくけこ'],
    ['api_key：秘密の鍵です', 'SECRET', '秘密の鍵'],
    ['access_token = さくらやまびこ2025', 'SECRET', 'さくらやまびこ2025'],
    ['secret_key：ひ・み・つ', 'SECRET', 'ひ・み・つ'],
  ])('%s', (text, type, value) => {
    expect(found(text, type)).toEqual([value]);
  });

  it('a licence number after 免許の番号 is no My Number', () => {
    expect(found('免許の番号は 301234567802 です', 'MY_NUMBER')).toEqual([]);
  });

  it.each(['普及率 1234567', '普通は1234567件です', '当日 1234567', 'client_secret：未設定', 'api_key：別途メールでお送りします', 'token: 有効期限切れ'])(
    'leaves %s clean',
    (text) => {
      expect(types(text)).toEqual([]);
    },
  );
});

describe('spoken digits after a cue (transcripts, voice memos)', () => {
  it.each([
    ['電話番号はゼロキューゼロの1234の5678です', 'PHONE_NUMBER', 'ゼロキューゼロの1234の5678'],
    ['[通話メモ] 電話はゼロハチゼロ、イチニーサンヨン、ゴーロクナナハチ', 'PHONE_NUMBER', 'ゼロハチゼロ、イチニーサンヨン、ゴーロクナナハチ'],
    ['えー、電話番号は、ゼロサン、ゴーゴーロクゴー、ハチゴーゼロゴーです', 'PHONE_NUMBER', 'ゼロサン、ゴーゴーロクゴー、ハチゴーゼロゴー'],
    ['携帯はレイキューレイ、イチニサンシ、ゴロクナナハチ', 'PHONE_NUMBER', 'レイキューレイ、イチニサンシ、ゴロクナナハチ'],
    ['連絡先は〇九〇の一二三四の五六七八でお願いします', 'PHONE_NUMBER', '〇九〇の一二三四の五六七八'],
    ['郵便番号はイチゴーゼロのゼロゼロヨンサンです', 'POSTAL_CODE', 'イチゴーゼロのゼロゼロヨンサン'],
    ['口座番号はナナロクゴーヨンサンニーイチです', 'BANK_ACCOUNT', 'ナナロクゴーヨンサンニーイチ'],
    ['マイナンバーはイチニーサンヨン、ゴーロクナナハチ、キューゼロイチハチ', 'MY_NUMBER', 'イチニーサンヨン、ゴーロクナナハチ、キューゼロイチハチ'],
    ['電話番号は ゼロ9ゼロ-1234-ゴーロク78 です', 'PHONE_NUMBER', 'ゼロ9ゼロ-1234-ゴーロク78'],
    ['口座番号は イチ ニー サン ヨン ゴー ロク ナナ です', 'BANK_ACCOUNT', 'イチ ニー サン ヨン ゴー ロク ナナ'],
    ['電話番号はゼロサン ハイフン ゴーゴーロクゴー ハイフン ハチゴーゼロゴーです', 'PHONE_NUMBER', 'ゼロサン ハイフン ゴーゴーロクゴー ハイフン ハチゴーゼロゴー'],
    ['携帯はゼロキューゼロハイフンイチニーサンヨンハイフンゴーロクナナハチ', 'PHONE_NUMBER', 'ゼロキューゼロハイフンイチニーサンヨンハイフンゴーロクナナハチ'],
    ['電話番号は〇九〇の一二三四の五六七八、二〇二四年に変更', 'PHONE_NUMBER', '〇九〇の一二三四の五六七八'],
    ['郵便番号はイチゴーゼロのゼロゼロヨンサン、三階です', 'POSTAL_CODE', 'イチゴーゼロのゼロゼロヨンサン'],
    ['電話番号は〇九〇\u200bの一二三四の五六七八', 'PHONE_NUMBER', '〇九〇\u200bの一二三四の五六七八'],
  ])('%s', (text, type, value) => {
    expect(found(text, type)).toEqual([value]);
  });

  it.each([
    'サンプルのゴールはニーズを満たすことです',
    '番号はニです',
    'ゴーサインが出たのでロクに寝ずにナナメ読みしました',
    '会議室はサンゴの間、ハチ公口から徒歩ゴ分',
    'イチから説明します。ニ、サン質問があります',
    '電話で話したとおり、サンプルをゴ個送ります',
  ])('leaves %s clean', (text) => {
    expect(types(text)).toEqual([]);
  });
});

describe('OCR misreadings inside digit runs', () => {
  it.each([
    ['スキャン結果: 電話 O6 - 309l - 7196', 'PHONE_NUMBER', 'O6 - 309l - 7196'],
    ['TEL: O3-l234-5678', 'PHONE_NUMBER', 'O3-l234-5678'],
    ['旅券番号 TK12O4567', 'PASSPORT_NUMBER', 'TK12O4567'],
    ['旅券番号：TKO123456', 'PASSPORT_NUMBER', 'TKO123456'],
    ['携帯 O9O-l234-5678', 'PHONE_NUMBER', 'O9O-l234-5678'],
    ['カード番号 4111 1l11 11I1 1111', 'CREDIT_CARD', '4111 1l11 11I1 1111'],
    ['メール info @ example .jp', 'EMAIL', 'info @ example .jp'],
    ['連絡は taro @ example . co . jp まで', 'EMAIL', 'taro @ example . co . jp'],
  ])('%s', (text, type, value) => {
    expect(found(text, type)).toEqual([value]);
  });

  it.each(['Call me @ 5pm. Meeting after', 'Windows 10 Pro', 'ver l.2.3 build 1O', 'Room 101 Lobby', 'IOS 17 and OS 14', 'Hello @ all. see you', 'ping me @ home. ok', 'Iot 2024 l0 units', 'Model IO1-2345-678 ships', 'Room 1O1, floor l2, 2O24'])(
    'leaves %s without an identifier',
    (text) => {
      expect(types(text).filter((t) => !t.startsWith('PERSON_NAME') && !t.startsWith('ADDRESS'))).toEqual([]);
    },
  );
});

describe('spaced digits, for every type with digits', () => {
  // [type, label, digits, group ends]: each is spaced within groups (none, one, two spaces, a
  // full-width space) and between them (one to three spaces, two full-width spaces, a spaced dash).
  const values: ReadonlyArray<readonly [string, string, string, readonly number[]]> = [
    ['MY_NUMBER', 'マイナンバー：', '123456789018', [4, 8]],
    ['CORPORATE_NUMBER', '法人番号：', '7000012050002', [1, 5, 9]],
    ['CREDIT_CARD', 'カード番号：', '4111111111111111', [4, 8, 12]],
    ['PHONE_NUMBER', '電話：', '09012345678', [3, 7]],
    ['PHONE_NUMBER', 'TEL ', '0355658505', [2, 6]],
    ['POSTAL_CODE', '郵便番号：', '1500043', [3]],
    ['DRIVERS_LICENSE', '免許証番号：', '301234567802', [4, 8]],
    ['PENSION_NUMBER', '基礎年金番号：', '1234567890', [4]],
    ['HEALTH_INSURANCE_NUMBER', '保険者番号：', '06139876', []],
    ['BANK_ACCOUNT', '口座番号：', '1234567', []],
    ['US_SSN', 'SSN: ', '123456789', [3, 5]],
  ];
  const within = ['', ' ', '  ', '\u3000'];
  const between = [' ', '  ', '   ', '\u3000\u3000', ' - '];
  const spaced = (digits: string, groups: readonly number[], w: string, b: string) =>
    [...digits].map((d, i) => d + (i === digits.length - 1 ? '' : groups.includes(i + 1) ? b : w)).join('');

  it.each(values)('%s after %s holds in every spacing', (type, label, digits, groups) => {
    const missed: string[] = [];
    for (const w of within) {
      for (const b of between) {
        const text = `${label}${spaced(digits, groups, w, b)} です`;
        const hit = detectEntities(text).some((f) => f.type === type && text.slice(f.start, f.end).replace(/[^0-9]/g, '') === digits);
        if (!hit) missed.push(text);
      }
    }
    expect(missed).toEqual([]);
  });

  it.each([
    ['MY_NUMBER', '123456789018'],
    ['CREDIT_CARD', '4111111111111111'],
    ['CORPORATE_NUMBER', '7000012050002'],
    ['PHONE_NUMBER', '09012345678'],
  ])('%s holds spaced without a label', (type, digits) => {
    for (const w of [' ', '  ', '\u3000']) {
      const text = `ご確認ください ${[...digits].join(w)} 以上`;
      expect(detectEntities(text).some((f) => f.type === type)).toBe(true);
    }
  });

  it.each([
    '郵便番号欄は 2024年  10月に変更',
    '年金の受給額は 12  34 万円です',
    '口座数  12  34  56 件',
    '基礎年金番号の桁数は 10  桁、12 文字まで',
    '郵便番号の 3  桁目と 4  桁目',
  ])('leaves %s without an identifier', (text) => {
    expect(types(text)).toEqual([]);
  });
});

describe('pasted tables: the column header decides the type', () => {
  // 100000063352 passes Luhn but not the My Number check digit: test data in a My Number column.
  it.each([
    ['CSV, My Number column', '氏名,マイナンバー,部署\n山田太郎,100000063352,営業\n佐藤花子,123456789018,総務', 'MY_NUMBER', ['100000063352', '123456789018']],
    ['TSV, 個人番号 column', '社員番号\t個人番号\n1001\t1234 5678 9018\n1002\t100000063352', 'MY_NUMBER', ['1234 5678 9018', '100000063352']],
    ['pension numbers starting with 0', '社員番号,氏名,基礎年金番号\n1001,山田太郎,0123456789\n1002,佐藤花子,0987654321', 'PENSION_NUMBER', ['0123456789', '0987654321']],
    ['quoted CSV with a pension_no column', '"name","pension_no"\n"Yamada","0312-345678"', 'PENSION_NUMBER', ['0312-345678']],
    ['phone column', '氏名,携帯電話\n山田,090-1234-5678\n佐藤,08012345678', 'PHONE_NUMBER', ['090-1234-5678', '08012345678']],
    ['account column', '支店\t口座番号\n渋谷\t1234567', 'BANK_ACCOUNT', ['1234567']],
    ['postal code column', '氏名,郵便番号,住所\n山田,150-0043,渋谷区', 'POSTAL_CODE', ['150-0043']],
  ])('%s', (_case, text, type, values) => {
    expect(found(text, type)).toEqual(values);
    // No other type for those cells.
    const other = detectEntities(text).filter((f) => f.type !== type && values.includes(text.slice(f.start, f.end)));
    expect(other).toEqual([]);
  });

  it.each([
    ['a count column', '部署,件数,売上\n営業,12,100000063352'],
    ['a My Number column whose cells are notes', '氏名,マイナンバー\n山田,提出済み\n佐藤,未提出'],
    ['a pension column with short codes', '氏名,年金番号\n山田,確認中\n佐藤,1234'],
    ['an order table', '注文番号,数量\n0123456789,3\n0987654321,5'],
    ['a header without rows', 'マイナンバー,氏名\n以上です'],
  ])('%s gets no identifier from its header', (_case, text) => {
    expect(types(text).filter((t) => !t.startsWith('PERSON_NAME'))).toEqual([]);
  });
});

describe('the normalization gate with value rewrites', () => {
  const pieces = ['O', 'o', 'l', 'I', '0', '1', '5', '12', '345', ' ', '-', '.', ' @ ', '@', 'example', '.jp', '電話', '番号は', 'ゼロ', 'イチ', 'ニー', 'キュー', 'の', '、', '〇', '九', '\n', '> ', 'TEL', '\u200b', 'データ'];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));

  it('normalizes every text whose normalized form differs (needsNormalization or a value rewrite)', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (needsNormalization(t) || mayNeedValueRewrites(t)) return;
        const n = normalize(t);
        expect(n.text).toBe(t);
      }),
      { numRuns: 3000 },
    );
  });

  it('maps every rewritten finding back onto the original characters', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const f of detectEntities(t)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(t.length);
          expect(f.end).toBeGreaterThan(f.start);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
