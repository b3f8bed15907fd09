/**
 * Who chaired, spoke at or attended which meeting, from either side: a person's meetings or a
 * meeting's people. Each article that reports a role writes its own edge; here they are one row per
 * person, meeting and role, with every article as evidence.
 */
import type { Driver } from 'neo4j-driver';
import { EVIDENCE } from './articles.js';
import type { ParticipationRole, ParticipationRow } from './models.js';
import { loadMany } from './run.js';

const EDGE_OF_ROLE: Record<ParticipationRole, string> = { chair: 'CHAIRED', speaker: 'SPOKE_AT', attendee: 'ATTENDED' };

/** The participations a key reaches; both patterns bind p, r and m. */
const REACH = {
  Person: '(p:Person {id: key})-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)',
  Meeting: '(p:Person)-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting {id: key})',
} as const;
export type ParticipationAnchor = keyof typeof REACH;

// key, row: ParticipationRow, latest meeting first (undated last), then chairs, speakers, attendees.
const participationQuery = (anchor: ParticipationAnchor) => `
UNWIND $keys AS key
MATCH ${REACH[anchor]}
WHERE $edge IS NULL OR type(r) = $edge
MATCH (a:Article {id: r.article})
WITH key, p, m, type(r) AS edge, r, a
ORDER BY a.publishedAt, a.id
WITH key, p, m, edge, collect(${EVIDENCE}) AS evidence, collect(r.role) AS speechRoles, collect(r.coChair) AS coChairs
RETURN key, {
  personId: p.id, meetingId: m.id, meetingDate: m.date,
  role: CASE edge WHEN 'CHAIRED' THEN 'chair' WHEN 'SPOKE_AT' THEN 'speaker' ELSE 'attendee' END,
  speechRole: speechRoles[0], coChair: any(c IN coChairs WHERE c), evidence: evidence
} AS row
ORDER BY key, m.date IS NULL, m.date DESC, m.id, CASE edge WHEN 'CHAIRED' THEN 0 WHEN 'SPOKE_AT' THEN 1 ELSE 2 END, p.name, p.id`;
const QUERIES = { Person: participationQuery('Person'), Meeting: participationQuery('Meeting') } as const;

/** For each person or meeting id, its participations, all roles or only `role`. */
export function participations(driver: Driver, anchor: ParticipationAnchor, keys: readonly string[], role?: ParticipationRole): Promise<ParticipationRow[][]> {
  return loadMany<ParticipationRow>(driver, QUERIES[anchor], keys, { edge: role ? EDGE_OF_ROLE[role] : null });
}
