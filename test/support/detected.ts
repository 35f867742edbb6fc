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
