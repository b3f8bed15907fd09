/**
 * Load on one server with autocannon: POST requests rotating over the sample's bodies (a shared
 * counter, so the connections do not all ask the same input at once), a warm-up first, then a
 * timed run. A GraphQL answer with `errors` counts as a failure as well as a non-2xx status.
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

async function fire(options: LoadOptions, seconds: number): Promise<{ result: autocannon.Result; answerErrors: number }> {
  let next = 0;
  let answerErrors = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{
      setupRequest: (request) => {
        const { path, body } = options.requests[next++ % options.requests.length]!;
        return { ...request, path, body };
      },
      onResponse: (status, body) => {
        if (status === 200 && body.includes('"errors":[')) answerErrors++;
      },
    }],
  });
  return { result, answerErrors };
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  if (options.warmUpSeconds > 0) await fire(options, options.warmUpSeconds);
  const { result, answerErrors } = await fire(options, options.seconds);
  return {
    connections: options.connections,
    seconds: options.seconds,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx + answerErrors,
  };
}
