/**
 * An article's extraction as rows for the writer's UNWIND statements. Pure: the same extraction and
 * resolver state give the same rows, so a transaction retried by the driver writes the same thing.
 * Node rows are keyed by id (a batch mentions a body or a person many times, the graph once).
 */
import { compareKey, slugify } from '../../extract/normalize.js';
import { kindOf } from '../../extract/organizations.js';
import type { ExtractedOrganization, Extraction } from '../../extract/types.js';
import type { ArticleRow as StoredArticle } from '../read/models.js';
import { articleMeetingId, EXTRACTOR_VERSION, meetingId, orgId, placeId, positionId, scopedOrgId, searchText, tenureId } from './keys.js';
import { bodyLineage, placeLineage, type Lineage } from './lineage.js';
import { articleLocalities, canonicalName, isElided, placeLevelIn, resolveOrgName, type Localities } from './organizations.js';
import { ParticipantSentences } from './participant-sentences.js';
import type { PersonMention, PersonResolver } from './people.js';
import type { PageInput } from './types.js';

/**
 * Where the page stated each fact (so a reader can weigh a JSON-LD date against one guessed off a
 * <time>), and what the next fetch of its URL needs to skip it when unchanged. Null for plain text,
 * which also clears them when a page is replaced by a plain-text version.
 */
function pageProps(page: PageInput | null | undefined): PageProps {
  const m = page?.metadata;
  const f = page?.fetched;
  return {
    canonicalUrl: m?.url ?? null,
    titleFoundBy: m?.foundBy.title ?? null,
    publishedAtFoundBy: m?.foundBy.publishedAt ?? null,
    authorFoundBy: m?.foundBy.author ?? null,
    httpEtag: f?.etag ?? null,
    httpLastModified: f?.lastModified ?? null,
    pageHash: f?.bodyHash ?? null,
    fetchedAt: f?.fetchedAt ?? null,
  };
}
export interface PageProps {
  canonicalUrl: string | null; titleFoundBy: string | null; publishedAtFoundBy: string | null; authorFoundBy: string | null;
  httpEtag: string | null; httpLastModified: string | null; pageHash: string | null; fetchedAt: string | null;
}

export interface PreparedArticle {
  id: string;
  source: string;
  url: string | null;
  contentHash: string;
  extraction: Extraction;
  /** The web page it was read from, if any. */
  page?: PageInput | null;
}

/** An article with every fact it states: written by one nested statement, one index seek per article. */
export interface ArticleFacts {
  id: string;
  props: Omit<StoredArticle, 'id'> & PageProps & { body: string; contentHash: string; extractorVersion: string; ingestedAt: string };
  people: string[];
  keptApart: KeptApartRow[];
  evidence: EvidenceRow[];
  reports: ReportRow[];
  chaired: ParticipationRow[];
  spoke: ParticipationRow[];
  attended: ParticipationRow[];
}
/** What the reorganization made of a node: the day it ceased, why, and what took over (lineage.ts). */
export interface LineageRow { ceasedOn: string | null; ceasedReason: string | null; successorId: string | null }
export interface PlaceRow extends LineageRow { id: string; name: string; kind: string | null; parentId: string | null }
export interface OrganizationRow extends LineageRow {
  id: string; name: string; nameKey: string; kind: string; aliases: string[]; placeId: string | null; parentId: string | null;
  /** The article a body with no place belongs to alone ("Tỉnh ủy" where no province can be known); null for a shared body. */
  scope: string | null;
}
export interface PersonRow { id: string; name: string; nameKey: string; slug: string; province: string | null }
export interface KeptApartRow { id: string; otherId: string; reason: string }
export interface PositionRow { id: string; title: string; name: string; organizationId: string | null; ceasedOn: string | null; ceasedReason: string | null }
export interface TenureRow { id: string; personId: string; positionId: string; acting: boolean; concurrent: boolean }
export interface EvidenceRow { tenureId: string; sentence: string; text: string; asOf: string | null; former: boolean; qualifier: string | null }
export interface MeetingRow { id: string; date: string | null; dateInferred: string | null; partOfDay: string | null; kind: string; title: string; searchText: string; organizerIds: string[] }
export interface ReportRow { meetingId: string; sentence: string }
export interface ParticipationRow { personId: string; meetingId: string; sentence: string; role: string | null; coChair: boolean }

export class Rows {
  readonly articles: ArticleFacts[] = [];
  readonly places = new Map<string, PlaceRow>();
  readonly organizations = new Map<string, OrganizationRow>();
  readonly people = new Map<string, PersonRow>();
  readonly positions = new Map<string, PositionRow>();
  readonly tenures = new Map<string, TenureRow>();
  readonly meetings = new Map<string, MeetingRow>();
}

/** Adds to `list` unless an equal row is there: an article's edges are CREATEd, so each must be listed once. */
function addOnce<T>(list: T[], row: T, key: (r: T) => string): void {
  const k = key(row);
  if (!list.some((r) => key(r) === k)) list.push(row);
}

