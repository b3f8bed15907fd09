/** People: by id, a searchable list, their roles on a date, their timeline, their meetings, homonyms kept apart. */
import type { AsOfTenureRow, KeptApartRow, ParticipationRole, ParticipationRow, PersonRow, TenureRow, TimelineEntry } from './models.js';
import { Keyset, type KeyedRow, type Page, type PageArgs } from './page.js';
import { byDetail, participations, participationsOfKey, type ParticipationOptions } from './participation.js';
import { PERSON } from './projections.js';
import { byIdsQuery, byNamePageQuery, loadMany, loadOne, perKeyQuery, readRows, type ReadSource } from './run.js';
import { searchTokens } from './search.js';
import { tenuresAsOf, tenuresOfKey } from './tenures.js';

// key, row: PersonRow for each stored id.
const PEOPLE_BY_IDS = byIdsQuery('Person', 'p', PERSON);

/**
 * By name key then id, read from the name index from the cursor on; a search keeps people whose
 * folded name has every word (the last as a prefix). The order is the keys' code points, not a
 * Vietnamese collation: it is stable, which is what paging needs; relevance is search.ts's.
 */
const PEOPLE_PAGE = byNamePageQuery('Person', 'p', PERSON);

// key, row: KeptApartRow, in either direction of the edge (keeping apart is mutual).
const KEPT_APART = `
UNWIND $keys AS key
MATCH (:Person {id: key})-[d:DISTINCT_FROM]-(other:Person)
RETURN key, {personId: key, otherId: other.id, reason: d.reason, articleId: d.article} AS row
ORDER BY key, other.id`;

const PEOPLE = new Keyset('people', ['string', 'string']);

export function peopleByIds(source: ReadSource, ids: readonly string[]): Promise<(PersonRow | null)[]> {
  return loadOne<PersonRow>(source, PEOPLE_BY_IDS, ids);
}

export async function listPeople(source: ReadSource, filter: { search?: string | null } = {}, args: PageArgs = {}): Promise<Page<PersonRow>> {
  const params = PEOPLE.params(args);
  const rows = await readRows<KeyedRow<PersonRow>>(source, PEOPLE_PAGE, {
    after: params.after, fromKey: params.after?.[0] ?? '', tokens: searchTokens(filter.search), limit: params.limit,
  });
  return PEOPLE.page(rows, params);
}

/** The posts each person held on `date` (YYYY-MM-DD); see tenures.ts for what "held" means. */
export function rolesAsOf(source: ReadSource, personIds: readonly string[], date: string): Promise<AsOfTenureRow[][]> {
  return tenuresAsOf(source, 'Person', personIds, date);
}

/** Each person's meetings, latest first, in every role or only `role`. */
export function personMeetings(source: ReadSource, personIds: readonly string[], options: ParticipationOptions = {}): Promise<ParticipationRow[][]> {
  return participations(source, 'Person', personIds, options);
}

export function keptApart(source: ReadSource, personIds: readonly string[]): Promise<KeptApartRow[][]> {
  return loadMany<KeptApartRow>(source, KEPT_APART, personIds);
}

const ROLE_ORDER: readonly ParticipationRole[] = ['chair', 'speaker', 'attendee'];

/** Undated entries last; on one day a post before the meetings it frames, and a chair before a speech. */
function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
  const rank = (e: TimelineEntry) => (e.kind === 'tenure' ? -1 : ROLE_ORDER.indexOf(e.participation.role));
  return rank(a) - rank(b);
}

type TimelineRow = { kind: 'tenure'; row: TenureRow } | { kind: 'meeting'; row: ParticipationRow };

// key, row: TimelineRow, each person's posts (in their order) then meetings (in theirs), for each detail of the articles.
const TIMELINES = byDetail((detail) => perKeyQuery(`
  CALL (key) {${tenuresOfKey('Person')}} RETURN {kind: 'tenure', row: row} AS row
  UNION ALL
  CALL (key) {${participationsOfKey('Person', detail)}} RETURN {kind: 'meeting', row: row} AS row`));

const timelineEntry = (entry: TimelineRow): TimelineEntry =>
  entry.kind === 'tenure'
    ? { kind: 'tenure', date: entry.row.firstSeen ?? entry.row.endedBy, tenure: entry.row }
    : { kind: 'meeting', date: entry.row.meetingDate, participation: entry.row };

/** Each person's posts and meetings, oldest first: one query for all the people. */
export async function personTimelines(source: ReadSource, personIds: readonly string[], options: Pick<ParticipationOptions, 'detail'> = {}): Promise<TimelineEntry[][]> {
  const rows = await loadMany<TimelineRow>(source, TIMELINES[options.detail ?? 'evidence'], personIds, { edge: null });
  // Stable: ties keep the query's order (posts by name, meetings by id).
  return rows.map((entries) => entries.map(timelineEntry).sort(compareEntries));
}
