/**
 * The read benchmark on one graph: the three servers started against it, the sample drawn, their
 * answers checked equal, every server warmed on every operation, then each operation loaded on each
 * server at each concurrency.
 */
import type { BenchGraph } from './graph.js';
import { checkAgreement } from './agreement.js';
import { load, type LoadResult } from './load.js';
import { IMPLEMENTATIONS, OPERATION_NAMES, operationNamed, type HttpRequest, type Implementation, type OperationName } from './operations.js';
import { quiesce } from './quiesce.js';
import { drawSample, type Sample } from './sample.js';
import { startServer, type RunningServer } from './servers/launch.js';

export const CONCURRENCIES = [1, 32] as const;

export interface Cell extends LoadResult {
  operation: OperationName;
  implementation: Implementation;
}

export interface ReadsResult {
  sampleSize: Record<OperationName, number>;
  cells: Cell[];
  /** Peak resident memory of each server process over the whole run, MiB. */
  peakRssMb: Record<Implementation, number>;
}

export interface ReadsOptions {
  sampleSize: number;
  seconds: number;
  warmUpSeconds: number;
  neo4j: { uri: string; user?: string; password?: string };
  log: (line: string) => void;
}

function requestsFor(name: OperationName, impl: Implementation, sample: Sample): HttpRequest[] {
  const operation = operationNamed(name);
  return sample[name].map((input) => operation.request(impl, input));
}

export async function measureReads(graph: BenchGraph, options: ReadsOptions): Promise<ReadsResult> {
  const servers: RunningServer[] = [];
  try {
    for (const impl of IMPLEMENTATIONS) servers.push(await startServer(impl, options.neo4j));
    const urls = Object.fromEntries(servers.map((s) => [s.implementation, s.url])) as Record<Implementation, string>;
    const sample = await drawSample(graph.driver, options.sampleSize);
    const sampleSize = await checkAgreement(urls, sample);
    options.log(`answers agree on ${OPERATION_NAMES.map((n) => `${sampleSize[n]} ${n}`).join(', ')}`);
    // Every server hot on every operation before any is measured: otherwise the first server of each
    // operation pays for the caches the others then find warm (Neo4j's page cache, the JVM's and V8's
    // compiled code, the query plans), and the order of the servers shows in the results.
    for (const operation of OPERATION_NAMES) {
      for (const server of servers) {
        await load({ url: server.url, requests: requestsFor(operation, server.implementation, sample), connections: Math.max(...CONCURRENCIES), seconds: options.warmUpSeconds, warmUpSeconds: 0 });
        await quiesce(graph.driver);
      }
    }
    options.log(`warmed every server on every operation for ${options.warmUpSeconds} s`);
    const cells: Cell[] = [];
    for (const operation of OPERATION_NAMES) {
      for (const server of servers) {
        const requests = requestsFor(operation, server.implementation, sample);
        for (const connections of CONCURRENCIES) {
          const result = await load({ url: server.url, requests, connections, seconds: options.seconds, warmUpSeconds: options.warmUpSeconds });
          const ended = await quiesce(graph.driver);
          options.log(`${operation} ${server.implementation} c=${connections}: p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, ${Math.round(result.requestsPerSecond)} req/s, ${result.failures} failures${ended ? `; ${ended} queries still running after it were ended` : ''}`);
          cells.push({ operation, implementation: server.implementation, ...result });
        }
      }
    }
    const peakRssMb = Object.fromEntries(servers.map((s) => [s.implementation, s.peakRssMb()])) as Record<Implementation, number>;
    return { sampleSize, cells, peakRssMb };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}
