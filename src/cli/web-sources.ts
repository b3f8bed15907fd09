/**
 * Addresses (given, listed in a file, or read from feeds) → a stream of articles for the writer,
 * fetched politely (fetch/polite-fetcher.ts) and never twice for nothing:
 *
 * - an item a feed lists again, already stored, is not fetched (a feed is re-read for its new items);
 * - a page stored before is asked for with its ETag / Last-Modified, and a 304 skips it;
 * - a page whose bytes hash as the stored copy's is skipped without being read.
 *
 * Every address ends in the tally (fetched, skipped, refused, failed) with its reason, in order.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { charsetOfContentType, decodePage } from '../extract/page/charset.js';
import { feedLinks } from '../fetch/feed-links.js';
import type { FetchOutcome, PoliteFetcher } from '../fetch/polite-fetcher.js';
import type { StoredPage } from '../graph/read/fetched-pages.js';
import { htmlArticle } from './html-article.js';
import type { SourceItem } from './sources.js';
import { isWebAddress } from './web-address.js';

export type StoredPages = (urls: readonly string[]) => Promise<Map<string, StoredPage>>;

export interface WebRequest {
  url: string;
  /** Items of a feed are new only when not stored; a page asked for by name is checked for changes. */
  fromFeed: boolean;
}

export class FetchTally {
  fetched = 0;
  retried = 0;
  readonly skipped = { notModified: 0, sameContent: 0, alreadyStored: 0, noArticle: 0 };
  refused = 0;
  failed = 0;

  format(): string {
    const s = this.skipped;
    const skipped = s.notModified + s.sameContent + s.alreadyStored + s.noArticle;
    const why = [
      s.notModified && `${s.notModified} not modified (304)`,
      s.sameContent && `${s.sameContent} same bytes as stored`,
      s.alreadyStored && `${s.alreadyStored} feed items already stored, not fetched`,
      s.noArticle && `${s.noArticle} pages without an article`,
    ].filter(Boolean);
    return (
      `${this.fetched} fetched${this.retried ? ` (${this.retried} after retries)` : ''}, ` +
      `${skipped} skipped${why.length ? ` (${why.join(', ')})` : ''}, ${this.refused} refused, ${this.failed} failed`
    );
  }
}

export interface WebSourceOptions {
  fetcher: PoliteFetcher;
  stored: StoredPages;
  tally: FetchTally;
  /** Pages fetched at once, ahead of the writer (results still leave in order). */
  window?: number;
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/iu;
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const failed = (source: string, error: string): SourceItem => ({ ok: false, source, error: `${source}: ${error}` });
const skipped = (source: string, error: string): SourceItem => ({ ok: false, skipped: true, source, error: `${source}: ${error}` });

/** An address list: one per line; blank lines and lines starting with # are left out. */
export async function readUrlList(file: string, cwd: string): Promise<{ urls: string[]; problems: SourceItem[] }> {
  const name = path.relative(cwd, path.resolve(cwd, file)) || file;
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    return { urls: [], problems: [failed(name, `cannot read the address list (${e instanceof Error ? e.message : String(e)})`)] };
  }
  const urls: string[] = [];
  const problems: SourceItem[] = [];
  text.split(/\r?\n/u).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (isWebAddress(line)) urls.push(line);
    else problems.push(failed(`${name}:${i + 1}`, `"${line.slice(0, 80)}" is not an http or https address`));
  });
  return { urls, problems };
}


/** The items of each feed, as requests; a feed that cannot be read is a failure in its place. */
export async function* feedRequests(feeds: readonly string[], { fetcher, tally }: WebSourceOptions): AsyncGenerator<WebRequest | SourceItem> {
  for (const feed of feeds) {
    const got = await fetcher.get(feed);
    if (got.kind !== 'fetched') {
      yield outcomeItem(got, tally);
      continue;
    }
    const decoded = decodePage(got.bytes, charsetOfContentType(got.headers.get('content-type')));
    const read = feedLinks(decoded.text, got.finalUrl);
    if (!read.ok) {
      tally.failed++;
      yield failed(feed, read.reason);
      continue;
    }
    for (const url of read.links) yield { url, fromFeed: true };
  }
}

/** A fetch that gave no page, as a skip or failure, counted. */
function outcomeItem(got: Exclude<FetchOutcome, { kind: 'fetched' }>, tally: FetchTally): SourceItem {
  switch (got.kind) {
    case 'not-modified':
      tally.skipped.notModified++;
      return skipped(got.url, `not modified since it was stored (${got.by}), not read again`);
    case 'refused':
      tally.refused++;
      return skipped(got.url, `refused: ${got.reason}`);
    case 'failed':
      tally.failed++;
      return failed(got.url, got.reason);
  }
}

async function page(request: WebRequest, stored: StoredPage | undefined, { fetcher, tally }: WebSourceOptions): Promise<SourceItem> {
  const { url } = request;
  if (stored && request.fromFeed) {
    tally.skipped.alreadyStored++;
    return skipped(url, 'already stored; the feed lists it again');
  }
  // A copy stored by an older extractor must be read again, so it is not asked for conditionally.
  const known = stored?.current ? stored : null;
  const got = await fetcher.get(url, known && (known.etag || known.lastModified) ? { etag: known.etag, lastModified: known.lastModified } : null);
  if (got.kind !== 'fetched') return outcomeItem(got, tally);
  if (got.tries > 1) tally.retried++;
  const bodyHash = sha256(got.bytes);
  if (known?.pageHash === bodyHash) {
    tally.skipped.sameContent++;
    return skipped(url, 'the same bytes as the stored copy (content hash), not read again');
  }
  const contentType = got.headers.get('content-type');
  if (contentType && !HTML_TYPES.test(contentType)) {
    tally.failed++;
    return failed(url, `not a web page (${contentType.split(';')[0]})`);
  }
  tally.fetched++;
  const item = htmlArticle(got.bytes, {
    source: url,
    url,
    headerCharset: charsetOfContentType(contentType),
    fetched: { etag: got.headers.get('etag'), lastModified: got.headers.get('last-modified'), bodyHash, fetchedAt: new Date().toISOString() },
  });
  if (!item.ok && item.skipped) tally.skipped.noArticle++;
  return item;
}

/** How many addresses are looked up in the graph at once. */
const LOOKUP_CHUNK = 200;

/**
 * The articles of the requests, in request order. Requests are taken in chunks: the graph is
 * asked once per chunk what it holds, and up to `window` pages are fetched ahead of the writer.
 */
export async function* webSources(requests: AsyncIterable<WebRequest | SourceItem>, options: WebSourceOptions): AsyncGenerator<SourceItem> {
  const window = options.window ?? 8;
  let chunk: (WebRequest | SourceItem)[] = [];
  const drain = async function* (): AsyncGenerator<SourceItem> {
    const urls = chunk.flatMap((r) => ('fromFeed' in r ? [r.url] : []));
    const stored = await options.stored([...new Set(urls)]);
    const seen = new Set<string>();
    const queue: Promise<SourceItem>[] = [];
    for (const r of chunk) {
      if (!('fromFeed' in r)) queue.push(Promise.resolve(r));
      else if (seen.has(r.url)) continue;
      else {
        seen.add(r.url);
        queue.push(page(r, stored.get(r.url), options));
      }
      if (queue.length >= window) yield await queue.shift()!;
    }
    while (queue.length > 0) yield await queue.shift()!;
    chunk = [];
  };
  for await (const r of requests) {
    chunk.push(r);
    if (chunk.length >= LOOKUP_CHUNK) yield* drain();
  }
  if (chunk.length > 0) yield* drain();
}
