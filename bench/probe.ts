/**
 * One corner of the read benchmark, for working on a server: `npm run bench:probe -- [--size 10000]
 * [--servers ours,raw] [--operations chairs,timeline] [--connections 1,32] [--seconds 5]
 * [--data-dir DIR]`. Opens (or builds) the graph of that size as `npm run bench` does, starts the
 * servers asked, checks nothing, warms each operation once, and prints p50, req/s and peak RSS per
 * cell. The numbers are a probe's: `npm run bench` is the measurement.
 */
import { parseArgs } from 'node:util';
import { openGraph } from './graph.js';
import { load } from './load.js';
import { IMPLEMENTATIONS, OPERATION_NAMES, operationNamed, type Implementation, type OperationName } from './operations.js';
import { quiesce } from './quiesce.js';
import { drawSample } from './sample.js';
import { startServer } from './servers/launch.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    servers: { type: 'string', default: IMPLEMENTATIONS.join(',') },
    operations: { type: 'string', default: OPERATION_NAMES.join(',') },
    connections: { type: 'string', default: '1,32' },
    seconds: { type: 'string', default: '5' },
    'data-dir': { type: 'string', default: process.env.BENCH_DATA_DIR ?? '.data/bench' },
  },
});

function listOf<T extends string>(raw: string, allowed: readonly T[], name: string): T[] {
  const items = raw.split(',').map((s) => s.trim());
  const bad = items.filter((item) => !allowed.includes(item as T));
  if (bad.length) throw new Error(`--${name}: unknown ${bad.join(', ')} (one of ${allowed.join(', ')})`);
  return items as T[];
}

const servers = listOf<Implementation>(values.servers, IMPLEMENTATIONS, 'servers');
const operations = listOf<OperationName>(values.operations, OPERATION_NAMES, 'operations');
const connections = values.connections.split(',').map(Number);
const seconds = Number(values.seconds);
const log = (line: string) => process.stderr.write(`probe: ${line}\n`);

const graph = await openGraph({ kind: 'local', root: values['data-dir'] }, { seed: 1, articles: Number(values.size), batchSize: 1000, log });
const running = [];
try {
  for (const implementation of servers) running.push(await startServer(implementation, { uri: graph.uri }));
  const sample = await drawSample(graph.driver, 50);
  for (const operation of operations) {
    for (const server of running) {
      const requests = sample[operation].map((input) => operationNamed(operation).request(server.implementation, input));
      for (const c of connections) {
        const result = await load({ url: server.url, requests, connections: c, seconds, warmUpSeconds: 2 });
        await quiesce(graph.driver);
        process.stdout.write(`${operation.padEnd(8)} ${server.implementation.padEnd(7)} c=${String(c).padEnd(2)} p50 ${result.p50Ms.toFixed(2)} ms  p99 ${result.p99Ms.toFixed(2)} ms  ${Math.round(result.requestsPerSecond)} req/s  ${result.failures} failures  peak RSS ${Math.round(server.peakRssMb())} MiB\n`);
      }
    }
  }
} finally {
  await Promise.all(running.map((server) => server.stop()));
  await graph.close();
}
