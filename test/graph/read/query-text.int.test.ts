/**
 * The final text of every read query, as it leaves for Neo4j, pinned in a snapshot file
 * (query-text.cypher beside this test; the idea of @neo4j/graphql's TCK). The reads compose their
 * Cypher from pieces (perKeyQuery, byNamePageQuery, a query per participation detail) and batch.ts
 * joins and renames them, so a change to a piece shows here as the queries it changes, for review.
 * Each read also runs, on the test run's real Neo4j, so a pinned text is one Neo4j accepts.
 * After an intended change: `npx vitest run --project integration test/graph/read/query-text.int.test.ts -u`.
 */
import type { Driver, Session } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { applySchema } from '../../../src/graph/schema.js';
import { readHealth } from '../../../src/graph/read/health.js';
import { articleBodies, articlesByIds, listArticles, meetingsReportedIn, peopleNamedIn } from '../../../src/graph/read/articles.js';
import { ReadBatch } from '../../../src/graph/read/batch.js';
import {
  listMeetings,
  meetingChairs,
  meetingOrganizers,
  meetingParticipants,
  meetingReports,
  meetingsByIds,
  meetingsOrganizedBy,
} from '../../../src/graph/read/meetings.js';
import { childOrganizations, listOrganizations, membersAsOf, organizationsByIds } from '../../../src/graph/read/organizations.js';
import { PARTICIPATION_DETAILS } from '../../../src/graph/read/participation.js';
import { keptApart, listPeople, peopleByIds, personMeetings, personTimelines, rolesAsOf } from '../../../src/graph/read/people.js';
import { placesByIds } from '../../../src/graph/read/places.js';
import { positionsByIds, positionsIn, positionTenures } from '../../../src/graph/read/positions.js';
import { search } from '../../../src/graph/read/search.js';
import { tenureEvidence, tenuresAsOf, tenuresByIds, tenuresOf, tenuresOnDays } from '../../../src/graph/read/tenures.js';
import { whoHeld } from '../../../src/graph/read/who-held.js';
import { testDriver } from '../../helpers/neo4j.js';

let driver: Driver;
beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver);
});
afterAll(async () => {
  await driver?.close();
});

/** The driver itself, noting the text of every query run through it (sessions' run, and executeQuery). */
function noting(real: Driver, seen: string[]): Driver {
  const bound = <T extends object>(target: T, key: string | symbol) => {
    const value: unknown = Reflect.get(target, key);
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
  };
  return new Proxy(real, {
    get(target, key) {
      if (key === 'executeQuery') return (query: string, ...rest: unknown[]) => (seen.push(query), (target.executeQuery as (...args: unknown[]) => unknown)(query, ...rest));
      if (key !== 'session') return bound(target, key);
      return (...args: Parameters<Driver['session']>) =>
        new Proxy(target.session(...args), {
          get(session: Session, name) {
            if (name === 'run') return (query: string, params?: Record<string, unknown>) => (seen.push(query), session.run(query, params));
            return bound(session, name);
          },
        });
    },
  });
}

const NONE = ['none:x'];
const DAY = '2024-07-03';

