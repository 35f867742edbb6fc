import { DETECTORS, type DetectorOptions, type RawFinding } from './detectors';
import { needsNormalization } from './detectors/digit-sequence';
import { joinValueBreaks, LINE_JOIN_TYPES, mergeAcrossBreaks } from './detectors/line-breaks';
import { mergeFindings } from './merge-findings';
import { mayNeedValueRewrites, normalize, type NormalizedText } from './normalize';
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

/** Most texts need no normalization: one scan answers that (and prepares the shared digit scan). */
function prepare(text: string): NormalizedText | null {
  return needsNormalization(text) || mayNeedValueRewrites(text) ? normalize(text) : null;
}

/** Run DETECTORS[from, to) on the normalized text, pushing onto `raw` (which later detectors read). */
function runDetectors(detectText: string, options: DetectOptions, from: number, to: number, raw: RawFinding[]): void {
  const detectorOptions: DetectorOptions = { codeNames: options.codeNames ?? [] };
  const wanted = options.types ? new Set(options.types) : null;
  for (let d = from; d < to; d++) {
    const detector = DETECTORS[d];
    if (wanted !== null && !wanted.has(detector.type)) continue;
    detector.detect(detectText, detectorOptions, raw);
  }
}

/**
 * Identifiers broken across a line break (090-1234-⏎5678): the identifier detectors read the text
 * with its value-internal breaks joined (detectors/line-breaks.ts), and what crosses a break is
 * merged in. Texts without such a break cost one indexOf per line break.
 */
function withValuesAcrossBreaks(text: string, mapped: Finding[], options: DetectOptions): Finding[] {
  const joined = joinValueBreaks(text);
  if (joined === null) return mapped;
  const types = options.types ? LINE_JOIN_TYPES.filter((t) => options.types!.includes(t)) : LINE_JOIN_TYPES;
  if (types.length === 0) return mapped;
  const joinedOptions: DetectOptions = { ...options, types };
  const normalized = prepare(joined.text);
  const raw: RawFinding[] = [];
  runDetectors(normalized === null ? joined.text : normalized.text, joinedOptions, 0, DETECTORS.length, raw);
  return mergeAcrossBreaks(text, mapped, joined, finish(joined.text, normalized, raw, joinedOptions, false));
}

/** Map raw findings back to the original UTF-16 offsets and merge overlaps. */
// A form's filled-in example (【記入例】 お名前：旅行 太郎（リョコウ タロウ）): the dummy given names
// Japanese forms use, in a text that says it is an example.
const EXAMPLE_CUE = /記入例|入力例|記載例|[【［\[（(](?:サンプル|見本|例)[】］\]）)]|(?:^|[\s「])(?:例|サンプル|見本)[:：]|(?:^|\s)(?:Example|Sample|e\.g\.)[ ]?:/;
const DUMMY_NAME = /(?:^|[ 　・])?(?:太郎|花子|一郎|タロウ|ハナコ|イチロウ|たろう|はなこ|Taro|Hanako|TARO|HANAKO)$/;

// The number types a form fills with zeros as an example (000-0000-0000, 〒000-0000, 例：09000000000).
const ZERO_FILLED_TYPES = new Set(['PHONE_NUMBER', 'POSTAL_CODE', 'MY_NUMBER', 'BANK_ACCOUNT', 'PENSION_NUMBER', 'HEALTH_INSURANCE_NUMBER', 'DRIVERS_LICENSE', 'CORPORATE_NUMBER', 'CREDIT_CARD']);
const PLACEHOLDER_MARKS = /[○×□△＊*]{2}|〇〇|[XＸ]{2}[都道府県市区町村]/;

/** A form's example value: digits all zero (a phone's after its first three), or an address of ○○ and ×× (○○県○○市○○町1-2-3). */
function isPlaceholder(text: string, f: RawFinding): boolean {
  if (f.type === 'ADDRESS') return PLACEHOLDER_MARKS.test(text.slice(f.start, f.end));
  if (!ZERO_FILLED_TYPES.has(f.type)) return false;
  // A phone's prefix (090, 03) may stand before the zeros; any other number is zeros throughout.
  const keep = f.type === 'PHONE_NUMBER' ? 3 : 0;
  let digits = 0;
  let nonZero = 0;
  for (let i = f.start; i < f.end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) continue;
    digits++;
    if (digits > keep && c !== 0x30) nonZero++;
  }
  return digits >= 7 && nonZero === 0;
}

function finish(text: string, normalized: NormalizedText | null, raw: RawFinding[], options: DetectOptions, joinBreaks = true): Finding[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const mapped: Finding[] = [];
  const read = normalized === null ? text : normalized.text;
  const example = EXAMPLE_CUE.test(read);
  for (let i = 0; i < raw.length; i++) {
    const f = raw[i];
    if (f.score < minScore || f.end <= f.start || isPlaceholder(read, f) || (example && f.type === 'PERSON_NAME' && DUMMY_NAME.test(read.slice(f.start, f.end)))) continue;
    if (normalized === null || !normalized.changed) {
      mapped.push({ type: f.type, start: f.start, end: f.end, score: f.score });
      continue;
    }
    const range = normalized.toOriginalRange(f.start, f.end);
    if (range.end > range.start) mapped.push({ type: f.type, start: range.start, end: range.end, score: f.score });
  }
  return mergeFindings(joinBreaks ? withValuesAcrossBreaks(text, mapped, options) : mapped, text);
}

/**
 * Run every detector once on the normalized text, map findings back to the original
 * UTF-16 offsets and merge overlaps. Never throws on string input.
 */
export function detectEntities(text: string, options: DetectOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const normalized = prepare(text);
  const raw: RawFinding[] = [];
  runDetectors(normalized === null ? text : normalized.text, options, 0, DETECTORS.length, raw);
  return finish(text, normalized, raw, options);
}

/**
 * Detection in two stages that can run on two threads (the scan CLI's pipeline): the first runs
 * the detectors up to and including the name detector (the costliest) and returns their raw
 * findings; the second, given those, runs the rest and merges. Detectors read only the text and
 * the findings before them, so `detectSecondStage(t, o, first)` equals `detectEntities(t, o)`
 * when `first` holds what `detectFirstStage(t, o, first)` pushed.
 */
export const FIRST_STAGE_END = DETECTORS.findIndex((d) => d.type === 'PERSON_NAME') + 1;

/**
 * Returns the normalization the first stage ran on (null when the text needed none): handed to
 * detectSecondStage, on the same thread or rebuilt on another (normalizedFromEdits), it spares the
 * second stage normalizing again.
 */
export function detectFirstStage(text: string, options: DetectOptions, raw: RawFinding[]): NormalizedText | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const normalized = prepare(text);
  runDetectors(normalized === null ? text : normalized.text, options, 0, FIRST_STAGE_END, raw);
  return normalized;
}

/** `normalized`: what detectFirstStage returned for `text` (omitted: normalize again). */
export function detectSecondStage(text: string, options: DetectOptions, raw: RawFinding[], prepared?: NormalizedText | null): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  if (prepared !== undefined && prepared !== null && prepared.original !== text) throw new Error('detectSecondStage: the normalization is of another text');
  const normalized = prepared === undefined ? prepare(text) : prepared;
  runDetectors(normalized === null ? text : normalized.text, options, FIRST_STAGE_END, DETECTORS.length, raw);
  return finish(text, normalized, raw, options);
}
