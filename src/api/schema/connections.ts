/**
 * Forward-only cursor connections: `first` (at most MAX_PAGE_SIZE) and `after`. The graph reads
 * page by keyset (graph/read/page.ts), which has no backward reading, so `last`/`before` are not
 * offered rather than offered and refused.
 */
import type { ArgBuilder } from '@pothos/core';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page } from '../../graph/read/page.js';
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
