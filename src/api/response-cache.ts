/**
 * Answers to reads kept in memory, keyed by the graph's version, the operation and its variables: a
 * read-mostly graph answers a repeated question without asking Neo4j for more than its version.
 * Every write bumps the version in Neo4j (graph/write/statements.ts), so an ingest, merge or split
 * made through any API process, or by `ingest` beside them, retires every answer cached before it in
 * all of them; old answers are never looked up again and leave as the least recently used.
 *
 * Reads are public, so one cache serves every client. Mutations are never cached, nor are answers
 * with errors, nor `health`, which reports the database, not the graph.
 */
import { createInMemoryCache, hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { GraphVersions } from '../graph/read/version.js';

/** A key that must not be stored: the version could not be read (Neo4j down), so the answer is asked fresh. */
const UNKEYED = 'unkeyed:';
let unkeyed = 0;

export function useGraphResponseCache(versions: GraphVersions, entries: number): Plugin {
  return useResponseCache({
    session: () => null,
    cache: createInMemoryCache({ max: entries }),
    // The cache is invalidated by the version, not by what a mutation returns.
    invalidateViaMutation: false,
    ttlPerSchemaCoordinate: { 'Query.health': 0 },
    // `extensions.responseCache.hit` tells a client an answer came from memory.
    includeExtensionMetadata: true,
    // Given, so that the plugin sets no ETag: a client's If-None-Match would be answered 304 from a
    // key this process has not checked against the current version.
    shouldCacheResult: ({ cacheKey, result }) => !cacheKey.startsWith(UNKEYED) && !result.errors?.length,
    enabled: (request) => !request.headers.has('if-none-match'),
    buildResponseCacheKey: async ({ documentString, operationName, variableValues }) => {
      let version: string;
      try {
        version = await versions.current();
      } catch {
        // The read itself reports why, or health says "unavailable".
        return `${UNKEYED}${unkeyed++}`;
      }
      return `${version}:${await hashSHA256(`${operationName ?? ''}|${JSON.stringify(variableValues ?? {})}|${documentString}`)}`;
    },
  });
}
