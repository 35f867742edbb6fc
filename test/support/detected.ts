import { detectEntities } from '../../lambda/guard/detect';

/** Values of `type` found in `text`, as the caller wrote them. */
export function found(text: string, type: string): string[] {
  return detectEntities(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

/** Every finding of `text` as `TYPE:value`, in the guard's order. */
export function types(text: string): string[] {
  return detectEntities(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
}

/** The person names found in `text`, as written. */
export function names(text: string): string[] {
  return found(text, 'PERSON_NAME');
}

/** Each text's person names are exactly the listed ones, in order (the failing text is named in the diff). */
export function expectNames(cases: readonly (readonly [string, readonly string[]])[]): void {
  for (const [text, want] of cases) expect({ text, found: names(text) }).toEqual({ text, found: [...want] });
}

/** No person name in any of the texts. */
export function expectNoNames(texts: readonly string[]): void {
  for (const text of texts) expect({ text, found: names(text) }).toEqual({ text, found: [] });
}
