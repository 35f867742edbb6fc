import type { EntityType } from '../types';

/** Options every detector may read. */
export interface DetectorOptions {
  /** Project code names treated as confidentiality markers. */
  codeNames: readonly string[];
}

/** A finding on the normalized text, before it is mapped back to the original. */
export interface RawFinding {
  type: EntityType;
  start: number;
  end: number;
  score: number;
}

export interface Detector {
  readonly type: EntityType;
  /** Scan the normalized text; push findings (normalized offsets) into `out`. */
  detect(text: string, options: DetectorOptions, out: RawFinding[]): void;
}
