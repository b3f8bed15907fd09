/**
 * A request's keyed reads leave as one query when they are asked in the same turn, each keeps its
 * own parameters and rows, a failing one fails alone, and an answer is kept for the request.
 * Counted on the real driver and Neo4j.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadBatch } from '../../../src/graph/read/batch.js';
import { testDriver } from '../../helpers/neo4j.js';
import { recording } from './fixture.js';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

// Same parameter names in both, different values: renaming them apart is what keeps the answers apart.
const SUFFIXED = 'UNWIND $keys AS key RETURN key, key + $suffix AS row ORDER BY key DESC';
const COUNTED = 'UNWIND $keys AS key UNWIND range(1, $suffix) AS n RETURN key, n AS row ORDER BY key, n';
const FAILING = 'UNWIND $keys AS key RETURN key, 1 / toInteger($zero) AS row';

describe('a ReadBatch', () => {
  it('sends the reads of one turn as one query, each with its own parameters and rows in its own order', async () => {
    const { driver: counted, queries } = recording(driver);
    const batch = new ReadBatch(counted);
    const [suffixed, numbered] = await Promise.all([
      batch.rowsByKey(SUFFIXED, { keys: ['a', 'b'], suffix: '!' }),
      batch.rowsByKey(COUNTED, { keys: ['x'], suffix: 3 }),
    ]);
    expect(suffixed).toEqual(new Map([['a', ['a!']], ['b', ['b!']]]));
    expect(numbered).toEqual(new Map([['x', [1, 2, 3]]]));
    expect(queries).toHaveLength(1);
  });

  it('keeps the order of a key’s rows, and gives a key with no rows none', async () => {
    const { driver: counted, queries } = recording(driver);
    const rows = await new ReadBatch(counted).rowsByKey(COUNTED, { keys: ['x', 'y', 'z'], suffix: 4 });
    for (const key of ['x', 'y', 'z']) expect(rows.get(key)).toEqual([1, 2, 3, 4]);
    expect(await new ReadBatch(counted).rowsByKey(COUNTED, { keys: ['x'], suffix: 0 })).toEqual(new Map());
    expect(queries).toHaveLength(2);
  });

  it('keeps an answer for the rest of the request: the same read asked again costs no round trip', async () => {
    const { driver: counted, queries } = recording(driver);
    const batch = new ReadBatch(counted);
    const first = await batch.rowsByKey(SUFFIXED, { keys: ['a'], suffix: '!' });
    expect(await batch.rowsByKey(SUFFIXED, { keys: ['a'], suffix: '!' })).toBe(first);
    expect(await batch.rowsByKey(SUFFIXED, { keys: ['a'], suffix: '?' })).toEqual(new Map([['a', ['a?']]]));
    expect(queries).toHaveLength(2);
  });

  it('fails only the read that fails: the others of its turn are asked again alone and answer', async () => {
    const { driver: counted, queries } = recording(driver);
    const batch = new ReadBatch(counted);
    const [good, bad] = await Promise.allSettled([
      batch.rowsByKey(SUFFIXED, { keys: ['a'], suffix: '!' }),
      batch.rowsByKey(FAILING, { keys: ['a'], zero: 0 }),
    ]);
    expect(good).toEqual({ status: 'fulfilled', value: new Map([['a', ['a!']]]) });
    expect(bad.status).toBe('rejected');
    expect(String((bad as PromiseRejectedResult).reason)).toMatch(/by zero/iu);
    // The joined query, then each alone.
    expect(queries).toHaveLength(3);
  });

  it('sends a read alone as one query, and its failure is its own', async () => {
    const { driver: counted, queries } = recording(driver);
    await expect(new ReadBatch(counted).rowsByKey(FAILING, { keys: ['a'], zero: 0 })).rejects.toThrow(/by zero/iu);
    expect(queries).toHaveLength(1);
  });
});
