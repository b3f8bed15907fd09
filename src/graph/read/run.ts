/**
 * How the reads ask: rows as plain objects, and keyed reads (one query for many keys, as a DataLoader
 * asks) that return each key its rows. Queries run through records.ts, straight or, for the keyed
 * reads of a request, through its ReadBatch (batch.ts).
 */
import type { Driver } from 'neo4j-driver';
import type { NodeLabel } from '../write/keys.js';
import { ReadBatch, readKeyed } from './batch.js';
import { readRecords, type Params } from './records.js';
import { ALL_FIELDS, shapeQuery } from './shape.js';

export type { Params };

/**
 * Where a read goes: straight to the driver, or through a request's ReadBatch, which sends the keyed
 * reads of one turn as one query.
 */
export type ReadSource = Driver | ReadBatch;

const driverOf = (source: ReadSource): Driver => (source instanceof ReadBatch ? source.driver : source);

/** `query` as `source` needs it: rows shaped by a request's document, whole for any other reader (shape.ts). */
const shapedFor = (source: ReadSource, query: string): string => shapeQuery(query, source instanceof ReadBatch ? source.fields : ALL_FIELDS);

/**
 * Each record as an object of its columns. `T` is the query's RETURN clause: the Cypher beside each
 * call is its contract. Its values are plain already: integers are numbers (the driver is created
 * with disableLosslessIntegers) and the projections write dates as text (projections.ts).
 */
export async function readRows<T>(source: ReadSource, query: string, params: Params): Promise<T[]> {
  return (await readRecords(driverOf(source), shapedFor(source, query), params)).map((record) => record.toObject() as T);
}

/**
 * Runs a query that UNWINDs `$keys` and returns `key, row`, once for all the keys, and gives each key
 * its rows in the query's order (an empty list when it has none). The lists are the answer's own,
 * which a request shares between the places that ask the same read: read them, do not change them.
 */
export async function loadMany<T>(source: ReadSource, query: string, keys: readonly string[], params: Params = {}): Promise<T[][]> {
  if (keys.length === 0) return [];
  // Asked twice, a key would get its rows twice.
  const unique = [...new Set(keys)];
  const asked = { ...params, keys: unique };
  const shaped = shapedFor(source, query);
  const byKey = source instanceof ReadBatch ? await source.rowsByKey(shaped, asked) : (await readKeyed(source, [{ query: shaped, params: asked }]))[0]!;
  return keys.map((key) => (byKey.get(key) ?? []) as T[]);
}

/** As loadMany for a query with at most one row per key: null where a key has none. */
export async function loadOne<T>(source: ReadSource, query: string, keys: readonly string[], params: Params = {}): Promise<(T | null)[]> {
  return (await loadMany<T>(source, query, keys, params)).map((rows) => rows[0] ?? null);
}

/**
 * key, row: for each of $keys, the rows of `body`, a subquery that reads the key (bound to `key`) and
 * returns `row` in its own order. Each key is read from its own node, and its rows stay together.
 */
export const perKeyQuery = (body: string): string => `
UNWIND $keys AS key
CALL (key) {${body}}
RETURN key, row`;

/** key, row: `projection` of the node of `label` (bound to `variable`) for each stored id in $keys, for loadOne. */
export const byIdsQuery = (label: NodeLabel, variable: string, projection: string): string => `
UNWIND $keys AS key
MATCH (${variable}:${label} {id: key})
RETURN key, ${projection} AS row`;

/**
 * A page of a label's nodes by name key then id, read from the name index from the cursor's key on
 * ($fromKey, $after, $limit as page.ts gives them); a search keeps the nodes whose folded text has
 * every one of $tokens (search.ts). `guard` is one more condition on `variable`, true when unused.
 */
export const byNamePageQuery = (label: NodeLabel, variable: string, projection: string, guard = 'true'): string => `
MATCH (${variable}:${label})
WHERE ${variable}.nameKey >= $fromKey
  AND ($after IS NULL OR ${variable}.nameKey > $after[0] OR ${variable}.id > $after[1])
  AND ${guard}
  AND all(token IN $tokens WHERE (' ' + ${variable}.searchText + ' ') CONTAINS token)
RETURN ${projection} AS row, [${variable}.nameKey, ${variable}.id] AS key
ORDER BY ${variable}.nameKey, ${variable}.id
LIMIT $limit`;
