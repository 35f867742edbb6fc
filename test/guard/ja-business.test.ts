import { measureBusinessQuality } from '../bench/ja-quality';

// Thresholds sit a little under what the guard reaches today, so a regression in any family fails.
describe('Japanese business-text families', () => {
  const families = new Map(measureBusinessQuality().map((q) => [q.family, q]));

  it.each([...families.values()].filter((q) => q.gold > 0).map((q) => [q.family, q] as const))('%s: recall >= 0.9, precision >= 0.9', (_family, q) => {
    expect(q.found / q.gold).toBeGreaterThanOrEqual(0.9);
    expect(q.truePositives / Math.max(1, q.predicted)).toBeGreaterThanOrEqual(0.9);
  });

  it('no identifier of the identifier and evasion families survives masking', () => {
    const survived = [...families.values()].filter((q) => q.family.startsWith('identifiers') || q.family.startsWith('evasion')).reduce((n, q) => n + q.survived, 0);
    expect(survived).toBe(0);
  });

  it('leaves clean business texts and common nouns that are also surnames untouched', () => {
    expect(families.get('clean business text')?.casesWithFindings).toBe(0);
    expect(families.get('names: common nouns and departments (negatives)')?.casesWithFindings).toBe(0);
  });
});
