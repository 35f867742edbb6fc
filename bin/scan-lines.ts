/**
 * The scan CLI's work on lines and batches, without I/O or threads: parse a line, run the guard
 * (whole, or in the two stages the CLI spreads over threads), write the output line. A text the
 * guard throws on becomes an error line of its own; the other lines go on (bin/scan.ts).
 */
import type { RawFinding } from '../lambda/guard/detectors';
import { detectEntities, detectFirstStage, detectSecondStage, type DetectOptions } from '../lambda/guard/detect';
import { screenInjection } from '../lambda/guard/injection';
import { maskFindingsOnce, type MaskedText } from '../lambda/guard/mask';
import { normalizedFromEdits, type NormalizedText } from '../lambda/guard/normalize';
import type { GuardPolicy } from '../lambda/guard/policy';
import { ENTITY_TYPES, type EntityType } from '../lambda/guard/types';

/** One input line read: the record's id and text, or the error line to write in its place. */
export type ParsedLine = { id: string; text: string; output?: undefined; error?: undefined } | { output: string; error: string };

export function parseLine(line: string, lineNumber: number): ParsedLine {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    const error = `line ${lineNumber}: not valid JSON`;
    return { output: JSON.stringify({ line: lineNumber, error }), error };
  }
  const r = record as { id?: unknown; text?: unknown } | null;
  const id = r !== null && typeof r === 'object' && (typeof r.id === 'string' || typeof r.id === 'number') ? String(r.id) : undefined;
  if (id === undefined || typeof r?.text !== 'string') {
    const what = id === undefined ? 'a string "id"' : 'a string "text"';
    const error = `line ${lineNumber}: expected an object with ${what}`;
    return { output: JSON.stringify({ ...(id !== undefined ? { id } : {}), line: lineNumber, error }), error };
  }
  return { id, text: r.text };
}

export type Injection = ReturnType<typeof screenInjection>;

export function jsonNumber(n: number): string {
  return Number.isFinite(n) ? String(n) : 'null';
}

/** What an output line needs from the screen: its verdict as JSON, and whether it flagged (for the decision). */
export interface Screened {
  json: string;
  flagged: boolean;
  /** The screen threw on this text (the line becomes an error line). */
  failed?: true;
}

export const SCREEN_FAILED: Screened = { json: '', flagged: true, failed: true };

/**
 * The error line for a text the guard threw on (a bug, never expected): the text is not written
 * in any form, the other lines go on, and the run exits 1 as for any failed line.
 */
export function guardFailure(id: string, lineNumber: number): { output: string; error: string } {
  const error = `line ${lineNumber}: the guard failed on this text (an internal error); nothing of it was written`;
  return { output: JSON.stringify({ id, line: lineNumber, error }), error };
}

export function screened(injection: Injection): Screened {
  const reasons = injection.reasons.length === 0 ? '[]' : JSON.stringify(injection.reasons);
  return { json: `{"score":${jsonNumber(injection.score)},"flagged":${injection.flagged},"reasons":${reasons}}`, flagged: injection.flagged };
}

/** The output line for one scanned text (without its newline). */
export function formatLine(id: string, result: MaskedText, screen: Screened, withDecision: boolean): string {
  // Written out by hand in the order JSON.stringify would use: no intermediate objects per line.
  let findings = '';
  // Entity types are plain identifiers (no escaping); a finite number prints as JSON.stringify prints it.
  for (const f of result.findings) findings += `${findings === '' ? '' : ','}{"type":"${f.type}","start":${f.start},"end":${f.end},"score":${jsonNumber(f.score)}}`;
  let output = `{"id":${JSON.stringify(id)},"findings":[${findings}],"masked":${JSON.stringify(result.masked)},"injection":${screen.json}`;
  if (withDecision) output += `,"decision":"${result.blocked || screen.flagged ? 'block' : 'allow'}","blockedTypes":${JSON.stringify(result.blockedTypes)}`;
  return `${output}}`;
}

/** One input line to one output line. */
export function scanLine(line: string, lineNumber: number, policy: GuardPolicy, withDecision: boolean): { output: string; error?: string } {
  const parsed = parseLine(line, lineNumber);
  if (parsed.output !== undefined) return parsed;
  try {
    const result = maskFindingsOnce(parsed.text, detectEntities(parsed.text, detectOptions(policy)), policy);
    const injection = screenInjection(parsed.text, { threshold: policy.injectionThreshold });
    return { output: formatLine(parsed.id, result, screened(injection), withDecision) };
  } catch {
    return guardFailure(parsed.id, lineNumber);
  }
}

/** Consecutive input lines as one string (one structured-clone copy to a worker, not one per line). */
export interface Batch {
  seq: number;
  firstLine: number;
  /** The lines joined by "\n", without a final newline. */
  text: string;
}

export interface BatchResult {
  seq: number;
  /** The output lines, each ending in "\n". */
  output: string;
  errors: string[];
}

/** Calls `each` for every non-blank line of the batch with its line number. */
export function forEachLine(batch: Batch, each: (line: string, lineNumber: number) => void): void {
  const text = batch.text;
  let lineNumber = batch.firstLine;
  for (let from = 0; from <= text.length; lineNumber++) {
    let nl = text.indexOf('\n', from);
    if (nl < 0) nl = text.length;
    let line = text.slice(from, nl);
    from = nl + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') continue;
    each(line, lineNumber);
  }
}

