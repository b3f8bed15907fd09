/**
 * Load on one server with autocannon: POST requests rotating over the sample's bodies (a shared
 * counter, so the connections do not all ask the same input at once), a warm-up first, then a
 * timed run. A GraphQL answer with `errors` counts as a failure as well as a non-2xx status.
 * Latency is timed here, per request, from the moment autocannon builds it to its answer: autocannon's
 * own percentiles are whole milliseconds, and the floor answers in about one.
 */
import autocannon from 'autocannon';
import type { HttpRequest } from './operations.js';

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts, non-2xx statuses and GraphQL errors: a valid cell has none. */
  failures: number;
}

export interface LoadOptions {
  url: string;
  requests: readonly HttpRequest[];
  connections: number;
  seconds: number;
  warmUpSeconds: number;
}

interface Fired {
  result: autocannon.Result;
  answerErrors: number;
  /** Of every answered request, ms. */
  latencies: number[];
}

async function fire(options: LoadOptions, seconds: number): Promise<Fired> {
  let next = 0;
  let answerErrors = 0;
  const latencies: number[] = [];
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{
      // The context is the connection's: one request at a time on each.
      setupRequest: (request, context) => {
        const { path, body } = options.requests[next++ % options.requests.length]!;
        (context as { sentAt?: number }).sentAt = performance.now();
        return { ...request, path, body };
      },
      onResponse: (status, body, context) => {
        latencies.push(performance.now() - (context as { sentAt: number }).sentAt);
        if (status === 200 && body.includes('"errors":[')) answerErrors++;
      },
    }],
  });
  return { result, answerErrors, latencies };
}

/** The value below which `fraction` of the sorted values lie (nearest rank). */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  if (options.warmUpSeconds > 0) await fire(options, options.warmUpSeconds);
  const { result, answerErrors, latencies } = await fire(options, options.seconds);
  latencies.sort((a, b) => a - b);
  return {
    connections: options.connections,
    seconds: options.seconds,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    failures: result.errors + result.timeouts + result.non2xx + answerErrors,
  };
}
