import type { Detector, RawFinding } from './detector';

/**
 * vCard (RFC 6350, also 2.1 and 3.0) address properties, read by their structure: the value of
 * `ADR` holds seven components separated by ';' in a fixed order (post-office box; extended
 * address; street; locality; region; postal code; country), so the postal code is the sixth
 * component and the address the ones before it, whatever script or order they are written in:
 *
 *   ADR;TYPE=HOME:;;桜新町2-15-8;世田谷区;東京都;154-0015;日本
 *   item1.ADR;type=WORK;LABEL="…":;;1-2-3 Nishi-Shinjuku;Shinjuku-ku;Tokyo;160-0023;Japan
 *
 * The address (components 1-5) is one ADDRESS finding, the postal code a POSTAL_CODE finding;
 * the country alone is no personal data. `LABEL` (the formatted address of vCard 2.1 and 3.0)
 * is an ADDRESS as a whole. Parameters may hold quoted ';' and ':'; `\;` and `\,` are escapes;
 * a line starting with a space or tab continues the one before (folding).
 */

// A property line starting ADR or LABEL, with an optional group prefix (item1.ADR).
const PROPERTY = /(?:^|\n)[ \t]*(?:[A-Za-z0-9-]+\.)?(ADR|LABEL)(?=[;:])/gi;
// A postal code component: digits (and letters for other countries' codes) with dashes or a space.
const POSTAL_SHAPE = /^(?=.*[0-9])[0-9A-Za-z](?:[ -]?[0-9A-Za-z]){2,9}$/;
const LABEL_PARAMETER = /;LABEL="([^"]*)"/gi;
const ADDRESS_SCORE = 0.9;
const POSTAL_SCORE = 0.95;

let parsedText: string | null = null;
let parsed: RawFinding[] = [];

/** Where the value of the property whose name ends at `from` starts: after the first ':' outside quotes, or -1. */
function valueStart(text: string, from: number): number {
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x3a && !quoted) return i + 1;
    else if (c === 0x0a && !isFolded(text, i)) return -1;
  }
  return -1;
}

/** True when the line break at `i` (\n) folds the line: the next line starts with a space or tab. */
function isFolded(text: string, i: number): boolean {
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  return next === 0x20 || next === 0x09;
}

/**
 * The components of the value starting at `start`, as [start, end) pairs (trimmed of spaces and
 * a trailing \r), up to the end of the (unfolded) line; the end of the value is the last entry's end.
 */
function components(text: string, start: number): number[] {
  const bounds: number[] = [];
  let from = start;
  let i = start;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) {
      i++; // an escaped character (\; \, \\ \n)
      continue;
    }
    if (c === 0x0a) {
      if (isFolded(text, i)) continue;
      break;
    }
    if (c === 0x3b) {
      bounds.push(from, i);
      from = i + 1;
    }
  }
  bounds.push(from, i);
  for (let k = 0; k < bounds.length; k += 2) {
    let s = bounds[k];
    let e = bounds[k + 1];
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    bounds[k] = s;
    bounds[k + 1] = e;
  }
  return bounds;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0x3000;
}

// A LABEL line, or an ADR with fewer than five components, counts only inside a vCard (a YAML
// `label:` key is no address).
const VCARD_MARK = /BEGIN:VCARD|VERSION:[234]\.[01]/i;

function parse(text: string): RawFinding[] {
  const found: RawFinding[] = [];
  const inVcard = VCARD_MARK.test(text);
  PROPERTY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PROPERTY.exec(text)) !== null) {
    const start = valueStart(text, m.index + m[0].length);
    if (start < 0) continue;
    const parts = components(text, start);
    // vCard 4 carries the formatted address as a LABEL="…" parameter of ADR.
    LABEL_PARAMETER.lastIndex = m.index + m[0].length;
    const label = LABEL_PARAMETER.exec(text);
    if (label !== null && label.index < start && label[1].length >= 4) {
      const s = label.index + label[0].length - 1 - label[1].length;
      found.push({ type: 'ADDRESS', start: s, end: s + label[1].length, score: ADDRESS_SCORE });
    }
    if (!inVcard && (m[1].length === 5 || parts.length < 10)) continue;
    if (m[1].length === 5) {
      // LABEL: the formatted address, whole.
      const s = parts[0];
      const e = parts[parts.length - 1];
      if (e - s >= 4) found.push({ type: 'ADDRESS', start: s, end: e, score: ADDRESS_SCORE });
      continue;
    }
    // ADR: components 0-4 are the address, 5 the postal code.
    let first = -1;
    let last = -1;
    for (let k = 0; k < Math.min(parts.length, 10); k += 2) {
      if (parts[k + 1] > parts[k]) {
        if (first < 0) first = parts[k];
        last = parts[k + 1];
      }
    }
    if (first >= 0 && last - first >= 2) found.push({ type: 'ADDRESS', start: first, end: last, score: ADDRESS_SCORE });
    if (parts.length >= 12) {
      const s = parts[10];
      const e = parts[11];
      if (e > s && POSTAL_SHAPE.test(text.slice(s, e))) found.push({ type: 'POSTAL_CODE', start: s, end: e, score: POSTAL_SCORE });
    }
  }
  return found;
}

const NONE: RawFinding[] = [];

/**
 * Cheap gate: the ';' every ADR value and every parameter list holds, then the property name in
 * any of its usual spellings (names are case-insensitive). Almost no text has both.
 */
function mayHoldVcard(text: string): boolean {
  if (text.indexOf(';') < 0) return false;
  return text.indexOf('ADR') >= 0 || text.indexOf('adr') >= 0 || text.indexOf('Adr') >= 0 || text.indexOf('LABEL') >= 0 || text.indexOf('label') >= 0;
}

/** The vCard findings of `type` in `text`; the text is read once for both detectors. */
function pushVcard(text: string, type: 'ADDRESS' | 'POSTAL_CODE', out: RawFinding[]): void {
  if (text !== parsedText) {
    parsed = mayHoldVcard(text) ? parse(text) : NONE;
    parsedText = text;
  }
  for (let i = 0; i < parsed.length; i++) {
    const f = parsed[i];
    if (f.type === type) out.push({ type: f.type, start: f.start, end: f.end, score: f.score });
  }
}

export const vcardAddressDetector: Detector = {
  type: 'ADDRESS',
  detect(text, _options, out) {
    pushVcard(text, 'ADDRESS', out);
  },
};

export const vcardPostalCodeDetector: Detector = {
  type: 'POSTAL_CODE',
  detect(text, _options, out) {
    pushVcard(text, 'POSTAL_CODE', out);
  },
};
