/**
 * What one request may ask for, checked before anything runs, so a single query cannot tie up the
 * database: nesting depth, aliases (one field asked 500 times), tokens (the size of the document)
 * and an estimated cost (graphql-armor's: objects, scalars, nesting, and `first` written in the
 * query). Page sizes given as variables are bounded where pages are read (graph/read/page.ts).
 * The numbers leave room for the playground's examples and a person's whole timeline.
 */
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_ARTICLE_CHARS } from '../graph/write/article-text.js';

/**
 * `bodyBytes` bounds a request before it is parsed (Yoga answers 413). It admits the longest article
 * the writer takes (MAX_ARTICLE_CHARS, a million characters) even in UTF-8 at three bytes a letter.
 */
export const LIMITS = { depth: 12, aliases: 30, tokens: 4000, cost: 100_000, bodyBytes: 4 * 1024 * 1024 } as const;

/**
 * Armor's refusals carry no code, and clients branch on codes. Its reject callback receives each
 * refusal just made and about to be thrown, so the code is added there, to the error's own fresh
 * extensions object.
 */
const coded = {
  propagateOnRejection: true,
  onReject: [
    (_context: unknown, error: GraphQLError) => {
      Object.assign(error.extensions, { code: 'BAD_USER_INPUT', reason: 'LIMIT' });
    },
  ],
};

export const limitPlugins = (): Plugin[] => [
  maxTokensPlugin({ n: LIMITS.tokens, ...coded }),
  maxDepthPlugin({ n: LIMITS.depth, flattenFragments: true, ...coded }),
  maxAliasesPlugin({ n: LIMITS.aliases, ...coded }),
  costLimitPlugin({ maxCost: LIMITS.cost, ...coded }),
];

const bytes = (n: number): string => `${n.toLocaleString('en')} bytes`;

/** Yoga's 413 says only "Request body too large"; the sender needs the limit, and the size when it was declared. */
export const useBodyLimitMessage = (): Plugin => ({
  onResultProcess: ({ request, result, setResult }) => {
    if (Array.isArray(result) || !('errors' in result) || !result.errors?.some((e) => e.extensions?.code === 'REQUEST_ENTITY_TOO_LARGE')) return;
    const declared = Number(request.headers.get('content-length'));
    const size = Number.isInteger(declared) && declared > LIMITS.bodyBytes ? `of ${bytes(declared)} ` : '';
    const message = `Request body ${size}is over the limit of ${bytes(LIMITS.bodyBytes)} (${LIMITS.bodyBytes / 2 ** 20} MiB); an article's text may have at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters.`;
    setResult({ ...result, errors: result.errors.map((e) => (e.extensions?.code === 'REQUEST_ENTITY_TOO_LARGE' ? new GraphQLError(message, { extensions: e.extensions }) : e)) });
  },
});
