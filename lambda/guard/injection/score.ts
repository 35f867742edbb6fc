/**
 * Combines evidence into a score in [0, 1]. Each rule counts once (its largest
 * weight), and distinct rules combine by noisy-OR: score = 1 - prod(1 - w).
 * Adding evidence can only raise the score.
 */
import type { Hit, InjectionReason } from './types';

/** Largest weight per rule id. */
export function dedupe(hits: readonly Hit[]): Hit[] {
  const best = new Map<string, Hit>();
  for (const h of hits) {
    const prev = best.get(h.id);
    if (!prev || h.weight > prev.weight) best.set(h.id, h);
  }
  return [...best.values()];
}

export function noisyOr(hits: readonly Hit[]): number {
  let miss = 1;
  for (const h of dedupe(hits)) {
    const w = Math.min(Math.max(Number.isFinite(h.weight) ? h.weight : 0, 0), 1);
    miss *= 1 - w;
  }
  const score = 1 - miss;
  // Round so that equal evidence gives bit-identical scores; rounding is monotone.
  return Math.min(1, Math.max(0, Math.round(score * 1e4) / 1e4));
}

/** Reason codes, strongest total evidence first, each once. */
export function reasonsOf(hits: readonly Hit[]): InjectionReason[] {
  const byReason = new Map<InjectionReason, number>();
  for (const h of dedupe(hits)) {
    const miss = 1 - (byReason.get(h.reason) ?? 0);
    byReason.set(h.reason, 1 - miss * (1 - h.weight));
  }
  return [...byReason.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([r]) => r);
}
