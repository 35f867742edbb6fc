/**
 * Context-word lookups around a candidate span. Identifiers without a check digit
 * are only trusted when such words sit nearby; with a check digit they score higher.
 */

/** True when `pattern` matches within `before` chars before or `after` chars after the span. */
export function hasContext(
  text: string,
  start: number,
  end: number,
  pattern: RegExp,
  before = 30,
  after = 12,
): boolean {
  const windowText = text.slice(Math.max(0, start - before), start) + ' ' + text.slice(end, end + after);
  pattern.lastIndex = 0;
  return pattern.test(windowText);
}

/**
 * For each context-word match, find the first value match that starts within `maxGap`
 * characters after it. Context words are rare, so this is cheaper than scanning for values.
 * `value` must be a global or sticky regex.
 */
export function valuesAfterContext(
  text: string,
  context: RegExp,
  value: RegExp,
  maxGap: number,
  onValue: (start: number, end: number, match: RegExpExecArray) => void,
): void {
  context.lastIndex = 0;
  let lastValueEnd = -1;
  let c: RegExpExecArray | null;
  while ((c = context.exec(text)) !== null) {
    const contextEnd = c.index + c[0].length;
    if (c[0].length === 0) context.lastIndex++;
    value.lastIndex = Math.max(contextEnd, lastValueEnd);
    const v = value.exec(text);
    if (v === null || v.index - contextEnd > maxGap) continue;
    lastValueEnd = v.index + v[0].length;
    onValue(v.index, lastValueEnd, v);
  }
}
