/**
 * The graph the read tests query: the seed articles and the invented ones, ingested once per file
 * into the emptied test database, and removed after it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { applySchema } from '../../../src/graph/schema.js';
import { ingestMany } from '../../../src/graph/write/ingest.js';
import type { ArticleInput } from '../../../src/graph/write/types.js';
import { resetGraph } from '../../helpers/graph.js';
import { AN_LAO_2024, LE_CHAN_2022, LE_CHAN_2023, LE_CHAN_2024, NGO_QUYEN_2023 } from '../../helpers/invented-articles.js';
import { testDriver } from '../../helpers/neo4j.js';

const SEED_DIR = fileURLToPath(new URL('../../../seed/', import.meta.url));
const SEEDS: ArticleInput[] = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ source: `seed/${f}`, url: null, text: readFileSync(`${SEED_DIR}${f}`, 'utf8') }));

export const SEED_2022_ARTICLE = 'article:000-aed11e5a3adca584-80e3d64f';
export const SEED_2024_ARTICLE = 'article:002-b3b1cc480d78469e-17d524f4';

/** Registers the file's beforeAll/afterAll; the driver is there once beforeAll has run. */
export function useReadGraph(): () => Driver {
  let driver: Driver | null = null;
  beforeAll(async () => {
    driver = testDriver();
    await applySchema(driver);
    await resetGraph(driver);
    const refused: string[] = [];
    await ingestMany(driver, [...SEEDS, LE_CHAN_2022, LE_CHAN_2023, AN_LAO_2024, LE_CHAN_2024, NGO_QUYEN_2023], {
      onOutcome: (o) => {
        if (!o.ok) refused.push(o.error);
      },
    });
    if (refused.length > 0) throw new Error(`articles refused: ${refused.join('; ')}`);
  });
  afterAll(async () => {
    if (!driver) return;
    await resetGraph(driver);
    await driver.close();
  });
  return () => {
    if (!driver) throw new Error('the read graph is loaded in beforeAll');
    return driver;
  };
}

export interface RecordedQuery {
  query: string;
  params: Record<string, unknown>;
}

/**
 * The driver, noting every query the reads run through it: to count round trips and to EXPLAIN them.
 * Reads run as auto-commit queries in a session (and retry through executeQuery): both are noted.
 */
export function recording(driver: Driver): { driver: Driver; queries: RecordedQuery[] } {
  const queries: RecordedQuery[] = [];
  const note = (query: unknown, params: unknown) => queries.push({ query: String(query), params: (params ?? {}) as Record<string, unknown> });
  const proxy = new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'executeQuery') {
        return (...args: Parameters<Driver['executeQuery']>) => {
          note(args[0], args[1]);
          return target.executeQuery(...args);
        };
      }
      if (prop === 'session') {
        return (...args: Parameters<Driver['session']>) => {
          const session = target.session(...args);
          return new Proxy(session, {
            get(s, sprop, sreceiver) {
              if (sprop !== 'run') return Reflect.get(s, sprop, sreceiver) as unknown;
              return (...runArgs: Parameters<typeof session.run>) => {
                note(runArgs[0], runArgs[1]);
                return s.run(...runArgs);
              };
            },
          });
        };
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
  return { driver: proxy, queries };
}