/** Every read, with each variant that changes its text (not only its parameters). */
const READS: Record<string, (source: Driver) => Promise<unknown>> = {
  'health': (d) => readHealth(d),
  'articlesByIds': (d) => articlesByIds(d, NONE),
  'articleBodies': (d) => articleBodies(d, NONE),
  'peopleNamedIn': (d) => peopleNamedIn(d, NONE),
  'meetingsReportedIn': (d) => meetingsReportedIn(d, NONE),
  'listArticles': (d) => listArticles(d),
  'meetingsByIds': (d) => meetingsByIds(d, NONE),
  'listMeetings': (d) => listMeetings(d, { from: '2020-01-01', to: DAY, kind: 'hội nghị', search: 'tong ket' }),
  'listMeetings chairedBy': (d) => listMeetings(d, { chairedBy: 'person:x' }),
  'listMeetings participant': (d) => listMeetings(d, { participant: 'person:x' }),
  'listMeetings organizer': (d) => listMeetings(d, { organizer: 'org:x' }),
  'meetingsOrganizedBy': (d) => meetingsOrganizedBy(d, NONE, { from: '2020-01-01', to: DAY }),
  ...Object.fromEntries(PARTICIPATION_DETAILS.map((detail) => [`meetingParticipants ${detail}`, (d: Driver) => meetingParticipants(d, NONE, { detail })])),
  'meetingChairs': (d) => meetingChairs(d, NONE),
  'meetingOrganizers': (d) => meetingOrganizers(d, NONE),
  'meetingReports': (d) => meetingReports(d, NONE),
  'organizationsByIds': (d) => organizationsByIds(d, NONE),
  'listOrganizations': (d) => listOrganizations(d, { search: 'ubnd', kind: 'people’s committee' }),
  'childOrganizations': (d) => childOrganizations(d, NONE),
  'membersAsOf': (d) => membersAsOf(d, NONE, DAY),
  'peopleByIds': (d) => peopleByIds(d, NONE),
  'listPeople': (d) => listPeople(d, { search: 'dao khanh ha' }),
  'rolesAsOf': (d) => rolesAsOf(d, NONE, DAY),
  ...Object.fromEntries(PARTICIPATION_DETAILS.map((detail) => [`personMeetings ${detail}`, (d: Driver) => personMeetings(d, NONE, { detail })])),
  'keptApart': (d) => keptApart(d, NONE),
  ...Object.fromEntries(PARTICIPATION_DETAILS.map((detail) => [`personTimelines ${detail}`, (d: Driver) => personTimelines(d, NONE, { detail })])),
  'placesByIds': (d) => placesByIds(d, NONE),
  'positionsByIds': (d) => positionsByIds(d, NONE),
  'positionsIn': (d) => positionsIn(d, NONE),
  'positionTenures': (d) => positionTenures(d, NONE),
  'search': (d) => search(d, 'dao khanh ha'),
  'tenuresByIds': (d) => tenuresByIds(d, NONE),
  ...Object.fromEntries((['Person', 'Organization', 'Position'] as const).map((anchor) => [`tenuresOf ${anchor}`, (d: Driver) => tenuresOf(d, anchor, NONE)])),
  ...Object.fromEntries((['Person', 'Organization', 'Position'] as const).map((anchor) => [`tenuresAsOf ${anchor}`, (d: Driver) => tenuresAsOf(d, anchor, NONE, DAY)])),
  'tenuresOnDays': (d) => tenuresOnDays(d, [{ personId: 'person:x', date: DAY }]),
  'tenureEvidence': (d) => tenureEvidence(d, [{ tenureId: 'tenure:x', near: DAY }]),
  'whoHeld': (d) => whoHeld(d, 'Trưởng Ban Tuyên giáo', 'Thành ủy Hải Phòng', DAY),
};

it('the text of every read query, as sent, one section a read', async () => {
  const sections: string[] = [];
  for (const [name, read] of Object.entries(READS)) {
    const seen: string[] = [];
    await read(noting(driver, seen));
    expect(seen.length, name).toBeGreaterThan(0);
    sections.push(`// ${name}\n${seen.map((query) => query.trim()).join('\n;\n')}\n`);
  }
  await expect(sections.join('\n')).toMatchFileSnapshot('./query-text.cypher');
});

it('the reads of one turn of a request leave as one query: each in its own CALL, parameters renamed apart, joined by UNION ALL, rows shaped by the field names of the document', async () => {
  const seen: string[] = [];
  const batch = new ReadBatch(noting(driver, seen));
  // As for `{ node(id: …) { ... on Person { name roles(asOf: …) { acting position { name } } } } }` and a meeting's organizers' kind.
  batch.fields = new Set(['node', 'name', 'roles', 'acting', 'position', 'organizers', 'kind']);
  await Promise.all([peopleByIds(batch, NONE), rolesAsOf(batch, NONE, DAY), meetingOrganizers(batch, NONE)]);
  expect(seen).toHaveLength(1);
  await expect(`// peopleByIds + rolesAsOf + meetingOrganizers, batched, shaped for ${[...batch.fields].join(' ')}\n${seen[0]!.trim()}\n`).toMatchFileSnapshot('./query-text.batched.cypher');
});
