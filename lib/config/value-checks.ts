import { z } from 'zod';

/** Checks on values that several config sections share, each with a message that says what is allowed. */

/**
 * A whole number in a range; every wrong value (not a number, a fraction, out of range) gets the
 * same message, naming the range. A field with a reason for its limits passes its own message.
 */
export const intIn = (min: number, max: number, message = `must be an integer from ${min} to ${max}`) =>
  z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message });

/** A number in a range, fractions allowed, with one message naming the range. */
export const numberIn = (min: number, max: number, message = `must be a number from ${min} to ${max}`) =>
  z.number({ error: message }).min(min, { error: message }).max(max, { error: message });

/** No entry twice (for `.refine`, with a message naming what must not repeat). */
export const isUnique = <T>(a: readonly T[]): boolean => new Set(a).size === a.length;
