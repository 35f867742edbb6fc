import { detectEntities } from './detect';
import { normalize } from './normalize';
import { actionFor, DEFAULT_GUARD_POLICY, type GuardPolicy } from './policy';
import type { EntityType, Finding } from './types';
import { createVault, existingPlaceholders, PLACEHOLDER_PATTERN, placeholderFor, placeholderName, type Vault } from './vault';

export interface MaskResult {
  masked: string;
  /** Every finding at or above the policy's minimum score, including allowed ones. */
  findings: Finding[];
  /** Masked or blocked findings per type. */
  counts: Partial<Record<EntityType, number>>;
  blocked: boolean;
  blockedTypes: EntityType[];
  vault: Vault;
}

/** Identity key for "the same value": normalized and without separators, so 0９0-1234 == 09012 34. */
function valueKey(value: string): string {
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) >= 0x80) return normalize(value).text.replace(SEPARATORS, '').toLowerCase();
  }
  // normalize() leaves ASCII text unchanged.
  return value.replace(SEPARATORS, '').toLowerCase();
}
const SEPARATORS = /[\s-]/g;

/**
 * Replace personal data with typed, numbered placeholders ([MY_NUMBER_1]) according to
 * the policy. Types with action 'block' are masked too and reported in `blockedTypes`.
 */
export function maskPersonalData(text: string, policy: GuardPolicy = DEFAULT_GUARD_POLICY, vault: Vault = createVault()): MaskResult {
  const source = typeof text === 'string' ? text : '';
  return maskFindings(source, detectEntities(source, { minScore: policy.minScore, codeNames: policy.codeNames }), policy, vault);
}

/**
 * The masking step of maskPersonalData on findings already detected in `source` (by
 * detectEntities or its two stages, with the policy's minScore and codeNames).
 */
export function maskFindings(source: string, findings: Finding[], policy: GuardPolicy = DEFAULT_GUARD_POLICY, vault: Vault = createVault()): MaskResult {
  const counts: Partial<Record<EntityType, number>> = {};
  const blockedTypes = new Set<EntityType>();
  const avoid = existingPlaceholders(source);
  let masked = '';
  let cursor = 0;
  for (const f of findings) {
    const action = actionFor(policy, f.type);
    if (action === 'allow') continue;
    if (action === 'block') blockedTypes.add(f.type);
    counts[f.type] = (counts[f.type] ?? 0) + 1;
    const original = source.slice(f.start, f.end);
    masked += source.slice(cursor, f.start) + placeholderFor(vault, f.type, valueKey(original), original, avoid);
    cursor = f.end;
  }
  masked += source.slice(cursor);
  return { masked, findings, counts, blocked: blockedTypes.size > 0, blockedTypes: [...blockedTypes], vault };
}

/** What maskFindingsOnce gives: maskFindings' result without the vault and the counts. */
export interface MaskedText {
  masked: string;
  findings: Finding[];
  blocked: boolean;
  blockedTypes: EntityType[];
}

/**
 * maskFindings with a fresh vault that nobody reads afterwards (the scan CLI, one text at a
 * time): the same masked text and blocked types, without building the vault's maps. A value's
 * identity key (valueKey, which may normalize the value) is computed only when a second value of
 * the same type must be compared with it; most texts hold one value per type.
 */
export function maskFindingsOnce(source: string, findings: Finding[], policy: GuardPolicy = DEFAULT_GUARD_POLICY): MaskedText {
  let blockedTypes: EntityType[] | null = null;
  let avoid: ReadonlySet<string> | null = null;
  // Per placeholder given so far: its type, original text, identity key (when computed), number, name.
  const types: EntityType[] = [];
  const originals: string[] = [];
  const keys: Array<string | null> = [];
  const numbers: number[] = [];
  const names: string[] = [];
  let masked = '';
  let cursor = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const type = f.type;
    const action = actionFor(policy, type);
    if (action === 'allow') continue;
    if (action === 'block') {
      if (blockedTypes === null) blockedTypes = [type];
      else if (!blockedTypes.includes(type)) blockedTypes.push(type);
    }
    const original = source.slice(f.start, f.end);
    let key: string | null = null;
    let placeholder: string | null = null;
    let n = 0;
    for (let k = 0; k < types.length; k++) {
      if (types[k] !== type) continue;
      n = numbers[k];
      if (placeholder !== null) continue;
      if (key === null) key = valueKey(original);
      let other = keys[k];
      if (other === null) {
        other = valueKey(originals[k]);
        keys[k] = other;
      }
      if (other === key) placeholder = names[k];
    }
    if (placeholder === null) {
      if (avoid === null) avoid = existingPlaceholders(source);
      do {
        n++;
        placeholder = placeholderName(type, n);
      } while (avoid.has(placeholder));
      types.push(type);
      originals.push(original);
      keys.push(key);
      numbers.push(n);
      names.push(placeholder);
    }
    masked += source.slice(cursor, f.start) + placeholder;
    cursor = f.end;
  }
  masked = cursor === 0 ? source : masked + source.slice(cursor);
  return { masked, findings, blocked: blockedTypes !== null, blockedTypes: blockedTypes ?? [] };
}

/** Put the vault's values back in place of their placeholders; unknown placeholders stay. */
export function restoreMasked(text: string, vault: Vault): string {
  if (typeof text !== 'string' || text.indexOf('[') < 0) return typeof text === 'string' ? text : '';
  return text.replace(PLACEHOLDER_PATTERN, (placeholder) => vault.values[placeholder] ?? placeholder);
}
