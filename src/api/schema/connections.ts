/**
 * Forward-only cursor connections: `first` (at most MAX_PAGE_SIZE) and `after`. The graph reads
 * page by keyset (graph/read/page.ts), which has no backward reading, so `last`/`before` are not
 * offered rather than offered and refused.
 */
import type { ArgBuilder } from '@pothos/core';
import { DEFAULT_PAGE_SIZE, Keyset, MAX_PAGE_SIZE, type Page, type PageArgs } from '../../graph/read/page.js';
import type { Types } from '../builder.js';

export const pageArgs = (arg: ArgBuilder<Types>) => ({
  first: arg.int({ description: `How many, from 0 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when not given.` }),
  after: arg.string({ description: 'The endCursor of the page before.' }),
});

export function toConnection<T>(page: Page<T>) {
  return {
    edges: page.edges,
    pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: false, startCursor: page.edges[0]?.cursor ?? null, endCursor: page.endCursor },
  };
}

/**
 * Pages of a list read whole (a body's members, a person's posts): the same first/after and cursors
 * as the lists read page by page, each row's cursor naming the row by `keyOf`.
 */
export function listPager<T>(list: string, keyOf: (row: T) => string) {
  const keyset = new Keyset(list, ['string']);
  return (rows: readonly T[], args: PageArgs) => toConnection(keyset.pageOf(rows.map((row) => ({ row, key: [keyOf(row)] })), args));
}
