import { describe, expect, it } from 'vitest';
import { FULL_SIZES, parseRunArgs, RunArgsError } from '../../bench/run-args.js';

describe('the benchmark command line', () => {
  it('runs the three sizes by default and only 10,000 with --quick, with shorter cells', () => {
    expect(parseRunArgs([], {})).toMatchObject({ sizes: FULL_SIZES, quick: false, seconds: 5, dataDir: '.data/bench' });
    expect(parseRunArgs(['--quick'], {})).toMatchObject({ sizes: [10_000], quick: true, seconds: 5 });
  });

  it('takes sizes with or without underscores, and the data directory from BENCH_DATA_DIR unless --data-dir says', () => {
    expect(parseRunArgs(['--sizes', '10_000, 100000'], { BENCH_DATA_DIR: '/data' })).toMatchObject({ sizes: [10_000, 100_000], dataDir: '/data' });
    expect(parseRunArgs(['--data-dir', '/other'], { BENCH_DATA_DIR: '/data' }).dataDir).toBe('/other');
  });

  it('names the argument that is not a whole number', () => {
    expect(() => parseRunArgs(['--sizes', '10k'], {})).toThrow(new RunArgsError('--sizes must be a whole number ≥ 1, got "10k"'));
    expect(() => parseRunArgs(['--seconds', '0'], {})).toThrow(/--seconds/);
    expect(() => parseRunArgs(['--quik'], {})).toThrow(RunArgsError);
  });
});
