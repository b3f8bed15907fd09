/** Articles: by id, newest first, the people they name and the meetings they report. */
import type { ArticleRow } from './models.js';
import { Keyset, type KeyedRow, type Page, type PageArgs } from './page.js';
import { ARTICLE } from './projections.js';
import { byIdsQuery, loadMany, loadOne, readRows, type ReadSource } from './run.js';


// key, row: ArticleRow for each stored id.
const ARTICLES_BY_IDS = byIdsQuery('Article', 'a', ARTICLE);

// key, row: the ids of the people each article names, by name.
const PEOPLE_NAMED = `
UNWIND $keys AS key
MATCH (:Article {id: key})-[:MENTIONS]->(p:Person)
RETURN key, p.id AS row
ORDER BY key, p.nameKey, p.id`;

// key, row: the ids of the meetings each article reports, by date.
const MEETINGS_REPORTED = `
UNWIND $keys AS key
MATCH (:Article {id: key})-[:REPORTS]->(m:Meeting)
RETURN key, m.id AS row
ORDER BY key, m.date, m.id`;

// key, row: the text of each stored article.
const BODIES = byIdsQuery('Article', 'a', 'a.body');

// Newest first. There is no index on publishedAt: the page is a top-k over all articles.
const ARTICLES_PAGE = `
MATCH (a:Article)
WITH a, coalesce(a.publishedAt.epochMillis, $undated) AS at
WHERE $after IS NULL OR at < $after[0] OR (at = $after[0] AND a.id > $after[1])
RETURN ${ARTICLE} AS row, [at, a.id] AS key
ORDER BY at DESC, a.id
LIMIT $limit`;

/** Articles without a publication time sort after every dated one. */
const UNDATED = Number.MIN_SAFE_INTEGER;
const ARTICLES = new Keyset('articles', ['number', 'string']);

export function articlesByIds(source: ReadSource, ids: readonly string[]): Promise<(ArticleRow | null)[]> {
  return loadOne<ArticleRow>(source, ARTICLES_BY_IDS, ids);
}

export function articleBodies(source: ReadSource, ids: readonly string[]): Promise<(string | null)[]> {
  return loadOne<string>(source, BODIES, ids);
}

export function peopleNamedIn(source: ReadSource, articleIds: readonly string[]): Promise<string[][]> {
  return loadMany<string>(source, PEOPLE_NAMED, articleIds);
}

export function meetingsReportedIn(source: ReadSource, articleIds: readonly string[]): Promise<string[][]> {
  return loadMany<string>(source, MEETINGS_REPORTED, articleIds);
}

export async function listArticles(source: ReadSource, args: PageArgs = {}): Promise<Page<ArticleRow>> {
  const params = ARTICLES.params(args);
  const rows = await readRows<KeyedRow<ArticleRow>>(source, ARTICLES_PAGE, { after: params.after, limit: params.limit, undated: UNDATED });
  return ARTICLES.page(rows, params);
}
