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

/**
 * An empty plain object (ordinary prototype) in V8's dictionary mode. Vault maps gain a new,
 * unique key per value; on a `{}` literal every new key would build a new hidden class first.
 */
function dictionary<T>(): Record<string, T> {
  return Object.setPrototypeOf(Object.create(null), Object.prototype) as Record<string, T>;
}

export function createVault(): Vault {
  return { values: dictionary<string>(), placeholdersByValue: dictionary<string>(), counters: {} };
}

/** Placeholder-looking strings already present in a text, which new placeholders must not reuse. */
export function existingPlaceholders(text: string): ReadonlySet<string> {
  if (text.indexOf('[') < 0) return EMPTY;
  return new Set(text.match(PLACEHOLDER_PATTERN) ?? []);
}
const EMPTY: ReadonlySet<string> = new Set();

// "[EMAIL_3]" strings, built once per type and number: reusing the same string objects spares
// V8 from hashing and interning a fresh key for every vault lookup and store.
const placeholderNames = new Map<EntityType, string[]>();

/** "[TYPE_n]", the same string object for the same type and n (up to 256). */
export function placeholderName(type: EntityType, n: number): string {
  if (n > 256) return `[${type}_${n}]`;
  let names = placeholderNames.get(type);
  if (names === undefined) {
    names = [];
    placeholderNames.set(type, names);
  }
  let name = names[n];
  if (name === undefined) {
    name = `[${type}_${n}]`;
    names[n] = name;
  }
  return name;
}

/** Placeholder for a value, reusing the existing one; skips placeholders listed in `avoid`. */
export function placeholderFor(vault: Vault, type: EntityType, key: string, original: string, avoid: ReadonlySet<string>): string {
  const lookup = `${type}\u0000${key}`;
  const existing = vault.placeholdersByValue[lookup];
  if (existing !== undefined) return existing;
  let n = vault.counters[type] ?? 0;
  let placeholder: string;
  do {
    n++;
    placeholder = placeholderName(type, n);
  } while (avoid.has(placeholder) || vault.values[placeholder] !== undefined);
  vault.counters[type] = n;
  vault.values[placeholder] = original;
  vault.placeholdersByValue[lookup] = placeholder;
  return placeholder;
}

export const PLACEHOLDER_PATTERN = /\[([A-Z][A-Z_]*?)_([0-9]{1,6})\]/g;
