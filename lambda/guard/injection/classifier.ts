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
  /**
   * When set, the n-grams of the pasted material (the view after its first line, materialStart)
   * count twice: as themselves and once more under a tag (taggedBucket), so the same words weigh
   * differently in a document the user pasted than in the user's own request.
   */
  docTag?: boolean;
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

/**
 * Where the pasted material of a model view starts: after its first line break, when at least 20
 * characters follow it; else the view's length (a one-line text is a request, not material).
 */
export function materialStart(view: string): number {
  const nl = view.indexOf('\n');
  return nl < 0 || view.length - nl < 20 ? view.length : nl + 1;
}

/** Mixed into a plain bucket to give the bucket of the same n-gram in pasted material. */
const MATERIAL_TAG = 0x5bd1e995;

/** The bucket of an n-gram of the pasted material, given its plain bucket (a second hash of it). */
export function taggedBucket(bucket: number, mask: number): number {
  return (Math.imul(bucket ^ MATERIAL_TAG, FNV_PRIME) >>> 0) & mask;
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

/**
 * Where each bucket was last seen, as an offset into a running count of n-grams (4 bytes a bucket:
 * 4 MB at 2^20 buckets): read and rewritten once per n-gram, it gives each n-gram of the current
 * text its previous occurrence, negative when there is none in this text. An n-gram is new in a
 * range [a, b) exactly when its previous occurrence lies before a, so every window, line and
 * sentence is counted by one sequential pass without branches, and no set is cleared per range.
 */
let lastSeen = new Int32Array(0);
/** The running count at the start of the current text. */
let offset = 1;
/** Per (position, n) of the current view: its bucket's weight and its previous occurrence in the text; reused across calls. */
let gramWeights = new Int32Array(0);
let gramPrev = new Int32Array(0);
/** The view's UTF-16 code units; reused across calls. */
let units = new Int32Array(0);
/** The dense feature values of the current text (classify); reused across calls. */
const denseValues = new Float64Array(DENSE_FEATURES.length);
/** The first window's weight sum and count of distinct n-grams (hashGrams). */
const firstTally = new Int32Array(2);
/** Previous occurrence of an n-gram that does not exist (it would run past the end of the view): never counted. */
const NEVER = 0x7fffffff;

/**
 * The model view (modelView) of `folded` read straight into `code`: a space, the folded text with
 * every digit as 0, a space. Returns its length.
 */
function readView(folded: string, code: Int32Array): number {
  const n = folded.length + 2;
  code[0] = 32;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    code[i + 1] = c >= 48 && c <= 57 ? 48 : c;
  }
  code[n - 1] = 32;
  return n;
}

/**
 * The buckets of every n-gram of `code[0, n)` (the same hash as forEachNgram), stored as each one's
 * weight and previous occurrence in this text, at index position * per + length - minN. Numbers
 * and typed arrays only (a kernel of its own: it is compiled once and never deoptimized). On the
 * way, it counts the first window, [0, firstEnd) of the n-gram indices, where an n-gram is new
 * exactly when it has no previous occurrence: its weight sum and count go to tally[0] and tally[1].
 */