const dateOf = (iso: string | null): string | null => (iso && /^\d{4}-\d{2}-\d{2}/u.test(iso) ? iso.slice(0, 10) : null);

/** Writes one article's rows into `rows`; returns the writer's warnings for it. */
export function planArticle(article: PreparedArticle, resolver: PersonResolver, rows: Rows, ingestedAt: string): string[] {
  const { extraction: x, id: articleId } = article;
  const warnings: string[] = [];
  const localities = articleLocalities(x);
  const province = x.article.place;
  const published = dateOf(x.article.publishedAt);
  const facts: ArticleFacts = {
    id: articleId,
    props: {
      url: article.url, source: article.source, title: x.article.title, publishedAt: x.article.publishedAt, author: x.article.author,
      place: province, placeBasis: x.article.placeBasis ?? null, body: x.article.body, contentHash: article.contentHash, extractorVersion: EXTRACTOR_VERSION, ingestedAt,
      ...pageProps(article.page),
    },
    people: [], keptApart: [], evidence: [], reports: [], chaired: [], spoke: [], attended: [],
  };
  rows.articles.push(facts);

  const organizations = new OrganizationPlanner(rows, localities, province, x.organizations, articleId);

  const personIds = new Map<string, string>();
  for (const person of x.people) {
    const positions = person.positions.map((p) => {
      const org = p.organization ? organizations.add(p.organization) : null;
      return { written: p, org, positionId: positionId(p.title, org?.id ?? null) };
    });
    const districts = [...new Set(positions.flatMap((p) => (p.org?.place && province && compareKey(p.org.place) !== compareKey(province) ? [p.org.place] : [])))];
    const mention: PersonMention = {
      articleId, name: person.name, nameKey: compareKey(person.name), slug: slugify(person.name), province, districts,
      positionIds: positions.filter((p) => p.written.qualifier !== 'former').map((p) => p.positionId),
    };
    const decision = resolver.resolve(mention);
    personIds.set(mention.nameKey, decision.id);
    if (!rows.people.has(decision.id)) rows.people.set(decision.id, { id: decision.id, name: person.name, nameKey: mention.nameKey, slug: mention.slug, province });
    addOnce(facts.people, decision.id, (id) => id);
    for (const k of decision.keptApart) facts.keptApart.push({ id: decision.id, otherId: k.otherId, reason: k.reason });
    for (const p of positions) {
      const title = p.written.title;
      rows.positions.set(p.positionId, {
        id: p.positionId, title, name: p.org ? `${title} ${p.org.name}` : title, organizationId: p.org?.id ?? null,
        ceasedOn: p.org?.lineage?.ceasedOn ?? null, ceasedReason: p.org?.lineage?.reason ?? null,
      });
      const acting = p.written.qualifier === 'acting';
      const tid = tenureId(decision.id, p.positionId, acting);
      const known = rows.tenures.get(tid);
      const concurrent = p.written.qualifier === 'concurrent' || (known?.concurrent ?? false);
      rows.tenures.set(tid, { id: tid, personId: decision.id, positionId: p.positionId, acting, concurrent });
      addOnce(facts.evidence, {
        tenureId: tid, sentence: p.written.sentence, text: p.written.text, asOf: published,
        former: p.written.qualifier === 'former', qualifier: p.written.qualifier,
      }, (e) => `${e.tenureId}\n${e.sentence}\n${e.former}`);
    }
  }
  if (published === null && x.people.some((p) => p.positions.length > 0)) warnings.push('no publication date: posts are stored without an as-of date');

  const sentences = new ParticipantSentences(x.article.body);
  const personId = (name: string): string | undefined => personIds.get(compareKey(name));
  x.meetings.forEach((m, index) => {
    const organizerIds = m.organizers.map((name) => organizations.add(name).id);
    const chairIds = m.chairs.map(personId).filter((id): id is string => id !== undefined);
    const anchor = organizerIds[0] ?? chairIds[0];
    let id: string;
    if (m.date && anchor) id = meetingId(m.date, anchor, m.kind);
    else {
      id = articleMeetingId(articleId, index);
      warnings.push(`meeting "${m.title}" has no ${m.date ? 'organizer or chair' : 'date'}: kept as this article's own, not matched across articles`);
    }
    if (!rows.meetings.has(id)) {
      rows.meetings.set(id, { id, date: m.date, dateInferred: m.date ? null : m.dateInferred ?? null, partOfDay: m.partOfDay, kind: m.kind, title: m.title, searchText: searchText(m.title), organizerIds });
    }
    addOnce(facts.reports, { meetingId: id, sentence: m.sentence }, (r) => r.meetingId);
    const participate = (into: ParticipationRow[], name: string, sentence: string, role: string | null, coChair: boolean) => {
      const pid = personId(name);
      if (pid) addOnce(into, { personId: pid, meetingId: id, sentence, role, coChair }, (r) => `${r.personId}\n${r.meetingId}\n${r.role}`);
    };
    const coChair = m.chairs.length > 1;
    for (const c of m.chairs) participate(facts.chaired, c, sentences.find(c, 'chair', m.sentence), null, coChair);
    for (const s of m.speakers) participate(facts.spoke, s.name, s.sentence, s.role, false);
    for (const a of m.attendees) participate(facts.attended, a, sentences.find(a, 'attendee', m.sentence), null, false);
  });
  return warnings;
}

