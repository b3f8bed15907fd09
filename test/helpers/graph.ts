/**
 * Whole-graph helpers for the writer's integration tests: empty the test database, count by label,
 * and dump every node and relationship as sorted lines, so two graphs compare with one assertion.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { applySchema } from '../../src/graph/schema.js';
import { testDriver } from './neo4j.js';

export async function resetGraph(driver: Driver): Promise<void> {
  // Batches keep a large bench-sized graph from needing one huge transaction; they need an auto-commit session.
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

export async function countsByLabel(driver: Driver): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) RETURN labels(n)[0] AS kind, count(*) AS n
       UNION ALL MATCH ()-[r]->() RETURN type(r) AS kind, count(*) AS n }
     RETURN kind, n ORDER BY kind`,
  );
  return Object.fromEntries(records.map((r) => [r.get('kind') as string, r.get('n') as number]));
}

// Properties that record when or how a write happened, not what the graph says.
const VOLATILE = new Set(['ingestedAt']);

const show = (props: Record<string, unknown>): string =>
  JSON.stringify(Object.fromEntries(Object.entries(props).filter(([k]) => !VOLATILE.has(k)).sort(([a], [b]) => a.localeCompare(b))), (_k, v: unknown) =>
    v !== null && typeof v === 'object' && 'toString' in v && v.constructor?.name !== 'Object' && !Array.isArray(v) ? String(v) : v,
  );

/** Every fact in the graph; the writer's name locks and the graph's version are bookkeeping, not facts, and stay out. */
export async function dumpGraph(driver: Driver): Promise<string[]> {
  const nodes = await driver.executeQuery('MATCH (n) WHERE NOT n:NameLock AND NOT n:GraphVersion RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await driver.executeQuery('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props');
  return [
    ...nodes.records.map((r) => `(${(r.get('labels') as string[]).join(':')} ${show(r.get('props') as Record<string, unknown>)})`),
    ...rels.records.map((r) => `(${r.get('a')})-[${r.get('type')} ${show(r.get('props') as Record<string, unknown>)}]->(${r.get('b')})`),
  ].sort();
}

/**
 * Registers the file's hooks for tests that each start from an empty graph: the schema applied once,
 * the graph emptied before every test and after the last. The driver is there once beforeAll has run.
 */
export function useEmptyGraph(): () => Driver {
  let driver: Driver | null = null;
  beforeAll(async () => {
    driver = testDriver();
    await applySchema(driver);
  });
  beforeEach(async () => {
    await resetGraph(driver!);
  });
  afterAll(async () => {
    if (!driver) return;
    await resetGraph(driver);
    await driver.close();
  });
  return () => {
    if (!driver) throw new Error('the graph is opened in beforeAll');
    return driver;
  };
}

/** One hash of every fact (dumpGraph): two graphs that say the same things have the same hash. */
export async function factsHash(driver: Driver): Promise<string> {
  const hash = createHash('sha256');
  for (const line of await dumpGraph(driver)) hash.update(`${line}\n`);
  return hash.digest('hex');
}

/** Ids held by more than one node: none, whatever was interrupted or ran at once. */
export async function duplicateIds(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery('MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS n WHERE n > 1 RETURN id ORDER BY id');
  return records.map((r) => r.get('id') as string);
}
