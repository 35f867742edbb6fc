import type { OutputCheckResult } from './output-check';
import { heldBackFrom } from './output-links';
import type { Vault } from './vault';

/**
 * The output check on a stream: text is released only once the same check the buffered route
 * runs has passed over it with enough text after it to be sure of its verdict.
 *
 * How: the guard keeps the whole answer seen so far. At each chunk it runs the check twice,
 * over everything seen (A) and over everything up to a cut point that leaves the hold-back
 * window behind it (B), and releases the part of their common prefix not yet released. A sees
 * at least the window past the cut, so a finding that depends on what follows it (a number
 * followed by more digits or by 円, a name followed by 様) is judged with that context; B ends
 * at the cut, so nothing past it can be released. The cut never falls inside a finding of A,
 * a caller's value repeated verbatim, a run of ASCII non-space characters (URLs, e-mail
 * addresses, placeholders, link targets, keys), a whitespace-free run holding a URL scheme,
 * an unclosed code span, or a link, image, HTML tag or reference definition whose end has not
 * arrived (`heldBackFrom` of the link neutraliser, the same scanners the buffered check uses).
 *
 * The released text therefore always is a prefix of the check's output on the whole answer;
 * the guard verifies that at every step and at the end, and stops (blocked) rather than send
 * anything the buffered check would not have sent. When the check says block, the stream stops;
 * what was released before had passed it.
 */

/**
 * Hold-back window in UTF-16 code units (characters for Japanese text). The longest identifier
 * that contains separators a cut may fall between (spaces, hyphens, kanji) is a Japanese
 * address: prefecture (4) + up to three municipalities (9 each) + town (10) + block and number
 * (about 20) + building and room (about 30), so about 100; spaced identifiers are shorter
 * (IBAN with spaces 42, card numbers 23). Add the 12 characters of right-hand context the
 * detectors read after a candidate (`hasContext`). Identifiers and URLs without spaces are
 * held as whole ASCII runs whatever their length, and the caller's own values widen the window
 * to their length. At 1 to 1.5 characters per token for Japanese, 112 characters is under two
 * seconds of generation; for English (about 4 characters per token) well under one.
 */
export const HOLD_BACK_CHARS = 112;
/**
 * New characters between two checks. Each check reads the whole answer so far (that is what
 * makes the released text equal the buffered answer), so checking on every delta of a few
 * characters would cost O(n^2) over a long answer; 32 characters is 8 to 30 tokens, well under
 * a second of generation.
 */
export const RELEASE_STEP_CHARS = 32;
/** Right-hand context the detectors read past a candidate span. */
const CONTEXT_AFTER = 12;
/** An unclosed bracket or backtick stops being a construct at a blank line. */
const BLANK_LINE = /\n[ \t]*\n/g;

export interface StreamGuardOptions {
  /** The buffered route's output check, bound to the request's options (vault, policy, prompt). */
  readonly check: (answer: string) => OutputCheckResult;
  /** The caller's vault: its values widen the window and are never cut through. */
  readonly vault?: Vault;
  /**
   * The check restores the caller's values (`restoreInAnswer`). Whether a placeholder may be
   * restored depends on the whole space-free run around it (a URL anywhere in the run protects
   * it), so such a run is held until it ends. @default false
   */
  readonly restoring?: boolean;
  /** @default HOLD_BACK_CHARS */
  readonly window?: number;
  /** @default RELEASE_STEP_CHARS */
  readonly step?: number;
}

export type StreamBlockReason = 'policy' | 'unstable';

export type StreamStep =
  | { readonly text: string; readonly blocked: false }
  | { readonly text: ''; readonly blocked: true; readonly reason: StreamBlockReason; readonly result?: OutputCheckResult };

export type StreamEnd =
  | { readonly text: string; readonly blocked: false; readonly result: OutputCheckResult }
  | { readonly text: ''; readonly blocked: true; readonly reason: StreamBlockReason; readonly result?: OutputCheckResult };

