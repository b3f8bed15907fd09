/** Builds the Yoga app without binding a port: tests call app.fetch() in-process. */
import { useGraphQlJit } from '@envelop/graphql-jit';
import { createYoga } from 'graphql-yoga';
import { DatabaseStatus, useReadiness } from './availability.js';
import type { Config } from '../config.js';
import { createContext, type AppDeps, type Context } from './context.js';
import { maskError, useShortErrors } from './errors.js';
import { corsPolicy, type CorsPolicy } from './cors.js';
import { LIMITS, limitPlugins, useBodyLimitMessage } from './limits.js';
import { EXAMPLES, graphiqlTabs } from './playground.js';
import { GraphVersions } from '../graph/read/version.js';
import { useGraphResponseCache } from './response-cache.js';
import { schema } from './schema/index.js';
import { useShapedRows } from './selection.js';

export interface AppOptions {
  logging?: boolean;
  graphiql?: boolean;
  /** Any origin by default, as in development. */
  cors?: CorsPolicy;
  /** How many answers the response cache keeps; 0 or absent: no cache. */
  responseCacheEntries?: number;
}

/** What the configuration turns on and off: in production (NODE_ENV=production) no playground, and CORS only for CORS_ORIGINS. */
export const appOptions = (config: Pick<Config, 'production' | 'corsOrigins' | 'responseCacheEntries'>): AppOptions => ({
  graphiql: !config.production,
  cors: corsPolicy(config.corsOrigins, config.production),
  responseCacheEntries: config.responseCacheEntries,
});

const toStderr = (line: string) => process.stderr.write(`${line}\n`);

export function createApp(deps: AppDeps, options: AppOptions = {}) {
  const database = new DatabaseStatus(deps.log ?? (options.logging === false ? () => {} : toStderr));
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request }) => createContext(deps, database, request),
    logging: options.logging ?? true,
    maskedErrors: { maskError },
    maxRequestBodySize: LIMITS.bodyBytes,
    cors: options.cors ?? corsPolicy(null, false),
    graphiql:
      options.graphiql === false
        ? false
        : { title: 'Officials graph', defaultQuery: EXAMPLES[0]!.query, defaultTabs: graphiqlTabs() },
    plugins: [
      // Each document compiled once into the code that executes it (kept by its text, least recently
      // used out first): a timeline request allocates 0.6 MB instead of 1.5 MB, most of it the
      // generic executor's per-field promises and objects, so less garbage under load.
      useGraphQlJit(),
      useShapedRows(),
      ...limitPlugins(),
      useBodyLimitMessage(),
      useShortErrors(),
      useReadiness(deps.driver, database),
      ...(options.responseCacheEntries ? [useGraphResponseCache(new GraphVersions(deps.driver), options.responseCacheEntries)] : []),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
