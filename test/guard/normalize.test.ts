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

  it.each(['\u2010', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uff0d', '\u2500'])('maps dash U+%s to "-"', (dash) => {
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
