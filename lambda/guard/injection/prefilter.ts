/**
 * Cheap necessary conditions run before the compositional patterns. Each gate
 * names literals of which every match of the guarded pattern contains at least one
 * (read off the pattern: a word that all of its alternatives share), so a gate that
 * fails proves the pattern cannot match and skipping it changes no verdict.
 *
 * A gate does not search for its literals one by one (a string search per literal
 * costs more than the pattern it would save once there are dozens of literals).
 * Instead each text is read once into a bit set of the hashes of its characters,
 * bigrams and trigrams; a literal can occur only if the hash of the literal itself
 * (one or two characters) or of each of its trigrams is in the set. Hash collisions only let a pattern run needlessly, never skip it.
 */

/** Switch for tests: with the gates off every pattern runs, as before the gates existed. */
export const prefilter = { enabled: true };

const BITS = 17;
const WORDS = 1 << (BITS - 5);
const SHIFT = 32 - BITS;

function unigramHash(a: number): number {
  return Math.imul(a ^ 0x5bd1e995, 0x27d4eb2d) >>> SHIFT;
}

function bigramHash(a: number, b: number): number {
  return Math.imul((a << 16) ^ b, 0x9e3779b1) >>> SHIFT;
}

function trigramHash(a: number, b: number, c: number): number {
  return Math.imul(Math.imul(a, 0x85ebca6b) ^ ((b << 16) ^ c), 0xc2b2ae35) >>> SHIFT;
}

/** The n-gram sets of the last few texts (the detectors ask about the same two views many times). */
interface Grams {
  text: string;
  bits: Uint32Array;
}
const CACHE_SIZE = 4;
const cache: Grams[] = [];
let next = 0;

/** The text asked about last, and its set. */
let lastText: string | undefined;
let lastBits: Uint32Array = new Uint32Array(0);

function gramsOf(s: string): Uint32Array {
  if (s === lastText) return lastBits;
  for (const g of cache) {
    if (g.text === s) {
      lastText = s;
      lastBits = g.bits;
      return g.bits;
    }
  }
  let slot = cache[next];
  if (!slot) {
    slot = { text: s, bits: new Uint32Array(WORDS) };
    cache[next] = slot;
  } else {
    slot.text = s;
    slot.bits.fill(0);
  }
  next = (next + 1) % CACHE_SIZE;
  const bits = slot.bits;
  lastText = s;
  lastBits = bits;
  let a = -1;
  let b = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const h1 = unigramHash(c);
    bits[h1 >>> 5]! |= 1 << (h1 & 31);
    if (b >= 0) {
      const h2 = bigramHash(b, c);
      bits[h2 >>> 5]! |= 1 << (h2 & 31);
      if (a >= 0) {
        const h3 = trigramHash(a, b, c);
        bits[h3 >>> 5]! |= 1 << (h3 & 31);
      }
    }
    a = b;
    b = c;
  }
  return bits;
}

const has = (bits: Uint32Array, h: number): boolean => (bits[h >>> 5]! & (1 << (h & 31))) !== 0;

/** Literals compiled once: each as its n-gram hashes (or itself, when one character long). */
export interface Gate {
  readonly literals: readonly string[];
  /** The hashes of every literal, one after the other; all of a literal's must be present. */
  readonly hashes: Int32Array;
  /** Literal `l`'s hashes are hashes[starts[l]] up to hashes[starts[l + 1]]. */
  readonly starts: Int32Array;
  /** Each literal's first hash (hashes[starts[l]]), side by side: usually the only one tested. */
  readonly firsts: Int32Array;
}

