/**
 * The learned half of the injection screen: logistic regression over hashed character
 * n-grams (minN to maxN characters, 2 to 5 in the shipped weights, any script) of the folded text,
 * plus the rule detectors' evidence as dense features. The text is scored in overlapping windows, and in its lines and sentences, and the
 * strongest counts, so an instruction hidden in the middle of a long e-mail is not diluted by
 * the rest of it.
 *
 * The weights (lambda/guard/injection/model-weights.ts) come from `npm run train:injection`
 * (scripts/train-injection.ts); the training data and its sources are in data/injection/.
 * Pure and synchronous; the weights decode once, when the module loads.
 */
import type { Hit, InjectionReason } from './types';
import { MODEL } from './model-weights';

/** What the training script writes and this module reads. */
export interface ModelFile {
  version: number;
  /** Hash buckets, a power of two. */
  dim: number;
  minN: number;
  maxN: number;
  /** Window length and step, in characters of the model view. */
  window: number;
  stride: number;
  bias: number;
  /** Int8 weight * scale = weight. */
  scale: number;
  /** Base64 of `dim` Int8 weights. */
  weights: string;
  /** One weight per entry of {@link DENSE_FEATURES}. */
  dense: number[];
  /**
   * When set, each line or sentence of at least this many characters is scored as a window of
   * its own too, so one instruction hidden in a long e-mail is not diluted by its neighbours.
   */
  segments?: number;
  /** Added to the logit of a line or sentence window (short windows score differently). */
  segmentBias?: number;
}

/** Dense features: the rule screen's strongest evidence per reason, and its combined score. */
export const DENSE_FEATURES: readonly (InjectionReason | 'rule_score')[] = [
  'instruction_override',
  'output_hijack',
  'system_prompt_extraction',
  'role_play_jailbreak',
  'fake_system_message',
  'delimiter_injection',
  'encoded_payload',
  'obfuscated_characters',
  'indirect_injection',
  'rule_score',
];

