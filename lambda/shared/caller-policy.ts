// The policy module alone: the conversations function needs the policy, not the detectors.
import { DEFAULT_GUARD_POLICY, type GuardPolicy, mergePolicies } from '../guard/policy';
import type { ChatSettings, PolicyOverride } from './chat-settings';

/** Layer overrides on a policy: named entity actions replace, code names add up. */
export function applyOverride(base: GuardPolicy, override: PolicyOverride): GuardPolicy {
  return {
    entityActions: { ...base.entityActions, ...(override.entityActions as GuardPolicy['entityActions']) },
    defaultAction: override.defaultAction ?? base.defaultAction,
    minScore: override.minScore ?? base.minScore,
    injectionThreshold: override.injectionThreshold ?? base.injectionThreshold,
    restoreInAnswer: override.restoreInAnswer ?? base.restoreInAnswer,
    codeNames: [...new Set([...base.codeNames, ...(override.codeNames ?? [])])],
  };
}

/**
 * The guard policy for a caller: the configured default on top of the guard's built-in one,
 * then each of the caller's configured groups on top of that; several groups combine with the
 * strictest action winning. A caller in no configured group gets the default.
 */
export function policyForGroups(groups: readonly string[], guard: ChatSettings['guard']): GuardPolicy {
  const base = applyOverride(DEFAULT_GUARD_POLICY, guard.defaultPolicy);
  const own = groups.filter((g) => Object.hasOwn(guard.groups, g)).map((g) => applyOverride(base, guard.groups[g]));
  return own.length > 0 ? mergePolicies(own) : base;
}
