/** The corpus as a whole: the population for a number of articles, and the articles in order. */
import { generateArticle, type GeneratedArticle } from './article.js';
import { CITY_NAMES } from './places.js';
import { MIN_PEOPLE, buildWorld, type World } from './population.js';
import { mixSeed } from './random.js';

export interface CorpusOptions {
  seed: number;
  articles: number;
  /** Default: one person per twenty articles, at least MIN_PEOPLE. */
  people?: number | null;
  /** How many cities the articles come from (1 by default), each with its own officials, districts and wards. */
  cities?: number | null;
}

const ARTICLES_PER_PERSON = 20;
export const MAX_CITIES = CITY_NAMES.length;

export const defaultPeople = (articles: number): number => Math.max(MIN_PEOPLE, Math.round(articles / ARTICLES_PER_PERSON));

export function worldFor(options: CorpusOptions): World {
  return buildWorld({ seed: options.seed, people: options.people ?? defaultPeople(options.articles) });
}

/**
 * One world per city: the first is worldFor's (same seed, same city), the others with seeds of their
 * own; the people asked for are shared among them, each at least MIN_PEOPLE.
 */
export function worldsFor(options: CorpusOptions): World[] {
  const count = options.cities ?? 1;
  if (count <= 1) return [worldFor(options)];
  const people = Math.max(MIN_PEOPLE, Math.round((options.people ?? defaultPeople(options.articles)) / count));
  return Array.from({ length: count }, (_, index) =>
    buildWorld({ seed: index === 0 ? options.seed : mixSeed(options.seed, 1000 + index), people, city: { index, count } }),
  );
}

/**
 * Articles `from` … `from + count - 1`, one at a time: memory stays flat however many. With several
 * worlds (cities), article i is the (i mod cities)-th city's.
 */
export function* generateArticles(world: World | readonly World[], count: number, from = 0): Generator<GeneratedArticle> {
  const worlds: readonly World[] = Array.isArray(world) ? world : [world as World];
  for (let i = from; i < from + count; i++) yield generateArticle(worlds[i % worlds.length] as World, i);
}
