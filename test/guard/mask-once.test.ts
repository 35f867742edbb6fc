/**
 * maskFindingsOnce (the scan CLI's masking, one text and no vault kept) must give exactly the
 * masked text and blocked types that maskFindings gives with a fresh vault: the same numbering,
 * one placeholder per value (also when the same value is written differently), and placeholder
 * names already in the text skipped.
 */
import fc from 'fast-check';
import { detectEntities } from '../../lambda/guard/detect';
import { maskFindings, maskFindingsOnce } from '../../lambda/guard/mask';
import { DEFAULT_GUARD_POLICY, type GuardPolicy } from '../../lambda/guard/policy';
import { buildBusinessCases } from '../fixtures/guard/ja-business-cases';

const BLOCKING: GuardPolicy = { ...DEFAULT_GUARD_POLICY, entityActions: { MY_NUMBER: 'block', PHONE_NUMBER: 'block', EMAIL: 'allow' } };

function expectSame(text: string, policy: GuardPolicy): void {
  const findings = detectEntities(text, { minScore: policy.minScore, codeNames: policy.codeNames });
  const a = maskFindings(text, findings, policy);
  const b = maskFindingsOnce(text, findings, policy);
  expect({ masked: b.masked, blocked: b.blocked, blockedTypes: b.blockedTypes, findings: b.findings }).toEqual({ masked: a.masked, blocked: a.blocked, blockedTypes: a.blockedTypes, findings: a.findings });
}

describe('maskFindingsOnce', () => {
  it('reuses a placeholder for the same value, written differently, and skips names in the text', () => {
    const text = '[PHONE_NUMBER_1] 田中様と田中様、090-1234-5678 と ０９０ー１２３４ー５６７８、03-1234-5678 は [PHONE_NUMBER_3]';
    const r = maskFindingsOnce(text, detectEntities(text), DEFAULT_GUARD_POLICY);
    expect(r.masked).toContain('[PHONE_NUMBER_2] と [PHONE_NUMBER_2]、[PHONE_NUMBER_4] は');
    expect(r.masked.match(/\[PERSON_NAME_1\]/g)?.length).toBe(2);
    expectSame(text, DEFAULT_GUARD_POLICY);
    expectSame(text, BLOCKING);
  });

  it('equals maskFindings on the business-text families, alone and run together', () => {
    const texts = buildBusinessCases().map((c) => c.text);
    for (let i = 0; i + 2 < texts.length; i += 3) texts.push(texts[i] + texts[i + 1] + texts[i + 2] + texts[i]);
    for (const text of texts) {
      expectSame(text, DEFAULT_GUARD_POLICY);
      expectSame(text, BLOCKING);
    }
  });

  it('equals maskFindings on generated texts with repeated values', () => {
    const pieces = ['佐藤', '太郎', '様', '担当の', '090-1234-5678', '０９０ー１２３４ー５６７８', '090 1234 5678', '123456789018', 'a@example.co.jp', 'A@EXAMPLE.CO.JP', '[PHONE_NUMBER_1]', '[MY_NUMBER_2]', '、', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (p) => {
        expectSame(p.join(''), DEFAULT_GUARD_POLICY);
        expectSame(p.join(''), BLOCKING);
      }),
      { numRuns: 300 },
    );
  });
});
