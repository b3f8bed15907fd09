import { describe, expect, it } from 'vitest';
import type { Implementation, OperationName } from '../../bench/operations.js';
import type { Cell } from '../../bench/reads.js';
import { largestOverSmallestP50, missedTargets, oursOverLibraryRps, oursOverRawP50, type SizeResult } from '../../bench/report.js';

const cell = (operation: OperationName, implementation: Implementation, connections: number, p50Ms: number, requestsPerSecond: number): Cell => ({
  operation, implementation, connections, p50Ms, requestsPerSecond, p99Ms: p50Ms * 3, seconds: 5, requests: requestsPerSecond * 5, failures: 0,
});

const size = (articles: number, cells: Cell[]): SizeResult => ({
  articles, reused: true, reads: { cells, sampleSize: { timeline: 1, chairs: 1, members: 1, search: 1, meeting: 1 }, warm: { passes: 2, steady: true }, peakRssMb: { ours: articles / 1000, cached: 1, library: 500, raw: 1 } },
  build: { seconds: 1, articlesPerSecond: 1, resumedFrom: 0, batchSize: 1, failed: 0, nodes: 1, relationships: 1, builtAt: '' },
});

const small = size(10_000, [
  cell('search', 'ours', 1, 6, 150), cell('search', 'raw', 1, 5, 190), cell('search', 'library', 1, 9, 100),
  cell('search', 'ours', 32, 60, 500), cell('search', 'library', 32, 50, 600),
]);
const large = size(1_000_000, [cell('search', 'ours', 1, 12, 80), cell('search', 'raw', 1, 6, 160)]);

describe('the ratios the targets are stated in', () => {
  it('divide our p50 by raw Cypher\'s at one client, and our requests/s by @neo4j/graphql\'s at each concurrency', () => {
    expect(oursOverRawP50([small])).toEqual([{ articles: 10_000, operation: 'search', connections: 1, value: 1.2 }]);
    expect(oursOverLibraryRps([small]).map((r) => [r.connections, r.value])).toEqual([[1, 1.5], [32, 500 / 600]]);
  });

  it('compare our p50 on the largest graph with the smallest, only when both ran', () => {
    expect(largestOverSmallestP50([small])).toEqual([]);
    expect(largestOverSmallestP50([large, small])).toEqual([{ articles: 1_000_000, operation: 'search', connections: 1, value: 2 }]);
  });

  it('name each missed target with its operation, size, concurrency and the number', () => {
    expect(missedTargets([small, large])).toEqual([
      'search at 1,000,000 (c=1): ours/raw p50 2.00 > 1.5',
      'search at 10,000 (c=32): ours/@neo4j/graphql req/s 0.83 < 1.1',
      'search at 1,000,000 (c=1): p50 over the smallest graph\'s 2.00 > 1.5',
      'at 1,000,000: our peak RSS 1000 MiB > @neo4j/graphql\'s 500',
    ]);
  });
});
