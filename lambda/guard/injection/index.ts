/**
 * Prompt-injection screen, Japanese and English.
 *
 * `screenInjection(text)` folds the text (NFKC, lower case, invisible characters,
 * homoglyphs, leetspeak, spaced-out letters), runs one detector per signal family,
 * re-screens decoded base64 / hex / escapes, and feeds the rules' evidence with hashed character
 * n-grams to a trained logistic model (classifier.ts); the output-hijack rules and overrides
 * with a new task, and in a bare short request every near-certain rule (score.ts: floorScore),
 * set a floor. Without the model
 * (`model: false`), the rules' evidence combines by noisy-OR. Score in [0, 1]; pure, no I/O.
 */
import { detectEncodedPayload } from './encoded-payload';
import { detectExfiltration } from './exfiltration';
import { detectFakeSystemMessage } from './fake-system-message';
import { foldStripped, hiddenViews, plainView, stripInvisible, viewsOf, viewsOfCollapsed } from './fold';
import { prefilter } from './prefilter';
import { detectIndirect, embeddedHit } from './indirect';
import { detectInstructionOverride } from './instruction-override';
import { blankQuotes, quotationsAreMentioned } from './mention';
import { detectObfuscation } from './obfuscation';
import { detectReassembly } from './reassembly';
import { detectOutputHijack } from './output-hijack';
import { detectRolePlay } from './role-play';
import { classifierAvailable, classify } from './classifier';
import { floorScore, noisyOr, reasonsOf } from './score';
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
  /**
   * `document`: the text is pasted material (an e-mail, minutes, a page) the user wants worked
   * on, screened for instructions hidden in it (indirect injection); a flag adds the
   * `indirect_injection` reason. Default `message`.
   */
  source?: 'message' | 'document';
  /** Use the trained classifier beside the rules (default true; false gives the rules alone). */
  model?: boolean;
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
  'learned_pattern',
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
  detectExfiltration,
  detectReassembly,
];

/** Detector views of a collapsed (folded or plain) text; the general form when the fast paths are off. */
function viewsFrom(collapsed: string): TextViews {
  return prefilter.enabled ? viewsOfCollapsed(collapsed) : viewsOf(collapsed);
}

/**
 * `into.push(...from)` one element at a time: a spread call costs more than the few hits a detector
 * returns (usually none), and it runs a dozen times per text.
 */
function append(into: Hit[], from: readonly Hit[]): void {
  for (let k = 0; k < from.length; k++) into.push(from[k]!);
}

function runDetectors(views: TextViews): Hit[] {
  const hits: Hit[] = [];
  for (const d of DETECTORS) append(hits, d(views));
  append(hits, embeddedHit(views.folded, hits));
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

function screenHits(raw: string, depth: number): { hits: Hit[]; score: number; folded: string } {
  const text = raw.length > HEAD + TAIL ? `${raw.slice(0, HEAD)}\n${raw.slice(-TAIL)}` : raw;
  const stripped = stripInvisible(text);
  const f = foldStripped(text, stripped);
  const hits = runDetectors(viewsFrom(f.folded));
  const s = f.stats;
  const changed = s.invisible > 0 || s.homoglyphs > 0 || s.leet > 0 || s.spaced > 0;
  let revealed = changed && revealedByFolding(hits, f.folded, text);
  // Reversed lines, ROT13 lines and split words (fold.ts hiddenViews): their evidence counts as
  // the text's own, and the model reads them beside the folded text.
  let folded = f.folded;
  for (const view of hiddenViews(f.folded)) {
    const hidden = runDetectors(viewsFrom(view));
    if (hidden.some((h) => h.weight >= REVEAL_WEIGHT)) revealed = true;
    append(hits, hidden);
    folded += `\n${view}`;
  }
  append(hits, detectObfuscation(s, revealed));
  const rescreen = depth < MAX_DEPTH ? (decoded: string) => screenHits(decoded, depth + 1) : undefined;
  append(hits, detectEncodedPayload(stripped.text, s.tagText, rescreen, f.folded));
  return { hits, score: noisyOr(hits), folded };
}

function resolveThreshold(threshold: unknown): number {
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) return DEFAULT_INJECTION_THRESHOLD;
  return Math.min(1, Math.max(0, threshold));
}

/**
 * Screens one text (ideally the user's message plus any pasted content) for
 * prompt injection. Never throws; non-string input is screened as its string form.
 */
/**
 * Rule evidence, with attack phrases that are only quoted and talked about set aside (mention.ts:
 * the words next to a quotation name it as a phrase, or the text around it asks about it, and
 * nothing orders it carried out): the rules are then read on the text with the quotations
 * blanked, if that scores lower. The classifier still reads the whole text.
 */
function ruleEvidenceOf(input: string): { hits: Hit[]; score: number; folded: string } {
  const full = screenHits(input, 0);
  if (full.score < REVEAL_WEIGHT || input.length > 4_000) return full;
  if (!quotationsAreMentioned(input)) return full;
  const blanked = screenHits(blankQuotes(input), 0);
  return blanked.score < full.score ? { ...blanked, folded: full.folded } : full;
}

/**
 * The screen's score: the learned model, whose inputs include every rule's evidence (so a
 * business-like context, or an attack quoted in a policy, can outweigh a rule's match), raised to
 * the floor of the output-hijack rules and overrides with a new task, and of every near-certain
 * rule in a bare short request (floorScore). Rounded to 4 places, in [0, 1].
 */
export function combinedScore(hard: number, learned: number): number {
  return Math.round(Math.min(1, Math.max(0, hard, learned)) * 1e4) / 1e4;
}

export function screenInjection(text: string, options: InjectionOptions = {}): InjectionVerdict {
  const threshold = resolveThreshold(options?.threshold);
  const input = typeof text === 'string' ? text : String(text ?? '');
  const { hits, score: ruleScore, folded } = ruleEvidenceOf(input);
  const useModel = options?.model !== false && classifierAvailable;
  const learned = useModel ? Math.round(classify(folded, hits, ruleScore) * 1e4) / 1e4 : 0;
  const floor = floorScore(hits, folded, input);
  const score = useModel ? combinedScore(floor, learned) : ruleScore;
  const flagged = score >= threshold;
  const reasons: string[] = reasonsOf(hits);
  // The classifier names itself when it, not a floor rule, carries the score.
  if (useModel && learned > floor && learned >= Math.min(threshold, DEFAULT_INJECTION_THRESHOLD)) reasons.unshift('learned_pattern');
  // The source is read on every call (flags are rare; a read first met after the JIT compiled this function deoptimized it).
  if (options?.source === 'document' && flagged && !reasons.includes('indirect_injection')) reasons.push('indirect_injection');
  return { score, flagged, reasons };
}

/**
 * The rule screen's evidence for one text: folded view, hits and their combined score. The
 * training script uses it to build the classifier's features exactly as the screen does.
 */
export function ruleEvidence(text: string): { folded: string; hits: Hit[]; score: number } {
  // The same evidence screenInjection reads, so the training features match the screen.
  return ruleEvidenceOf(typeof text === 'string' ? text : String(text ?? ''));
}
