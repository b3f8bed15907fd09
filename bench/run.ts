/**
 * The side-by-side benchmark, `npm run bench [-- --quick] [--sizes 10000,100000] [--data-dir DIR]`:
 * extraction speed; ingest speed (bulk path and UNWIND floor) on a fresh 10,000; then for each
 * size a generated graph (reused when its manifest matches) and the five reads on our GraphQL,
 * @neo4j/graphql and raw Cypher. Prints the tables; writes bench/results/<date>-<quick|full>.{md,json}.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { generateArticles, worldFor } from './generate/index.js';
import { measureExtraction } from './extraction.js';
import { openGraph, type GraphHome } from './graph.js';
import { measureIngest } from './ingest-speed.js';
import { measureReads } from './reads.js';
import { markdown, type BenchReport, type SizeResult } from './report.js';
import { RunArgsError, parseRunArgs, type RunArgs } from './run-args.js';

const ROOT = path.join(import.meta.dirname, '..');
const RESULTS_DIR = path.join(import.meta.dirname, 'results');
const INGEST_ARTICLES = 10_000;
const SAMPLE_SIZE = 50;
const WARM_UP_SECONDS = 2;
const LIBRARIES = ['neo4j-driver', 'graphql', 'graphql-yoga', '@pothos/core', '@neo4j/graphql', 'autocannon'];

const started = performance.now();
const log = (line: string) => process.stderr.write(`bench [${Math.round((performance.now() - started) / 1000)} s]: ${line}\n`);

function versionOf(pkg: string): string {
  return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

async function neo4jVersion(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery('CALL dbms.components() YIELD versions, edition RETURN versions[0] + " " + edition');
  return records[0]!.get(0) as string;
}

function commit(): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${hash} (with uncommitted changes)` : hash;
  } catch {
    return 'unknown';
  }
}

function extraction(args: RunArgs) {
  const texts = [...generateArticles(worldFor({ seed: args.seed, articles: INGEST_ARTICLES }), 2_000)].map(({ article }) => ({ text: article.text, url: article.url }));
  return measureExtraction(texts, INGEST_ARTICLES);
}

async function run(args: RunArgs): Promise<void> {
  // Read before the run: the tree may change while it measures.
  const measuredCommit = commit();
  const { neo4j } = loadConfig();
  const home: GraphHome = neo4j.uri ? { kind: 'external', uri: neo4j.uri, user: neo4j.user, password: neo4j.password } : { kind: 'local', root: args.dataDir };
  if (home.kind === 'external' && args.sizes.length > 1) {
    throw new RunArgsError(`NEO4J_URI holds one graph at a time: give one size (--sizes N), not ${args.sizes.join(',')}`);
  }
  const database = home.kind === 'external' ? `NEO4J_URI ${home.uri} (its graph is replaced when it does not match)` : `local Neo4j per size under ${path.resolve(args.dataDir)}`;
  log(`database: ${database}`);
  if (args.buildOnly) {
    for (const articles of args.sizes) {
      const graph = await openGraph(home, { seed: args.seed, articles, batchSize: args.batchSize, log });
      log(`${articles} articles: ${graph.reused ? 'reused' : 'built'} (${JSON.stringify(graph.manifest.build)})`);
      await graph.close();
    }
    return;
  }

  log('extraction…');
  const extracted = extraction(args);
  const ingest = await measureIngest(INGEST_ARTICLES, args.seed, args.batchSize, log);
  const sizes: SizeResult[] = [];
  let neo4jVersionText = 'unknown';
  for (const articles of args.sizes) {
    const graph = await openGraph(home, { seed: args.seed, articles, batchSize: args.batchSize, log });
    try {
      log(`${articles.toLocaleString('en')} articles: graph ${graph.reused ? 'reused' : 'built'}; reads…`);
      neo4jVersionText = await neo4jVersion(graph.driver);
      const reads = await measureReads(graph, {
        sampleSize: SAMPLE_SIZE, seconds: args.seconds, warmUpSeconds: WARM_UP_SECONDS,
        neo4j: home.kind === 'external' ? { uri: home.uri, user: home.user, password: home.password } : { uri: graph.uri }, log,
      });
      sizes.push({ articles, reused: graph.reused, build: graph.manifest.build, reads });
    } finally {
      await graph.close();
    }
  }

  const report: BenchReport = {
    date: new Date().toISOString(),
    mode: args.quick ? 'quick' : 'full',
    commit: measuredCommit,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', ramGiB: totalmem() / 2 ** 30, os: `${type()} ${release()}` },
    versions: { node: process.version, neo4j: neo4jVersionText, ...Object.fromEntries(LIBRARIES.map((pkg) => [pkg, versionOf(pkg)])) },
    settings: { seed: args.seed, batchSize: args.batchSize, seconds: args.seconds, warmUpSeconds: WARM_UP_SECONDS, sampleSize: SAMPLE_SIZE, database },
    extraction: extracted,
    ingest,
    sizes,
    wallSeconds: (performance.now() - started) / 1000,
  };
  const text = markdown(report);
  process.stdout.write(text);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${report.date.slice(0, 10)}-${report.mode}`);
  writeFileSync(`${file}.md`, text);
  writeFileSync(`${file}.json`, `${JSON.stringify(report, null, 2)}\n`);
  log(`wrote ${path.relative(process.cwd(), file)}.md and .json`);
}

try {
  await run(parseRunArgs(process.argv.slice(2), process.env));
} catch (error) {
  if (!(error instanceof RunArgsError)) throw error;
  log(error.message);
  process.exit(2);
}
