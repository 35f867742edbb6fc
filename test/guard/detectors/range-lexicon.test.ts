import fc from 'fast-check';
import { PairSet, RangeLexicon } from '../../../lambda/guard/detectors/range-lexicon';

// The in-place lookups must answer exactly what a Map or Set of the sliced range answers.
const alphabet = ['山', '田', '太', '郎', '佐', '藤', 'サ', 'ト', 'ウ', 'a', ' ', '髙', '\u{20BB7}'];
const word = fc.array(fc.constantFrom(...alphabet), { minLength: 0, maxLength: 5 }).map((cs) => cs.join(''));

describe('RangeLexicon', () => {
  it('answers as a Map of the sliced range does, for every range of any text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.integer({ min: 1, max: 3 })), { maxLength: 40 }), fc.array(word, { maxLength: 6 }), (entries, pieces) => {
        const map = new Map(entries);
        const lexicon = RangeLexicon.from(entries);
        const text = pieces.join('');
        for (let s = 0; s <= text.length; s++) {
          for (let e = s; e <= text.length; e++) expect(lexicon.get(text, s, e)).toBe(map.get(text.slice(s, e)) ?? 0);
        }
        for (const [w] of entries) expect(lexicon.get(`x${w}y`, 1, 1 + w.length)).toBe(map.get(w));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the last value of a word given twice, and rejects values that are not positive', () => {
    expect(RangeLexicon.from([['林', 1], ['林', 2]]).get('林', 0, 1)).toBe(2);
    expect(() => RangeLexicon.from([['林', 0]])).toThrow('values must be positive');
  });

  it('tells words apart that share a hash bucket or a prefix', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `名${String.fromCharCode(0x4e00 + (i % 700))}${String.fromCharCode(0x4e00 + Math.floor(i / 700))}`);
    const lexicon = RangeLexicon.of(words);
    for (const w of words) expect(lexicon.has(w, 0, w.length)).toBe(true);
    expect(lexicon.has('名', 0, 1)).toBe(false);
    expect(lexicon.has('名一丁目', 0, 4)).toBe(false);
    // Past the end of the text: no word.
    expect(lexicon.has('名一', 1, 3)).toBe(false);
  });
});

describe('PairSet', () => {
  it('answers as a Set of pairs does, and false for positions past the end (NaN)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 0xfffe }), fc.integer({ min: 0, max: 0xfffe })), { maxLength: 200 }), fc.integer({ min: 0, max: 0xfffe }), fc.integer({ min: 0, max: 0xfffe }), (pairs, a, b) => {
        const set = new PairSet(pairs);
        const keys = new Set(pairs.map(([x, y]) => `${x},${y}`));
        for (const [x, y] of pairs) expect(set.has(x, y)).toBe(true);
        expect(set.has(a, b)).toBe(keys.has(`${a},${b}`));
        expect(set.has(Number.NaN, b)).toBe(false);
        expect(set.has(a, 'x'.charCodeAt(5))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
