/**
 * Stable, readable ids and the keys entity resolution compares. Ids are derived from keys, never
 * random, so the same fact written twice (or by two processes at once) lands on the same node.
 */
import { createHash } from 'node:crypto';
import { foldKey, normalizeText, slugify } from '../../extract/normalize.js';

/** Bump when the extractor's output changes for the same text: stored articles are then re-extracted on ingest. */
export const EXTRACTOR_VERSION = '2026-12-06.1';

/** The kind each id starts with, in one place: the writer makes ids with it, the API reads their kind back. */
export const ID_PREFIX = {
  Person: 'person', Organization: 'org', Position: 'position', Tenure: 'tenure', Meeting: 'meeting', Article: 'article', Place: 'place',
} as const;
export type NodeLabel = keyof typeof ID_PREFIX;

export const idOf = (label: NodeLabel, rest: string): string => `${ID_PREFIX[label]}:${rest}`;
/** An id without its kind: "org:ban-tuyen-giao" → "ban-tuyen-giao". */
const localPart = (id: string): string => id.slice(id.indexOf(':') + 1);

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** The content hash of an article: over the text as users see it (NFC, one kind of space), so byte-level noise is "unchanged". */
export const contentHash = (text: string): string => sha256(normalizeText(text).trim());

const MAX_SLUG = 48;
const shortSlug = (s: string): string => slugify(s).slice(0, MAX_SLUG).replace(/-+$/u, '');

/** "article:<readable tail of the URL or file>-<8 hex of the identity>": stable for one URL whatever its content. */
export function articleId(identity: string): string {
  const tail = identity.replace(/[?#].*$/u, '').replace(/\/+$/u, '').split('/').pop() ?? '';
  const readable = shortSlug(tail.replace(/\.[a-z0-9]{2,5}$/iu, ''));
  return idOf('Article', `${readable ? `${readable}-` : ''}${sha256(identity).slice(0, 8)}`);
}

/** Folded words for the full-text index: no diacritics, đ→d, punctuation as spaces, so every syllable is a token. */
export const searchText = (...parts: readonly (string | null | undefined)[]): string => {
  const folded = parts.filter((p): p is string => Boolean(p)).map((p) => foldKey(p).replace(/[^a-z0-9]+/gu, ' ').trim());
  return [...new Set(folded)].join(' ');
};

export const orgId = (key: string): string => idOf('Organization', slugify(key));
export const placeId = (name: string): string => idOf('Place', slugify(name));

/**
 * A body whose name leaves its place out and whose place the article does not give ("Tỉnh ủy" in a
 * national outlet's article) is that article's own: "org:tinh-uy~<article>", never shared.
 */
export const scopedOrgId = (key: string, articleIdValue: string): string => idOf('Organization', `${slugify(key)}~${localPart(articleIdValue)}`);

/** "Trưởng" in "Ban Tuyên giáo Thành ủy Hải Phòng" → "position:truong@ban-tuyen-giao-thanh-uy-hai-phong". */
export const positionId = (title: string, organizationId: string | null): string =>
  idOf('Position', `${slugify(title)}${organizationId ? `@${localPart(organizationId)}` : ''}`);

/** Acting is a tenure of its own: "quyền Chủ tịch" and a later "Chủ tịch" are two spans, not one. */
export const tenureId = (personId: string, positionIdValue: string, acting: boolean): string =>
  idOf('Tenure', `${localPart(personId)}/${localPart(positionIdValue)}${acting ? '/acting' : ''}`);

/** One meeting per (date, organizer, kind) across articles. */
export const meetingId = (date: string, organizerOrChairId: string, kind: string): string =>
  idOf('Meeting', `${date}/${localPart(organizerOrChairId)}/${slugify(kind)}`);

/** A meeting without a date cannot be matched across articles: it stays the reporting article's own. */
export const articleMeetingId = (articleIdValue: string, index: number): string =>
  idOf('Meeting', `${localPart(articleIdValue)}/${index + 1}`);
