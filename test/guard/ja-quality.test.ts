import { measureJapaneseQuality } from '../bench/ja-quality';

describe('Japanese check-digit set with evasion variants', () => {
  const quality = measureJapaneseQuality();

  it('reaches F2 >= 0.95 on every check-digit type', () => {
    for (const t of Object.values(quality.types)) expect(t.f2).toBeGreaterThanOrEqual(0.95);
  });

  it('masks no hard negative and leaks no identifier', () => {
    expect(quality.hardNegatives).toBeGreaterThan(200);
    expect(quality.hardNegativesMasked).toBe(0);
    expect(quality.leaked).toBe(0);
  });
});