function hashGrams(code: Int32Array, n: number, minN: number, maxN: number, mask: number, w: Int8Array, seen: Int32Array, off: number, weights: Int32Array, prev: Int32Array, firstEnd: number, tally: Int32Array): void {
  const per = maxN - minN + 1;
  let sum = 0;
  let count = 0;
  let from = 0;
  if (minN === 2 && maxN === 5) {
    // The shipped shape (2- to 5-grams), unrolled for every position with all four n-grams after
    // it: the same hashes, in the same order, as the loop below, which does the last positions.
    const stop = n - 4;
    for (let i = 0; i < stop; i++) {
      const h1 = Math.imul(FNV_OFFSET ^ code[i], FNV_PRIME);
      const h2 = Math.imul(h1 ^ code[i + 1], FNV_PRIME);
      const h3 = Math.imul(h2 ^ code[i + 2], FNV_PRIME);
      const h4 = Math.imul(h3 ^ code[i + 3], FNV_PRIME);
      const h5 = Math.imul(h4 ^ code[i + 4], FNV_PRIME);
      const k = i * 4;
      const b2 = h2 & mask;
      const w2 = w[b2];
      const p2 = seen[b2] - off;
      seen[b2] = off + k;
      const b3 = h3 & mask;
      const w3 = w[b3];
      const p3 = seen[b3] - off;
      seen[b3] = off + k + 1;
      const b4 = h4 & mask;
      const w4 = w[b4];
      const p4 = seen[b4] - off;
      seen[b4] = off + k + 2;
      const b5 = h5 & mask;
      const w5 = w[b5];
      const p5 = seen[b5] - off;
      seen[b5] = off + k + 3;
      weights[k] = w2;
      prev[k] = p2;
      weights[k + 1] = w3;
      prev[k + 1] = p3;
      weights[k + 2] = w4;
      prev[k + 2] = p4;
      weights[k + 3] = w5;
      prev[k + 3] = p5;
      if (k + 3 < firstEnd) {
        const f2 = p2 >>> 31;
        const f3 = p3 >>> 31;
        const f4 = p4 >>> 31;
        const f5 = p5 >>> 31;
        sum += (w2 & -f2) + (w3 & -f3) + (w4 & -f4) + (w5 & -f5);
        count += f2 + f3 + f4 + f5;
      } else if (k < firstEnd) {
        for (let x = k; x < firstEnd; x++) {
          const f = prev[x] >>> 31;
          sum += weights[x] & -f;
          count += f;
        }
      }
    }
    from = Math.max(0, stop);
  }
  for (let i = from; i < n; i++) {
    let h = FNV_OFFSET;
    const last = Math.min(n, i + maxN);
    let j = i;
    // The first minN - 1 characters start the hash; each further one ends an n-gram.
    for (const first = Math.min(last, i + minN - 1); j < first; j++) h = Math.imul(h ^ code[j], FNV_PRIME);
    let k = i * per;
    for (; j < last; j++, k++) {
      h = Math.imul(h ^ code[j], FNV_PRIME);
      // mask < 2^31, so this equals (h >>> 0) & mask.
      const bucket = h & mask;
      const weight = w[bucket];
      const before = seen[bucket] - off;
      weights[k] = weight;
      prev[k] = before;
      seen[bucket] = off + k;
      if (k < firstEnd) {
        // 1 when the n-gram has no previous occurrence (before < 0; it stays within 32 bits: offset < 2^30).
        const fresh = before >>> 31;
        sum += weight & -fresh;
        count += fresh;
      }
    }
    for (const stop = (i + 1) * per; k < stop; k++) {
      weights[k] = 0;
      prev[k] = NEVER;
    }
  }
  tally[0] = sum;
  tally[1] = count;
}

/**
 * hashGrams for a model with docTag: per position, the maxN - minN + 1 n-grams starting there and
 * then, from `material` on, the same n-grams under their tagged buckets (taggedBucket); before it
 * those slots hold nothing (weight 0, never counted). Ranges of positions stay contiguous ranges
 * of slots, so rangeLogit counts each distinct bucket, plain or tagged, once per range, as the
 * training script's set of buckets does.
 */
