/**
 * Who chaired, spoke at or attended which meeting, from either side: a person's meetings or a
 * meeting's people. Each article that reports a role writes its own edge; here they are one row per
 * person, meeting and role, with every article as evidence.
 */
import type { ParticipationRole, ParticipationRow } from './models.js';
import { EVIDENCE, MEETING, PERSON } from './projections.js';
import { loadMany, perKeyQuery, type ReadSource } from './run.js';
import { whenAsked } from './shape.js';

const EDGE_OF_ROLE: Record<ParticipationRole, string> = { chair: 'CHAIRED', speaker: 'SPOKE_AT', attendee: 'ATTENDED' };

/** The participations a key reaches; both patterns bind p, r and m. */
const REACH = {
  Person: '(p:Person {id: key})-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)',
  Meeting: '(p:Person)-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting {id: key})',
} as const;
export type ParticipationAnchor = keyof typeof REACH;

/**
 * How much of the articles a read of participations brings, least first:
 * - `bare`: none; the articles are not read, the rows' speechRole is null and their evidence empty;
 * - `speechRole`: the articles order each row's speech roles (the first article's stands), and the
 *   statements are left out;
 * - `evidence`: every statement, oldest first, and the speech role.
 * A caller asks for what it will show: projected, the statements are most of the query's time and
 * of what it sends, and the articles matched for the order are most of the rest.
 */
export const PARTICIPATION_DETAILS = ['bare', 'speechRole', 'evidence'] as const;
export type ParticipationDetail = (typeof PARTICIPATION_DETAILS)[number];

/**
 * A subquery for perKeyQuery: the ParticipationRow of `key`, latest meeting first (undated last),
 * then chairs, speakers, attendees; only those of the edge $edge when it is not null.
 * The far end's row comes along, not the anchor's: the API holds the node it asked from.
 */
export const participationsOfKey = (anchor: ParticipationAnchor, detail: ParticipationDetail): string => `
MATCH ${REACH[anchor]}
WHERE $edge IS NULL OR type(r) = $edge
${detail === 'bare' ? 'WITH p, m, type(r) AS edge, r' : `MATCH (a:Article {id: r.article})
WITH p, m, type(r) AS edge, r, a
ORDER BY a.publishedAt, a.id`}
WITH p, m, edge, ${detail === 'evidence' ? `collect(${EVIDENCE})` : '[]'} AS evidence, ${detail === 'bare' ? '[]' : 'collect(r.role)'} AS speechRoles, collect(r.coChair) AS coChairs
RETURN {
  personId: p.id, meetingId: m.id${whenAsked('roles|timeline', ', meetingDate: toString(m.date)')},
  person: ${anchor === 'Person' ? 'null' : PERSON}, meeting: ${anchor === 'Meeting' ? 'null' : MEETING},
  role: CASE edge WHEN 'CHAIRED' THEN 'chair' WHEN 'SPOKE_AT' THEN 'speaker' ELSE 'attendee' END,
  speechRole: speechRoles[0]${whenAsked('coChair', ', coChair: any(c IN coChairs WHERE c)')}, evidence: evidence
} AS row
ORDER BY m.date IS NULL, m.date DESC, m.id, CASE edge WHEN 'CHAIRED' THEN 0 WHEN 'SPOKE_AT' THEN 1 ELSE 2 END, p.name, p.id`;

/** One query for each detail, built from `query`. */
export const byDetail = (query: (detail: ParticipationDetail) => string) =>
  Object.fromEntries(PARTICIPATION_DETAILS.map((detail) => [detail, query(detail)])) as Record<ParticipationDetail, string>;

const QUERIES = {
  Person: byDetail((detail) => perKeyQuery(participationsOfKey('Person', detail))),
  Meeting: byDetail((detail) => perKeyQuery(participationsOfKey('Meeting', detail))),
};

export interface ParticipationOptions {
  /** Only this role; every role when not given. */
  role?: ParticipationRole | null;
  /** What of the articles to bring; all of it (`evidence`) when not given. */
  detail?: ParticipationDetail;
}

/** For each person or meeting id, its participations. */
export function participations(source: ReadSource, anchor: ParticipationAnchor, keys: readonly string[], options: ParticipationOptions = {}): Promise<ParticipationRow[][]> {
  return loadMany<ParticipationRow>(source, QUERIES[anchor][options.detail ?? 'evidence'], keys, { edge: options.role ? EDGE_OF_ROLE[options.role] : null });
}
