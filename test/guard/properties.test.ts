import fc from 'fast-check';
import { detectEntities } from '../../lambda/guard/detect';
import { maskPersonalData, restoreMasked } from '../../lambda/guard/mask';
import { normalize } from '../../lambda/guard/normalize';
import { EVASIONS } from '../fixtures/guard/evasions';
import { validCorporateNumber, validCreditCard, validMyNumber } from '../fixtures/guard/identifiers';
import { createRandom } from '../fixtures/guard/prng';

const jaChars = fc.constantFrom(...'あいうえおかきくけこ漢字東京都様さん番号電話のはがをにで、。ー・「」　０１２３ ab-Z9'.split(''));
const japaneseText = fc.array(jaChars, { maxLength: 40 }).map((a) => a.join(''));
const englishText = fc.array(fc.constantFrom('the', 'card', 'number', 'call', 'Mr', 'John', 'at', '12', 'is', '-', ' ', '.', '\n'), { maxLength: 20 }).map((a) => a.join(' '));
// Business-text pieces in any order: labels, names, titles, separators and identifiers, so the
// name rules' list, label and title paths see shapes a character-level generator rarely builds
// (担当：佐藤 花子 部長 once made a list rule read past an emptied list).
const businessPieces = [
  '担当：', '担当者：', '氏名:', '出席者：', '欠席：', 'CC:', 'To: ', '差出人：', '宛先：', '名義：', '承認者：', '文責：', '補佐：', 'PM：', '@',
  '佐藤', '花子', '鈴木', '一郎', '高橋', '髙橋', '林', '森', '原', '南', '小鳥遊', '東海林', '絢子', 'ひかり', 'かおる', '翔太', 'サトウ', 'ケンタ', 'ジョン・スミス', 'Taro', 'YAMADA', 'Sato Kenta',
  '部長', '課長', '様', 'さん', '氏', '先生', 'くん', 'です', 'と申します', 'が担当します', 'の', 'は', 'と', 'や', '、', '・', '／', '/', ' ', '　', '  ', '\n', '\t', '：', ':', '|', '「', '」', '（', '）',
  '株式会社', '山田商事', '営業部', '人事部', '東京都港区芝公園4丁目', '090-1234-5678', '〒105-0011', '1234567', 'a@example.co.jp', '2名', '各位', 'よろしく', '会社で', '確認',
];
const businessText = fc.array(fc.constantFrom(...businessPieces), { maxLength: 24 }).map((a) => a.join(''));
const anyText = fc.oneof(businessText, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 100 }), japaneseText, englishText);

describe('guard core properties', () => {
  it('never throws on any string and keeps offsets in bounds, sorted and non-overlapping', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const findings = detectEntities(text, { minScore: 0 });
        let previousEnd = 0;
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(previousEnd);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          previousEnd = f.end;
        }
        maskPersonalData(text);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on business-text shapes: labels, names, titles and separators in any order', () => {
    // Regressions found this way: a list rule that read past a list emptied by a non-name item.
    for (const text of ['担当：佐藤 花子 部長', '担当者：佐藤 花子 課長', '担当：佐藤　花子　部長', '出席者：佐藤、花子、中村承認者：と口座、森']) {
      expect(() => detectEntities(text)).not.toThrow();
      expect(detectEntities(text).some((f) => f.type === 'PERSON_NAME' && text.slice(f.start, f.end).startsWith('佐藤'))).toBe(true);
    }
    fc.assert(
      fc.property(businessText, (text) => {
        const findings = detectEntities(text, { minScore: 0 });
        for (const f of findings) expect(f.end).toBeLessThanOrEqual(text.length);
        maskPersonalData(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('normalization maps every range inside the original string', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const n = normalize(text);
        const start = Math.min(a, b) % (n.text.length + 1);
        const end = Math.max(a, b) % (n.text.length + 1);
        const r = n.toOriginalRange(Math.min(start, end), Math.max(start, end));
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeGreaterThanOrEqual(r.start);
        expect(r.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('a valid check-digit identifier under any evasion never survives masking', () => {
    const generators = [validMyNumber, validCorporateNumber, validCreditCard];
    const contexts = ['マイナンバー', '法人番号', 'カード番号', 'number', 'card', ''];
    fc.assert(
      fc.property(
        fc.oneof(japaneseText, englishText),
        fc.oneof(japaneseText, englishText),
        fc.integer({ min: 0, max: generators.length - 1 }),
        fc.constantFrom(...Object.keys(EVASIONS)),
        fc.constantFrom(...contexts),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (prefix, suffix, g, evasion, context, seed) => {
          const value = EVASIONS[evasion](generators[g](createRandom(seed)));
          // A separator keeps random digits from fusing with the identifier into a longer number.
          const text = `${prefix} ${context} ${value} ${suffix}`;
          const { masked } = maskPersonalData(text);
          expect(masked.includes(value)).toBe(false);
          const digits = value.normalize('NFKC').replace(/[^0-9]/g, '');
          expect(masked.normalize('NFKC').replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').includes(digits)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('mask then restore returns the original text', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 2 ** 31 - 1 }), (text, seed) => {
        const r = createRandom(seed);
        const withPii = `${text} 090-1234-5678 ${validMyNumber(r)} a.b@example.com ${text}`;
        const { masked, vault } = maskPersonalData(withPii);
        expect(restoreMasked(masked, vault)).toBe(withPii);
      }),
      { numRuns: 300 },
    );
  });
});
