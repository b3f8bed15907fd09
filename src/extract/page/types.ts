/**
 * What a web page says about its article besides the text, and where on the page each fact was
 * read: a reader (or a test) can then tell a JSON-LD date from one guessed off a <time> element.
 */
export type PageField = 'title' | 'publishedAt' | 'author' | 'url';

export interface PageMetadata {
  title: string | null;
  /** ISO 8601 in Vietnam's time (+07:00), or a date alone when the page gives no time. */
  publishedAt: string | null;
  author: string | null;
  /** The page's own address for itself (canonical link, og:url, JSON-LD url). */
  url: string | null;
  /** For each field found, how: "JSON-LD NewsArticle.datePublished", "meta article:published_time", … */
  foundBy: Partial<Record<PageField, string>>;
}

/** A page read into the article text the extractor is built for, or why it holds no article. */
export type PageReading =
  | { ok: true; text: string; metadata: PageMetadata }
  | { ok: false; reason: string };