export interface StreamGuard {
  /** Add model text; returns the text that may now be sent (often empty). */
  push(chunk: string): StreamStep;
  /** The model is done: returns the rest of the checked answer, with the whole-answer check. */
  end(): StreamEnd;
  /** Everything released so far. */
  readonly released: string;
  /** Characters of model text received and not yet released as checked text. */
  readonly heldBack: number;
  readonly window: number;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x3000 || c === 0xa0;
const isAsciiVisible = (c: number) => c > 0x20 && c < 0x7f;
const URL_SCHEME = /[A-Za-z][A-Za-z0-9+.-]*:|www\./;

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Never split a surrogate pair.
  if (i > 0 && isHighSurrogate(a.charCodeAt(i - 1))) i--;
  return i;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Start of the first inline code span opened at or after `from` and not closed yet (its end
 * decides whether a placeholder inside it is restored), or `text.length`. A fence at a line
 * start is not held: an unclosed fence runs to the end of the text, so a prefix reads the same
 * as the whole. A blank line ends an unclosed backtick run's chance of becoming a span.
 */
export function openCodeSpan(text: string, from: number): number {
  let i = text.indexOf('`', from);
  while (i >= 0) {
    let run = 1;
    while (text[i + run] === '`') run++;
    if (run >= 3 && (i === 0 || text[i - 1] === '\n')) {
      i = text.indexOf('`', i + run);
      continue;
    }
    const fence = '`'.repeat(run);
    let close = text.indexOf(fence, i + run);
    while (close >= 0 && text[close + run] === '`') close = text.indexOf(fence, close + run + 1);
    BLANK_LINE.lastIndex = i;
    const blank = BLANK_LINE.exec(text);
    if (close < 0 && !blank) return i;
    const next = close >= 0 && (!blank || close < blank.index) ? close + run : i + run;
    i = text.indexOf('`', next);
  }
  return text.length;
}

/**
 * Start of the first Markdown link or image opened at or after `from` whose end has not arrived
 * (`[text` or `[text](target` or `[text][ref`, with its `!`), or `text.length`. The neutraliser
 * rewrites a whole link (its brackets go with its target), so the `[` is held with the target.
 */
export function openLinkStart(text: string, from: number): number {
  for (let i = text.indexOf('[', from); i >= 0; i = text.indexOf('[', i + 1)) {
    const end = closeLink(text, i);
    if (end < 0) return i > 0 && text[i - 1] === '!' ? i - 1 : i;
    if (end > i) i = end - 1;
  }
  return text.length;
}

/**
 * End of the link-like construct opened by the `[` at `open`: `[text]`, `[text](target)`,
 * `[text][ref]` or `[ref]: target`. -1 while it may still grow; `open` when it is not one
 * (a blank line came first).
 */
function closeLink(text: string, open: number): number {
  let depth = 0;
  let i = open;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '\n' && /^\n[ \t]*\n/.test(text.slice(i, i + 8))) return open;
    if (c === '[') depth++;
    else if (c === ']' && --depth === 0) break;
  }
  if (i >= text.length) return -1;
  const after = i + 1;
  if (after >= text.length) return -1; // "(" or "[" or ":" may follow
  const next = text[after];
  if (next === '(') {
    let parens = 0;
    for (let j = after; j < text.length; j++) {
      if (text[j] === '(') parens++;
      else if (text[j] === ')' && --parens === 0) return j + 1;
      else if (text[j] === '\n' && /^\n[ \t]*\n/.test(text.slice(j, j + 8))) return open;
    }
    return -1;
  }
  if (next === '[') {
    const ref = closeLink(text, after);
    return ref < 0 ? -1 : ref;
  }
  return after;
}

/**
 * The text with every non-ASCII character turned into a space (same length, so offsets stay).
 * `heldBackFrom` holds the last space-free word, which in Japanese is the whole paragraph;
 * on the skeleton it holds the ASCII tail (where a scheme, entity or URL can grow), and the
 * URL-run rule in `chooseCut` still holds a space-free run that carries a scheme.
 */
function asciiSkeleton(text: string): string {
  return text.replace(/[^\x00-\x7f]/g, ' ');
}

/** Start of the whitespace-delimited run that holds position `at` (the run is `text[start..]`). */
function runStart(text: string, at: number, floor: number): number {
  let s = at;
  while (s > floor && !isSpace(text.charCodeAt(s - 1))) s--;
  return s;
}

