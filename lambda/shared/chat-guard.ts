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
  /** `options.source: 'document'` for the documents beside a message (the indirect-injection screen). */
  guardInput(text: string, policy: GuardPolicy, vault?: Vault, options?: { source?: 'message' | 'document' }): GuardInputResult;
  checkOutput(answer: string, options: OutputCheckOptions): OutputCheckResult;
}

export const KIT_GUARD: ChatGuard = { guardInput, checkOutput };

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

export interface TurnInput {
  readonly message: string;
  readonly documents: readonly { name: string; text: string }[];
}

export interface ScreenedTurn {
  /** The user's message, masked. */
  readonly message: string;
  /** The documents, name and text masked with the same vault. */
  readonly documents: { name: string; text: string }[];
  readonly vault: Vault;
  readonly entityCounts: Partial<Record<EntityType, number>>;
  readonly maskedTotal: number;
  /** The screen's verdict on the message; a flag here blocks the request. */
  readonly injection: { flagged: boolean; score: number; reasons: string[] };
  /**
   * The verdict on the documents. A flag is recorded and returned to the caller, not a block:
   * documents reach the model inside boundaries it is told never to obey, and a user must be
   * able to ask "is this e-mail a phishing attempt?" about an e-mail that is one.
   */
  readonly documentInjection: { flagged: boolean; score: number; reasons: string[]; flaggedDocuments: number };
  /** Why the input may not go to the model, if it may not. */
  readonly blocked?: { reason: 'personal_data' | 'prompt_injection'; blockedTypes: EntityType[] };
}

/**
 * Guard the message and every document (names included) with one shared vault, so a value
 * gets one placeholder across the request and its history. Counts and the entity-block
 * decision cover the message and the documents alike; see ScreenedTurn for injection.
 */
export function screenTurn(guard: ChatGuard, input: TurnInput, policy: GuardPolicy, historyTexts: readonly string[], budgetMs: number): ScreenedTurn {
  return withinBudget(budgetMs, () => {
    const vault = vaultAfter(historyTexts);
    const entityCounts: Partial<Record<EntityType, number>> = {};
    const blockedTypes = new Set<EntityType>();
    let blockedEntity = false;
    const run = (text: string, source: 'message' | 'document') => {
      const r = guard.guardInput(text, policy, vault, { source });
      for (const [type, n] of Object.entries(r.counts) as [EntityType, number][]) entityCounts[type] = (entityCounts[type] ?? 0) + n;
      for (const t of r.blockedTypes) blockedTypes.add(t);
      blockedEntity ||= r.reasons.includes('blocked_entity');
      if (r.decision === 'block' && !r.reasons.includes('blocked_entity') && !r.injection.flagged) {
        // A block for a reason this step does not know: fail closed rather than guess.
        throw new Error('unknown block reason');
      }
      return r;
    };
    const verdict = (rs: { injection: { flagged: boolean; score: number; reasons: string[] } }[]) => ({
      flagged: rs.some((r) => r.injection.flagged),
      score: Math.round(Math.max(0, ...rs.map((r) => r.injection.score)) * 1000) / 1000,
      reasons: [...new Set(rs.flatMap((r) => r.injection.reasons))].sort(),
    });
    const message = run(input.message, 'message');
    const documentResults = input.documents.map((d) => ({ name: run(d.name, 'document'), text: run(d.text, 'document') }));
    const injection = verdict([message]);
    const docVerdict = verdict(documentResults.flatMap((d) => [d.name, d.text]));
    const flaggedDocuments = documentResults.filter((d) => d.name.injection.flagged || d.text.injection.flagged).length;
    const maskedTotal = Object.values(entityCounts).reduce((a, b) => a + (b ?? 0), 0);
    const blocked = injection.flagged
      ? { reason: 'prompt_injection' as const, blockedTypes: [...blockedTypes].sort() }
      : blockedEntity
        ? { reason: 'personal_data' as const, blockedTypes: [...blockedTypes].sort() }
        : undefined;
    return {
      message: message.masked,
      documents: documentResults.map((d) => ({ name: d.name.masked, text: d.text.masked })),
      vault,
      entityCounts,
      maskedTotal,
      injection,
      documentInjection: { ...docVerdict, flaggedDocuments },
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