export function scanBatch(batch: Batch, policy: GuardPolicy, withDecision: boolean): BatchResult {
  let output = '';
  const errors: string[] = [];
  forEachLine(batch, (line, lineNumber) => {
    const r = scanLine(line, lineNumber, policy, withDecision);
    output += `${r.output}\n`;
    if (r.error !== undefined) errors.push(r.error);
  });
  return { seq: batch.seq, output, errors };
}

/** The detection options maskPersonalData uses for a policy. */
export function detectOptions(policy: GuardPolicy): DetectOptions {
  return { minScore: policy.minScore, codeNames: policy.codeNames };
}


/** A batch's first stage: findings and normalizations, in a form a thread boundary copies cheaply. */
export interface FirstStage {
  /**
   * Per text: the number of raw findings, then type index (ENTITY_TYPES), start, end and score of
   * each; then the number of normalization edits, then the four numbers of each (NormalizedText.edits).
   */
  data: Float64Array;
  /** The normalized text of each text that had edits, in order. */
  normalized: string[];
}




export const TYPE_INDEX = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, i]));

export function firstStage(texts: string[], options: DetectOptions): FirstStage {
  const values: number[] = [];
  const normalized: string[] = [];
  const raw: RawFinding[] = [];
  for (const text of texts) {
    raw.length = 0;
    let prepared: NormalizedText | null;
    try {
      prepared = detectFirstStage(text, options, raw);
    } catch {
      // The guard threw on this text: -1 findings tells the second stage to write an error line.
      values.push(-1);
      continue;
    }
    values.push(raw.length);
    for (const f of raw) {
      const type = TYPE_INDEX.get(f.type);
      if (type === undefined) throw new Error(`unknown entity type ${f.type}`);
      values.push(type, f.start, f.end, f.score);
    }
    // The second stage maps findings back through the same normalization: sent, not recomputed.
    const edits = prepared === null || !prepared.changed ? NO_EDITS : prepared.edits;
    values.push(edits.length / 4);
    for (let k = 0; k < edits.length; k++) values.push(edits[k]);
    if (edits.length > 0) normalized.push((prepared as NormalizedText).text);
  }
  return { data: Float64Array.from(values), normalized };
}

export const NO_EDITS: readonly number[] = [];

export function screenTexts(texts: string[], policy: GuardPolicy): Screened[] {
  const out: Screened[] = [];
  for (const text of texts) {
    try {
      out.push(screened(screenInjection(text, { threshold: policy.injectionThreshold })));
    } catch {
      out.push(SCREEN_FAILED);
    }
  }
  return out;
}

/** A batch on the main thread while the workers run their stages. */
export interface StagedBatch {
  seq: number;
  /** Per non-blank line in order: the error line, or null for the next scanned text. */
  errorLines: Array<string | null>;
  errors: string[];
  ids: string[];
  texts: string[];
  /** The input line number of each text. */
  lines: number[];
  /** The screen's verdicts, when the main thread screens. */
  screens?: Screened[];
}

export function parseBatch(batch: Batch): StagedBatch {
  const staged: StagedBatch = { seq: batch.seq, errorLines: [], errors: [], ids: [], texts: [], lines: [] };
  forEachLine(batch, (line, lineNumber) => {
    const parsed = parseLine(line, lineNumber);
    if (parsed.output !== undefined) {
      staged.errorLines.push(parsed.output);
      staged.errors.push(parsed.error);
      return;
    }
    staged.errorLines.push(null);
    staged.ids.push(parsed.id);
    staged.texts.push(parsed.text);
    staged.lines.push(lineNumber);
  });
  return staged;
}

export const NO_FIRST_STAGE: FirstStage = { data: new Float64Array(0), normalized: [] };
export const NO_SCREENS: Screened[] = [];

/** The second stage, masking and output lines of a batch, given its first-stage findings and screens. */
export function finishStaged(staged: StagedBatch, first: FirstStage, screens: Screened[], policy: GuardPolicy, withDecision: boolean): BatchResult {
  const options = detectOptions(policy);
  const data = first.data;
  const errors = [...staged.errors];
  let output = '';
  let t = 0;
  let p = 0;
  let n = 0;
  for (const errorLine of staged.errorLines) {
    if (errorLine !== null) {
      output += `${errorLine}\n`;
      continue;
    }
    const text = staged.texts[t];
    const raw: RawFinding[] = [];
    const count = data[p++];
    // Offsets as small integers (| 0: exact below 2^31), as every detector writes them: doubles
    // from the Float64Array would give these findings a field layout of their own, and the
    // optimized second stage and masking would be thrown away and compiled again for it.
    for (let k = 0; k < count; k++, p += 4) raw.push({ type: ENTITY_TYPES[data[p]] as EntityType, start: data[p + 1] | 0, end: data[p + 2] | 0, score: data[p + 3] });
    let line: string | undefined;
    if (count >= 0) {
      const editCount = data[p++];
      const prepared = editCount === 0 ? null : normalizedFromEdits(text, first.normalized[n++], data.subarray(p, p + 4 * editCount));
      p += 4 * editCount;
      if (screens[t].failed !== true) {
        try {
          line = formatLine(staged.ids[t], maskFindingsOnce(text, detectSecondStage(text, options, raw, prepared), policy), screens[t], withDecision);
        } catch {
          line = undefined;
        }
      }
    }
    if (line === undefined) {
      const failure = guardFailure(staged.ids[t], staged.lines[t]);
      line = failure.output;
      errors.push(failure.error);
    }
    output += `${line}\n`;
    t++;
  }
  return { seq: staged.seq, output, errors };
}
