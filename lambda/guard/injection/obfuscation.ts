/**
 * Obfuscated characters: invisible code points, Unicode tag smuggling, homoglyphs,
 * leetspeak and spaced-out letters. Folding (fold.ts) undoes them for the other
 * detectors; this module turns "folding was needed to see the attack" into evidence.
 */
import type { FoldStats } from './fold';
import type { Hit } from './types';

const W = { revealed: 0.5, tags: 0.35, invisibleMany: 0.2, mixedScript: 0.2 };

/**
 * @param stats what folding changed
 * @param revealed true when the folded text shows attack evidence that the plain text did not
 */
export function detectObfuscation(stats: FoldStats, revealed: boolean): Hit[] {
  const hits: Hit[] = [];
  if (revealed) hits.push({ id: 'obfuscation.revealed', reason: 'obfuscated_characters', weight: W.revealed });
  if (stats.tagText.length > 0) hits.push({ id: 'obfuscation.tags', reason: 'obfuscated_characters', weight: W.tags });
  // A few zero-width joiners are normal (emoji sequences, Indic scripts); many are not.
  if (stats.invisible >= 8) hits.push({ id: 'obfuscation.invisible', reason: 'obfuscated_characters', weight: W.invisibleMany });
  if (stats.homoglyphs >= 2) hits.push({ id: 'obfuscation.homoglyphs', reason: 'obfuscated_characters', weight: W.mixedScript });
  return hits;
}
