/**
 * FNV-1a over the UTF-16 code units of text[start, end): the hash the name lexicons are built
 * with (scripts/build-name-lexicon.ts, scripts/build-rare-surnames.ts) and looked up with, one
 * function on both sides so the two cannot drift apart. No imports: the build scripts load it
 * before the lexicons they write exist.
 */
export function fnv1a(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
