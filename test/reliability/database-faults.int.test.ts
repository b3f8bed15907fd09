/**
 * Neo4j failing under the service, for real: a Neo4j of this file's own is killed with SIGKILL (no
 * shutdown, as in a crash or an OOM kill) and started again on the same data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/yoga.js';
import { createDriver } from '../../src/graph/driver.js';
import { applySchema } from '../../src/graph/schema.js';
import { cliEnv, runCli, startCli } from '../helpers/cli.js';
import { generatedCorpus, writeCorpus } from '../helpers/corpus.js';
import { freePort } from '../helpers/free-port.js';
import { duplicateIds, factsHash, resetGraph } from '../helpers/graph.js';
import { testDriver } from '../helpers/neo4j.js';
import { ownNeo4j, type OwnNeo4j } from '../helpers/own-neo4j.js';

const ARTICLES = 2_000;
const BATCH = 200;

const articleCount = async (driver: Driver): Promise<number> =>
  (await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n')).records[0]!.get('n') as number;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Neo4j down when the service starts', () => {
  it('npm start with NEO4J_URI where nothing answers: a bounded number of attempts, then what to check, and exit 1', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const { code, stderr } = await runCli(['serve'], { ...process.env, NEO4J_URI: uri, NEO4J_CONNECT_ATTEMPTS: '3', PORT: String(await freePort()) });
    expect(stderr).toContain(`Neo4j at ${uri} not reachable yet (attempt 1/3)`);
    expect(stderr).toContain('(attempt 2/3)');
    expect(stderr).not.toContain('(attempt 3/3)');
    expect(stderr).toMatch(new RegExp(`error: Cannot connect to Neo4j at ${uri} after 3 attempts: .*Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD`));
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(1);
  });
});

describe('Neo4j killed under a running API and a running ingest', () => {
  let db: OwnNeo4j;
  let driver: Driver;
  const dir = mkdtempSync(path.join(tmpdir(), 'db-faults-'));

  beforeAll(async () => {
    db = await ownNeo4j();
    await db.start();
    driver = createDriver(db.uri, null);
    await applySchema(driver);
  });
  afterAll(async () => {
    await driver?.close();
    await db?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`the API says unavailable and recovers by itself; the ingest of ${ARTICLES} articles stops with a clear message and, run again, leaves exactly the graph of an uninterrupted ingest`, async () => {
    const app = createApp({ driver, apiKey: null }, { logging: false, graphiql: false });
    const ask = async (query: string) => {
      const response = await app.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      return (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
    };
    const ready = async () => (await app.fetch('http://yoga/ready')).status;
    const PEOPLE = '{ people(search: "nguyen") { edges { node { id } } } }';
    expect((await ask('{ health { ok } }')).data).toEqual({ health: { ok: true } });
    expect(await ready()).toBe(200);

    const corpus = writeCorpus(path.join(dir, 'corpus.jsonl'), generatedCorpus(ARTICLES, 11));
    const shared = testDriver();
    await resetGraph(shared);
    // The uninterrupted ingest of the same corpus, on the test run's Neo4j, runs beside the one that is cut off.
    const reference = startCli(['ingest', corpus, '--quiet']);
    const run = startCli(['ingest', corpus, '--batch-size', String(BATCH)], cliEnv(db.uri));
    let storedAtKill = 0;
    while (storedAtKill < 2 * BATCH) {
      await sleep(200);
      storedAtKill = await articleCount(driver);
    }
    await db.kill();

    expect((await ask('{ health { ok error } }')).data).toEqual({ health: { ok: false, error: 'Neo4j is unavailable' } });
    expect(await ready()).toBe(503);
    expect((await ask(PEOPLE)).errors?.map((e) => e.extensions?.code)).toEqual(['UNAVAILABLE']);
    const interrupted = await run.done;
    expect(storedAtKill).toBeLessThan(ARTICLES);
    expect(interrupted.stderr).toMatch(/error: Neo4j became unreachable while writing https:\/\/\S+ … https:\/\/\S+ \(200 articles\): .*ECONNREFUSED/);
    expect(interrupted.stderr).toContain('Run the same ingest again once Neo4j is back');
    expect(interrupted.code).toBe(1);
    let clean: string;
    try {
      const { code, stderr } = await reference.done;
      expect(code, stderr).toBe(0);
      clean = await factsHash(shared);
    } finally {
      await resetGraph(shared);
      await shared.close();
    }

    await db.start();
    expect((await ask('{ health { ok error } }')).data).toEqual({ health: { ok: true, error: null } });
    expect(await ready()).toBe(200);
    expect((await ask(PEOPLE)).errors).toBeUndefined();
    const kept = await articleCount(driver);
    // Whole batches or nothing: a batch is one transaction.
    expect(kept % BATCH).toBe(0);
    expect(kept).toBeGreaterThanOrEqual(storedAtKill);

    const again = await runCli(['ingest', corpus], cliEnv(db.uri));
    expect(again.stderr).toContain(`${ARTICLES} articles (${ARTICLES - kept} new, ${kept} unchanged, 0 replaced, 0 failed)`);
    expect(again.code).toBe(0);
    expect(await articleCount(driver)).toBe(ARTICLES);
    expect(await duplicateIds(driver)).toEqual([]);
    expect(await factsHash(driver)).toBe(clean);
  }, 300_000);
});
