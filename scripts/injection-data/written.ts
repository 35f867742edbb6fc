/**
 * The hand-written sets in data/injection/written/*.jsonl: attacks and benign twins written one
 * by one for this project (not from templates), one JSON object a line with id, text, label (0/1),
 * lang, family and group; an attack and its benign twin share a group.
 *
 * Split by group, not by line, so a twin is never on the other side of its attack: a fixed hash
 * of file and group holds out one group in four. Ids get a source prefix per file
 * (`wrjadocuments-`: the file's name) so that the leave-one-source-out runs and the report can
 * tell the files apart.
 *
 * Where an attack's benign twin shares its carrier, the part that differs (widened to whole
 * lines or sentences) is recorded as the attack's payload, so training labels the windows that
 * hold it as attacks and the rest of the carrier as benign, as for the generated documents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Sample } from './generate';

/** Source prefix of a written file: `wr` and its name's letters and digits (ja-documents -> wrjadocuments). */
export function writtenSource(file: string): string {
  return `wr${basename(file, '.jsonl').replace(/[^A-Za-z0-9]/g, '').toLowerCase()}`;
}

/** FNV-1a of a string: the fixed hash the split is made from. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** True when the group is held out (one in four, fixed by file and group). */
export function heldOutGroup(source: string, group: string): boolean {
  return hash(`${source}:${group}`) % 4 === 3;
}

const BOUNDARY = /[\n。！？.!?]/;

/**
 * The part of `attack` that its twin does not share, widened to whole lines or sentences, or
 * undefined when the two share too little for that to mean anything.
 */
export function differingPart(attack: string, twin: string): string | undefined {
  let p = 0;
  const max = Math.min(attack.length, twin.length);
  while (p < max && attack[p] === twin[p]) p++;
  let s = 0;
  while (s < max - p && attack[attack.length - 1 - s] === twin[twin.length - 1 - s]) s++;
  let a = p;
  let b = attack.length - s;
  if (b - a < 8) return undefined;
  while (a > 0 && !BOUNDARY.test(attack[a - 1])) a--;
  while (b < attack.length && !BOUNDARY.test(attack[b - 1])) b++;
  const part = attack.slice(a, b).trim();
  // The twin has to be a real carrier: most of the attack stays outside the part.
  if (part.length < 8 || attack.length - part.length < Math.max(40, attack.length * 0.3)) return undefined;
  return part;
}

interface WrittenLine {
  id?: unknown;
  text?: unknown;
  label?: unknown;
  lang?: unknown;
  family?: unknown;
  group?: unknown;
}

/** Every line of one written file that has the fields, as samples; malformed lines are skipped and counted. */
export function readWrittenFile(path: string): { samples: Sample[]; skipped: number } {
  const source = writtenSource(path);
  const samples: Sample[] = [];
  let skipped = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let row: WrittenLine;
    try {
      row = JSON.parse(line) as WrittenLine;
    } catch {
      skipped++;
      continue;
    }
    const label = Number(row.label);
    if (typeof row.text !== 'string' || !row.text.trim() || (label !== 0 && label !== 1) || (row.lang !== 'ja' && row.lang !== 'en')) {
      skipped++;
      continue;
    }
    const group = String(row.group ?? row.id ?? samples.length);
    samples.push({
      id: `${source}-${String(row.id ?? samples.length)}`,
      text: row.text,
      label: label as 0 | 1,
      lang: row.lang,
      // Prefixed with the source, so a family name a generator also uses stays apart in the report.
      family: `${source}_${String(row.family ?? (label ? 'attack' : 'benign'))}`,
      group: `${source}:${group}`,
      split: heldOutGroup(source, group) ? 'test' : 'train',
    });
  }
  // Payloads from the benign twins of the same group.
  const byGroup = new Map<string, Sample[]>();
  for (const s of samples) byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), s]);
  for (const members of byGroup.values()) {
    const twins = members.filter((m) => m.label === 0);
    for (const s of members) {
      if (s.label !== 1) continue;
      let best: string | undefined;
      for (const t of twins) {
        const part = differingPart(s.text, t.text);
        if (part !== undefined && (best === undefined || part.length < best.length)) best = part;
      }
      if (best !== undefined) s.payload = best;
    }
  }
  return { samples, skipped };
}

/** The samples of every data/injection/written/*.jsonl file, in file-name order, with each file's name. */
export function readWritten(dir: string): { file: string; source: string; samples: Sample[]; skipped: number }[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  } catch {
    return [];
  }
  return files.map((f) => ({ file: f, source: writtenSource(f), ...readWrittenFile(join(dir, f)) }));
}
