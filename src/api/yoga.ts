/** Builds the Yoga app without binding a port: tests call app.fetch() in-process. */
import { createYoga } from 'graphql-yoga';
import { DatabaseStatus, useReadiness } from './availability.js';
import type { Config } from '../config.js';
import { createContext, type AppDeps, type Context } from './context.js';
import { maskError, useShortErrors } from './errors.js';
import { corsPolicy, type CorsPolicy } from './cors.js';
import { LIMITS, limitPlugins, useBodyLimitMessage } from './limits.js';
import { EXAMPLES, graphiqlTabs } from './playground.js';
import { schema } from './schema/index.js';

export interface AppOptions {
  logging?: boolean;
  graphiql?: boolean;
  /** Any origin by default, as in development. */
  cors?: CorsPolicy;
}

/** What the configuration turns on and off: in production (NODE_ENV=production) no playground, and CORS only for CORS_ORIGINS. */
export const appOptions = (config: Pick<Config, 'production' | 'corsOrigins'>): AppOptions => ({
  graphiql: !config.production,
  cors: corsPolicy(config.corsOrigins, config.production),
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
      ...limitPlugins(),
      useBodyLimitMessage(),
      useShortErrors(),
      useReadiness(deps.driver, database),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
