/**
 * A feed (RSS, Atom, RDF or JSON Feed; feedsmith tells which and parses it) → the addresses of
 * its items, newest first as the feed lists them.
 */
import { parseFeed } from 'feedsmith';

export type FeedLinks = { ok: true; format: string; links: string[] } | { ok: false; reason: string };

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

function linkOf(item: Record<string, unknown>): string | null {
  for (const key of ['link', 'url', 'external_url']) if (typeof item[key] === 'string' && item[key]) return item[key];
  // Atom: the alternate link (or the first that has no rel).
  const links = asArray(item.links) as { href?: string; rel?: string }[];
  const alternate = links.find((l) => (l.rel ?? 'alternate') === 'alternate' && l.href) ?? links.find((l) => l.href);
  if (alternate?.href) return alternate.href;
  // RSS items may carry their address only as a permalink guid.
  const guid = item.guid as { value?: string; isPermaLink?: boolean } | string | undefined;
  const g = typeof guid === 'string' ? guid : guid?.value;
  return g && /^https?:\/\//u.test(g) ? g : null;
}

export function feedLinks(text: string, feedUrl: string): FeedLinks {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch (e) {
    return { ok: false, reason: `not an RSS, Atom or JSON feed (${e instanceof Error ? e.message : String(e)})` };
  }
  const feed = parsed.feed as Record<string, unknown>;
  const items = [...asArray(feed.items), ...asArray(feed.entries)] as Record<string, unknown>[];
  const links: string[] = [];
  for (const item of items) {
    const link = linkOf(item);
    if (link === null) continue;
    try {
      const absolute = new URL(link.trim(), feedUrl).href;
      if (/^https?:/u.test(absolute) && !links.includes(absolute)) links.push(absolute);
    } catch {
      // an item whose link is not an address is no article we can fetch
    }
  }
  return { ok: true, format: parsed.format, links };
}
