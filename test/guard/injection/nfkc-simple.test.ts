/**
 * The NFKC shortcut of the injection screen's stripInvisible (fold.ts NFKC_SIMPLE_RANGES): texts
 * of NFKC-stable characters and of these punctuation marks and symbols are normalized one character
 * at a time. Holds only if none of them combines with a neighbour, which is checked here on every
 * pair of them and on every pair with ASCII, kana and CJK punctuation and with sampled ideographs.
 */
import fc from 'fast-check';
import { INVISIBLE, NFKC_SIMPLE_RANGES, stripInvisible } from '../../../lambda/guard/injection/fold';

const simple: string[] = NFKC_SIMPLE_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, k) => String.fromCharCode(from + k)));
const range = (from: number, to: number, step = 1): string[] => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, k) => String.fromCharCode(from + k * step));
/** Characters of NFKC_STABLE_RANGES: all of ASCII, the CJK punctuation and kana, every 61st ideograph. */
const stable = [...range(0, 0x7f), ...range(0x3001, 0x303f), ...range(0x3041, 0x30fe), ...range(0x3400, 0x4dbf, 61), ...range(0x4e00, 0x9fff, 61)].filter(
  (c) => c.normalize('NFKC') === c,
);

describe('NFKC of simple punctuation, one character at a time', () => {
  it('each simple character is a starter that maps to characters of its own kind or to ASCII', () => {
    const wrong = simple.filter((c) => /\p{M}/u.test(c.normalize('NFKD')) || [...c.normalize('NFKC')].some((d) => d.normalize('NFKC') !== d));
    expect(wrong).toEqual([]);
  });

  it('no simple character combines with a neighbour: NFKC of every pair is the pair of NFKC forms', () => {
    const wrong: string[] = [];
    for (const a of simple) {
      for (const b of [...simple, ...stable]) {
        if ((a + b).normalize('NFKC') !== a.normalize('NFKC') + b.normalize('NFKC')) wrong.push(a + b);
        if ((b + a).normalize('NFKC') !== b.normalize('NFKC') + a.normalize('NFKC')) wrong.push(b + a);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('property: stripInvisible of stable, simple and invisible characters equals removing INVISIBLE and normalizing', () => {
    const pieces = fc.constantFrom('a', 'Z', ' ', '1', '。', '無', 'カ', '：', '　', '０', '－', '（', '—', '※', '→', '─', '■', '…', '\u200b', '\u200e', '\ufe0f', '\u{e0041}', '\u{e0100}', 'ｶ', '\u3099', '①');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const raw = parts.join('');
        let n = 0;
        const text = raw.replace(new RegExp(INVISIBLE.source, 'gu'), () => {
          n++;
          return '';
        });
        expect(stripInvisible(raw)).toEqual({ text: text.normalize('NFKC'), invisible: n });
      }),
      { numRuns: 3000 },
    );
  });
});