/** Compiles a gate: the text may match only if it contains one of `literals`. */
export function gate(literals: readonly string[]): Gate {
  const all: number[] = [];
  const starts = new Int32Array(literals.length + 1);
  literals.forEach((l, k) => {
    if (l.length === 0) throw new Error('empty gate literal');
    if (l.length === 1) all.push(unigramHash(l.charCodeAt(0)));
    else if (l.length === 2) all.push(bigramHash(l.charCodeAt(0), l.charCodeAt(1)));
    else for (let i = 2; i < l.length; i++) all.push(trigramHash(l.charCodeAt(i - 2), l.charCodeAt(i - 1), l.charCodeAt(i)));
    starts[k + 1] = all.length;
  });
  const hashes = Int32Array.from(all);
  return { literals, hashes, starts, firsts: Int32Array.from(literals, (_, k) => hashes[starts[k]!]!) };
}

/** False only when literal `l` of `g` certainly does not occur in the text of `bits`. */
function mayContain(bits: Uint32Array, g: Gate, l: number): boolean {
  const h = g.firsts[l]!;
  if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) return false;
  // The first hash is there: the rest of the literal's.
  const hashes = g.hashes;
  let i = g.starts[l]! + 1;
  const end = g.starts[l + 1]!;
  while (i < end && has(bits, hashes[i]!)) i++;
  return i === end;
}

function mayContainAny(bits: Uint32Array, g: Gate): boolean {
  for (let l = 0; l < g.firsts.length; l++) if (mayContain(bits, g, l)) return true;
  return false;
}

/** False only when `s` certainly contains none of the gate's literals (always true when gates are off). */
export function hasAny(s: string, g: Gate): boolean {
  if (!prefilter.enabled) return true;
  return mayContainAny(gramsOf(s), g);
}

/**
 * `hasAny(s, g) && re.test(s)`: the pattern run only when its gate lets it. One shared function
 * for every gated pattern, so its call of `re.test` has type feedback once any gate anywhere has
 * passed: a detector whose own rare pattern first runs after the JIT compiled it does not
 * deoptimize for want of feedback on that call.
 */
export function gatedTest(s: string, g: Gate, re: RegExp): boolean {
  return hasAny(s, g) && re.test(s);
}

/** `hasAny(s, first) && hasAny(s, second) && re.test(s)`: a pattern behind two gates, shared like {@link gatedTest}. */
export function gatedTest2(s: string, first: Gate, second: Gate, re: RegExp): boolean {
  return hasAny(s, first) && hasAny(s, second) && re.test(s);
}

/**
 * False only when `s` certainly contains no literal of `lefts` immediately followed
 * by a literal of `rights` (always true when gates are off).
 */
export function hasAdjacent(s: string, lefts: readonly string[], rights: Gate): boolean {
  if (!prefilter.enabled) return true;
  const bits = gramsOf(s);
  for (let k = 0; k < rights.literals.length; k++) {
    // A right literal whose n-grams are not all in the text does not occur: no search for it.
    if (!mayContain(bits, rights, k)) continue;
    const r = rights.literals[k]!;
    for (let p = s.indexOf(r); p >= 0; p = s.indexOf(r, p + 1)) {
      for (const l of lefts) if (p >= l.length && s.startsWith(l, p - l.length)) return true;
    }
  }
  return false;
}

/** Kana or kanji. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
let lastJa = '';
let lastJaResult = false;

/**
 * False only when `s` holds no kana or kanji, so no Japanese pattern can match (always true when
 * gates are off). The detectors ask about the same view in turn, so the last answer is kept.
 */
export function hasJapanese(s: string): boolean {
  if (!prefilter.enabled) return true;
  if (s !== lastJa) {
    lastJa = s;
    lastJaResult = JAPANESE.test(s);
  }
  return lastJaResult;
}

/**
 * Whether `s.matchAll(re)` would yield anything: `re.test(s)` from the same lastIndex, which is put
 * back. Before a matchAll loop it spares the iterator and the copy of the expression matchAll makes,
 * which cost more than the search itself on the usual text that holds no match.
 */
export function mayMatchAll(re: RegExp, s: string): boolean {
  const at = re.lastIndex;
  const hit = re.test(s);
  re.lastIndex = at;
  return hit;
}
