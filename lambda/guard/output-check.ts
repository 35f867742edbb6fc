import { detectEntities } from './detect';
import { normalize } from './normalize';
import { actionFor, DEFAULT_GUARD_POLICY, type GuardPolicy } from './policy';
import type { Finding } from './types';
import { createVault, PLACEHOLDER_PATTERN, placeholderFor, type Vault } from './vault';
import { linksCarryPlaceholder, linkTargetsOf, neutraliseLinks, restoreOutsideLinks } from './output-links';

export type OutputAction = 'pass' | 'mask' | 'block' | 'flag';
export type OutputReason =
  | 'personal_data'
  | 'confidential_marker'
  | 'placeholder_echo'
  | 'vault_echo'
  | 'system_prompt_echo'
  /** Images, links or URLs to hosts off the allow-list were neutralised. */
  | 'link_neutralised'
  /** A URL, link target or query string carried a placeholder or an identifier. */
  | 'link_payload';

/** What to do for each kind of problem found in an answer. */
export interface OutputCheckActions {
  confidentialMarker: Exclude<OutputAction, 'pass'>;
  placeholderEcho: Exclude<OutputAction, 'pass'>;
  vaultEcho: Exclude<OutputAction, 'pass'>;
  systemPromptEcho: Exclude<OutputAction, 'pass'>;
  /** A URL, link target or query string carrying a placeholder or a detected identifier. */
  linkPayload: Exclude<OutputAction, 'pass'>;
}

export const DEFAULT_OUTPUT_ACTIONS: OutputCheckActions = {
  confidentialMarker: 'block',
  placeholderEcho: 'flag',
  vaultEcho: 'mask',
  systemPromptEcho: 'block',
  linkPayload: 'flag',
};

export interface OutputCheckOptions {
  vault?: Vault;
  systemPrompt?: string;
  policy?: GuardPolicy;
  actions?: Partial<OutputCheckActions>;
  /**
   * Hosts whose `https:`/`http:` links and images may stay in the answer (`*.example.com`
   * for subdomains). Default: none, so every image, link and URL is neutralised.
   */
  allowedLinkHosts?: readonly string[];
}

export interface OutputCheckResult {
  action: OutputAction;
  /** The answer to show: masked and/or restored; empty when blocked. */
  text: string;
  findings: Finding[];
  /** Reason codes only, never the detected values. */
  reasons: OutputReason[];
  /** Images, links and URLs neutralised in `text` (0 when blocked). */
  neutralisedLinks: number;
}

const SEVERITY: Record<OutputAction, number> = { pass: 0, flag: 1, mask: 2, block: 3 };
const SHINGLE = 32;

function compact(value: string): string {
  return normalize(value).text.replace(/\s+/g, ' ').toLowerCase();
}

/** True when the answer repeats a sizeable verbatim stretch of the system prompt. */
export function echoesSystemPrompt(answer: string, systemPrompt: string): boolean {
  const prompt = compact(systemPrompt).trim();
  if (prompt.length < 16) return false;
  const haystack = compact(answer);
  if (prompt.length <= SHINGLE) return haystack.includes(prompt);
  for (let i = 0; i + SHINGLE <= prompt.length; i += SHINGLE / 2) {
    if (haystack.includes(prompt.slice(i, i + SHINGLE))) return true;
  }
  return false;
}

/** Replace every occurrence of `needle` in the normalized view of `text`, on the original characters. */
function replaceNormalized(text: string, needle: string, replacement: string): string {
  if (needle.length === 0) return text;
  const n = normalize(text);
  let out = '';
  let cursor = 0;
  for (let at = n.text.indexOf(needle); at >= 0; at = n.text.indexOf(needle, at + needle.length)) {
    const r = n.toOriginalRange(at, at + needle.length);
    if (r.start < cursor) continue;
    out += text.slice(cursor, r.start) + replacement;
    cursor = r.end;
  }
  return cursor === 0 ? text : out + text.slice(cursor);
}

/**
 * Check a model answer before it reaches the user: personal data, confidentiality markers,
 * echoed placeholders or vault values, and system-prompt echo. Each maps to an action; the
 * strictest one decides.
 */
