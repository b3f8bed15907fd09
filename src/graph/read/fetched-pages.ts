/**
 * What the graph remembers of pages fetched before, so a run does not fetch them again: the
 * validators the server gave (ETag, Last-Modified) and the hash of the bytes, by the address the
 * page was fetched from (an article's id derives from it).
 */
import type { Driver } from 'neo4j-driver';
import { articleId, EXTRACTOR_VERSION } from '../write/keys.js';

export interface StoredPage {
  etag: string | null;
  lastModified: string | null;
  pageHash: string | null;
  /** Stored by the current extractor: otherwise the page must be read again, even when unchanged. */
  current: boolean;
}

// One index seek per address (Article.id is unique); articles stored from text have no validators.
const FETCHED_PAGES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a.httpEtag AS etag, a.httpLastModified AS lastModified, a.pageHash AS pageHash, a.extractorVersion AS extractorVersion`;

export async function fetchedPages(driver: Driver, urls: readonly string[]): Promise<Map<string, StoredPage>> {
  const idToUrl = new Map(urls.map((u) => [articleId(u), u]));
  if (idToUrl.size === 0) return new Map();
  const { records } = await driver.executeQuery(FETCHED_PAGES, { ids: [...idToUrl.keys()] }, { routing: 'READ' });
  return new Map(
    records.map((r) => [
      idToUrl.get(r.get('id') as string)!,
      {
        etag: r.get('etag') as string | null,
        lastModified: r.get('lastModified') as string | null,
        pageHash: r.get('pageHash') as string | null,
        current: r.get('extractorVersion') === EXTRACTOR_VERSION,
      },
    ]),
  );
}
