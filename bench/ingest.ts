/**
 * `npm run bench:ingest [-- --sizes 10000,100000 --batch-size 1000 --seed 1]`: ingest speed alone
 * (bench/ingest-speed.ts) at several sizes; results in bench/results/ingest-<date>.{md,json}.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureIngest, type IngestSpeed } from './ingest-speed.js';

const GOAL_PER_SECOND = 1_000;
const RESULTS_DIR = path.join(import.meta.dirname, 'results');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    'batch-size': { type: 'string', default: '1000' },
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

const results: IngestSpeed[] = [];
for (const size of sizes) results.push(await measureIngest(size, seed, batchSize, (line) => process.stderr.write(`bench:${line}\n`)));

const table = [
  `Ingest of generated articles (seed ${seed}, batches of ${batchSize}), each on a fresh local Neo4j 5.26; ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${new Date().toISOString()}`,
  '',
  '| articles | bulk path (art/s) | bulk s | floor: plain UNWIND of the same rows (art/s) | floor s | bulk/floor | nodes / relationships | failed |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map(({ articles, bulk: b, floor: f }) =>
    `| ${articles.toLocaleString('en')} | ${Math.round(b.articlesPerSecond).toLocaleString('en')} | ${b.seconds.toFixed(1)} | ${Math.round(f.articlesPerSecond).toLocaleString('en')} | ${f.seconds.toFixed(1)} (+${f.planSeconds.toFixed(1)} planning) | ${(b.articlesPerSecond / f.articlesPerSecond).toFixed(2)} | ${b.nodes.toLocaleString('en')} / ${b.relationships.toLocaleString('en')} | ${b.failed} |`),
  '',
  `Goal: ≥ ${GOAL_PER_SECOND.toLocaleString('en')} articles/s through the bulk path at the largest size. The floor excludes extraction and planning (shown apart); the bulk path includes them.`,
].join('\n');
process.stdout.write(`${table}\n`);
mkdirSync(RESULTS_DIR, { recursive: true });
const stamp = new Date().toISOString().slice(0, 10);
writeFileSync(path.join(RESULTS_DIR, `ingest-${stamp}.md`), `${table}\n`);
writeFileSync(path.join(RESULTS_DIR, `ingest-${stamp}.json`), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, seed, batchSize, results }, null, 2)}\n`);
