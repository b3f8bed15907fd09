/**
 * Ingest throughput on generated articles, each measure on a fresh throw-away local Neo4j:
 *  - bulk: the product's path (ingestMany with batches): extraction, resolution against the graph,
 *    locks, writes, tenure spans; what `npm run ingest -- --batch-size N` does;
 *  - floor: the same rows (planned beforehand, untimed) written by a plain loop of the writer's
 *    UNWIND statements, one transaction per batch, with no reads, locks or recomputation: the
 *    database's share of the work, which the bulk path cannot beat.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../src/graph/driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../src/graph/local-neo4j.js';
import { applySchema } from '../src/graph/schema.js';
import { ingestMany, prepareInput } from '../src/graph/write/ingest.js';
import { PersonResolver } from '../src/graph/write/people.js';
import { planArticle, Rows } from '../src/graph/write/plan.js';
import type { ArticleInput } from '../src/graph/write/types.js';
import { writeRows } from '../src/graph/write/write-batch.js';
import { freePort } from '../test/helpers/free-port.js';
import { generatedInputs } from './corpus-inputs.js';
import { graphCounts, neo4jMemoryFor } from './graph.js';

export interface IngestRun {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  nodes: number;
  relationships: number;
  failed: number;
}

export interface IngestSpeed {
  articles: number;
  seed: number;
  batchSize: number;
  bulk: IngestRun;
  /** The floor's time excludes extraction and planning, shown apart. */
  floor: IngestRun & { planSeconds: number };
}

async function withFreshNeo4j<T>(articles: number, work: (driver: Driver) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-neo4j-'));
  let local: LocalNeo4j | null = null;
  try {
    local = await startLocalNeo4j({ dataDir, boltPort: await freePort(), ...neo4jMemoryFor(articles) });
    const driver = createDriver(local.uri, null);
    try {
      await applySchema(driver);
      return await work(driver);
    } finally {
      await driver.close();
    }
  } finally {
    await local?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function bulk(articles: number, seed: number, batchSize: number, log: (line: string) => void): Promise<IngestRun> {
  return withFreshNeo4j(articles, async (driver) => {
    let failed = 0;
    let firstError = '';
    const started = performance.now();
    await ingestMany(driver, generatedInputs(seed, articles), {
      batchSize,
      onOutcome: (o) => {
        if (!o.ok && failed++ === 0) firstError = `${o.source}: ${o.error}`;
      },
    });
    const seconds = (performance.now() - started) / 1000;
    if (failed > 0) log(`ingest bulk: ${failed} articles failed, the first: ${firstError}`);
    return { articles, seconds, articlesPerSecond: articles / seconds, failed, ...(await graphCounts(driver)) };
  });
}

async function floor(articles: number, seed: number, batchSize: number): Promise<IngestSpeed['floor']> {
  return withFreshNeo4j(articles, async (driver) => {
    const resolver = new PersonResolver([]);
    let writeSeconds = 0;
    let planSeconds = 0;
    let batch: ArticleInput[] = [];
    const flush = async () => {
      const planStarted = performance.now();
      const rows = new Rows();
      for (const input of batch) {
        const article = prepareInput(input);
        planArticle({ ...article, extraction: article.extraction() }, resolver, rows, 'bench');
      }
      batch = [];
      const writeStarted = performance.now();
      planSeconds += (writeStarted - planStarted) / 1000;
      const session = driver.session();
      try {
        await session.executeWrite(async (tx) => {
          await tx.run('UNWIND $ids AS id CREATE (:Article {id: id})', { ids: rows.articles.map((a) => a.id) });
          await writeRows(async (query, params) => (await tx.run(query, params)).records, rows);
        });
      } finally {
        await session.close();
      }
      writeSeconds += (performance.now() - writeStarted) / 1000;
    };
    for (const input of generatedInputs(seed, articles)) {
      batch.push(input);
      if (batch.length === batchSize) await flush();
    }
    if (batch.length > 0) await flush();
    return { articles, seconds: writeSeconds, articlesPerSecond: articles / writeSeconds, planSeconds, failed: 0, ...(await graphCounts(driver)) };
  });
}

export async function measureIngest(articles: number, seed: number, batchSize: number, log: (line: string) => void): Promise<IngestSpeed> {
  log(`ingest: ${articles.toLocaleString('en')} articles, bulk path (batches of ${batchSize})…`);
  const b = await bulk(articles, seed, batchSize, log);
  log(`ingest: ${articles.toLocaleString('en')} articles, floor…`);
  return { articles, seed, batchSize, bulk: b, floor: await floor(articles, seed, batchSize) };
}
