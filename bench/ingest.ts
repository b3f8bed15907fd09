/**
 * Ingest throughput on generated articles (bench/generate), each size on a fresh local Neo4j:
 *  - bulk: the product's path (ingestMany with batches): extraction, resolution against the graph,
 *    locks, writes, tenure spans; what `npm run ingest -- --batch-size N` does;
 *  - floor: the same rows (planned beforehand, untimed) written by a plain loop of the writer's
 *    UNWIND statements, one transaction per batch, with no reads, locks or recomputation: the
 *    database's share of the work, which the bulk path cannot beat.
 *
 *   npm run bench:ingest [-- --sizes 10000,100000 --batch-size 500 --seed 1]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
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
import { generateArticles, worldFor } from './generate/index.js';

const GOAL_PER_SECOND = 1_000;
const RESULTS_DIR = path.join(import.meta.dirname, 'results');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    'batch-size': { type: 'string', default: '500' },
    seed: { type: 'string', default: '1' },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
const batchSize = Number(values['batch-size']);
const seed = Number(values.seed);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(batchSize) || batchSize < 1 || !Number.isInteger(seed)) {
  process.stderr.write(`bench:ingest: --sizes must be whole numbers, --batch-size and --seed whole numbers (got ${JSON.stringify(values)})\n`);
  process.exit(2);
}

function* inputs(size: number): Generator<ArticleInput> {
  for (const { article } of generateArticles(worldFor({ seed, articles: size }), size)) {
    yield { source: article.id, url: article.url, text: article.text };
  }
}

async function withFreshNeo4j<T>(work: (driver: Driver) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-neo4j-'));
  let local: LocalNeo4j | null = null;
  try {
    local = await startLocalNeo4j({ dataDir, boltPort: await freePort(), pageCacheMb: 512 });
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

async function graphSize(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
  return { nodes: records[0]!.get('nodes') as number, relationships: records[0]!.get('relationships') as number };
}

interface Run {
  articles: number;
  seconds: number;
  perSecond: number;
  nodes: number;
  relationships: number;
  failed: number;
}

async function bulk(size: number): Promise<Run> {
  return withFreshNeo4j(async (driver) => {
    let failed = 0;
    let firstError = '';
    const started = performance.now();
    await ingestMany(driver, inputs(size), {
      batchSize,
      onOutcome: (o) => {
        if (!o.ok && failed++ === 0) firstError = `${o.source}: ${o.error}`;
      },
    });
    const seconds = (performance.now() - started) / 1000;
    if (failed > 0) process.stderr.write(`bulk: ${failed} articles failed, the first: ${firstError}\n`);
    return { articles: size, seconds, perSecond: size / seconds, failed, ...(await graphSize(driver)) };
  });
}

async function floor(size: number): Promise<Run & { planSeconds: number }> {
  return withFreshNeo4j(async (driver) => {
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
    for (const input of inputs(size)) {
      batch.push(input);
      if (batch.length === batchSize) await flush();
    }
    if (batch.length > 0) await flush();
    return { articles: size, seconds: writeSeconds, perSecond: size / writeSeconds, planSeconds, failed: 0, ...(await graphSize(driver)) };
  });
}

const rows: string[] = [];
const results: Record<string, unknown>[] = [];
for (const size of sizes) {
  process.stderr.write(`bench:ingest: ${size.toLocaleString('en')} articles, bulk path (batches of ${batchSize})…\n`);
  const b = await bulk(size);
  process.stderr.write(`bench:ingest: ${size.toLocaleString('en')} articles, floor…\n`);
  const f = await floor(size);
  results.push({ size, batchSize, bulk: b, floor: f });
  rows.push(
    `| ${size.toLocaleString('en')} | ${Math.round(b.perSecond).toLocaleString('en')} | ${b.seconds.toFixed(1)} | ${Math.round(f.perSecond).toLocaleString('en')} | ${f.seconds.toFixed(1)} (+${f.planSeconds.toFixed(1)} planning) | ${(b.perSecond / f.perSecond).toFixed(2)} | ${b.nodes.toLocaleString('en')} / ${b.relationships.toLocaleString('en')} | ${b.failed} |`,
  );
}

const table = [
  `Ingest of generated articles (seed ${seed}, batches of ${batchSize}), each on a fresh local Neo4j 5.26; ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${new Date().toISOString()}`,
  '',
  '| articles | bulk path (art/s) | bulk s | floor: plain UNWIND of the same rows (art/s) | floor s | bulk/floor | nodes / relationships | failed |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  `Goal: ≥ ${GOAL_PER_SECOND.toLocaleString('en')} articles/s through the bulk path at the largest size. The floor excludes extraction and planning (shown apart); the bulk path includes them.`,
].join('\n');
process.stdout.write(`${table}\n`);
mkdirSync(RESULTS_DIR, { recursive: true });
const stamp = new Date().toISOString().slice(0, 10);
writeFileSync(path.join(RESULTS_DIR, `ingest-${stamp}.md`), `${table}\n`);
writeFileSync(path.join(RESULTS_DIR, `ingest-${stamp}.json`), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, seed, batchSize, results }, null, 2)}\n`);
