/**
 * Exact word-list lookups of a range of a text, without cutting the range out. The name
 * detectors ask whether text[start, end) is a surname, a given name, a reading or an ordinary
 * word many times per kanji or katakana run; `set.has(text.slice(start, end))` allocates a new
 * string for each question and hashes it in a builtin call. These tables hash the range in place
 * (FNV-1a over the UTF-16 code units), probe an open-addressing table and compare the candidate
 * word character by character: the same answers, no allocation.
 */

/** FNV-1a as a signed 32-bit integer (a small integer to V8; only its low bits index the table). */
function rangeHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

function tableBits(entries: number): number {
  let bits = 4;
  // At most half full: probes stay short.
  while (1 << bits < entries * 2) bits++;
  return bits;
}

/** Words with a small positive value each (a tier, or 1 for plain membership). */
export class RangeLexicon {
  private readonly words: string[] = [];
  private readonly values: number[] = [];
  /** Index + 1 into `words` per slot, 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Every length a word has, as a bit (lengths over 30 share bit 31). */
  private readonly lengths: number = 0;
  /**
   * Per slot, the length of its word when that is one or two code units (else 0), and those code
   * units as one number: most of the name lists' words are two kanji long, and so are most ranges
   * asked about, which are then compared by number, without reading the word's string.
   */
  private readonly shortLengths: Uint8Array;
  private readonly shortKeys: Int32Array;

  /**
   * `words` and their `values` (> 0; null: every word counts 1); a word given twice keeps its
   * last value. Built from plain arrays: the name lists hold tens of thousands of words, and a
   * tuple per word would be as many allocations at module load.
   */
  private constructor(words: readonly string[], values: readonly number[] | null) {
    const bits = tableBits(words.length);
    const slots = new Int32Array(1 << bits);
    const mask = (1 << bits) - 1;
    const kept = this.words;
    const keptValues = this.values;
    const shortLengths = new Uint8Array(1 << bits);
    const shortKeys = new Int32Array(1 << bits);
    let lengths = 0;
    for (let e = 0; e < words.length; e++) {
      const word = words[e];
      const value = values === null ? 1 : values[e];
      if (!(value > 0)) throw new Error('RangeLexicon: values must be positive');
      let slot = rangeHash(word, 0, word.length) & mask;
      let index = slots[slot];
      while (index !== 0 && kept[index - 1] !== word) {
        slot = (slot + 1) & mask;
        index = slots[slot];
      }
      if (index !== 0) {
        keptValues[index - 1] = value;
        continue;
      }
      kept.push(word);
      keptValues.push(value);
      lengths |= 1 << Math.min(word.length, 31);
      slots[slot] = kept.length;
      if (word.length === 1 || word.length === 2) {
        shortLengths[slot] = word.length;
        shortKeys[slot] = shortKey(word, 0, word.length);
      }
    }
    this.slots = slots;
    this.mask = mask;
    this.lengths = lengths;
    this.shortLengths = shortLengths;
    this.shortKeys = shortKeys;
  }

  /** Words with their values (> 0), as a Map's entries or pairs. */
  static from(entries: ReadonlyMap<string, number> | Iterable<readonly [string, number]>): RangeLexicon {
    const words: string[] = [];
    const values: number[] = [];
    if (entries instanceof Map) {
      entries.forEach((value: number, word: string) => {
        words.push(word);
        values.push(value);
      });
    } else {
      for (const [word, value] of entries as Iterable<readonly [string, number]>) {
        words.push(word);
        values.push(value);
      }
    }
    return new RangeLexicon(words, values);
  }

  /** Plain membership: every word counts 1. */
  static of(words: Iterable<string>): RangeLexicon {
    return new RangeLexicon(Array.isArray(words) ? words : [...words], null);
  }

  /** `words[i]` with the value `values[i]` (> 0); a word given twice keeps its last value. */
  static fromArrays(words: readonly string[], values: readonly number[]): RangeLexicon {
    if (values.length !== words.length) throw new Error('RangeLexicon: one value per word');
    return new RangeLexicon(words, values);
  }

  /** The value of `word` (0 when absent): the lookup of a whole string. */
  valueOf(word: string): number {
    return this.get(word, 0, word.length);
  }

  /** The words, each once, in the order first given. */
  keys(): IterableIterator<string> {
    return this.words.values();
  }

  /** The value of the word text[start, end), or 0 when it is not in the list. */
  get(text: string, start: number, end: number): number {
    const length = end - start;
    if (length < 0 || (this.lengths & (1 << Math.min(length, 31))) === 0) return 0;
    if (length === 1 || length === 2) return this.shortValue(text, start, end, length);
    let slot = rangeHash(text, start, end) & this.mask;
    for (;;) {
      const index = this.slots[slot];
      if (index === 0) return 0;
      const word = this.words[index - 1];
      if (word.length === length) {
        let k = 0;
        while (k < length && word.charCodeAt(k) === text.charCodeAt(start + k)) k++;
        if (k === length) return this.values[index - 1];
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** True when text[start, end) is in the list. */
  has(text: string, start: number, end: number): boolean {
    return this.get(text, start, end) !== 0;
  }

  /** get() of a range of one or two code units (a range past either end of the text is in no list). */
  private shortValue(text: string, start: number, end: number, length: number): number {
    if (start < 0 || end > text.length) return 0;
    const key = shortKey(text, start, end);
    let slot = rangeHash(text, start, end) & this.mask;
    for (;;) {
      const index = this.slots[slot];
      if (index === 0) return 0;
      if (this.shortLengths[slot] === length && this.shortKeys[slot] === key) return this.values[index - 1];
      slot = (slot + 1) & this.mask;
    }
  }
}

/** The one or two code units of text[start, end) as one 32-bit integer (told apart by their count). */
function shortKey(text: string, start: number, end: number): number {
  return end - start === 2 ? (text.charCodeAt(start) << 16) | text.charCodeAt(start + 1) : text.charCodeAt(start);
}

/** A set of pairs of UTF-16 code units (the first two characters of names). */
export class PairSet {
  /** a << 16 | b per used slot (a signed 32-bit integer). */
  private readonly keys: Int32Array;
  /** 1 for a used slot. */
  private readonly used: Uint8Array;
  private readonly mask: number;

  constructor(pairs: Iterable<readonly [number, number]>) {
    const list = [...pairs];
    const bits = tableBits(list.length);
    const keys = new Int32Array(1 << bits);
    const used = new Uint8Array(1 << bits);
    const mask = (1 << bits) - 1;
    for (let p = 0; p < list.length; p++) {
      const key = (list[p][0] << 16) | list[p][1];
      let slot = pairHash(key) & mask;
      while (used[slot] === 1 && keys[slot] !== key) slot = (slot + 1) & mask;
      keys[slot] = key;
      used[slot] = 1;
    }
    this.keys = keys;
    this.used = used;
    this.mask = mask;
  }

  /** True when (a, b) is in the set; false for NaN (a position past the end of a text). */
  has(a: number, b: number): boolean {
    if (!(a >= 0 && a <= 0xffff && b >= 0 && b <= 0xffff)) return false;
    const key = (a << 16) | b;
    let slot = pairHash(key) & this.mask;
    while (this.used[slot] === 1) {
      if (this.keys[slot] === key) return true;
      slot = (slot + 1) & this.mask;
    }
    return false;
  }
}

function pairHash(key: number): number {
  return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 7;
}