function hashGramsTagged(code: Int32Array, n: number, material: number, minN: number, maxN: number, mask: number, w: Int8Array, seen: Int32Array, off: number, weights: Int32Array, prev: Int32Array): void {
  const grams = maxN - minN + 1;
  const per = 2 * grams;
  let from = 0;
  if (minN === 2 && maxN === 5) {
    // The shipped shape, unrolled (as in hashGrams) for every position with all four n-grams after
    // it; the loop below does the last positions. Slots: the four plain n-grams, then the four tagged.
    const stop = n - 4;
    for (let i = 0; i < stop; i++) {
      const h1 = Math.imul(FNV_OFFSET ^ code[i], FNV_PRIME);
      const h2 = Math.imul(h1 ^ code[i + 1], FNV_PRIME);
      const h3 = Math.imul(h2 ^ code[i + 2], FNV_PRIME);
      const h4 = Math.imul(h3 ^ code[i + 3], FNV_PRIME);
      const h5 = Math.imul(h4 ^ code[i + 4], FNV_PRIME);
      const k = i * 8;
      const b2 = h2 & mask;
      const b3 = h3 & mask;
      const b4 = h4 & mask;
      const b5 = h5 & mask;
      weights[k] = w[b2];
      prev[k] = seen[b2] - off;
      seen[b2] = off + k;
      weights[k + 1] = w[b3];
      prev[k + 1] = seen[b3] - off;
      seen[b3] = off + k + 1;
      weights[k + 2] = w[b4];
      prev[k + 2] = seen[b4] - off;
      seen[b4] = off + k + 2;
      weights[k + 3] = w[b5];
      prev[k + 3] = seen[b5] - off;
      seen[b5] = off + k + 3;
      if (i >= material) {
        const t2 = (Math.imul(b2 ^ MATERIAL_TAG, FNV_PRIME) >>> 0) & mask;
        const t3 = (Math.imul(b3 ^ MATERIAL_TAG, FNV_PRIME) >>> 0) & mask;
        const t4 = (Math.imul(b4 ^ MATERIAL_TAG, FNV_PRIME) >>> 0) & mask;
        const t5 = (Math.imul(b5 ^ MATERIAL_TAG, FNV_PRIME) >>> 0) & mask;
        weights[k + 4] = w[t2];
        prev[k + 4] = seen[t2] - off;
        seen[t2] = off + k + 4;
        weights[k + 5] = w[t3];
        prev[k + 5] = seen[t3] - off;
        seen[t3] = off + k + 5;
        weights[k + 6] = w[t4];
        prev[k + 6] = seen[t4] - off;
        seen[t4] = off + k + 6;
        weights[k + 7] = w[t5];
        prev[k + 7] = seen[t5] - off;
        seen[t5] = off + k + 7;
      } else {
        weights[k + 4] = 0;
        prev[k + 4] = NEVER;
        weights[k + 5] = 0;
        prev[k + 5] = NEVER;
        weights[k + 6] = 0;
        prev[k + 6] = NEVER;
        weights[k + 7] = 0;
        prev[k + 7] = NEVER;
      }
    }
    from = Math.max(0, stop);
  }
  for (let i = from; i < n; i++) {
    let h = FNV_OFFSET;
    const last = Math.min(n, i + maxN);
    let j = i;
    for (const first = Math.min(last, i + minN - 1); j < first; j++) h = Math.imul(h ^ code[j], FNV_PRIME);
    let k = i * per;
    const tagged = i >= material;
    for (; j < last; j++, k++) {
      h = Math.imul(h ^ code[j], FNV_PRIME);
      const bucket = h & mask;
      weights[k] = w[bucket];
      prev[k] = seen[bucket] - off;
      seen[bucket] = off + k;
      const t = k + grams;
      if (tagged) {
        const b2 = taggedBucket(bucket, mask);
        weights[t] = w[b2];
        prev[t] = seen[b2] - off;
        seen[b2] = off + t;
      } else {
        weights[t] = 0;
        prev[t] = NEVER;
      }
    }
    for (const stop = i * per + grams; k < stop; k++) {
      weights[k] = 0;
      prev[k] = NEVER;
      weights[k + grams] = 0;
      prev[k + grams] = NEVER;
    }
  }
}

/** [start, end) of each segment of the current view (segmentsOf); reused across calls. */
const segmentBounds = new Int32Array(2 * MAX_SEGMENTS);

/**
 * segmentRanges over the code units of a view, written to `out` as start, end pairs; returns how
 * many. The same ends (a newline, 。！？, or . ! ? before a space: each a single character, so one
 * forward scan finds what the regular expression finds), the same leading spaces skipped, the same
 * limits.
 */
function segmentsOf(code: Int32Array, n: number, minLength: number, window: number, out: Int32Array): number {
  let count = 0;
  let start = 0;
  for (let p = 0; ; p++) {
    let end = n;
    let found = false;
    for (; p < n; p++) {
      const c = code[p];
      // Below 。 only a newline or . ! ? before a space ends one; from 。 up, 。！？.
      if (c < 0x3002 ? c === 10 || ((c === 46 || c === 33 || c === 63) && p + 1 < n && code[p + 1] === 32) : c === 0x3002 || c === 0xff01 || c === 0xff1f) {
        end = p + 1;
        found = true;
        break;
      }
    }
    // Leading spaces are not part of the sentence.
    let a = start;
    while (a < end && code[a] === 32) a++;
    if (end - a >= minLength && end - a < window && !(a <= 1 && end >= n - 1)) {
      out[2 * count] = a;
      out[2 * count + 1] = end;
      count++;
    }
    if (!found || count >= MAX_SEGMENTS) return count;
    start = end;
  }
}

/**
 * The logit of the range of n-grams [start, end) (those starting in a window, line or sentence),
 * each distinct n-gram counted once, at its first occurrence in the range; -Infinity when it has none.
 */
