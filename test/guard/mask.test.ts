import { maskPersonalData, restoreMasked } from '../../lambda/guard/mask';
import { DEFAULT_GUARD_POLICY, type GuardPolicy } from '../../lambda/guard/policy';
import { createVault } from '../../lambda/guard/vault';

const policy = (overrides: Partial<GuardPolicy>): GuardPolicy => ({ ...DEFAULT_GUARD_POLICY, ...overrides });

describe('maskPersonalData', () => {
  it('uses typed, numbered placeholders and reuses them for the same value', () => {
    const text = '電話は090-1234-5678、予備は080-1111-2222、再掲 ０９０ー１２３４ー５６７８';
    const r = maskPersonalData(text);
    expect(r.masked).toBe('電話は[PHONE_NUMBER_1]、予備は[PHONE_NUMBER_2]、再掲 [PHONE_NUMBER_1]');
    expect(r.counts).toEqual({ PHONE_NUMBER: 3 });
    expect(r.blocked).toBe(false);
  });

  it('applies per-type actions: allow leaves text, block reports the type', () => {
    const text = 'mail a@example.com card 4111 1111 1111 1111';
    const r = maskPersonalData(text, policy({ entityActions: { EMAIL: 'allow', CREDIT_CARD: 'block' } }));
    expect(r.masked).toBe('mail a@example.com card [CREDIT_CARD_1]');
    expect(r.blocked).toBe(true);
    expect(r.blockedTypes).toEqual(['CREDIT_CARD']);
    expect(r.counts).toEqual({ CREDIT_CARD: 1 });
  });

  it('does not reuse a placeholder string that already appears in the text', () => {
    const text = 'literal [EMAIL_1] and real x@example.com';
    const r = maskPersonalData(text);
    expect(r.masked).toBe('literal [EMAIL_1] and real [EMAIL_2]');
    expect(restoreMasked(r.masked, r.vault)).toBe(text);
  });

  it('restores values from a shared vault and leaves unknown placeholders', () => {
    const vault = createVault();
    const { masked } = maskPersonalData('私の番号は090-1234-5678です', DEFAULT_GUARD_POLICY, vault);
    expect(masked).toBe('私の番号は[PHONE_NUMBER_1]です');
    expect(restoreMasked('[PHONE_NUMBER_1]に折り返します [EMAIL_9]', vault)).toBe('090-1234-5678に折り返します [EMAIL_9]');
  });

  it('leaves no whitespace-edged fragments of an overruled finding, so restore is exact', () => {
    // "12 John 12" also reads as a street address (number, word, number); the name wins the
    // overlap and the address must not leave "12 " and " 12" pieces behind.
    const text = '12 John 12 090-1234-5678 a.b@example.com 12 John 12';
    const r = maskPersonalData(text);
    expect(r.masked).toBe('12 [PERSON_NAME_1] 12 [PHONE_NUMBER_1] [EMAIL_1] 12 [PERSON_NAME_1] 12');
    expect(restoreMasked(r.masked, r.vault)).toBe(text);
  });

  it('keeps the uncovered pieces of an address block around a phone number', () => {
    const text = '住所：東京都千代田区丸の内1-9-2 090-1234-5678 グラントウキョウ';
    const r = maskPersonalData(text);
    expect(r.masked).not.toContain('千代田区');
    expect(r.masked).toContain('[PHONE_NUMBER_1]');
  });

  it('respects minScore', () => {
    // A Japanese mobile number without separators or context scores 0.6.
    expect(maskPersonalData('09012345678', policy({ minScore: 0.7 })).masked).toBe('09012345678');
    expect(maskPersonalData('09012345678').masked).toBe('[PHONE_NUMBER_1]');
  });
});
