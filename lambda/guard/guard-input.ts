import { screenInjection } from './injection';
import { maskPersonalData } from './mask';
import type { GuardPolicy } from './policy';
import type { EntityType, Finding } from './types';
import type { Vault } from './vault';

export type InputReason = 'blocked_entity' | 'prompt_injection';

export interface GuardInputResult {
  decision: 'allow' | 'block';
  masked: string;
  findings: Finding[];
  counts: Partial<Record<EntityType, number>>;
  blockedTypes: EntityType[];
  injection: { score: number; flagged: boolean; reasons: string[] };
  vault: Vault;
  reasons: InputReason[];
}

export interface GuardInputOptions {
  /** `document`: pasted material screened for instructions hidden in it (see screenInjection). */
  source?: 'message' | 'document';
}

/** Mask a prompt per policy and screen it for prompt injection; either can block it. */
export function guardInput(text: string, policy: GuardPolicy, vault?: Vault, options: GuardInputOptions = {}): GuardInputResult {
  const source = typeof text === 'string' ? text : '';
  const masking = maskPersonalData(source, policy, vault);
  const injection = screenInjection(source, { threshold: policy.injectionThreshold, ...(options.source ? { source: options.source } : {}) });
  const reasons: InputReason[] = [];
  if (masking.blocked) reasons.push('blocked_entity');
  if (injection.flagged) reasons.push('prompt_injection');
  return {
    decision: reasons.length > 0 ? 'block' : 'allow',
    masked: masking.masked,
    findings: masking.findings,
    counts: masking.counts,
    blockedTypes: masking.blockedTypes,
    injection,
    vault: masking.vault,
    reasons,
  };
}
