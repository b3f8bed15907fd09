/**
 * The reads hand back rows of plain JSON values, with dates as text: the projections write them so in
 * Cypher, and nothing converts the driver's values afterwards. A query that returned a raw date,
 * date-time or integer object would show up here, whichever read it belongs to.
 */
import { describe, expect, it } from 'vitest';
import { listArticles } from '../../../src/graph/read/articles.js';
import { listMeetings, meetingParticipants, meetingReports } from '../../../src/graph/read/meetings.js';
import { membersAsOf } from '../../../src/graph/read/organizations.js';
import { personTimelines, rolesAsOf } from '../../../src/graph/read/people.js';
import { search } from '../../../src/graph/read/search.js';
import { tenureEvidence, tenuresOf } from '../../../src/graph/read/tenures.js';
import { useReadGraph } from './fixture.js';

const graph = useReadGraph();

/** The paths of every value that is neither a JSON primitive nor a plain array or object. */
function notPlain(value: unknown, path = '$'): string[] {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => notPlain(v, `${path}[${i}]`));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).flatMap(([k, v]) => notPlain(v, `${path}.${k}`));
  }
  return [`${path}: ${Object.prototype.toString.call(value)} ${String(value)}`];
}

describe('rows of every kind of read', () => {
  it('hold only plain values, dates as YYYY-MM-DD and date-times with their offset', async () => {
    const driver = graph();
    const meetings = (await listMeetings(driver, {}, { first: 20 })).edges.map((e) => e.node);
    const people = ['person:dao-khanh-ha', 'person:pham-van-to', 'person:luong-thi-hai-an'];
    const tenures = (await tenuresOf(driver, 'Person', people)).flat();
    const reads = {
      meetings,
      participants: await meetingParticipants(driver, meetings.map((m) => m.id)),
      reports: await meetingReports(driver, meetings.map((m) => m.id)),
      timelines: await personTimelines(driver, people),
      roles: await rolesAsOf(driver, people, '2024-07-03'),
      members: await membersAsOf(driver, ['org:ban-thuong-vu-thanh-uy-hai-phong'], '2024-07-03'),
      evidence: await tenureEvidence(driver, tenures.map((t) => ({ tenureId: t.id, near: t.firstSeen }))),
      articles: (await listArticles(driver, { first: 20 })).edges.map((e) => e.node),
      search: await search(driver, 'hai phong'),
    };
    for (const [name, rows] of Object.entries(reads)) {
      expect(JSON.stringify(rows).length, name).toBeGreaterThan(10);
      expect(notPlain(rows, name)).toEqual([]);
    }
    expect(meetings.every((m) => m.date === null || /^\d{4}-\d{2}-\d{2}$/u.test(m.date))).toBe(true);
    expect(reads.articles.every((a) => a.publishedAt === null || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/u.test(a.publishedAt))).toBe(true);
  });
});
