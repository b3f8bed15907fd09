/**
 * Tenures with their post and evidence, for people, bodies and posts. "Held on a date" is decided
 * here once, for a person's roles, a body's members and who held a post:
 * - not before the first article that shows the post, and not once an article has called it former
 *   ("nguyên") on or before the date;
 * - `seen` when the date lies between the first and the last article that show it;
 * - `lastSeen` when the last of them is older than the date by at most one term (five years, the term
 *   of party committees and people's councils): nothing says it ended, nothing says it went on.
 *   Older than a term, an article says nothing about the date. Nor once someone else has been shown
 *   in a post one person holds at a time ("Chủ tịch", not "Phó Chủ tịch"): the post has passed on.
 */
import neo4j from 'neo4j-driver';
import { isSharedTitle } from '../../extract/patterns.js';
import { ReadInputError } from '../errors.js';
import { isoDate } from './input.js';
import { MAX_PAGE_SIZE } from './page.js';
import { EVIDENCE, PERSON, POSITION } from './projections.js';
import { whenAsked } from './shape.js';
import type { AsOfTenureRow, TenureEvidenceRow, TenureRow } from './models.js';
import { loadMany, loadOne, perKeyQuery, type ReadSource } from './run.js';

export const TERM_YEARS = 5;

/** The tenures a key reaches; every pattern binds p (the holder), t and pos. */
const REACH = {
  Person: '(p:Person {id: key})-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)',
  Organization: '(p:Person)-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)-[:IN]->(:Organization {id: key})',
  Position: '(p:Person)-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position {id: key})',
} as const;
export type TenureAnchor = keyof typeof REACH;

/**
 * A tenure ends by the first article that calls it former, or by the day its body ceased (the writer
 * puts that day on the post: lineage.ts), whichever is first.
 */
const CEASED_FIRST = 'pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy)';
const ENDED_BY = `CASE WHEN ${CEASED_FIRST} THEN pos.ceasedOn ELSE t.endedBy END`;
/** No quote inside: it goes into the Cypher as a literal. */
export const FORMER_REASON = 'an article calls the post former (nguyên)';

/**
 * A TenureRow from p, t and pos. With the holder's row when the query starts elsewhere (the members
 * of a body are mostly asked with their names); a person's own tenures leave it out, as the API
 * already holds the person they were asked from.
 */
const tenure = (anchor: TenureAnchor | 'Tenure') => `{id: t.id, personId: p.id, person: ${anchor === 'Person' ? 'null' : PERSON}, firstSeen: toString(t.firstSeen), lastSeen: toString(t.lastSeen),
  position: ${POSITION}${whenAsked('endedBy|endBasis|endReason|timeline', `,
  endedBy: toString(${ENDED_BY}), endBasis: CASE WHEN ${CEASED_FIRST} THEN 'bodyCeased' WHEN t.endedBy IS NOT NULL THEN 'former' END,
  endReason: CASE WHEN ${CEASED_FIRST} THEN pos.ceasedReason WHEN t.endedBy IS NOT NULL THEN '${FORMER_REASON}' END`)}${
  whenAsked('observations', ', observations: t.observations')}${whenAsked('acting', ', acting: t.acting')}${whenAsked('concurrent', ', concurrent: t.concurrent')}}`;

/** A subquery for perKeyQuery: every tenure `key` reaches, in the order the posts were first shown (or shown ended). */
export const tenuresOfKey = (anchor: TenureAnchor): string => `
MATCH ${REACH[anchor]}
RETURN ${tenure(anchor)} AS row
ORDER BY coalesce(t.firstSeen, t.endedBy), pos.name, p.name, t.id`;
const ALL = { Person: perKeyQuery(tenuresOfKey('Person')), Organization: perKeyQuery(tenuresOfKey('Organization')), Position: perKeyQuery(tenuresOfKey('Position')) } as const;

/**
 * key, row: the tenures held on a day (see the module comment), seen before last seen. `on` is the
 * day: $date for all keys, or each key's own.
 */
const heldQuery = (anchor: TenureAnchor, match: string, on: string) => `
UNWIND $keys AS key
WITH key, ${on} AS on
MATCH ${match}
WITH key, p, t, pos, on, CASE
  WHEN t.firstSeen IS NULL OR t.firstSeen > on OR ${ENDED_BY} <= on THEN null
  WHEN t.lastSeen >= on THEN 'seen'
  WHEN t.lastSeen >= on - duration({years: $termYears}) THEN 'lastSeen'
END AS basis
WHERE basis IS NOT NULL
WITH key, p, t, pos, basis, on, ${tenure(anchor)} AS tenure
RETURN key, tenure {.*, basis: basis, asOf: toString(on), succeeded: basis = 'lastSeen' AND EXISTS {
  MATCH (pos)<-[:OF]-(next:Tenure) WHERE next <> t AND next.firstSeen > t.lastSeen AND next.firstSeen <= on
}} AS row
ORDER BY key, basis = 'lastSeen', pos.name, p.name, t.id`;
const asOfQuery = (anchor: TenureAnchor) => heldQuery(anchor, REACH[anchor], 'date($date)');
const AS_OF = { Person: asOfQuery('Person'), Organization: asOfQuery('Organization'), Position: asOfQuery('Position') } as const;

