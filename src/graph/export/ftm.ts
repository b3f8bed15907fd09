/**
 * The graph as FollowTheMoney entities (the model of Aleph and OpenSanctions), one per row:
 *
 * - Person, Organization (with its parent body), Position (with its body);
 * - Occupancy: a person in a post, from the first to the last article that shows it (startDate is
 *   when it was first seen, not when the term began: news shows posts on dates, not terms), with
 *   status "ended" when an article calls it former, else "unknown" (the graph cannot tell current);
 * - Event for a meeting: its organizers, and its chairs, speakers and attendees as `involved`;
 * - Article for each source article, and Documentation from an article to each person it names.
 *
 * Sources: an Event's `proof` is the articles that report it; an Occupancy (an Interval, which has
 * no `proof`) carries their addresses in `sourceUrl`, the first article's sentence in `summary` and
 * the articles' ids in `recordId` (an article read from a file has no address); a Person is linked
 * to every article naming them by a Documentation. Pure: rows in, entities out.
 */
import { createHash } from 'node:crypto';
import type { ArticleRow, MeetingRow, OrganizationRow, ParticipantRole, PersonRow, PositionRow, TenureRow } from './rows.js';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** Vietnam, as FtM's country codes write it. */
const COUNTRY = 'vn';
/** Addresses in `sourceUrl` per occupancy: enough to check a post, bounded for a post seen in thousands of articles. */
export const MAX_SOURCE_URLS = 20;

// FtM ids: letters, digits, dots and dashes. The graph's ids also use ":", "/" and "@"; where any is
// replaced, a hash of the original keeps two ids that differ only there apart.
const FTM_ID_RE = /[^0-9a-zA-Z.-]+/gu;
export function ftmId(graphId: string): string {
  const readable = graphId.replace(FTM_ID_RE, '-').replace(/^-+|-+$/gu, '').slice(0, 200);
  return readable === graphId ? readable : `${readable}-${createHash('sha1').update(graphId).digest('hex').slice(0, 8)}`;
}

/** Properties without empty values; FtM has no nulls, only absent properties. */
function props(entries: Record<string, (string | null | undefined)[] | string | null | undefined>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, raw] of Object.entries(entries)) {
    const values = [...new Set((Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string' && v.trim() !== ''))];
    if (values.length > 0) out[key] = values;
  }
  return out;
}

const day = (v: string | null): string | null => (v && /^\d{4}-\d{2}-\d{2}/u.test(v) ? v.slice(0, 10) : null);

export function articleEntity(a: ArticleRow): FtmEntity {
  return {
    id: ftmId(a.id),
    schema: 'Article',
    properties: props({ title: a.title, name: a.title ?? a.url ?? a.source, author: a.author, publishedAt: day(a.publishedAt), sourceUrl: a.url, country: COUNTRY }),
  };
}

export function* personEntities(p: PersonRow): Generator<FtmEntity> {
  const id = ftmId(p.id);
  yield { id, schema: 'Person', properties: props({ name: p.name, alias: p.aliases.filter((a) => a !== p.name), nationality: COUNTRY, country: COUNTRY, address: p.province }) };
  for (const articleId of p.articleIds) {
    yield { id: ftmId(`doc:${articleId}>${p.id}`), schema: 'Documentation', properties: props({ document: ftmId(articleId), entity: id, role: 'named in the article' }) };
  }
}

export function organizationEntity(o: OrganizationRow): FtmEntity {
  return {
    id: ftmId(o.id),
    schema: 'Organization',
    properties: props({ name: o.name, alias: o.aliases.filter((a) => a !== o.name), parent: o.parentId ? ftmId(o.parentId) : null, jurisdiction: COUNTRY, country: COUNTRY, address: o.place, classification: o.kind }),
  };
}

export function positionEntity(p: PositionRow): FtmEntity {
  return {
    id: ftmId(p.id),
    schema: 'Position',
    properties: props({ name: p.name, organization: p.organizationId ? ftmId(p.organizationId) : null, country: COUNTRY }),
  };
}

export function occupancyEntity(t: TenureRow): FtmEntity {
  const seen = t.firstSeen && t.lastSeen ? `seen in ${t.observations} article statement(s) from ${t.firstSeen} to ${t.lastSeen}` : null;
  return {
    id: ftmId(t.id),
    schema: 'Occupancy',
    properties: props({
      holder: ftmId(t.personId),
      post: ftmId(t.positionId),
      startDate: day(t.firstSeen),
      endDate: day(t.endedBy),
      status: t.endedBy ? 'ended' : 'unknown',
      description: [seen, t.acting ? 'acting (quyền)' : null].filter(Boolean).join('; ') || null,
      sourceUrl: t.articles.slice(0, MAX_SOURCE_URLS).map((a) => a.url),
      recordId: t.articles.slice(0, MAX_SOURCE_URLS).map((a) => ftmId(a.id)),
      summary: t.articles[0]?.sentence ?? null,
    }),
  };
}

const ROLE_WORDS: Record<ParticipantRole, string> = { CHAIRED: 'chaired', SPOKE_AT: 'spoke', ATTENDED: 'attended' };

export function meetingEntity(m: MeetingRow): FtmEntity {
  const byRole = (role: ParticipantRole): string[] => [...new Set(m.participants.filter((p) => p.role === role).map((p) => p.personName))];
  const roles = (['CHAIRED', 'SPOKE_AT', 'ATTENDED'] as const).map((r) => (byRole(r).length ? `${ROLE_WORDS[r]}: ${byRole(r).join(', ')}` : null)).filter(Boolean);
  return {
    id: ftmId(m.id),
    schema: 'Event',
    properties: props({
      name: m.title,
      date: day(m.date),
      organizer: m.organizers.map((o) => ftmId(o.id)),
      involved: m.participants.map((p) => ftmId(p.personId)),
      summary: roles.join('; ') || null,
      description: m.kind,
      proof: m.articles.map((a) => ftmId(a.id)),
      sourceUrl: m.articles.map((a) => a.url),
      country: COUNTRY,
    }),
  };
}
