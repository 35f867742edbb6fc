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
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 100 }), japaneseText, englishText);

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
