import { DETECTORS, type RawFinding } from './detectors';
import { needsNormalization } from './detectors/digit-sequence';
import { mergeFindings } from './merge-findings';
import { normalize } from './normalize';
import type { EntityType, Finding } from './types';

export interface DetectOptions {
  /** Drop findings scoring below this before overlaps are resolved. Default 0.5. */
  minScore?: number;
  /** Project code names reported as CONFIDENTIAL_MARKER. */
  codeNames?: readonly string[];
  /** Restrict detection to these types. */
  types?: readonly EntityType[];
}

export const DEFAULT_MIN_SCORE = 0.5;

/**
 * Run every detector once on the normalized text, map findings back to the original
 * UTF-16 offsets and merge overlaps. Never throws on string input.
 */
export function detectEntities(text: string, options: DetectOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  // Most texts need no normalization: one scan answers that and prepares the shared digit
  // scan the detectors use, and offsets then need no mapping.
  const normalized = needsNormalization(text) ? normalize(text) : null;
  const detectText = normalized === null ? text : normalized.text;
  const detectorOptions = { codeNames: options.codeNames ?? [] };
  const wanted = options.types ? new Set(options.types) : null;
  const raw: RawFinding[] = [];
  for (let d = 0; d < DETECTORS.length; d++) {
    const detector = DETECTORS[d];
    if (wanted !== null && !wanted.has(detector.type)) continue;
    detector.detect(detectText, detectorOptions, raw);
  }
  const mapped: Finding[] = [];
  for (let i = 0; i < raw.length; i++) {
    const f = raw[i];
    if (f.score < minScore || f.end <= f.start) continue;
    if (normalized === null || !normalized.changed) {
      mapped.push({ type: f.type, start: f.start, end: f.end, score: f.score });
      continue;
    }
    const range = normalized.toOriginalRange(f.start, f.end);
    if (range.end > range.start) mapped.push({ type: f.type, start: range.start, end: range.end, score: f.score });
  }
  return mergeFindings(mapped, text);
}