/** The text the n-grams are read from: the screen's folded view with every digit as 0. */
export function modelView(folded: string): string {
  return ` ${folded.replace(/[0-9]/g, '0')} `;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Calls `visit(position, bucket)` for every n-gram (minN..maxN characters) starting at
 * positions [from, to) of `view`. FNV-1a over UTF-16 code units, extended one character at a
 * time, so each n-gram costs one multiply.
 */
export function forEachNgram(view: string, from: number, to: number, model: Pick<ModelFile, 'dim' | 'minN' | 'maxN'>, visit: (position: number, bucket: number) => void): void {
  const mask = model.dim - 1;
  for (let i = from; i < to; i++) {
    let h = FNV_OFFSET;
    const last = Math.min(view.length, i + model.maxN);
    for (let j = i; j < last; j++) {
      h = Math.imul(h ^ view.charCodeAt(j), FNV_PRIME);
      if (j - i + 1 >= model.minN) visit(i, (h >>> 0) & mask);
    }
  }
}

/** Start offsets of the windows over a view of `length` characters. */
export function windowStarts(length: number, model: Pick<ModelFile, 'window' | 'stride'>): number[] {
  if (length <= model.window) return [0];
  const starts: number[] = [];
  for (let a = 0; a + model.window < length + model.stride; a += model.stride) starts.push(Math.min(a, length - model.window));
  return [...new Set(starts)];
}

/** Sentence and line ends of the model view: a newline, 。！？, or . ! ? before a space. */
const SEGMENT_END = /\n|[。！？]|[.!?](?= )/g;
/** At most this many segments per text are scored (the longest text screened stays bounded). */
const MAX_SEGMENTS = 512;

/**
 * [start, end) of the lines and sentences of `view` that are at least `minLength` characters
 * long and shorter than the window (longer ones are covered by the windows), in order.
 */
export function segmentRanges(view: string, minLength: number, window: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  SEGMENT_END.lastIndex = 0;
  for (;;) {
    const m = SEGMENT_END.exec(view);
    const end = m ? m.index + 1 : view.length;
    // Leading spaces are not part of the sentence.
    let a = start;
    while (a < end && view.charCodeAt(a) === 32) a++;
    if (end - a >= minLength && end - a < window && !(a <= 1 && end >= view.length - 1)) out.push([a, end]);
    if (!m || out.length >= MAX_SEGMENTS) break;
    start = end;
  }
  return out;
}

/** Dense feature values from the rule hits and the rule score. */
export function denseFeatures(hits: readonly Hit[], ruleScore: number): number[] {
  const values = DENSE_FEATURES.map(() => 0);
  for (const h of hits) {
    const k = DENSE_FEATURES.indexOf(h.reason);
    if (k >= 0 && h.weight > values[k]) values[k] = Math.min(1, Math.max(0, h.weight));
  }
  values[DENSE_FEATURES.length - 1] = ruleScore;
  return values;
}

export interface LoadedModel extends Omit<ModelFile, 'weights'> {
  /** The Int8 weights as shipped (a window sums them as integers and scales once): 1 byte a bucket keeps 2^20 buckets in 1 MB. */
  weights: Int8Array;
}

function decodeBase64(b64: string): Uint8Array {
  if (typeof Buffer !== 'undefined') return new Uint8Array(Buffer.from(b64, 'base64'));
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function loadModel(file: ModelFile): LoadedModel {
  const bytes = decodeBase64(file.weights);
  if (bytes.length !== file.dim || (file.dim & (file.dim - 1)) !== 0) throw new Error('injection model: weights do not match dim');
  const weights = new Int8Array(file.dim);
  weights.set(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  return { ...file, weights };
}

const LOADED: LoadedModel | undefined = MODEL ? loadModel(MODEL) : undefined;

/** True when trained weights ship with this build. */
export const classifierAvailable = LOADED !== undefined;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Generation stamps per bucket: marks the n-grams already counted in the current window (16 bits: 2 MB at 2^20 buckets). */
let stamps = new Uint16Array(0);
let generation = 0;
/** Bucket of each (position, n) of the current view; reused across calls. */
let scratch = new Int32Array(0);

/**
 * The model's probability for the strongest window of `folded` (the screen's folded view),
 * given the rule evidence. Each distinct n-gram counts once per window (binary features,
 * scaled by 1/sqrt(distinct n-grams)), so repeating a phrase adds nothing. 0 when no weights ship.
 */
export function classify(folded: string, hits: readonly Hit[], ruleScore: number, model: LoadedModel | undefined = LOADED): number {
  if (!model) return 0;
  const view = modelView(folded);
  const n = view.length;
  if (stamps.length !== model.dim) {
    stamps = new Uint16Array(model.dim);
    generation = 0;
  }
  const dense = denseFeatures(hits, ruleScore);
  let base = model.bias;
  for (let k = 0; k < dense.length; k++) base += dense[k] * (model.dense[k] ?? 0);
  const w = model.weights;
  const mask = model.dim - 1;
  const { minN, maxN } = model;
  // The hash of the n-grams at each position is the same in every window: compute the
  // buckets once (the same loop as forEachNgram, inlined), then count them per window.
  const per = maxN - minN + 1;
  if (scratch.length < n * per) scratch = new Int32Array(Math.max(n * per, scratch.length * 2));
  const buckets = scratch;
  buckets.fill(-1, 0, n * per);
  for (let i = 0; i < n; i++) {
    let h = FNV_OFFSET;
    const last = Math.min(n, i + maxN);
    for (let j = i; j < last; j++) {
      h = Math.imul(h ^ view.charCodeAt(j), FNV_PRIME);
      const len = j - i + 1;
      if (len >= minN) buckets[i * per + len - minN] = (h >>> 0) & mask;
    }
  }
  let best = -Infinity;
  const ranges: [number, number][] = windowStarts(n, model).map((a) => [a, Math.min(n, a + model.window)]);
  const fixed = ranges.length;
  if (model.segments) ranges.push(...segmentRanges(view, model.segments, model.window));
  for (let r = 0; r < ranges.length; r++) {
    const [a, b] = ranges[r];
    generation = (generation + 1) & 0xffff;
    if (generation === 0) {
      stamps.fill(0);
      generation = 1;
    }
    let sum = 0;
    let count = 0;
    // N-grams that start in the range (as in training: forEachNgram over [a, b)).
    const end = b * per;
    for (let k = a * per; k < end; k++) {
      const b = buckets[k];
      if (b < 0 || stamps[b] === generation) continue;
      stamps[b] = generation;
      sum += w[b];
      count++;
    }
    if (count === 0) continue;
    const z = base + (sum * model.scale) / Math.sqrt(count) + (r >= fixed ? model.segmentBias ?? 0 : 0);
    if (z > best) best = z;
  }
  return best === -Infinity ? sigmoid(base) : sigmoid(best);
}
