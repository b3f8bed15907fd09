/**
 * The one way the reads run Cypher: an auto-routed read query whose records leave as plain objects.
 * Batch reads (one query for many keys, as a DataLoader asks) return their rows in the keys' order.
 */
import neo4j, { isRetryableError, type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import type { NodeLabel } from '../write/keys.js';

export type Params = Record<string, unknown>;

/**
 * An auto-commit read: one round trip (RUN and PULL pipelined), where a managed transaction adds
 * BEGIN and COMMIT and the bookmark bookkeeping, about twice the time of a small read. The driver
 * does not retry an auto-commit query; a read that fails for a reason worth retrying (a lost
 * connection, a restarting database) is asked again as a managed read, which retries for as long
 * as the driver's maxTransactionRetryTime.
 */
async function readRecords(driver: Driver, query: string, params: Params): Promise<Neo4jRecord[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return (await session.run(query, params)).records;
  } catch (error) {
    if (!isRetryableError(error)) throw error;
  } finally {
    await session.close();
  }
  return (await driver.executeQuery(query, params, { routing: 'READ' })).records;
}

/**
 * Each record as an object of its columns. `T` is the query's RETURN clause: the Cypher beside each
 * call is its contract. Its values are plain already: integers are numbers (the driver is created
 * with disableLosslessIntegers) and the projections write dates as text (projections.ts).
 */
export async function readRows<T>(driver: Driver, query: string, params: Params): Promise<T[]> {
  return (await readRecords(driver, query, params)).map((record) => record.toObject() as T);
}

/**
 * Runs a query that UNWINDs `$keys` and returns `key, row`, once for all the keys, and gives each key
 * its rows in the query's order (an empty list when it has none).
 */
export async function loadMany<T>(driver: Driver, query: string, keys: readonly string[], params: Params = {}): Promise<T[][]> {
  if (keys.length === 0) return [];
  // Asked twice, a key would get its rows twice.
  const unique = [...new Set(keys)];
  const byKey = new Map<string, T[]>(unique.map((key) => [key, []]));
  for (const { key, row } of await readRows<{ key: string; row: T }>(driver, query, { ...params, keys: unique })) byKey.get(key)?.push(row);
  return keys.map((key) => byKey.get(key) ?? []);
}

/** As loadMany for a query with at most one row per key: null where a key has none. */
export async function loadOne<T>(driver: Driver, query: string, keys: readonly string[], params: Params = {}): Promise<(T | null)[]> {
  return (await loadMany<T>(driver, query, keys, params)).map((rows) => rows[0] ?? null);
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
