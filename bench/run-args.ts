/** The benchmark's command line: `npm run bench [-- --quick] [--sizes 10000,100000] [--data-dir DIR] …`. */
import { parseArgs } from 'node:util';

export interface RunArgs {
  sizes: number[];
  quick: boolean;
  dataDir: string;
  seed: number;
  batchSize: number;
  /** Seconds of load per cell (operation × implementation × concurrency), after a warm-up. */
  seconds: number;
  /** Build (or check) the graphs, measure nothing. */
  buildOnly: boolean;
}

export class RunArgsError extends Error {
  override name = 'RunArgsError';
}

export const FULL_SIZES = [10_000, 100_000, 1_000_000];
const QUICK_SIZES = [10_000];

const wholeNumber = (name: string, raw: string, min: number): number => {
  const n = Number(raw.replaceAll('_', ''));
  if (!Number.isInteger(n) || n < min) throw new RunArgsError(`--${name} must be a whole number ≥ ${min}, got "${raw}"`);
  return n;
};

const OPTIONS = {
  quick: { type: 'boolean', default: false },
  sizes: { type: 'string' },
  'data-dir': { type: 'string' },
  seed: { type: 'string', default: '1' },
  'batch-size': { type: 'string', default: '1000' },
  seconds: { type: 'string' },
  'build-only': { type: 'boolean', default: false },
} as const;

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, strict: true }).values;
  } catch (error) {
    // node:util's own message names the option ("Unknown option '--quik'"); it only needs our type.
    throw new RunArgsError(error instanceof Error ? error.message : String(error));
  }
}

export function parseRunArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): RunArgs {
  const values = parse(argv);
  const quick = values.quick;
  const sizes = values.sizes === undefined ? (quick ? QUICK_SIZES : FULL_SIZES) : values.sizes.split(',').map((s) => wholeNumber('sizes', s.trim(), 1));
  return {
    sizes,
    quick,
    dataDir: values['data-dir'] ?? env.BENCH_DATA_DIR ?? '.data/bench',
    seed: wholeNumber('seed', values.seed, 0),
    batchSize: wholeNumber('batch-size', values['batch-size'], 1),
    seconds: wholeNumber('seconds', values.seconds ?? '5', 1),
    buildOnly: values['build-only'],
  };
}