function rangeLogit(weights: Int32Array, prev: Int32Array, start: number, end: number, base: number, scale: number, bias: number): number {
  let sum = 0;
  let count = 0;
  for (let k = start; k < end; k++) {
    // 1 when the n-gram did not occur earlier in the range (prev[k] - start stays within 32 bits: offset < 2^30).
    const fresh = (prev[k] - start) >>> 31;
    sum += weights[k] & -fresh;
    count += fresh;
  }
  if (count === 0) return -Infinity;
  return base + (sum * scale) / Math.sqrt(count) + bias;
}

/**
 * The model's probability for the strongest window of `folded` (the screen's folded view),
 * given the rule evidence. Each distinct n-gram counts once per window (binary features,
 * scaled by 1/sqrt(distinct n-grams)), so repeating a phrase adds nothing. 0 when no weights ship.
 */
export function classify(folded: string, hits: readonly Hit[], ruleScore: number, model: LoadedModel | undefined = LOADED): number {
  if (!model) return 0;
  // denseFeatures, into a typed array: a plain array of 0s that later takes a fractional weight
  // changes its elements' kind, which deoptimized this function on the first texts with hits.
  const dense = denseValues;
  dense.fill(0);
  for (const h of hits) {
    const k = DENSE_FEATURES.indexOf(h.reason);
    if (k >= 0 && h.weight > dense[k]) dense[k] = Math.min(1, Math.max(0, h.weight));
  }
  dense[DENSE_FEATURES.length - 1] = ruleScore;
  let base = model.bias;
  for (let k = 0; k < dense.length; k++) base += dense[k] * (model.dense[k] ?? 0);
  const { minN, maxN, window } = model;
  if (units.length < folded.length + 2) units = new Int32Array(Math.max(folded.length + 2, units.length * 2));
  const n = readView(folded, units);
  // Where the pasted material starts (docTag models; the same line break materialStart finds in
  // the string): from there on each position holds its n-grams twice, plain and tagged.
  let material = n;
  if (model.docTag === true) {
    let nl = 0;
    while (nl < n && units[nl] !== 10) nl++;
    if (nl < n && n - nl >= 20) material = nl + 1;
  }
  const tagged = material < n;
  const per = (maxN - minN + 1) * (tagged ? 2 : 1);
  const total = n * per;
  if (lastSeen.length !== model.dim || offset > 0x40000000 - total) {
    lastSeen = new Int32Array(model.dim);
    offset = 1;
  }
  if (gramPrev.length < total) {
    const size = Math.max(total, gramPrev.length * 2);
    gramWeights = new Int32Array(size);
    gramPrev = new Int32Array(size);
  }
  // The hash of the n-grams at each position is the same in every window: compute the buckets
  // once, with each one's weight and previous occurrence, then count them per window.
  const firstEnd = Math.min(n, window) * per;
  if (tagged) {
    hashGramsTagged(units, n, material, minN, maxN, model.dim - 1, model.weights, lastSeen, offset, gramWeights, gramPrev);
  } else {
    hashGrams(units, n, minN, maxN, model.dim - 1, model.weights, lastSeen, offset, gramWeights, gramPrev, firstEnd, firstTally);
  }
  offset += total + 1;
  let best = -Infinity;
  for (const a of windowStarts(n, model)) {
    // N-grams that start in the range (as in training: forEachNgram over [a, b)); the first window, which starts at 0, is counted already (hashGrams).
    const z =
      a === 0 && !tagged
        ? firstTally[1] === 0
          ? -Infinity
          : base + (firstTally[0] * model.scale) / Math.sqrt(firstTally[1]) + 0
        : rangeLogit(gramWeights, gramPrev, a * per, Math.min(n, a + window) * per, base, model.scale, 0);
    if (z > best) best = z;
  }
  if (model.segments) {
    const count = segmentsOf(units, n, model.segments, window, segmentBounds);
    const bias = model.segmentBias ?? 0;
    for (let r = 0; r < count; r++) {
      const z = rangeLogit(gramWeights, gramPrev, segmentBounds[2 * r] * per, segmentBounds[2 * r + 1] * per, base, model.scale, bias);
      if (z > best) best = z;
    }
  }
  return best === -Infinity ? sigmoid(base) : sigmoid(best);
}
