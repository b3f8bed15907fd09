/**
 * A generated graph of a given size to measure on: reused when its manifest (stored in the graph
 * itself, so it cannot outlive the data) matches the recipe, built through the bulk ingest path
 * otherwise. A build that was stopped (the 1M graph takes most of an hour) is resumed, not redone:
 * its recipe is stored before the first article, and the writer skips the articles already stored.
 * Local graphs live in `<root>/<size>`; with NEO4J_URI one database holds one size at a time.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver, verifyWithBackoff } from '../src/graph/driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../src/graph/local-neo4j.js';
import { applySchema } from '../src/graph/schema.js';
import { ingestMany } from '../src/graph/write/ingest.js';
import { freePort } from '../test/helpers/free-port.js';
import { generatedInputs } from './corpus-inputs.js';
import { recipeFor, recipeMismatch, type BuildRecord, type GraphRecipe, type Manifest } from './manifest.js';

export type GraphHome =
  | { kind: 'local'; root: string }
  | { kind: 'external'; uri: string; user: string; password: string };

export interface BenchGraph {
  driver: Driver;
  uri: string;
  manifest: Manifest;
  reused: boolean;
  /** The local Neo4j's process, for its memory; null on an external database. */
  neo4jPid: number | null;
  close(): Promise<void>;
}

export interface OpenGraphOptions {
  seed: number;
  articles: number;
  batchSize: number;
  log: (line: string) => void;
}

/** The 1M graph's stores are a few GiB; a page cache that holds them keeps reads off the disk. */
export const neo4jMemoryFor = (articles: number): { pageCacheMb: number; heapMb: number } => ({
  pageCacheMb: Math.min(8192, Math.max(512, Math.round(articles * 0.008))),
  heapMb: articles >= 500_000 ? 3072 : articles >= 50_000 ? 1536 : 1024,
});

/**
 * The build's records are JSON on one node of the graph they describe: `BenchManifest` once a build
 * has ended, `BenchBuilding` (its recipe) while one is under way or was stopped midway.
 */
type RecordLabel = 'BenchManifest' | 'BenchBuilding';

async function readRecord<T>(driver: Driver, label: RecordLabel): Promise<T | null> {
  const { records } = await driver.executeQuery(`MATCH (m:${label} {id: "bench"}) RETURN m.json AS json`);
  const json = records[0]?.get('json') as string | undefined;
  return json === undefined ? null : (JSON.parse(json) as T);
}

async function writeRecord(driver: Driver, label: RecordLabel, value: object): Promise<void> {
  await driver.executeQuery(`MERGE (m:${label} {id: "bench"}) SET m.json = $json`, { json: JSON.stringify(value) });
}

async function completeBuild(driver: Driver, manifest: Manifest): Promise<void> {
  await writeRecord(driver, 'BenchManifest', manifest);
  await driver.executeQuery('MATCH (b:BenchBuilding {id: "bench"}) DELETE b');
}

async function storedArticles(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
  return records[0]!.get('n') as number;
}

export async function graphCounts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
  return { nodes: records[0]!.get('nodes') as number, relationships: records[0]!.get('relationships') as number };
}

async function build(driver: Driver, recipe: GraphRecipe, options: OpenGraphOptions): Promise<BuildRecord> {
  await applySchema(driver);
  const resumedFrom = await storedArticles(driver);
  await writeRecord(driver, 'BenchBuilding', recipe);
  let done = 0;
  let failed = 0;
  let firstError = '';
  const step = Math.max(1, Math.round(recipe.articles / 20));
  const started = performance.now();
  await ingestMany(driver, generatedInputs(recipe.seed, recipe.articles), {
    batchSize: options.batchSize,
    onOutcome: (outcome) => {
      if (!outcome.ok && failed++ === 0) firstError = `${outcome.source}: ${outcome.error}`;
      if (++done % step === 0) {
        const seconds = (performance.now() - started) / 1000;
        options.log(`build ${recipe.articles}: ${done.toLocaleString('en')} articles in ${seconds.toFixed(0)} s (${Math.round(done / seconds)} art/s)`);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  if (failed > 0) options.log(`build ${recipe.articles}: ${failed} articles failed, the first: ${firstError}`);
  return {
    seconds, articlesPerSecond: (recipe.articles - resumedFrom) / seconds, resumedFrom, batchSize: options.batchSize, failed, ...(await graphCounts(driver)), builtAt: new Date().toISOString(),
  };
}

async function emptyDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

interface Connection {
  driver: Driver;
  uri: string;
  local: LocalNeo4j | null;
}

async function connect(home: GraphHome, articles: number, log: (line: string) => void): Promise<Connection> {
  if (home.kind === 'external') {
    const driver = createDriver(home.uri, { user: home.user, password: home.password });
    await verifyWithBackoff(driver, home.uri);
    return { driver, uri: home.uri, local: null };
  }
  const local = await startLocalNeo4j({ dataDir: path.join(home.root, String(articles)), boltPort: await freePort(), ...neo4jMemoryFor(articles), log });
  return { driver: createDriver(local.uri, null), uri: local.uri, local };
}

async function disconnect(connection: Connection): Promise<void> {
  await connection.driver.close();
  await connection.local?.stop();
}

export async function openGraph(home: GraphHome, options: OpenGraphOptions): Promise<BenchGraph> {
  const recipe = recipeFor(options.seed, options.articles);
  let connection = await connect(home, options.articles, options.log);
  try {
    const stored = await readRecord<Manifest>(connection.driver, 'BenchManifest');
    const mismatch = recipeMismatch(stored?.recipe ?? null, recipe);
    let manifest: Manifest;
    if (mismatch === null) {
      manifest = stored!;
    } else if (recipeMismatch(await readRecord<GraphRecipe>(connection.driver, 'BenchBuilding'), recipe) === null) {
      options.log(`graph of ${options.articles} articles: resuming a stopped build (${(await storedArticles(connection.driver)).toLocaleString('en')} articles stored)`);
      manifest = { recipe, build: await build(connection.driver, recipe, options) };
      await completeBuild(connection.driver, manifest);
    } else {
      options.log(`graph of ${options.articles} articles at ${home.kind === 'local' ? path.join(home.root, String(options.articles)) : home.uri}: building (${mismatch})`);
      if (home.kind === 'local') {
        await disconnect(connection);
        rmSync(path.join(home.root, String(options.articles)), { recursive: true, force: true });
        connection = await connect(home, options.articles, options.log);
      } else {
        await emptyDatabase(connection.driver);
      }
      manifest = { recipe, build: await build(connection.driver, recipe, options) };
      await completeBuild(connection.driver, manifest);
    }
    const { driver, uri, local } = connection;
    return { driver, uri, manifest, reused: mismatch === null, neo4jPid: local?.pid ?? null, close: () => disconnect(connection) };
  } catch (error) {
    await disconnect(connection);
    throw error;
  }
}
