/**
 * The soak: the API (`serve`, its own process) under autocannon load for a while, with an ingest of
 * generated articles running beside it. Reports requests, answers, intended refusals, errors and the
 * API's RSS at start, middle and end; exits 1 on any unintended error or when the RSS floor grows more
 * than RSS_GROWTH_BOUND times over the second half of the run.
 *
 *   npm run soak [-- --duration 300 --connections 8 --articles-per-round 500 --neo4j-uri bolt://…]
 *
 * Without --neo4j-uri it starts a local Neo4j on a free port with a throw-away data directory. With
 * it, that Neo4j gets the generated articles: never name a database you keep.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalNeo4j, type LocalNeo4j } from '../src/graph/local-neo4j.js';
import { freePort } from '../test/helpers/free-port.js';
import { startApi } from './soak/api-process.js';
import { ingestBeside } from './soak/ingest-beside.js';
import { runLoad } from './soak/load.js';
import { floorBetween, RssSampler, sampleAt } from './soak/rss.js';

/**
 * The RSS floor of the last fifth of the run may be at most this multiple of the middle fifth's.
 * V8 grows its heap for a few minutes under load before it settles (a 5-minute run: 114 MB at 30 s,
 * 175 MB at 150 s, 185 MB at 300 s); a leak keeps raising the floor through the second half, a
 * settled heap does not. Floors, not single samples: one sample at the top of a GC cycle against
 * one at the bottom once failed a run that had topped out at 270 MB both times it was run.
 */
const RSS_GROWTH_BOUND = 1.25;

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '300' },
    connections: { type: 'string', default: '8' },
    'articles-per-round': { type: 'string', default: '500' },
    'neo4j-uri': { type: 'string' },
  },
});
const seconds = Number(values.duration);
const connections = Number(values.connections);
const articlesPerRound = Number(values['articles-per-round']);
if (![seconds, connections, articlesPerRound].every((n) => Number.isInteger(n) && n >= 1)) {
  process.stderr.write(`soak: --duration (seconds), --connections and --articles-per-round must be whole numbers of at least 1, got ${JSON.stringify(values)}\n`);
  process.exit(2);
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const log = (line: string): void => void process.stderr.write(`soak: ${line}\n`);

async function main(): Promise<number> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'soak-'));
  let local: LocalNeo4j | null = null;
  try {
    if (!values['neo4j-uri']) {
      log('starting a local Neo4j…');
      local = await startLocalNeo4j({ dataDir: path.join(scratch, 'neo4j'), boltPort: await freePort(), log: () => {} });
    }
    const env = { ...process.env, NEO4J_URI: values['neo4j-uri'] ?? local!.uri };
    const api = await startApi(env, await freePort());
    log(`API pid ${api.pid} at ${api.url}; ${seconds} s of load with ${connections} connections, ingest beside in rounds of ${articlesPerRound} articles`);
    const rss = new RssSampler(api.pid, 1000);
    const ingest = ingestBeside({ env, dir: scratch, articlesPerRound });
    const load = await runLoad(api.url, { seconds, connections });
    const samples = rss.stop();
    const ingested = await ingest.stop();
    const after = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ health { ok nodeCount } }' }) });
    const health = (await after.json()) as { data?: { health?: { ok?: boolean; nodeCount?: number } } };
    const stopped = await api.stop();

    // The start is taken once a tenth of the run has passed: the first requests fill caches and plan queries.
    const start = sampleAt(samples, 0.1);
    const middle = sampleAt(samples, 0.5);
    const end = sampleAt(samples, 1);
    const middleFloor = floorBetween(samples, 0.4, 0.6);
    const endFloor = floorBetween(samples, 0.8, 1);
    const errors = [...load.errors.values()].reduce((sum, e) => sum + e.count, 0) + load.transportErrors;
    const report = {
      seconds,
      connections,
      requests: load.requests,
      answered: load.answered,
      refusedByLimits: load.refused,
      unintendedErrors: errors,
      latencyP99Ms: load.latencyP99Ms,
      ingest: ingested,
      rssMb: { start: Math.round(start.bytes / 2 ** 20), middle: Math.round(middle.bytes / 2 ** 20), end: Math.round(end.bytes / 2 ** 20), max: Math.round(Math.max(...samples.map((s) => s.bytes)) / 2 ** 20),
        middleFloor: Math.round(middleFloor.bytes / 2 ** 20), endFloor: Math.round(endFloor.bytes / 2 ** 20) },
      healthAfter: health.data?.health ?? null,
      apiExit: stopped,
    };
    log(
      `${load.requests} requests: ${load.answered} answered, ${load.refused} refused by limits (intended), ${errors} unintended errors; ` +
        `p99 ${load.latencyP99Ms} ms; ingest ${ingested.articles} articles in ${ingested.rounds} rounds, ${ingested.failures.length} failed; ` +
        `API RSS ${mb(start.bytes)} at ${start.at.toFixed(0)} s, ${mb(middle.bytes)} at ${middle.at.toFixed(0)} s, ${mb(end.bytes)} at ${end.at.toFixed(0)} s; ` +
        `floor ${mb(middleFloor.bytes)} in the middle fifth, ${mb(endFloor.bytes)} in the last`,
    );
    for (const [kind, { count, example }] of load.errors) log(`error ×${count}: ${kind}: ${example}`);
    for (const failure of ingested.failures) log(`ingest failed: ${failure}`);
    process.stdout.write(`${JSON.stringify(report)}\n`);

    const problems = [
      ...(errors > 0 ? [`${errors} unintended errors`] : []),
      ...(ingested.failures.length > 0 ? [`${ingested.failures.length} ingest rounds failed`] : []),
      ...(load.refused === 0 ? ['no request was refused by the limits'] : []),
      ...(health.data?.health?.ok !== true ? ['the API did not answer health ok afterwards'] : []),
      ...(endFloor.bytes > RSS_GROWTH_BOUND * middleFloor.bytes
        ? [`the RSS floor grew from ${mb(middleFloor.bytes)} to ${mb(endFloor.bytes)} over the second half, beyond ×${RSS_GROWTH_BOUND}`]
        : []),
    ];
    for (const problem of problems) log(`FAILED: ${problem}`);
    return problems.length > 0 ? 1 : 0;
  } finally {
    await local?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

process.exitCode = await main();
