/**
 * The read benchmark on one graph: the three servers started against it, the sample drawn, their
 * answers checked equal, every server warmed on every operation until steady, then each operation
 * loaded on each server at each concurrency, the servers taking turns at going first.
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
  warm: Warm;
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

/** How the servers were warmed before the first measured cell. */
export interface Warm {
  passes: number;
  steady: boolean;
}

/** A pass is steady when no server's req/s on any operation moved by more than this from the pass before. */
export const STEADY = 0.1;
const MAX_WARM_PASSES = 4;

/**
 * Every server hot on every operation before any is measured, pass after pass until a pass's
 * req/s agree with the one before. One short pass is not enough: Neo4j's JIT keeps compiling
 * for a minute or more of load after a start, and the servers measured first then pay for the
 * compiled code the later ones find ready (on the 10k graph, the library's timeline went from 262
 * to 292 req/s at 32 clients between two runs a minute apart, each on a fresh server process).
 */
async function warmUntilSteady(servers: readonly RunningServer[], sample: Sample, graph: BenchGraph, options: ReadsOptions): Promise<Warm> {
  let previous = new Map<string, number>();
  for (let passes = 1; ; passes++) {
    const rates = new Map<string, number>();
    for (const operation of OPERATION_NAMES) {
      for (const server of servers) {
        const result = await load({ url: server.url, requests: requestsFor(operation, server.implementation, sample), connections: Math.max(...CONCURRENCIES), seconds: options.warmUpSeconds, warmUpSeconds: 0 });
        await quiesce(graph.driver);
        rates.set(`${operation} ${server.implementation}`, result.requestsPerSecond);
      }
    }
    const steady = passes > 1 && [...rates].every(([key, rate]) => Math.abs(rate - previous.get(key)!) <= STEADY * previous.get(key)!);
    if (steady || passes === MAX_WARM_PASSES) return { passes, steady };
    previous = rates;
  }
}

/** The servers in another order for each operation, so that none is always measured first. */
const rotated = <T>(items: readonly T[], by: number): T[] => items.map((_, i) => items[(i + by) % items.length]!);

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
    const warm = await warmUntilSteady(servers, sample, graph, options);
    options.log(`warmed every server on every operation: ${warm.passes} passes of ${options.warmUpSeconds} s each, ${warm.steady ? `steady within ${STEADY * 100} %` : `not yet steady within ${STEADY * 100} % after the last`}; peak RSS so far ${servers.map((s) => `${s.implementation} ${Math.round(s.peakRssMb())} MiB`).join(', ')}`);
    const cells: Cell[] = [];
    for (const [index, operation] of OPERATION_NAMES.entries()) {
      for (const server of rotated(servers, index)) {
        const requests = requestsFor(operation, server.implementation, sample);
        for (const connections of CONCURRENCIES) {
          const result = await load({ url: server.url, requests, connections, seconds: options.seconds, warmUpSeconds: options.warmUpSeconds });
          const ended = await quiesce(graph.driver);
          options.log(`${operation} ${server.implementation} c=${connections}: p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, ${Math.round(result.requestsPerSecond)} req/s, ${result.failures} failures, peak RSS ${Math.round(server.peakRssMb())} MiB${ended ? `; ${ended} queries still running after it were ended` : ''}`);
          cells.push({ operation, implementation: server.implementation, ...result });
        }
      }
    }
    const peakRssMb = Object.fromEntries(servers.map((s) => [s.implementation, s.peakRssMb()])) as Record<Implementation, number>;
    return { sampleSize, warm, cells, peakRssMb };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}
