/**
 * A web page's bytes → an article for the writer, for saved pages and fetched ones alike: decoded
 * (charset.ts), read (read-page.ts) and identified by the address it was fetched from, else the
 * address the page gives for itself, else its file. A page without an article (a tag page, an
 * empty shell) is skipped with the reason: it is no error of the run, but the user must see it.
 */
import { decodePage } from '../extract/page/charset.js';
import { readPage } from '../extract/page/read-page.js';
import type { FetchRecord } from '../graph/write/types.js';
import type { SourceItem } from './sources.js';

export interface HtmlOrigin {
  /** File path or address, as the summary names it. */
  source: string;
  /** The address it was fetched from; null for a saved file. */
  url: string | null;
  headerCharset?: string | null;
  fetched?: FetchRecord | null;
}

export function htmlArticle(bytes: Uint8Array, origin: HtmlOrigin): SourceItem {
  const decoded = decodePage(bytes, origin.headerCharset ?? null);
  const reading = readPage(decoded.text, { url: origin.url });
  if (!reading.ok) return { ok: false, skipped: true, source: origin.source, error: `${origin.source}: ${reading.reason}` };
  const url = origin.url ?? reading.metadata.url;
  return {
    ok: true,
    article: { source: origin.source, url, text: reading.text, page: { metadata: reading.metadata, fetched: origin.fetched ?? null } },
    ...(decoded.note ? { note: `${origin.source}: ${decoded.note}` } : {}),
  };
}
