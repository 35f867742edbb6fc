import fc from 'fast-check';
import { detectEntities } from '../../lambda/guard/detect';
import { maskPersonalData } from '../../lambda/guard/mask';
import { createRandom } from '../fixtures/guard/prng';
import { buildEvasionCases, buildWrittenFormCases, core, INVISIBLE_CHARACTERS, TRANSFORMS, TYPED_CASES, WRITTEN_FORM_TRANSFORMS } from '../fixtures/guard/typed-evasions';

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

describe('every type under the written forms: spaced characters, spaced groups, dictated digits, OCR, a line break', () => {
  const written = buildWrittenFormCases();

  it('covers each form with several types, with context and without', () => {
    for (const name of Object.keys(WRITTEN_FORM_TRANSFORMS)) expect(new Set(written.filter((c) => c.transform === name).map((c) => c.type)).size).toBeGreaterThanOrEqual(5);
    expect(written.some((c) => !c.context)).toBe(true);
  });

  it.each(Object.keys(WRITTEN_FORM_TRANSFORMS).map((name) => [name] as const))('%s: each value is found with its type and never survives masking', (name) => {
    const failures: string[] = [];
    for (const c of written.filter((x) => x.transform === name)) {
      const start = c.text.indexOf(c.value);
      const found = detectEntities(c.text).some((f) => f.type === c.type && f.start <= start + 1 && f.end >= start + c.value.length - 1);
      const { masked } = maskPersonalData(c.text);
      if (!found || core(masked).includes(core(c.value))) failures.push(`${c.type}${c.context ? '' : ' (no context)'}: ${JSON.stringify(c.text)} -> ${JSON.stringify(masked)}`);
    }
    expect(failures).toEqual([]);
  });

  it('spaced ordinary numbers stay clean: amounts, dates, versions, sections, sizes and table columns', () => {
    const spaced = (n: number, gap: string) => [...String(n)].join(gap);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99999999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 4, maxLength: 8 }),
        fc.constantFrom(' ', '\u3000', '  '),
        fc.integer({ min: 0, max: 6 }),
        (amount, month, day, cells, gap, form) => {
          const texts = [
            `今月の売上は ${spaced(amount, gap)} 円でした。`,
            `${spaced(2024, gap)} 年 ${spaced(month, gap)} 月 ${spaced(day, gap)} 日に開催します。`,
            `バージョン ${cells.slice(0, 4).map((c) => spaced(c % 10, gap)).join(' . ')} をリリースしました。`,
            `手順 ${cells.slice(0, 4).map((c) => spaced(c % 20, gap)).join(' . ')} を参照してください。`,
            `| ${cells.map((c) => spaced(c, gap)).join(' | ')} |`,
            `サイズは ${cells.slice(0, 4).map((c) => spaced(c, gap)).join(' . ')} cm です。`,
            `第 ${spaced(month, gap)} 回 定例会、出席 ${spaced(day, gap)} 名`,
          ];
          const text = texts[form];
          expect(detectEntities(text).filter((f) => f.type !== 'PERSON_NAME')).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