// key, row: TenureRow for each stored tenure id.
const TENURES_BY_IDS = `
UNWIND $keys AS key
MATCH (p:Person)-[:HOLDS]->(t:Tenure {id: key})-[:OF]->(pos:Position)
RETURN key, ${tenure('Tenure')} AS row`;

export function tenuresByIds(source: ReadSource, ids: readonly string[]): Promise<(TenureRow | null)[]> {
  return loadOne<TenureRow>(source, TENURES_BY_IDS, ids);
}

/** For each person, body or post id, every tenure it reaches. */
export function tenuresOf(source: ReadSource, anchor: TenureAnchor, keys: readonly string[]): Promise<TenureRow[][]> {
  return loadMany<TenureRow>(source, ALL[anchor], keys);
}

// $days maps each key to its {personId, date}; a null date holds nothing.
const PEOPLE_ON_DAYS = heldQuery('Person', '(p:Person {id: $days[key].personId})-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)', 'date($days[key].date)');

/** A held row as the query returns it: `succeeded` when someone else was shown in the post since it was last seen. */
type HeldRow = AsOfTenureRow & { succeeded: boolean };

const stillHeld = (rows: HeldRow[][]): AsOfTenureRow[][] =>
  rows.map((held) => held.filter((r) => !r.succeeded || isSharedTitle(r.position.title)).map(({ succeeded: _, ...row }) => row));

/** For each person, body or post id, the tenures held on `date`, each with the basis it is held on. */
export async function tenuresAsOf(source: ReadSource, anchor: TenureAnchor, keys: readonly string[], date: string): Promise<AsOfTenureRow[][]> {
  return stillHeld(await loadMany<HeldRow>(source, AS_OF[anchor], keys, { date: isoDate(date, 'asOf'), termYears: TERM_YEARS }));
}

export interface PersonOnDay {
  personId: string;
  /** YYYY-MM-DD; null (a meeting without a date) holds no post. */
  date: string | null;
}

export const personOnDayKey = ({ personId, date }: PersonOnDay): string => `${date ?? ''}/${personId}`;

/** The posts each person held on a day of their own (a meeting's, say): all the pairs in one query. */
export async function tenuresOnDays(source: ReadSource, pairs: readonly PersonOnDay[]): Promise<AsOfTenureRow[][]> {
  const days = Object.fromEntries(pairs.map((pair) => [personOnDayKey(pair), { personId: pair.personId, date: pair.date && isoDate(pair.date, 'date') }]));
  return stillHeld(await loadMany<HeldRow>(source, PEOPLE_ON_DAYS, pairs.map(personOnDayKey), { days, termYears: TERM_YEARS }));
}

/** Which statements of a tenure to read: all of them oldest first, or those nearest a day first. */
export interface EvidenceAsk {
  tenureId: string;
  /** YYYY-MM-DD: the statements closest to this day first (for a post held on a date). */
  near: string | null;
}

export const evidenceAskKey = ({ tenureId, near }: EvidenceAsk): string => `${near ?? ''}|${tenureId}`;

export const DEFAULT_EVIDENCE = 10;

// key, row: up to $first statements of each tenure, in the order asked ($asks maps each key to its EvidenceAsk).
const TENURE_EVIDENCE = `
UNWIND $keys AS key
WITH key, $asks[key] AS ask
CALL (ask) {
  MATCH (:Tenure {id: ask.tenureId})-[r:EVIDENCED_BY]->(a:Article)
  WITH r, a, CASE WHEN ask.near IS NULL THEN 0 ELSE abs(duration.inDays(r.asOf, date(ask.near)).days) END AS distance
  ORDER BY distance, r.asOf, a.id
  LIMIT $first
  RETURN r, a, distance
}
WITH key, r, a, distance, ${EVIDENCE} AS e
RETURN key, e {.*, text: r.text, former: r.former} AS row
ORDER BY key, distance, r.asOf, a.id`;

/**
 * The statements of each tenure, as many as `first` (a long-serving official's post may be stated in
 * hundreds of articles): the oldest first, or those nearest the asked day first.
 */
export async function tenureEvidence(source: ReadSource, asks: readonly EvidenceAsk[], first: number | null = null): Promise<TenureEvidenceRow[][]> {
  const limit = first ?? DEFAULT_EVIDENCE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new ReadInputError('BAD_PAGE_SIZE', `evidence takes first from 1 to ${MAX_PAGE_SIZE}, got ${limit}`);
  }
  const byKey = Object.fromEntries(asks.map((ask) => [evidenceAskKey(ask), { tenureId: ask.tenureId, near: ask.near && isoDate(ask.near, 'near') }]));
  return loadMany<TenureEvidenceRow>(source, TENURE_EVIDENCE, asks.map(evidenceAskKey), { asks: byKey, first: neo4j.int(limit) });
}