export function checkOutput(answer: string, options: OutputCheckOptions = {}): OutputCheckResult {
  const source = typeof answer === 'string' ? answer : '';
  const policy = options.policy ?? DEFAULT_GUARD_POLICY;
  const actions = { ...DEFAULT_OUTPUT_ACTIONS, ...options.actions };
  const vault = options.vault;
  const reasons = new Set<OutputReason>();
  let action = 'pass' as OutputAction;
  const raise = (next: OutputAction, reason: OutputReason) => {
    reasons.add(reason);
    if (SEVERITY[next] > SEVERITY[action]) action = next;
  };

  const findings = detectEntities(source, { minScore: policy.minScore, codeNames: policy.codeNames });
  const toMask: Finding[] = [];
  for (const f of findings) {
    if (f.type === 'CONFIDENTIAL_MARKER') {
      raise(actions.confidentialMarker, 'confidential_marker');
      continue;
    }
    const entityAction = actionFor(policy, f.type);
    if (entityAction === 'allow') continue;
    raise(entityAction, 'personal_data');
    toMask.push(f);
  }

  // Vault values the model repeated verbatim (it should only ever see placeholders).
  const vaultValues = vault ? Object.entries(vault.values).filter(([, v]) => v.length >= 4) : [];
  // Compared after the same normalization as detection, so invisible or full-width characters
  // inside a repeated value do not hide it.
  const normalizedSource = vaultValues.length > 0 ? normalize(source) : null;
  const echoed = vaultValues.filter(([, v]) => source.includes(v) || (normalizedSource !== null && normalizedSource.text.includes(normalize(v).text)));
  if (echoed.length > 0) raise(actions.vaultEcho, 'vault_echo');

  PLACEHOLDER_PATTERN.lastIndex = 0;
  const hasPlaceholder = vault !== undefined && Object.keys(vault.values).length > 0 && PLACEHOLDER_PATTERN.test(source);
  if (hasPlaceholder && !policy.restoreInAnswer) raise(actions.placeholderEcho, 'placeholder_echo');

  if (options.systemPrompt && echoesSystemPrompt(source, options.systemPrompt)) {
    raise(actions.systemPromptEcho, 'system_prompt_echo');
  }

  // Links, image sources and query strings that carry a placeholder or an identifier.
  const targets = linkTargetsOf(source);
  if (targets.length > 0) {
    const joined = targets.join('\n');
    PLACEHOLDER_PATTERN.lastIndex = 0;
    const carries =
      linksCarryPlaceholder(source) ||
      PLACEHOLDER_PATTERN.test(joined) ||
      detectEntities(joined, { minScore: policy.minScore }).some((f) => f.type !== 'CONFIDENTIAL_MARKER');
    if (carries) raise(actions.linkPayload, 'link_payload');
  }

  if (action === 'block') return { action, text: '', findings, reasons: [...reasons], neutralisedLinks: 0 };

  // Mask new personal data (placeholders from a scratch vault so the caller's vault stays clean).
  let text = source;
  if (toMask.length > 0) {
    const scratch = createVault();
    // Numbered by first appearance only, with no look-ahead: the OUT_ prefix already keeps them
    // apart from the caller's placeholders, and a streamed answer (which cannot see ahead) then
    // gets exactly the placeholders the buffered answer gets.
    const avoid: ReadonlySet<string> = new Set();
    let out = '';
    let cursor = 0;
    for (const f of toMask) {
      const original = source.slice(f.start, f.end);
      out += source.slice(cursor, f.start) + placeholderFor(scratch, f.type, original, original, avoid).replace('[', '[OUT_');
      cursor = f.end;
    }
    text = out + source.slice(cursor);
  }
  if (echoed.length > 0 && actions.vaultEcho === 'mask') {
    for (const [placeholder, value] of echoed) text = replaceNormalized(text.split(value).join(placeholder), normalize(value).text, placeholder);
  }
  // No image loads and no link leads off the allow-list; then restore, never into a URL or code.
  const links = neutraliseLinks(text, options.allowedLinkHosts ?? []);
  text = links.text;
  if (links.total > 0) raise('flag', 'link_neutralised');
  if (policy.restoreInAnswer && vault) text = restoreOutsideLinks(text, vault);
  return { action, text, findings, reasons: [...reasons], neutralisedLinks: links.total };
}
