/**
 * One search box over people, bodies and meetings, through the full-text index. A ranked top list,
 * not a connection: relevance has no stable order to page by, and past the first hundred hits a
 * narrower query serves better than a deeper page.
 */
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../graph/read/page.js';
import { ReadInputError } from '../../graph/errors.js';
import { search, SEARCH_KINDS, type SearchHit } from '../../graph/read/search.js';
import { builder } from '../builder.js';

const SearchKindEnum = builder.enumType('SearchKind', { values: SEARCH_KINDS });

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  fields: (t) => ({
    kind: t.field({ type: SearchKindEnum, resolve: (h) => h.kind }),
    label: t.exposeString('label', { description: 'A person\'s or body\'s name, a meeting\'s title.' }),
    detail: t.exposeString('detail', { nullable: true, description: 'What tells two hits of one name apart: a person\'s latest post, a meeting\'s date, a body\'s place.' }),
    score: t.exposeFloat('score', { description: 'Relevance; higher is better.' }),
    // The hit's row names its type, so the node is answered from it, not loaded again by id.
    node: t.field({ type: builder.nodeInterfaceRef(), nullable: true, resolve: (h) => ({ ...h.row, __typename: h.kind }) }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description: 'People, bodies and meetings whose names have every word of `text`, without diacritics if you like ("dao khanh ha"); the last word may be a prefix. Best first.',
    args: {
      text: t.arg.string({ required: true }),
      kinds: t.arg({ type: [SearchKindEnum], description: 'Only these kinds; all when not given.' }),
      first: t.arg.int({ description: `How many, from 1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when not given.` }),
    },
    resolve: (_root, args, ctx) => {
      const limit = args.first ?? DEFAULT_PAGE_SIZE;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
        throw new ReadInputError('BAD_PAGE_SIZE', `first must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${limit}`);
      }
      return search(ctx.reads, args.text, { kinds: args.kinds ?? undefined, limit });
    },
  }),
);
