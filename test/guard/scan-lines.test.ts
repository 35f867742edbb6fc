/**
 * A text the guard throws on (a bug: the guard is written never to throw) must not cost the
 * other lines: it becomes an error line with its id and line number, nothing of it is written,
 * and the run reports a failure. The fault is injected with a module mock, since no real input
 * is known to make the guard throw (the business-text property test in properties.test.ts
 * hunts for one).
 */
import type { Batch } from '../../bin/scan-lines';

const BOOM = 'BOOM-社外秘-080-1234-5678';

jest.mock('../../lambda/guard/detect', () => {
  const actual = jest.requireActual('../../lambda/guard/detect');
  const fail = (text: unknown) => {
    if (typeof text === 'string' && text.includes('BOOM')) throw new Error('internal');
  };
  return {
    ...actual,
    detectEntities: (text: string, options?: object) => (fail(text), actual.detectEntities(text, options)),
    detectFirstStage: (text: string, options: object, raw: unknown[]) => (text.includes('BOOM-first') ? fail(text) : undefined, actual.detectFirstStage(text, options, raw)),
    detectSecondStage: (text: string, options: object, raw: unknown[], prepared?: unknown) => (text.includes('BOOM-second') ? fail(text) : undefined, actual.detectSecondStage(text, options, raw, prepared)),
  };
});
jest.mock('../../lambda/guard/injection', () => {
  const actual = jest.requireActual('../../lambda/guard/injection');
  return { ...actual, screenInjection: (text: string, options: object) => (text.includes('BOOM-screen') ? (() => { throw new Error('internal'); })() : actual.screenInjection(text, options)) };
});

// Imported after the mocks are set up.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lines = require('../../bin/scan-lines') as typeof import('../../bin/scan-lines');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEFAULT_GUARD_POLICY } = require('../../lambda/guard/policy') as typeof import('../../lambda/guard/policy');

const batchOf = (texts: string[], firstLine = 1): Batch => ({ seq: 0, firstLine, text: texts.map((t, i) => JSON.stringify({ id: `r${i}`, text: t })).join('\n') });
const GOOD = ['担当：佐藤 花子 部長', '電話は090-1234-5678です'];

function expectOneFailure(output: string, errors: string[], failedIndex: number, firstLine = 1) {
  const out = output.trim().split('\n').map((l) => JSON.parse(l));
  expect(out).toHaveLength(3);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain(`line ${firstLine + failedIndex}`);
  expect(out[failedIndex]).toEqual({ id: `r${failedIndex}`, line: firstLine + failedIndex, error: expect.stringContaining('the guard failed on this text') });
  // Nothing of the failed text is written, not even its masked form.
  expect(output).not.toContain('BOOM');
  expect(output).not.toContain('080-1234-5678');
  for (const [i, o] of out.entries()) if (i !== failedIndex) expect(o).toMatchObject({ id: `r${i}`, masked: expect.any(String), injection: expect.any(Object) });
  // The good phone number is masked where it was scanned.
  expect(out.filter((o) => o.masked !== undefined).map((o) => o.masked)).toContain('電話は[PHONE_NUMBER_1]です');
}

describe('scan lines when the guard throws on one text', () => {
  it('one thread: an error line in its place, the other lines scanned', () => {
    const texts = [GOOD[0], BOOM, GOOD[1]];
    const r = lines.scanBatch(batchOf(texts, 7), DEFAULT_GUARD_POLICY, false);
    expectOneFailure(r.output, r.errors, 1, 7);
  });

  for (const stage of ['first', 'second', 'screen']) {
    it(`two stages: a throw in the ${stage} stage gives the same error line`, () => {
      const texts = [GOOD[0], GOOD[1], `BOOM-${stage}-080-1234-5678`];
      const staged = lines.parseBatch(batchOf(texts));
      const first = lines.firstStage(staged.texts, lines.detectOptions(DEFAULT_GUARD_POLICY));
      // The first stage's data crosses a thread: a structured clone.
      const copied = structuredClone(first);
      const screens = lines.screenTexts(staged.texts, DEFAULT_GUARD_POLICY);
      const r = lines.finishStaged(staged, copied, structuredClone(screens), DEFAULT_GUARD_POLICY, true);
      expectOneFailure(r.output, r.errors, 2);
    });
  }

  it('keeps the line order and the other lines whole when nothing throws', () => {
    const staged = lines.parseBatch(batchOf(GOOD));
    const r = lines.finishStaged(staged, lines.firstStage(staged.texts, {}), lines.screenTexts(staged.texts, DEFAULT_GUARD_POLICY), DEFAULT_GUARD_POLICY, false);
    expect(r.errors).toEqual([]);
    expect(r.output.trim().split('\n').map((l) => JSON.parse(l).masked)).toEqual(['担当：[PERSON_NAME_1] 部長', '電話は[PHONE_NUMBER_1]です']);
  });
});
