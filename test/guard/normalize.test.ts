import { normalize } from '../../lambda/guard/normalize';

describe('normalize', () => {
  it('returns the input unchanged with an identity map when nothing needs normalizing', () => {
    const n = normalize('plain ascii 123');
    expect(n.changed).toBe(false);
    expect(n.text).toBe('plain ascii 123');
    expect(n.toOriginalRange(6, 11)).toEqual({ start: 6, end: 11 });
  });

  it('applies NFKC to full-width digits and letters', () => {
    expect(normalize('ＡＢＣ１２３').text).toBe('ABC123');
  });

  it.each(['\u2010', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uff0d', '\u2500', '\u2011', '\ufe63', '\u2043', '\u2e3a', '\u2e3b', '\u2e40', '\u2796'])('maps dash U+%s to "-"', (dash) => {
    expect(normalize(`12${dash}34`).text).toBe('12-34');
  });

  it('maps U+30FC to "-" only between digits', () => {
    expect(normalize('12ー34').text).toBe('12-34');
    expect(normalize('１２ー３４').text).toBe('12-34');
    expect(normalize('データー').text).toBe('データー');
    expect(normalize('12ーデータ').text).toBe('12ーデータ');
  });

  it('removes zero-width, soft hyphen and tag characters', () => {
    expect(normalize('1\u200b2\u200c3\u200d4\u20605\ufeff6\u00ad7\u{E0041}8').text).toBe('12345678');
  });

  it('composes half-width katakana with voiced marks', () => {
    expect(normalize('ｶﾞｷﾞ').text).toBe('ガギ');
  });

  it('maps normalized ranges back onto the original characters', () => {
    const original = 'ab１\u200b２ー３cd';
    const n = normalize(original);
    expect(n.text).toBe('ab12-3cd');
    const r = n.toOriginalRange(2, 6); // "12-3"
    expect(original.slice(r.start, r.end)).toBe('１\u200b２ー３');
    const cd = n.toOriginalRange(6, 8);
    expect(original.slice(cd.start, cd.end)).toBe('cd');
  });

  it('keeps surrogate pairs intact in the map', () => {
    const original = '😀１２';
    const n = normalize(original);
    expect(n.text).toBe('😀12');
    const r = n.toOriginalRange(2, 4);
    expect(original.slice(r.start, r.end)).toBe('１２');
  });

  it('does not drop leading removed characters into a finding', () => {
    const original = '\u200b\u200b12';
    const n = normalize(original);
    expect(n.text).toBe('12');
    expect(n.toOriginalRange(0, 2)).toEqual({ start: 2, end: 4 });
  });
});

describe('normalize: invisible characters and written-out numbers', () => {
  it.each([
    ['U+200E left-to-right mark', '\u200e'],
    ['U+200F right-to-left mark', '\u200f'],
    ['U+202A-U+202E embeddings and overrides', '\u202a\u202b\u202c\u202d\u202e'],
    ['U+2066-U+2069 isolates', '\u2066\u2067\u2068\u2069'],
    ['U+2061-U+2064 invisible operators', '\u2061\u2062\u2063\u2064'],
    ['U+180E Mongolian vowel separator', '\u180e'],
    ['U+034F combining grapheme joiner', '\u034f'],
    ['U+FE00-U+FE0F variation selectors', '\ufe00\ufe0f'],
    ['U+E0100 variation selector supplement', '\u{e0100}'],
    ['Hangul fillers', '\u115f\u1160\u3164\uffa0'],
  ])('removes %s, keeping the offset map', (_name, chars) => {
    const original = `4111${chars}1111${chars}1111${chars}1111 年${chars}月`;
    const n = normalize(original);
    expect(n.text).toBe('4111111111111111 年月');
    const r = n.toOriginalRange(0, 16);
    expect(original.slice(r.start, r.end)).toBe(`4111${chars}1111${chars}1111${chars}1111`);
  });

  it('reads written-out kanji numbers as digits, and leaves kanji words alone', () => {
    expect(normalize('〇九〇ー一二三四ー五六七八').text).toBe('090-1234-5678');
    expect(normalize('〒一〇〇ー〇〇〇一').text).toBe('〒100-0001');
    expect(normalize('一二三四五六七八').text).toBe('12345678');
    expect(normalize('一二三さん、四五六号室、第一回').text).toBe('一二三さん、四五六号室、第一回');
    const original = '電話〇三ー\u200b一二三四ー五六七八です';
    const n = normalize(original);
    expect(n.text).toBe('電話03-1234-5678です');
    const r = n.toOriginalRange(2, 14);
    expect(original.slice(r.start, r.end)).toBe('〇三ー\u200b一二三四ー五六七八');
  });

  it('reads ー between Latin letters as a hyphen (a domain), not inside Japanese words', () => {
    expect(normalize('taro@exampleーcorp.co.jp').text).toBe('taro@example-corp.co.jp');
    expect(normalize('サーバーのデータ').text).toBe('サーバーのデータ');
  });
});
