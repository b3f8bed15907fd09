/**
 * Arguments the reads refuse before any query runs, so a caller's mistake gets its own coded error
 * (ReadInputError, in ../errors.ts) instead of surfacing as a database failure.
 */
import { ReadInputError } from '../errors.js';

/** The form of a day, YYYY-MM-DD, without asking whether the calendar has it. */
export const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/u;

/** A real calendar day as YYYY-MM-DD ("2024-02-30" is not one). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_RE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

export function isoDate(value: string, argument: string): string {
  if (!isIsoDate(value)) throw new ReadInputError('BAD_DATE', `${argument} must be a date as YYYY-MM-DD, got "${value}"`);
  return value;
}
