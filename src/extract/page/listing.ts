/**
 * Teasers: a headline linking to another article, with perhaps a line of summary. A tag or
 * category page is a list of them and no article; an article page has some beside or under its
 * body ("Tin liên quan", "Tin khác"). Neither kind may reach the extractor: the officials a teaser
 * names belong to the other article, and that article says in full what the teaser half-says.
 */
import type { PageElement } from './dom.js';
import { textOf } from './dom.js';

/** A headline is a sentence's worth of words; menu entries ("Tin tức", "Xã hội") are one or two. */
const HEADLINE_MIN_WORDS = 6;

const words = (text: string): number => (text.match(/\S+/gu) ?? []).length;

export const isHeadlineLink = (a: PageElement): boolean => {
  const href = a.getAttribute('href') ?? '';
  return href !== '' && !href.startsWith('#') && !href.startsWith('javascript:') && words(textOf(a)) >= HEADLINE_MIN_WORDS;
};

/** A block this share of whose words is one headline link is a teaser; an article sentence with a link inside is far below. */
const TEASER_LINK_SHARE = 0.25;

/**
 * The teasers of a page: for each headline link, the smallest box around it that holds no other
 * headline link and little more text than a summary, when the link is a good part of that box.
 */
export function teaserBlocks(root: PageElement): PageElement[] {
  const found = new Set<PageElement>();
  for (const a of root.querySelectorAll('a[href]')) {
    if (!isHeadlineLink(a)) continue;
    const linkWords = words(textOf(a));
    let block: PageElement = a;
    for (let parent = block.parentElement; parent && parent !== root; parent = parent.parentElement) {
      const headlines = [...parent.querySelectorAll('a[href]')].filter(isHeadlineLink).length;
      if (headlines > 1 || words(textOf(parent)) > 3 * linkWords + 40) break;
      block = parent;
    }
    if (linkWords / Math.max(1, words(textOf(block))) >= TEASER_LINK_SHARE) found.add(block);
  }
  return [...found];
}

/**
 * Why the page is a list of teasers rather than an article, or null. Three teasers or more and
 * fewer words outside them than in them: the page's text is the list (an article's body outweighs
 * any "Tin liên quan" box under it).
 */
export function listingReason(root: PageElement, teasers: readonly PageElement[]): string | null {
  if (teasers.length < 3) return null;
  const inTeasers = teasers.reduce((n, t) => n + words(textOf(t)), 0);
  const outside = words(textOf(root)) - inTeasers;
  if (outside >= inTeasers) return null;
  return `a listing page (tag, category or search): ${teasers.length} article teasers and no article text of its own (${outside} words outside them); ingest the articles it links to instead`;
}
