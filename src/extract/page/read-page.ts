/**
 * A saved or fetched web page → the article's text and metadata, or why the page holds no
 * article. Pure: no I/O, the same HTML gives the same reading.
 *
 * The main text is found by Mozilla's Readability (Firefox's reader view), which weighs text
 * density and link density across the page, after the page's chrome is gone: navigation, asides,
 * forms, site headers and footers, and teaser boxes (headlines linking to other articles), whose
 * names would otherwise become facts of this article.
 */
import { Readability } from '@mozilla/readability';
import { blockText } from './article-text.js';
import { parsePage, textOf, type PageDocument } from './dom.js';
import { listingReason, teaserBlocks } from './listing.js';
import { readMetadata } from './metadata.js';
import type { PageReading } from './types.js';
import { visibleDate } from './visible-date.js';

export type * from './types.js';

/** Never article text; a site header or footer inside <article> is the article's own (title, byline) and stays. */
const CHROME = [
  'script', 'style', 'noscript', 'template', 'iframe', 'nav', 'aside', 'form', 'button', 'select',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="search"]', '[aria-hidden="true"]',
].join(', ');

/**
 * Portals built before HTML5 name their chrome in classes and ids (<div id="footer">, "menu-top",
 * "box-related"): such a box goes too, unless it holds the headline or most of the page's text
 * (a wrapper named "page-footer-fixed" around everything must not take the article with it).
 */
const CHROME_NAME_RE = /(?:^|[-_\s])(?:footer|header|menu|nav|navbar|breadcrumbs?|sidebar|banner|copyright|share|social|comments?|related|tin-?khac|tin-?lien-?quan|most-?read|xem-?nhieu|tags?)(?:$|[-_\s])/iu;

const wordCount = (text: string): number => (text.match(/\S+/gu) ?? []).length;

function removeChrome(doc: PageDocument): void {
  for (const el of [...doc.querySelectorAll(CHROME)]) el.remove();
  for (const el of [...doc.querySelectorAll('header, footer')]) if (!el.closest('article')) el.remove();
  const pageWords = doc.body ? wordCount(textOf(doc.body)) : 0;
  for (const el of [...doc.querySelectorAll('[class], [id]')]) {
    if (!el.isConnected) continue;
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!CHROME_NAME_RE.test(name) || el.querySelector('h1') || el.closest('article')) continue;
    if (wordCount(textOf(el)) * 2 < pageWords) el.remove();
  }
}

export function readPage(html: string, opts: { url?: string | null } = {}): PageReading {
  const doc = parsePage(html);
  const metadata = readMetadata(doc, opts.url ?? null);
  if (metadata.publishedAt === null) {
    const seen = visibleDate(doc);
    if (seen) {
      metadata.publishedAt = seen.value;
      metadata.foundBy.publishedAt = seen.via;
    }
  }
  removeChrome(doc);
  const body = doc.body;
  if (!body || textOf(body) === '') return { ok: false, reason: 'the page has no visible text' };
  const teasers = teaserBlocks(body);
  const listing = listingReason(body, teasers);
  if (listing !== null) return { ok: false, reason: listing };
  for (const t of teasers) t.remove();

  // Readability's types name the browser's Document; linkedom's implements what it uses.
  const article = new Readability(doc as unknown as ConstructorParameters<typeof Readability>[0], { keepClasses: false }).parse();
  const content = article?.content ? blockText(parsePage(`<!doctype html><html><body>${article.content}</body></html>`).body) : '';
  if (content === '') return { ok: false, reason: 'no article text found on the page (Readability found no main content)' };

  if (metadata.title === null && article?.title) {
    metadata.title = article.title;
    metadata.foundBy.title = 'Readability (the page title)';
  }
  if (metadata.author === null && article?.byline) {
    metadata.author = article.byline.trim();
    metadata.foundBy.author = 'Readability (the byline)';
  }
  // The headline first, as in copied text: the extractor reads the first line as the title.
  const title = metadata.title;
  const text = title !== null && !content.startsWith(title) ? `${title}\n${content}` : content;
  return { ok: true, text, metadata };
}
