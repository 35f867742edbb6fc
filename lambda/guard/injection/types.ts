/** Shared types of the prompt-injection screen. */

/** Stable reason codes. Reasons never carry user text. */
export type InjectionReason =
  | 'instruction_override'
  | 'output_hijack'
  | 'system_prompt_extraction'
  | 'role_play_jailbreak'
  | 'fake_system_message'
  | 'delimiter_injection'
  | 'encoded_payload'
  | 'obfuscated_characters'
  | 'indirect_injection'
  /** The trained classifier (not a rule) found the text resembles known attacks. */
  | 'learned_pattern';

/**
 * One piece of evidence. `id` names the rule that fired; the scorer keeps the
 * largest weight per id, so a rule repeated many times counts once.
 * `weight` is the probability-like strength of this evidence on its own, in [0, 1).
 */
export interface Hit {
  id: string;
  reason: InjectionReason;
  weight: number;
}

/** The text views a detector looks at (see fold.ts). */
export interface TextViews {
  /** NFKC, lower case, invisible characters removed, homoglyphs / leetspeak / spaced letters folded, whitespace collapsed. */
  folded: string;
  /** `folded` with all whitespace removed (for Japanese patterns, which never rely on spaces). */
  ja: string;
}

export type Detector = (views: TextViews) => Hit[];
