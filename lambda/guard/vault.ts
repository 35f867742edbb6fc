import type { EntityType } from './types';

/**
 * Per-request store of placeholder -> original value, so the caller's own values can be
 * put back into the model's answer. Plain objects keep it serializable; never log it.
 */
export interface Vault {
  /** "[EMAIL_1]" -> original text as the caller wrote it. */
  values: Record<string, string>;
  /** type + normalized value -> placeholder, so one value gets one placeholder. */
  placeholdersByValue: Record<string, string>;
  counters: Partial<Record<EntityType, number>>;
}

export function createVault(): Vault {
  return { values: {}, placeholdersByValue: {}, counters: {} };
}

/** Placeholder-looking strings already present in a text, which new placeholders must not reuse. */
export function existingPlaceholders(text: string): ReadonlySet<string> {
  if (text.indexOf('[') < 0) return EMPTY;
  return new Set(text.match(PLACEHOLDER_PATTERN) ?? []);
}
const EMPTY: ReadonlySet<string> = new Set();

/** Placeholder for a value, reusing the existing one; skips placeholders listed in `avoid`. */
export function placeholderFor(vault: Vault, type: EntityType, key: string, original: string, avoid: ReadonlySet<string>): string {
  const lookup = `${type}\u0000${key}`;
  const existing = vault.placeholdersByValue[lookup];
  if (existing !== undefined) return existing;
  let n = vault.counters[type] ?? 0;
  let placeholder: string;
  do {
    n++;
    placeholder = `[${type}_${n}]`;
  } while (avoid.has(placeholder) || vault.values[placeholder] !== undefined);
  vault.counters[type] = n;
  vault.values[placeholder] = original;
  vault.placeholdersByValue[lookup] = placeholder;
  return placeholder;
}

export const PLACEHOLDER_PATTERN = /\[([A-Z][A-Z_]*?)_([0-9]{1,6})\]/g;
