import type { EntityAction, EntityType } from './types';

export interface GuardPolicy {
  /** Per-type action; types not listed use `defaultAction`. */
  entityActions: Partial<Record<EntityType, EntityAction>>;
  defaultAction: EntityAction;
  /** Findings below this score are ignored. */
  minScore: number;
  /** Prompt-injection score at or above which a request is blocked. */
  injectionThreshold: number;
  /** Put the caller's own masked values back into the model's answer. */
  restoreInAnswer: boolean;
  /** Project code names treated as confidentiality markers. */
  codeNames: string[];
}

export const DEFAULT_GUARD_POLICY: GuardPolicy = Object.freeze({
  entityActions: Object.freeze({
    // Markers in a user's own prompt are not personal data; the output check handles them.
    CONFIDENTIAL_MARKER: 'allow',
  }) as Partial<Record<EntityType, EntityAction>>,
  defaultAction: 'mask',
  minScore: 0.5,
  injectionThreshold: 0.5,
  restoreInAnswer: false,
  codeNames: [] as string[],
}) as GuardPolicy;

const STRICTNESS: Record<EntityAction, number> = { allow: 0, mask: 1, block: 2 };

export function stricterAction(a: EntityAction, b: EntityAction): EntityAction {
  return STRICTNESS[a] >= STRICTNESS[b] ? a : b;
}

/** The action a policy takes for one entity type. */
export function actionFor(policy: GuardPolicy, type: EntityType): EntityAction {
  return policy.entityActions[type] ?? policy.defaultAction;
}

/**
 * Combine the policies of a user's several groups: the strictest wins
 * (block > mask > allow, lowest thresholds, restore only if all allow it, all code names).
 */
export function mergePolicies(policies: GuardPolicy[]): GuardPolicy {
  if (policies.length === 0) return { ...DEFAULT_GUARD_POLICY, entityActions: { ...DEFAULT_GUARD_POLICY.entityActions }, codeNames: [] };
  const types = new Set<EntityType>();
  for (const p of policies) for (const t of Object.keys(p.entityActions) as EntityType[]) types.add(t);
  const defaultAction = policies.map((p) => p.defaultAction).reduce(stricterAction);
  const entityActions: Partial<Record<EntityType, EntityAction>> = {};
  for (const type of types) entityActions[type] = policies.map((p) => actionFor(p, type)).reduce(stricterAction);
  return {
    entityActions,
    defaultAction,
    minScore: Math.min(...policies.map((p) => p.minScore)),
    injectionThreshold: Math.min(...policies.map((p) => p.injectionThreshold)),
    restoreInAnswer: policies.every((p) => p.restoreInAnswer),
    codeNames: [...new Set(policies.flatMap((p) => p.codeNames))],
  };
}
