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
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const LIMITS = { depth: 12, aliases: 30, tokens: 4000, cost: 100_000 } as const;

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
