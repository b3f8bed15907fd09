/**
 * Seeded randomness. mulberry32 is tiny, fast and gives the same sequence on every platform, so a
 * seed names a corpus exactly; article streams are derived from (seed, article index) so that any
 * article can be generated alone, without replaying the ones before it.
 */

/** A source of floats in [0, 1). */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One 32-bit seed from several numbers (murmur3's finalizer after each): neighbouring article
 * indexes must give unrelated streams, which mulberry32 seeded with i and i + 1 would not.
 */
export function mixSeed(...parts: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** A whole number in [min, max]. */
export const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

export const chance = (rng: Rng, p: number): boolean => rng() < p;

export function pick<T>(rng: Rng, xs: readonly T[]): T {
  if (xs.length === 0) throw new RangeError('pick from an empty list');
  return xs[Math.floor(rng() * xs.length)] as T;
}

/** Entries as [value, weight]; weights need not sum to one. */
export function weighted<T>(rng: Rng, entries: ReadonlyArray<readonly [T, number]>): T {
  // Indexed loops: this runs a dozen times per article, and array destructuring costs an iterator each.
  let total = 0;
  for (let i = 0; i < entries.length; i++) total += (entries[i] as readonly [T, number])[1];
  let r = rng() * total;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as readonly [T, number];
    r -= entry[1];
    if (r < 0) return entry[0];
  }
  const last = entries.at(-1);
  if (!last) throw new RangeError('weighted pick from an empty list');
  return last[0];
}

/** Fisher–Yates, in place. */
export function shuffle<T>(rng: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = xs[i] as T;
    xs[i] = xs[j] as T;
    xs[j] = t;
  }
  return xs;
}
