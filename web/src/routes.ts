/**
 * The page's addresses. A graph id "person:dao-khanh-ha" is shown as /person/dao-khanh-ha, and a
 * meeting's "meeting:2024-07-03/org/kind" as /meeting/2024-07-03/org/kind: readable, and shareable
 * with the date that the page shows in ?date=.
 */
const PAGE_OF_PREFIX = { person: 'person', org: 'org', meeting: 'meeting', article: 'article' } as const;
type Prefix = keyof typeof PAGE_OF_PREFIX;

/** The page of a person, body, meeting or article id; the search page for any other id. */
export function pathOf(id: string, date?: string | null): string {
  const colon = id.indexOf(':');
  const page: string | undefined = PAGE_OF_PREFIX[id.slice(0, colon) as Prefix];
  if (!page) return '/';
  const path = `/${page}/${id.slice(colon + 1).split('/').map(encodeURIComponent).join('/')}`;
  return date ? `${path}?date=${date}` : path;
}

export function idOf(prefix: Prefix, rest: string): string {
  return `${prefix}:${rest}`;
}

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/u;

/** A date from the address when it is one; otherwise null, and the page picks its own. */
export function dateParam(value: string | undefined): string | null {
  return value && DATE_PATTERN.test(value) ? value : null;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
