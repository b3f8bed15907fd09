/**
 * Synthetic corpus generator: a seeded, controlled population of officials in an invented city,
 * and articles in the city portal's style about their meetings, each with its ground truth.
 *
 *   const world = worldFor({ seed: 1, articles: 100_000 });
 *   for (const { article, truth } of generateArticles(world, 100_000)) …
 */
export { generateArticle, type Article, type ArticleTruth, type GeneratedArticle, type PartOfDay, type TruthMeeting, type TruthPerson, type TruthRef } from './article.js';
export { MAX_CITIES, defaultPeople, generateArticles, worldFor, worldsFor, type CorpusOptions } from './corpus.js';
export { MIN_PEOPLE, buildWorld, holderAt, seatsOf, tenureOn, type Person, type Post, type Seat, type Tenure, type World } from './population.js';
export type { TruthPost } from './phrasing.js';
export type { SpeakerRole } from './sentences.js';
export { emptyRecovery, ratio, scoreArticle, type Recovery, type Tally } from './score.js';
