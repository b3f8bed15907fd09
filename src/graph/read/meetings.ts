/**
 * Meetings: by id, a filtered list by date, and their chairs, participants, organizers and reports
 * for many meetings at once (one query per relation, whatever the number of meetings).
 */
import { compareKey } from '../../extract/normalize.js';
import { isoDate } from './input.js';
import type { MeetingRow, OrganizationRow, ParticipationRole, ParticipationRow, ReportRow } from './models.js';
import { Keyset, type KeyedRow, type Page, type PageArgs, type PageParams } from './page.js';
import { participations, type ParticipationOptions } from './participation.js';
import { EVIDENCE, MEETING, ORGANIZATION } from './projections.js';
import { ReadBatch, type KeyedRead } from './batch.js';
import { byIdsQuery, loadMany, loadOne, readRows, type ReadSource } from './run.js';
import { shapeQuery } from './shape.js';
import { searchTokens } from './search.js';

// key, row: MeetingRow for each stored id.
const MEETINGS_BY_IDS = byIdsQuery('Meeting', 'm', MEETING);

/**
 * Latest first, between $from and $upTo (the cursor's date or `to`, whichever is earlier), each
 * filter a guard that is true when not given. Since every row is on or before the cursor's date,
 * "after the cursor" is an earlier date or, on that date, a greater id. A meeting without a date
 * (an article's "vừa …") has no place in a dated list: it is reached from its article, its people
 * and its organizers.
 */
const IN_PAGE = `m.date >= date($from) AND m.date <= date($upTo)
  AND ($after IS NULL OR m.date < date($after[0]) OR m.id > $after[1])`;

const pageFrom = (start: string) => `
${start}
WHERE ${IN_PAGE}
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($chairedBy IS NULL OR EXISTS { (m)<-[:CHAIRED]-(:Person {id: $chairedBy}) })
  AND ($participant IS NULL OR EXISTS { (m)<-[:CHAIRED|SPOKE_AT|ATTENDED]-(:Person {id: $participant}) })
  AND ($organizer IS NULL OR EXISTS { (m)-[:ORGANIZED_BY]->(:Organization {id: $organizer}) })
  AND all(token IN $tokens WHERE (' ' + m.searchText + ' ') CONTAINS token)
RETURN ${MEETING} AS row, [toString(m.date), m.id] AS key
ORDER BY m.date DESC, m.id
LIMIT $limit`;

/**
 * Where a page starts reading. Unanchored, the date index in order, so a page stops after `first`
 * rows however many meetings there are; given a person or a body, its own few edges, sorted (read
 * from the date index, a rare participant's page would scan every meeting in the range). WITH ends
 * the match, so the planner cannot go back to the date index for the WHERE that follows; DISTINCT,
 * because each article that reports a role writes its own edge.
 */
const MEETINGS_PAGE = {
  byDate: pageFrom('MATCH (m:Meeting)'),
  byChair: pageFrom('MATCH (:Person {id: $chairedBy})-[:CHAIRED]->(m:Meeting) WITH DISTINCT m'),
  byParticipant: pageFrom('MATCH (:Person {id: $participant})-[:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting) WITH DISTINCT m'),
  byOrganizer: pageFrom('MATCH (:Organization {id: $organizer})<-[:ORGANIZED_BY]-(m:Meeting) WITH DISTINCT m'),
} as const;

const startOf = (filter: MeetingFilter): keyof typeof MEETINGS_PAGE =>
  filter.chairedBy ? 'byChair' : filter.participant ? 'byParticipant' : filter.organizer ? 'byOrganizer' : 'byDate';

// key, row: a page of each body's meetings, each body read from its own edges with its own LIMIT, within the same page bounds.
const ORGANIZED_PAGES = `
UNWIND $keys AS key
CALL (key) {
  MATCH (:Organization {id: key})<-[:ORGANIZED_BY]-(m:Meeting)
  WITH DISTINCT m
  WHERE ${IN_PAGE}
  RETURN m ORDER BY m.date DESC, m.id LIMIT $limit
}
RETURN key, {row: ${MEETING}, key: [toString(m.date), m.id]} AS row
ORDER BY key, m.date DESC, m.id`;

// key, row: each meeting's organizers, by name.
const ORGANIZERS = `
UNWIND $keys AS key
MATCH (:Meeting {id: key})-[:ORGANIZED_BY]->(o:Organization)
RETURN key, ${ORGANIZATION} AS row
ORDER BY key, o.nameKey, o.id`;

