/**
 * Stable, readable ids and the keys entity resolution compares. Ids are derived from keys, never
 * random, so the same fact written twice (or by two processes at once) lands on the same node.
 */
import { createHash } from 'node:crypto';
import { foldKey, normalizeText, slugify } from '../../extract/normalize.js';

/** Bump when the extractor's output changes for the same text: stored articles are then re-extracted on ingest. */
export const EXTRACTOR_VERSION = '2026-11-29.3';

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** The content hash of an article: over the text as users see it (NFC, one kind of space), so byte-level noise is "unchanged". */
export const contentHash = (text: string): string => sha256(normalizeText(text).trim());

const MAX_SLUG = 48;
const shortSlug = (s: string): string => slugify(s).slice(0, MAX_SLUG).replace(/-+$/u, '');

/** "article:<readable tail of the URL or file>-<8 hex of the identity>": stable for one URL whatever its content. */
export function articleId(identity: string): string {
  const tail = identity.replace(/[?#].*$/u, '').replace(/\/+$/u, '').split('/').pop() ?? '';
  const readable = shortSlug(tail.replace(/\.[a-z0-9]{2,5}$/iu, ''));
  return `article:${readable ? `${readable}-` : ''}${sha256(identity).slice(0, 8)}`;
}


/** Folded words for the full-text index: no diacritics, đ→d, punctuation as spaces, so every syllable is a token. */
export const searchText = (...parts: readonly (string | null | undefined)[]): string => {
  const folded = parts.filter((p): p is string => Boolean(p)).map((p) => foldKey(p).replace(/[^a-z0-9]+/gu, ' ').trim());
  return [...new Set(folded)].join(' ');
};

export const orgId = (key: string): string => `org:${slugify(key)}`;
export const placeId = (name: string): string => `place:${slugify(name)}`;

/** "Trưởng" in "Ban Tuyên giáo Thành ủy Hải Phòng" → "position:truong@ban-tuyen-giao-thanh-uy-hai-phong". */
export const positionId = (title: string, organizationId: string | null): string =>
  `position:${slugify(title)}${organizationId ? `@${organizationId.slice('org:'.length)}` : ''}`;

/** Acting is a tenure of its own: "quyền Chủ tịch" and a later "Chủ tịch" are two spans, not one. */
export const tenureId = (personId: string, positionIdValue: string, acting: boolean): string =>
  `tenure:${personId.slice('person:'.length)}/${positionIdValue.slice('position:'.length)}${acting ? '/acting' : ''}`;

/** One meeting per (date, organizer, kind) across articles. */
export const meetingId = (date: string, organizerOrChairId: string, kind: string): string =>
  `meeting:${date}/${organizerOrChairId.replace(/^[a-z]+:/u, '')}/${slugify(kind)}`;

/** A meeting without a date cannot be matched across articles: it stays the reporting article's own. */
export const articleMeetingId = (articleIdValue: string, index: number): string =>
  `meeting:${articleIdValue.slice('article:'.length)}/${index + 1}`;
