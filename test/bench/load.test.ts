import { describe, expect, it } from 'vitest';
import { percentile } from '../../bench/load.js';

describe('latency percentiles', () => {
  const sorted = [0.41, 0.52, 0.6, 0.75, 0.9, 1.1, 1.3, 2.2, 3.5, 12.8];

  it('keep the fractions of a millisecond that the floor answers in', () => {
    expect(percentile(sorted, 0.5)).toBe(0.9);
    expect(percentile([0.8], 0.5)).toBe(0.8);
  });

  it('take the nearest rank, so the 99th of ten values is the slowest', () => {
    expect(percentile(sorted, 0.99)).toBe(12.8);
    expect(percentile(sorted, 0.1)).toBe(0.41);
  });

  it('are not a number when nothing was answered', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});
