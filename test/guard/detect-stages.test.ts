/**
 * The two detection stages the scan CLI runs on two threads must give exactly what
 * detectEntities gives, and the masking step on those findings what maskPersonalData gives.
 */
import fc from 'fast-check';
import { detectEntities, detectFirstStage, detectSecondStage, FIRST_STAGE_END, type DetectOptions } from '../../lambda/guard/detect';
import { DETECTORS, type RawFinding } from '../../lambda/guard/detectors';
import { maskFindings, maskPersonalData } from '../../lambda/guard/mask';
import { normalize, normalizedFromEdits } from '../../lambda/guard/normalize';
import { DEFAULT_GUARD_POLICY, type GuardPolicy } from '../../lambda/guard/policy';
import { buildBusinessCases } from '../fixtures/guard/ja-business-cases';
import { JA_CLEAN_BUSINESS_TEXTS } from '../fixtures/guard/ja-clean-business';

function staged(text: string, options: DetectOptions, passNormalization = true) {
  const raw: RawFinding[] = [];
  const prepared = detectFirstStage(text, options, raw);
  // The first stage's findings and normalization cross a thread as plain numbers and strings:
  // rebuild them as new objects, as the scan CLI's second stage does.
  const copy = raw.map((f) => ({ type: f.type, start: f.start, end: f.end, score: f.score }));
  if (!passNormalization) return detectSecondStage(text, options, copy);
  const rebuilt = prepared === null || !prepared.changed ? null : normalizedFromEdits(text, `${prepared.text}`, Float64Array.from(prepared.edits));
  return detectSecondStage(text, options, copy, rebuilt);
}

const ENGLISH = [
  'My name is John Smith and my SSN is 123-45-6789. Call me at +1 415 555 0132.',
  'Ship it to 221 Main Street, Springfield, IL 62704; card 4111 1111 1111 1111.',
  'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY and server 10.0.0.12',
];

describe('detection in two stages', () => {
  it('splits after the name detector, which the later detectors read', () => {
    expect(DETECTORS[FIRST_STAGE_END - 1].type).toBe('PERSON_NAME');
    expect(FIRST_STAGE_END).toBeLessThan(DETECTORS.length);
  });

  it('equals detectEntities on the business-text families, clean texts and English texts', () => {
    const texts = [...buildBusinessCases().map((c) => c.text), ...JA_CLEAN_BUSINESS_TEXTS, ...ENGLISH];
    // Several texts run together, as a short text often holds a few sentences.
    for (let i = 0; i + 3 < texts.length; i += 3) texts.push(texts[i] + texts[i + 1] + texts[i + 2]);
    let withFindings = 0;
    for (const text of texts) {
      const whole = detectEntities(text);
      if (whole.length > 0) withFindings++;
      expect(staged(text, {})).toEqual(whole);
    }
    expect(withFindings).toBeGreaterThan(texts.length / 2);
  });

  it('equals detectEntities on generated texts, with a policy minimum score and code names', () => {
    const pieces = ['佐藤', '太郎', '様', 'さん', '担当の', '090-1234-5678', '〒105-0011', '東京都港区芝公園4丁目', 'T1234567890123', '123456789018', ' ', '、', '１２３', '\u200b', 'ー', 'John Smith', 'パスポート番号', 'TK1234567', '年金', '1234-567890', 'PROJECT-X', 'a@example.co.jp'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((p) => p.join(''));
    const options: DetectOptions = { minScore: 0.6, codeNames: ['PROJECT-X'] };
    fc.assert(
      fc.property(text, (t) => {
        const whole = detectEntities(t, options);
        expect(staged(t, options)).toEqual(whole);
        expect(staged(t, options, false)).toEqual(whole);
      }),
      { numRuns: 400 },
    );
  });

  it('rebuilds a normalization from its edits with the same offset map, and refuses one of another text', () => {
    const pieces = ['０９０', '-', 'ー', '\u200e', '\u200b', '１２３', '〇九〇', '佐藤', 'ｶﾀｶﾅ', 'a', ' ', '①', '\u{1F600}', 'é', 'e\u0301'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join('')), (t) => {
        const n = normalize(t);
        const rebuilt = normalizedFromEdits(t, n.text, Float64Array.from(n.edits));
        expect(rebuilt.text).toBe(n.text);
        expect(rebuilt.changed).toBe(n.changed);
        expect(rebuilt.edits).toEqual(n.edits);
        for (let s = 0; s <= n.text.length; s++) {
          expect(rebuilt.toOriginalIndex(s)).toBe(n.toOriginalIndex(s));
          for (let e = s; e <= n.text.length; e++) expect(rebuilt.toOriginalRange(s, e)).toEqual(n.toOriginalRange(s, e));
        }
      }),
      { numRuns: 300 },
    );
    expect(() => normalizedFromEdits('ab', 'a', [0, 1, 0])).toThrow('edits come in fours');
    const other = normalize('０９０');
    expect(() => detectSecondStage('090', {}, [], other)).toThrow('the normalization is of another text');
  });

  it('masks the staged findings as maskPersonalData masks the text', () => {
    const policy: GuardPolicy = { ...DEFAULT_GUARD_POLICY, entityActions: { MY_NUMBER: 'block', EMAIL: 'allow' } };
    for (const text of ['マイナンバーは123456789018、メールは a@example.com、担当の佐藤です', '', 'no personal data here']) {
      const options = { minScore: policy.minScore, codeNames: policy.codeNames };
      const a = maskFindings(text, staged(text, options), policy);
      const b = maskPersonalData(text, policy);
      expect({ ...a, vault: a.vault.values }).toEqual({ ...b, vault: b.vault.values });
    }
  });
});
