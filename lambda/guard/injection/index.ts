/**
 * Prompt-injection screen, Japanese and English.
 *
 * `screenInjection(text)` folds the text (NFKC, lower case, invisible characters,
 * homoglyphs, leetspeak, spaced-out letters), runs one detector per signal family,
 * re-screens decoded base64 / hex / escapes, and combines the weighted evidence by
 * noisy-OR into a score in [0, 1]. Pure and synchronous; no I/O.
 */
import { detectEncodedPayload } from './encoded-payload';
import { detectFakeSystemMessage } from './fake-system-message';
import { foldStripped, plainView, stripInvisible, viewsOf, viewsOfCollapsed } from './fold';
import { prefilter } from './prefilter';
import { detectIndirect, embeddedHit } from './indirect';
import { detectInstructionOverride } from './instruction-override';
import { detectObfuscation } from './obfuscation';
import { detectOutputHijack } from './output-hijack';
import { detectRolePlay } from './role-play';
import { noisyOr, reasonsOf } from './score';
import { detectSystemPromptExtraction } from './system-prompt-extraction';
import type { Detector, Hit, InjectionReason, TextViews } from './types';

export type { InjectionReason } from './types';

export interface InjectionVerdict {
  /** Strength of the evidence, in [0, 1]. */
  score: number;
  /** `score >= threshold`. */
  flagged: boolean;
  /** Stable reason codes (never user text), strongest first. */
  reasons: string[];
}

export interface InjectionOptions {
  /** Flag at or above this score; default {@link DEFAULT_INJECTION_THRESHOLD}. */
  threshold?: number;
}

/**
 * One clear override (0.6-0.85) or two weaker signals together (0.3 + 0.3 = 0.51)
 * reach it; one weak signal alone (a persona, "just output:", a role label,
 * "ignore my previous question") stays below. On the XSafety development set the
 * detection rate is flat from 0.4 to 0.5 and drops above 0.5.
 */
export const DEFAULT_INJECTION_THRESHOLD = 0.5;

/** All reason codes the screen can emit. */
export const INJECTION_REASONS: readonly InjectionReason[] = [
  'instruction_override',
  'output_hijack',
  'system_prompt_extraction',
  'role_play_jailbreak',
  'fake_system_message',
  'delimiter_injection',
  'encoded_payload',
  'obfuscated_characters',
  'indirect_injection',
];

/** Texts longer than this are screened on their head and tail windows. */
const HEAD = 200_000;
const TAIL = 50_000;
/** Decoded payloads are screened at most this many levels deep. */
const MAX_DEPTH = 2;
/** Folded evidence at least this strong, missing from the plain view, counts as revealed by folding. */
const REVEAL_WEIGHT = 0.3;

const DETECTORS: readonly Detector[] = [
  detectInstructionOverride,
  detectOutputHijack,
  detectSystemPromptExtraction,
  detectRolePlay,
  detectFakeSystemMessage,
  detectIndirect,
];

/** Detector views of a collapsed (folded or plain) text; the general form when the fast paths are off. */
function viewsFrom(collapsed: string): TextViews {
  return prefilter.enabled ? viewsOfCollapsed(collapsed) : viewsOf(collapsed);
}

function runDetectors(views: TextViews): Hit[] {
  const hits: Hit[] = [];
  for (const d of DETECTORS) hits.push(...d(views));
  hits.push(...embeddedHit(views.folded, hits));
  return hits;
}

/**
 * True when folding produced a rule hit of real weight that the plain text lacked.
 * The plain view is screened only when that can matter: some folded hit weighs at
 * least 0.3 and the plain view differs from the folded one (the detectors are pure).
 */
function revealedByFolding(folded: readonly Hit[], foldedText: string, raw: string): boolean {
  if (!folded.some((h) => h.weight >= REVEAL_WEIGHT)) return false;
  const plainText = plainView(raw);
  if (plainText === foldedText) return false;
  const plain = runDetectors(viewsFrom(plainText));
  const plainBest = new Map<string, number>();
  for (const h of plain) plainBest.set(h.id, Math.max(plainBest.get(h.id) ?? 0, h.weight));
  return folded.some((h) => h.weight >= REVEAL_WEIGHT && (plainBest.get(h.id) ?? 0) < h.weight);
}

function screenHits(raw: string, depth: number): { hits: Hit[]; score: number } {
  const text = raw.length > HEAD + TAIL ? `${raw.slice(0, HEAD)}\n${raw.slice(-TAIL)}` : raw;
  const stripped = stripInvisible(text);
  const f = foldStripped(text, stripped);
  const hits = runDetectors(viewsFrom(f.folded));
  const s = f.stats;
  const changed = s.invisible > 0 || s.homoglyphs > 0 || s.leet > 0 || s.spaced > 0;
  const revealed = changed && revealedByFolding(hits, f.folded, text);
  hits.push(...detectObfuscation(s, revealed));
  const rescreen = depth < MAX_DEPTH ? (decoded: string) => screenHits(decoded, depth + 1) : undefined;
  hits.push(...detectEncodedPayload(stripped.text, s.tagText, rescreen));
  return { hits, score: noisyOr(hits) };
}

function resolveThreshold(threshold: unknown): number {
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) return DEFAULT_INJECTION_THRESHOLD;
  return Math.min(1, Math.max(0, threshold));
}

/**
 * Screens one text (ideally the user's message plus any pasted content) for
 * prompt injection. Never throws; non-string input is screened as its string form.
 */
export function screenInjection(text: string, options: InjectionOptions = {}): InjectionVerdict {
  const threshold = resolveThreshold(options?.threshold);
  const input = typeof text === 'string' ? text : String(text ?? '');
  const { hits, score } = screenHits(input, 0);
  return { score, flagged: score >= threshold, reasons: reasonsOf(hits) };
}