interface PlannedOrg {
  id: string;
  name: string;
  place: string | null;
  lineage: Lineage | null;
}

const lineageRow = (lineage: Lineage | null, successorId: string | null): LineageRow =>
  ({ ceasedOn: lineage?.ceasedOn ?? null, ceasedReason: lineage?.reason ?? null, successorId });

/**
 * Resolves bodies' names for one article and records each once, with its place and parent. Only
 * bodies a post, a meeting or a child body points at are written: a body nothing points at would
 * be a node no query reaches and no replacement could clean up.
 */
class OrganizationPlanner {
  private readonly seen = new Map<string, PlannedOrg>();
  private readonly described: Map<string, ExtractedOrganization>;

  constructor(
    private readonly rows: Rows,
    private readonly localities: Localities,
    private readonly province: string | null,
    described: readonly ExtractedOrganization[],
    private readonly articleId: string,
  ) {
    this.described = new Map(described.map((o) => [compareKey(o.name), o]));
  }

  add(written: string): PlannedOrg {
    const cached = this.seen.get(written);
    if (cached) return cached;
    const resolved = resolveOrgName(written, this.localities);
    // A body whose place neither its name nor the article gives is this article's own.
    const scope = isElided(resolved.name) ? this.articleId : null;
    const id = scope ? scopedOrgId(resolved.key, scope) : orgId(resolved.key);
    const lineage = scope ? null : bodyLineage(resolved.name);
    const description = this.described.get(compareKey(written)) ?? this.described.get(resolved.key);
    const kind = description?.kind;
    const orgPlace = description?.place ?? this.placeIn(resolved.name);
    const parentId = description?.parent ? this.add(description.parent).id : null;
    const known = this.rows.organizations.get(id);
    if (known) {
      if (!known.aliases.includes(resolved.alias)) known.aliases.push(resolved.alias);
      known.parentId ??= parentId;
    } else {
      this.rows.organizations.set(id, {
        id, name: resolved.name, nameKey: resolved.key, kind: kind ?? kindOf(resolved.name), aliases: [resolved.alias],
        placeId: orgPlace ? this.addPlace(orgPlace, resolved.name) : null, parentId, scope,
        ...lineageRow(lineage, lineage?.successor ? this.addSuccessor(lineage.successor) : null),
      });
    }
    const planned = { id, name: resolved.name, place: orgPlace, lineage };
    this.seen.set(written, planned);
    return planned;
  }

  /** The locality a name ends on, when it is one the article knows ("… quận Ngô Quyền"). */
  private placeIn(name: string): string | null {
    const key = compareKey(name);
    const known = [...this.localities.values(), ...(this.province ? [this.province] : [])];
    return known.find((place) => key.endsWith(` ${compareKey(place)}`)) ?? null;
  }

  /** The body that took over from a ceased one ("Thành ủy Hải Phòng" for "Tỉnh ủy Hải Dương"), recorded with its province. */
  private addSuccessor(written: string): string {
    const name = canonicalName(written);
    const key = compareKey(name);
    const id = orgId(key);
    const known = this.rows.organizations.get(id);
    if (known) return id;
    const province = bodyProvince(name);
    this.rows.organizations.set(id, {
      id, name, nameKey: key, kind: kindOf(name), aliases: [name], placeId: province ? this.addProvince(province) : null, parentId: null, scope: null,
      ...lineageRow(null, null),
    });
    return id;
  }

  private addPlace(name: string, orgName: string): string {
    const id = placeId(name);
    const isProvince = this.province !== null && compareKey(name) === compareKey(this.province);
    if (isProvince) return this.addProvince(name);
    const parentId = this.province ? this.addProvince(this.province) : null;
    if (!this.rows.places.has(id)) {
      const kind = placeLevelIn(orgName, name);
      const lineage = placeLineage(name, kind);
      this.rows.places.set(id, { id, name, kind, parentId, ...lineageRow(lineage, lineage?.successor ? this.addProvince(lineage.successor) : null) });
    }
    return id;
  }

  /** A province or centrally-run city, with the one it was merged into. */
  private addProvince(name: string): string {
    const id = placeId(name);
    if (!this.rows.places.has(id)) {
      const lineage = placeLineage(name, null);
      const row: PlaceRow = { id, name, kind: null, parentId: null, ...lineageRow(lineage, null) };
      this.rows.places.set(id, row);
      if (lineage?.successor) row.successorId = this.addProvince(lineage.successor);
    }
    return id;
  }
}

/** The province a successor body is named after ("Thành ủy Hải Phòng" → "Hải Phòng"). */
function bodyProvince(name: string): string | null {
  const m = /(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy) (\p{Lu}.*)$/u.exec(name);
  return m?.[1] ?? null;
}
