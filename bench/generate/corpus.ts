/** The corpus as a whole: the population for a number of articles, and the articles in order. */
import { generateArticle, type GeneratedArticle } from './article.js';
import { MIN_PEOPLE, buildWorld, type World } from './population.js';

export interface CorpusOptions {
  seed: number;
  articles: number;
  /** Default: one person per twenty articles, at least MIN_PEOPLE. */
  people?: number | null;
}

const ARTICLES_PER_PERSON = 20;

export const defaultPeople = (articles: number): number => Math.max(MIN_PEOPLE, Math.round(articles / ARTICLES_PER_PERSON));

export function worldFor(options: CorpusOptions): World {
  return buildWorld({ seed: options.seed, people: options.people ?? defaultPeople(options.articles) });
}

/** Articles `from` … `from + count - 1`, one at a time: memory stays flat however many. */
export function* generateArticles(world: World, count: number, from = 0): Generator<GeneratedArticle> {
  for (let i = from; i < from + count; i++) yield generateArticle(world, i);
}
