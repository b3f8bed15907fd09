/**
 * The generator CLI's arguments: `--articles N --seed S [--people P] [--cities K] [--out FILE]`, also as
 * `--name=value`. Every error names the argument and the value it got, and the CLI exits 2.
 */
import { MAX_CITIES } from './corpus.js';
import { MIN_PEOPLE } from './population.js';

export interface GenArgs {
  articles: number;
  seed: number;
  /** null: the default for the number of articles. */
  people: number | null;
  /** How many cities the articles come from; 1 unless given. */
  cities: number;
  /** null: standard output. */
  out: string | null;
}

export class ArgumentError extends Error {
  override name = 'ArgumentError';
}

export const USAGE = 'usage: npm run gen -- --articles N --seed S [--people P] [--cities K] [--out FILE]';

type Name = 'articles' | 'seed' | 'people' | 'cities' | 'out';

// Bounds that keep a run meaningful: the invented city has names for about 60,000 wards, which
// with five seats each hold a little over 400,000 careers.
const WHOLE: Readonly<Record<Exclude<Name, 'out'>, readonly [number, number]>> = {
  articles: [1, 100_000_000],
  seed: [0, 0xffffffff],
  people: [MIN_PEOPLE, 400_000],
  cities: [1, MAX_CITIES],
};

const isName = (s: string): s is Name => s === 'articles' || s === 'seed' || s === 'people' || s === 'cities' || s === 'out';

function whole(name: Exclude<Name, 'out'>, value: string): number {
  const [min, max] = WHOLE[name];
  const n = /^\d+$/u.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new ArgumentError(`--${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

export function parseGenArgs(argv: readonly string[]): GenArgs {
  const given = new Map<Name, string>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (!token.startsWith('--')) throw new ArgumentError(`unexpected argument "${token}"`);
    const eq = token.indexOf('=');
    const name = token.slice(2, eq < 0 ? undefined : eq);
    if (!isName(name)) throw new ArgumentError(`unknown argument "${token}"`);
    let value: string | undefined;
    if (eq >= 0) value = token.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new ArgumentError(`--${name} needs a value`);
      i++;
    }
    if (given.has(name)) throw new ArgumentError(`--${name} given twice, got "${given.get(name)}" and "${value}"`);
    given.set(name, value);
  }
  const articles = given.get('articles');
  const seed = given.get('seed');
  if (articles === undefined) throw new ArgumentError('--articles is required');
  if (seed === undefined) throw new ArgumentError('--seed is required');
  const people = given.get('people');
  const cities = given.get('cities');
  const out = given.get('out');
  if (out === '') throw new ArgumentError('--out needs a file name, got ""');
  return {
    articles: whole('articles', articles),
    seed: whole('seed', seed),
    people: people === undefined ? null : whole('people', people),
    cities: cities === undefined ? 1 : whole('cities', cities),
    out: out ?? null,
  };
}
