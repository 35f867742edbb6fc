import {
  type EntityType,
  type GuardInputResult,
  type GuardPolicy,
  type OutputCheckOptions,
  type OutputCheckResult,
  type Vault,
  checkOutput,
  createVault,
  guardInput,
  isEntityType,
} from '../guard';
import { guardFailed } from './chat-errors';

/** The guard functions a chat request uses; the real ones unless a benchmark swaps them. */
export interface ChatGuard {
  guardInput(text: string, policy: GuardPolicy, vault?: Vault): GuardInputResult;
  checkOutput(answer: string, options: OutputCheckOptions): OutputCheckResult;
}

export const KIT_GUARD: ChatGuard = { guardInput, checkOutput };

export interface ScreenedInput {
  readonly messages: { role: 'user' | 'assistant'; text: string }[];
  readonly vault: Vault;
  readonly entityCounts: Partial<Record<EntityType, number>>;
  readonly maskedTotal: number;
  readonly injection: { flagged: boolean; score: number; reasons: string[] };
  /** Why the input may not go to the model, if it may not. */
  readonly blocked?: { reason: 'personal_data' | 'prompt_injection'; blockedTypes: EntityType[] };
}

/**
 * Run a synchronous guard step inside its time budget. The guard cannot be pre-empted, so
 * its input is bounded by the request limits and an over-budget run is treated as a failure
 * afterwards: the request still fails closed. Any throw also fails closed.
 */
export function withinBudget<T>(budgetMs: number, step: () => T, now: () => number = performance.now.bind(performance)): T {
  const started = now();
  let result: T;
  try {
    result = step();
  } catch {
    throw guardFailed();
  }
  if (now() - started > budgetMs) throw guardFailed();
  return result;
}

const PLACEHOLDER = /\[([A-Z][A-Z_]*?)_([0-9]{1,6})\]/g;

/**
 * A fresh vault whose numbering continues after the placeholders already in the stored
 * history, so [EMAIL_1] from an earlier turn never names a different value in this one.
 */
export function vaultAfter(historyTexts: readonly string[]): Vault {
  const vault = createVault();
  for (const text of historyTexts) {
    for (const m of text.matchAll(PLACEHOLDER)) {
      const type = m[1];
      if (isEntityType(type)) vault.counters[type] = Math.max(vault.counters[type] ?? 0, Number(m[2]));
    }
  }
  return vault;
}

/**
 * Guard every new message with one shared vault, so a value gets one placeholder across the
 * request. Counts, the injection verdict and the block decision cover all messages.
 */
export function screenMessages(
  guard: ChatGuard,
  messages: readonly { role: 'user' | 'assistant'; content: string }[],
  policy: GuardPolicy,
  historyTexts: readonly string[],
  budgetMs: number,
): ScreenedInput {
  return withinBudget(budgetMs, () => {
    const vault = vaultAfter(historyTexts);
    const entityCounts: Partial<Record<EntityType, number>> = {};
    const blockedTypes = new Set<EntityType>();
    const reasons = new Set<string>();
    let score = 0;
    let flagged = false;
    let blockedEntity = false;
    const masked = messages.map((m) => {
      const r = guard.guardInput(m.content, policy, vault);
      for (const [type, n] of Object.entries(r.counts) as [EntityType, number][]) entityCounts[type] = (entityCounts[type] ?? 0) + n;
      for (const t of r.blockedTypes) blockedTypes.add(t);
      for (const reason of r.injection.reasons) reasons.add(reason);
      score = Math.max(score, r.injection.score);
      flagged ||= r.injection.flagged;
      blockedEntity ||= r.reasons.includes('blocked_entity');
      if (r.decision === 'block' && !r.reasons.includes('blocked_entity') && !r.injection.flagged) {
        // A block for a reason this step does not know: fail closed rather than guess.
        throw new Error('unknown block reason');
      }
      return { role: m.role, text: r.masked };
    });
    const maskedTotal = Object.values(entityCounts).reduce((a, b) => a + (b ?? 0), 0);
    const blocked = flagged
      ? { reason: 'prompt_injection' as const, blockedTypes: [...blockedTypes].sort() }
      : blockedEntity
        ? { reason: 'personal_data' as const, blockedTypes: [...blockedTypes].sort() }
        : undefined;
    return {
      messages: masked,
      vault,
      entityCounts,
      maskedTotal,
      injection: { flagged, score: Math.round(score * 1000) / 1000, reasons: [...reasons].sort() },
      ...(blocked ? { blocked } : {}),
    };
  });
}

/**
 * The answer as it may be stored: the caller's own values that were restored for display go
 * back behind their placeholders (longest first, so a value inside another stays covered).
 */
export function remaskForStorage(answer: string, vault: Vault): string {
  let text = answer;
  const entries = Object.entries(vault.values).sort(([, a], [, b]) => b.length - a.length);
  for (const [placeholder, value] of entries) if (value.length > 0) text = text.split(value).join(placeholder);
  return text;
}
