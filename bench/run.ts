/**
 * The side-by-side benchmark: `npm run bench [-- --quick] [--sizes …] [--data-dir DIR]`.
 */
import { loadConfig } from '../src/config.js';
import { openGraph, type GraphHome } from './graph.js';
import { RunArgsError, parseRunArgs } from './run-args.js';

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

let args;
try {
  args = parseRunArgs(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof RunArgsError)) throw error;
  process.stderr.write(`bench: ${error.message}\n`);
  process.exit(2);
}
const { neo4j } = loadConfig();
const home: GraphHome = neo4j.uri ? { kind: 'external', uri: neo4j.uri, user: neo4j.user, password: neo4j.password } : { kind: 'local', root: args.dataDir };

for (const articles of args.sizes) {
  const graph = await openGraph(home, { seed: args.seed, articles, batchSize: args.batchSize, log });
  try {
    log(`${articles} articles: ${graph.reused ? 'reused' : 'built'} (${JSON.stringify(graph.manifest.build)})`);
  } finally {
    await graph.close();
  }
}
