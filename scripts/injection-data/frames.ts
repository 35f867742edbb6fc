/**
 * Generated sets built from frames (generate-weak.ts, generate-unseen.ts): each frame is a
 * function that composes one text, called a fixed number of times; duplicates are dropped and
 * every sample carries its frame as its group, so a frame stays whole on one side of the split.
 */
import type { Sample } from './generate';

/** One text, or a document text with the attack payload planted in it. */
export type Frame = () => string | { text: string; payload?: string };

export interface Family {
  family: string;
  label: 0 | 1;
  lang: 'ja' | 'en';
  frames: Frame[];
}

export interface FrameExpansion {
  /** Prefix of ids and groups (`wk`, `un`). */
  readonly prefix: string;
  /** Tries per frame for attack and benign families. */
  readonly perFrame: { readonly attack: number; readonly benign: number };
  /** Whether frame `k` of `family` is held out. */
  readonly heldOut: (k: number, family: Family) => boolean;
}

export function expandFrames(families: readonly Family[], how: FrameExpansion): Sample[] {
  const out: Sample[] = [];
  const seen = new Set<string>();
  for (const fam of families) {
    fam.frames.forEach((frame, k) => {
      for (let i = 0; i < (fam.label ? how.perFrame.attack : how.perFrame.benign); i++) {
        const made = frame();
        const { text, payload: planted } = typeof made === 'string' ? { text: made, payload: undefined } : made;
        // A benign document's note is no payload: the whole text is benign.
        const payload = fam.label ? planted : undefined;
        if (seen.has(text)) continue;
        seen.add(text);
        out.push({
          id: `${how.prefix}-${out.length}`,
          text,
          label: fam.label,
          lang: fam.lang,
          family: fam.family,
          group: `${how.prefix}-${fam.lang}-${fam.family}-${k}`,
          split: how.heldOut(k, fam) ? 'test' : 'train',
          ...(payload ? { payload } : {}),
        });
      }
    });
  }
  return out;
}
