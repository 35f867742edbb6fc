import type { Finding } from './types';

/** Insert into `accepted`, kept sorted by start. */
function insert(accepted: Finding[], finding: Finding): void {
  let lo = 0;
  let hi = accepted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (accepted[mid].start < finding.start) lo = mid + 1;
    else hi = mid;
  }
  if (lo === accepted.length) accepted.push(finding);
  else accepted.splice(lo, 0, finding);
}

/** Whitespace (ASCII, ideographic) and commas (ASCII, full-width, 、) trimmed off a piece's ends. */
function isPieceEdge(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 44 || c === 0xff0c || c === 0x3001;
}

function byStart(a: Finding, b: Finding): number {
  return a.start - b.start;
}

/**
 * Resolve overlaps: the highest score wins (longer span on ties). A loser that sticks out
 * beyond the winner keeps its uncovered pieces, so e.g. an address block that contains a
 * phone number is still masked around it. With `text`, a piece loses the whitespace and
 * commas at its ends and is kept only if three characters remain: "12 John 12" read as an
 * address but won by the name leaves no "12 " fragments behind. The result is sorted and
 * non-overlapping.
 */
export function mergeFindings(findings: Finding[], text?: string): Finding[] {
  if (findings.length <= 1) return findings.slice();
  // Findings only compete with findings they (transitively) overlap: split the start-sorted
  // list into such groups; a lone finding is accepted as is, and only real groups are resolved.
  const sorted: Finding[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.end > f.start) sorted.push(f);
  }
  sorted.sort(byStart); // stable: equal starts keep their input order, as resolveOverlaps needs for ties
  const result: Finding[] = [];
  let groupStart = 0;
  let groupEnd = -Infinity;
  for (let i = 0; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i].start < groupEnd) {
      if (sorted[i].end > groupEnd) groupEnd = sorted[i].end;
      continue;
    }
    if (i - groupStart === 1) {
      const f = sorted[groupStart];
      result.push({ ...f });
    } else if (i > groupStart) {
      for (const f of resolveOverlaps(sorted.slice(groupStart, i), text)) result.push(f);
    }
    if (i < sorted.length) {
      groupStart = i;
      groupEnd = sorted[i].end;
    }
  }
  return result;
}

/** The overlap resolution on its own, over any list (mergeFindings applies it per overlapping group). */
export function resolveOverlaps(findings: Finding[], text?: string): Finding[] {
  const ordered = findings
    .filter((f) => f.end > f.start)
    .sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: Finding[] = []; // kept sorted by start
  for (const candidate of ordered) {
    // First accepted finding that could overlap (its end > candidate.start).
    let lo = 0;
    let hi = accepted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (accepted[mid].end <= candidate.start) lo = mid + 1;
      else hi = mid;
    }
    let cursor = candidate.start;
    const pieces: Array<[number, number]> = [];
    let overlapped = false;
    for (let i = lo; i < accepted.length && accepted[i].start < candidate.end; i++) {
      overlapped = true;
      if (accepted[i].start > cursor) pieces.push([cursor, accepted[i].start]);
      cursor = Math.max(cursor, accepted[i].end);
    }
    if (!overlapped) {
      insert(accepted, { ...candidate });
      continue;
    }
    if (cursor < candidate.end) pieces.push([cursor, candidate.end]);
    for (let [start, end] of pieces) {
      if (text !== undefined) {
        while (start < end && isPieceEdge(text.charCodeAt(start))) start++;
        while (end > start && isPieceEdge(text.charCodeAt(end - 1))) end--;
      }
      if (end - start >= 3) insert(accepted, { type: candidate.type, start, end, score: candidate.score });
    }
  }
  return accepted;
}
