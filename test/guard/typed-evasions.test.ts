import fc from 'fast-check';
import { detectEntities } from '../../lambda/guard/detect';
import { maskPersonalData } from '../../lambda/guard/mask';
import { createRandom } from '../fixtures/guard/prng';
import { buildEvasionCases, core, INVISIBLE_CHARACTERS, TRANSFORMS, TYPED_CASES } from '../fixtures/guard/typed-evasions';

const cases = buildEvasionCases();

describe('every detector type under every evasion', () => {
  it('covers each type with each transform, with context and without where the type needs none', () => {
    const types = new Set(cases.map((c) => c.type));
    expect(types.size).toBeGreaterThanOrEqual(16);
    expect(new Set(cases.map((c) => c.transform)).size).toBe(Object.keys(TRANSFORMS).length);
    expect(cases.some((c) => !c.context)).toBe(true);
  });

  it.each(TYPED_CASES.map((c) => [c.type, c] as const))('%s: the value is found with its type and never survives masking', (type) => {
    const failures: string[] = [];
    for (const c of cases.filter((x) => x.type === type)) {
      const start = c.text.indexOf(c.value);
      const found = detectEntities(c.text).some((f) => f.type === c.type && f.start <= start && f.end >= start + c.value.length - 1);
      const { masked } = maskPersonalData(c.text);
      if (!found || core(masked).includes(core(c.value))) failures.push(`${c.transform}${c.context ? '' : ' (no context)'}: ${JSON.stringify(c.text)} -> ${JSON.stringify(masked)}`);
    }
    expect(failures).toEqual([]);
  });

  it('an invisible character at any position of any identifier never lets it through', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: TYPED_CASES.length - 1 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.constantFrom(...INVISIBLE_CHARACTERS),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('', '詳細は以下の通りです。', 'Hi team, ', '【至急】'),
        (t, seed, invisible, at, template, prefix) => {
          const c = TYPED_CASES[t];
          const value = c.value(createRandom(seed));
          const cut = 1 + (at % (value.length - 1));
          const evaded = value.slice(0, cut) + invisible + value.slice(cut);
          const [before, after] = c.withContext[template % c.withContext.length].split('{v}');
          const text = prefix + before + evaded + after;
          expect(core(maskPersonalData(text).masked)).not.toContain(core(value));
        },
      ),
      { numRuns: 400 },
    );
  });
});
