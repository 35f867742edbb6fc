import { actionFor, DEFAULT_GUARD_POLICY, mergePolicies, type GuardPolicy } from '../../lambda/guard/policy';

const base: GuardPolicy = { ...DEFAULT_GUARD_POLICY, entityActions: {}, codeNames: [] };

describe('mergePolicies', () => {
  it('lets the strictest action win per type and for the default', () => {
    const merged = mergePolicies([
      { ...base, defaultAction: 'allow', entityActions: { EMAIL: 'allow', MY_NUMBER: 'mask' } },
      { ...base, defaultAction: 'mask', entityActions: { MY_NUMBER: 'block' } },
    ]);
    expect(merged.defaultAction).toBe('mask');
    expect(actionFor(merged, 'MY_NUMBER')).toBe('block');
    // EMAIL is allowed by one group but the other group's default (mask) is stricter.
    expect(actionFor(merged, 'EMAIL')).toBe('mask');
  });

  it('takes the lowest thresholds, restores only if all allow it, and unions code names', () => {
    const merged = mergePolicies([
      { ...base, minScore: 0.7, injectionThreshold: 0.6, restoreInAnswer: true, codeNames: ['Falcon'] },
      { ...base, minScore: 0.4, injectionThreshold: 0.8, restoreInAnswer: false, codeNames: ['Orca', 'Falcon'] },
    ]);
    expect(merged.minScore).toBe(0.4);
    expect(merged.injectionThreshold).toBe(0.6);
    expect(merged.restoreInAnswer).toBe(false);
    expect(merged.codeNames.sort()).toEqual(['Falcon', 'Orca']);
    expect(mergePolicies([{ ...base, restoreInAnswer: true }]).restoreInAnswer).toBe(true);
  });

  it('falls back to the default policy for no groups', () => {
    expect(mergePolicies([]).defaultAction).toBe(DEFAULT_GUARD_POLICY.defaultAction);
  });
});