export function createStreamGuard(options: StreamGuardOptions): StreamGuard {
  const vaultValues = options.vault ? Object.values(options.vault.values).filter((v) => v.length > 0) : [];
  const longestValue = vaultValues.reduce((n, v) => Math.max(n, v.length), 0);
  const window = Math.max(options.window ?? HOLD_BACK_CHARS, longestValue + CONTEXT_AFTER);
  const restoring = options.restoring === true && vaultValues.length > 0;
  const placeholders = options.vault ? Object.keys(options.vault.values) : [];
  const holdsPlaceholder = (run: string) => run.indexOf('[') >= 0 && placeholders.some((p) => run.includes(p));
  const step = Math.max(1, options.step ?? RELEASE_STEP_CHARS);
  let seen = '';
  let checkedAt = 0;
  let released = '';
  /** Model text offset up to which released text is known to correspond (a safe cut). */
  let safeCut = 0;
  let stopped: StreamStep | undefined;
  let finished: StreamEnd | undefined;

  const stop = (reason: StreamBlockReason, result?: OutputCheckResult) => {
    stopped = { text: '', blocked: true, reason, ...(result ? { result } : {}) };
    return stopped;
  };

  /** Latest cut at or before `limit`, not inside anything that must be judged whole. */
  function chooseCut(limit: number, findings: readonly Span[]): number {
    const unsafe: Span[] = [...findings];
    for (const value of vaultValues) {
      for (let at = seen.indexOf(value, safeCut); at >= 0; at = seen.indexOf(value, at + 1)) unsafe.push({ start: at, end: at + value.length });
    }
    // Links, images, tags and reference definitions whose end has not arrived, and code spans.
    let cut = Math.min(limit, heldBackFrom(asciiSkeleton(seen)), openLinkStart(seen, safeCut), openCodeSpan(seen, safeCut));
    for (let moved = true; moved && cut > safeCut; ) {
      moved = false;
      // ASCII run (URL, address, placeholder, key): cut before all of it.
      if (isAsciiVisible(seen.charCodeAt(cut - 1)) && isAsciiVisible(seen.charCodeAt(cut))) {
        let s = cut - 1;
        while (s > safeCut && isAsciiVisible(seen.charCodeAt(s - 1))) s--;
        cut = s;
        moved = true;
      }
      // A URL inside a run without spaces (IRIs can carry Japanese): hold it from its scheme on.
      if (cut > safeCut && !isSpace(seen.charCodeAt(cut - 1)) && !isSpace(seen.charCodeAt(cut))) {
        const s = runStart(seen, cut, safeCut);
        let e = cut;
        while (e < seen.length && !isSpace(seen.charCodeAt(e))) e++;
        const scheme = URL_SCHEME.exec(seen.slice(s, e));
        if (scheme && s + scheme.index < cut) {
          cut = s + scheme.index;
          moved = true;
        }
      }
      // With restore on, a space-free run holding one of the caller's placeholders is held whole.
      if (restoring && cut > safeCut && !isSpace(seen.charCodeAt(cut - 1)) && !isSpace(seen.charCodeAt(cut))) {
        const s = runStart(seen, cut, safeCut);
        let e = cut;
        while (e < seen.length && !isSpace(seen.charCodeAt(e))) e++;
        if (s < cut && holdsPlaceholder(seen.slice(s, e))) {
          cut = s;
          moved = true;
        }
      }
      for (const span of unsafe) {
        if (span.start < cut && cut < span.end) {
          cut = span.start;
          moved = true;
        }
      }
    }
    if (cut > safeCut && isHighSurrogate(seen.charCodeAt(cut - 1))) cut--;
    return Math.max(cut, safeCut);
  }

  function releaseUpTo(output: string): string {
    if (!output.startsWith(released)) return '';
    const text = output.slice(released.length);
    released = output;
    return text;
  }

  return {
    get released() {
      return released;
    },
    get heldBack() {
      return seen.length - safeCut;
    },
    window,
    push(chunk: string): StreamStep {
      if (stopped) return stopped;
      seen += typeof chunk === 'string' ? chunk : '';
      const limit = seen.length - window;
      // Until the first text is out, every chunk is checked (time to first text); then every `step`.
      if (limit <= safeCut || (released.length > 0 && seen.length - checkedAt < step)) return { text: '', blocked: false };
      checkedAt = seen.length;
      const whole = options.check(seen);
      if (whole.action === 'block') return stop('policy', whole);
      const cut = chooseCut(limit, whole.findings);
      if (cut <= safeCut) return { text: '', blocked: false };
      const upToCut = options.check(seen.slice(0, cut));
      if (upToCut.action === 'block') return stop('policy', upToCut);
      if (!whole.text.startsWith(released) || !upToCut.text.startsWith(released)) return stop('unstable');
      const stable = whole.text.slice(0, commonPrefixLength(whole.text, upToCut.text));
      safeCut = cut;
      if (stable.length <= released.length) return { text: '', blocked: false };
      return { text: releaseUpTo(stable), blocked: false };
    },
    end(): StreamEnd {
      if (finished) return finished;
      if (stopped) return stopped as StreamEnd;
      const result = options.check(seen);
      if (result.action === 'block') return stop('policy', result) as StreamEnd;
      if (!result.text.startsWith(released)) return stop('unstable', result) as StreamEnd;
      const text = releaseUpTo(result.text);
      safeCut = seen.length;
      stopped = { text: '', blocked: false };
      finished = { text: '', blocked: false, result };
      return { text, blocked: false, result };
    },
  };
}
