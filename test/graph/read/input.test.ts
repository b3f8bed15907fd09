import { describe, expect, it } from 'vitest';
import { ReadInputError } from '../../../src/graph/errors.js';
import { isIsoDate, isoDate } from '../../../src/graph/read/input.js';

describe('dates as arguments', () => {
  it('are real calendar days written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-07-03')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-29', '2024-13-01', '2024-7-3', '03/07/2024', '2024-07-03T00:00:00Z', '']) expect(isIsoDate(bad), bad).toBe(false);
  });

  it('are refused with BAD_DATE and the argument named', () => {
    expect(isoDate('2024-07-03', 'asOf')).toBe('2024-07-03');
    expect(() => isoDate('3/7/2024', 'asOf')).toThrow(ReadInputError);
    expect(() => isoDate('3/7/2024', 'asOf')).toThrow('asOf must be a date as YYYY-MM-DD, got "3/7/2024"');
  });
});