// key, row: each article reporting each meeting with its announcing sentence, oldest first.
const REPORTS = `
UNWIND $keys AS key
MATCH (a:Article)-[r:REPORTS]->(:Meeting {id: key})
RETURN key, {meetingId: key, evidence: ${EVIDENCE}} AS row
ORDER BY key, a.publishedAt, a.id`;

const MEETINGS = new Keyset('meetings', ['date', 'string']);
const FIRST_DAY = '0001-01-01';
const LAST_DAY = '9999-12-31';

export interface MeetingFilter {
  chairedBy?: string | null;
  /** A person in any role. */
  participant?: string | null;
  organizer?: string | null;
  /** Inclusive, YYYY-MM-DD. */
  from?: string | null;
  to?: string | null;
  /** "hội nghị tổng kết", in any case. */
  kind?: string | null;
  /** Words of the title, without diacritics if the user likes; the last may be a prefix. */
  search?: string | null;
}

export function meetingsByIds(source: ReadSource, ids: readonly string[]): Promise<(MeetingRow | null)[]> {
  return loadOne<MeetingRow>(source, MEETINGS_BY_IDS, ids);
}

/** The date bounds of a page: from `from`, up to the cursor's date or `to`, whichever is earlier. */
function dateBounds(filter: Pick<MeetingFilter, 'from' | 'to'>, params: PageParams) {
  const to = filter.to ? isoDate(filter.to, 'to') : LAST_DAY;
  const afterDate = params.after ? String(params.after[0]) : LAST_DAY;
  return { from: filter.from ? isoDate(filter.from, 'from') : FIRST_DAY, upTo: afterDate < to ? afterDate : to, after: params.after, limit: params.limit };
}

/**
 * A page of meetings. `each` are the keyed reads the page's items will make (their chairs, say),
 * recorded for one item: sent with the page, they cost no second round trip (ReadBatch.listWithChildren).
 */
export async function listMeetings(source: ReadSource, filter: MeetingFilter = {}, args: PageArgs = {}, each: readonly KeyedRead[] = []): Promise<Page<MeetingRow>> {
  const params = MEETINGS.params(args);
  const query = MEETINGS_PAGE[startOf(filter)];
  const queryParams = {
    ...dateBounds(filter, params),
    kind: filter.kind ? compareKey(filter.kind) : null,
    chairedBy: filter.chairedBy ?? null,
    participant: filter.participant ?? null,
    organizer: filter.organizer ?? null,
    tokens: searchTokens(filter.search),
  };
  if (!(source instanceof ReadBatch) || each.length === 0) return MEETINGS.page(await readRows<KeyedRow<MeetingRow>>(source, query, queryParams), params);
  const { rows, keep } = await source.listWithChildren(shapeQuery(query, source.fields), queryParams, each);
  const page = MEETINGS.page(rows as KeyedRow<MeetingRow>[], params);
  keep(page.edges.map((edge) => edge.node.id));
  return page;
}

/** The same page of each body's meetings (latest first, between `from` and `to`), for many bodies in one query. */
export async function meetingsOrganizedBy(
  source: ReadSource,
  organizationIds: readonly string[],
  filter: Pick<MeetingFilter, 'from' | 'to'> = {},
  args: PageArgs = {},
): Promise<Page<MeetingRow>[]> {
  const params = MEETINGS.params(args);
  const pages = await loadMany<KeyedRow<MeetingRow>>(source, ORGANIZED_PAGES, organizationIds, dateBounds(filter, params));
  return pages.map((rows) => MEETINGS.page(rows, params));
}

/** Each meeting's people, chairs first, then speakers and attendees; or only those in `role`. */
export function meetingParticipants(source: ReadSource, meetingIds: readonly string[], options: ParticipationOptions = {}): Promise<ParticipationRow[][]> {
  return participations(source, 'Meeting', meetingIds, options);
}

export function meetingChairs(source: ReadSource, meetingIds: readonly string[], options: Pick<ParticipationOptions, 'detail'> = {}): Promise<ParticipationRow[][]> {
  return meetingParticipants(source, meetingIds, { ...options, role: 'chair' });
}

export function meetingOrganizers(source: ReadSource, meetingIds: readonly string[]): Promise<OrganizationRow[][]> {
  return loadMany<OrganizationRow>(source, ORGANIZERS, meetingIds);
}

export function meetingReports(source: ReadSource, meetingIds: readonly string[]): Promise<ReportRow[][]> {
  return loadMany<ReportRow>(source, REPORTS, meetingIds);
}
