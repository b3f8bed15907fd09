import { describe, expect, it } from 'vitest';
import { ReadInputError } from '../../../src/graph/errors.js';
import {
  listMeetings, meetingChairs, meetingOrganizers, meetingParticipants, meetingReports, meetingsByIds, meetingsOrganizedBy, type MeetingFilter,
} from '../../../src/graph/read/meetings.js';
import type { PageArgs } from '../../../src/graph/read/page.js';
import { listPeople } from '../../../src/graph/read/people.js';
import { recording, SEED_2022_ARTICLE, useReadGraph } from './fixture.js';

const graph = useReadGraph();

const NGO_QUYEN_2022 = 'meeting:2022-12-27/ban-chi-dao-35-quan-ngo-quyen/hoi-nghi-tong-ket';
const HAI_PHONG_2024 = 'meeting:2024-07-03/ban-chi-dao-35-thanh-pho-hai-phong/hoi-nghi-so-ket';
const LE_CHAN_2023 = 'meeting:2023-03-06/uy-ban-nhan-dan-quan-le-chan/hoi-nghi-so-ket';
const ALL_DATES = ['2024-07-03', '2024-03-20', '2024-03-12', '2023-06-15', '2023-03-06', '2022-12-27', '2022-09-08'];

const dates = async (filter: MeetingFilter, args: PageArgs = {}) => (await listMeetings(graph(), filter, args)).edges.map((e) => e.node.date);

describe('a meeting’s people', () => {
  it('give the chair of the 2022-12-27 meeting with the sentence and its article', async () => {
    const [chairs] = await meetingChairs(graph(), [NGO_QUYEN_2022]);
    expect(chairs).toEqual([
      {
        personId: 'person:trinh-quang-truong', meetingId: NGO_QUYEN_2022, meetingDate: '2022-12-27', role: 'chair', speechRole: null, coChair: false,
        person: { id: 'person:trinh-quang-truong', name: 'Trịnh Quang Trường', province: 'Hải Phòng', aliases: [] },
        // Read from the meeting: its row is the caller's already.
        meeting: null,
        evidence: [{
          article: expect.objectContaining({
            id: SEED_2022_ARTICLE,
            title: 'Ban Chỉ đạo 35 Quận ủy Ngô Quyền: Tăng cường công tác đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới',
            url: null,
            publishedAt: '2022-12-27T18:05:00+07:00',
          }),
          sentence: 'Đồng chí Trịnh Quang Trường, Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận, Trưởng Ban Chỉ đạo chủ trì Hội nghị.',
          date: '2022-12-27',
        }],
      },
    ]);
  });

  it('give Vũ Văn Cường as a speaker of the 2022 meeting, chairs first', async () => {
    const [people] = await meetingParticipants(graph(), [NGO_QUYEN_2022]);
    expect(people!.map((p) => [p.personId, p.role, p.speechRole])).toEqual([
      ['person:trinh-quang-truong', 'chair', null],
      ['person:vu-van-cuong', 'speaker', 'phát biểu'],
    ]);
    expect(people![1]!.evidence.map((e) => e.sentence)).toEqual(['Đồng chí Vũ Văn Cường, Trưởng Công an quận Ngô Quyền phát biểu tại Hội nghị tổng kết.']);
  });

  it('keep one person in two roles as two rows, and filter by role', async () => {
    const [all] = await meetingParticipants(graph(), [HAI_PHONG_2024]);
    expect(all!.map((p) => [p.personId, p.role, p.speechRole])).toEqual([
      ['person:dao-khanh-ha', 'chair', null],
      ['person:dao-khanh-ha', 'speaker', 'phát biểu kết luận'],
      ['person:dao-van-hoan', 'speaker', 'phát biểu'],
    ]);
    const [attendees] = await meetingParticipants(graph(), ['meeting:2023-06-15/ban-chi-dao-35-quan-ngo-quyen/hoi-nghi-so-ket'], { role: 'attendee' });
    expect(attendees!.map((p) => p.personId)).toEqual(['person:la-thi-thu-hang']);
  });

  it('come back in the order of the ids asked, an empty list for an unknown meeting', async () => {
    const chairs = await meetingChairs(graph(), [HAI_PHONG_2024, 'meeting:none', NGO_QUYEN_2022, HAI_PHONG_2024]);
    expect(chairs.map((rows) => rows.map((r) => r.personId))).toEqual([['person:dao-khanh-ha'], [], ['person:trinh-quang-truong'], ['person:dao-khanh-ha']]);
  });
});

describe('a meeting’s bodies and articles', () => {
  it('give the organizers with their place', async () => {
    const organizers = await meetingOrganizers(graph(), [NGO_QUYEN_2022, HAI_PHONG_2024]);
    expect(organizers.map((rows) => rows.map((o) => [o.name, o.place?.name]))).toEqual([
      [['Ban Chỉ đạo 35 quận Ngô Quyền', 'Ngô Quyền']],
      [['Ban Chỉ đạo 35 thành phố Hải Phòng', 'Hải Phòng']],
    ]);
  });

  it('give the reports with the announcing sentence', async () => {
    const [reports] = await meetingReports(graph(), [NGO_QUYEN_2022]);
    expect(reports).toHaveLength(1);
    expect(reports![0]!.evidence).toMatchObject({ article: { id: SEED_2022_ARTICLE }, date: '2022-12-27', sentence: expect.stringMatching(/^Chiều 27\/12, Ban Chỉ đạo 35 quận Ngô Quyền tổ chức Hội nghị tổng kết/u) });
  });

  it('load by ids in input order, null for a missing one', async () => {
    const rows = await meetingsByIds(graph(), [LE_CHAN_2023, 'meeting:none', NGO_QUYEN_2022]);
    expect(rows).toEqual([
      { id: LE_CHAN_2023, date: '2023-03-06', partOfDay: 'sáng', kind: 'hội nghị sơ kết', title: 'Hội nghị sơ kết công tác cải cách hành chính quý I năm 2023' },
      null,
      expect.objectContaining({ id: NGO_QUYEN_2022, date: '2022-12-27', partOfDay: 'chiều', kind: 'hội nghị tổng kết' }),
    ]);
  });
});

describe('the list of meetings', () => {
  it('is latest first', async () => {
    expect(await dates({})).toEqual(ALL_DATES);
  });

  it('filters by chair, participant in any role, organizer, kind and title words', async () => {
    expect(await dates({ chairedBy: 'person:trinh-quang-truong' })).toEqual(['2022-12-27']);
    expect(await dates({ chairedBy: 'person:vu-van-cuong' })).toEqual([]);
    expect(await dates({ participant: 'person:vu-van-cuong' })).toEqual(['2022-12-27']);
    expect(await dates({ participant: 'person:luong-thi-hai-an' })).toEqual(['2024-03-20', '2023-03-06']);
    expect(await dates({ organizer: 'org:uy-ban-nhan-dan-quan-le-chan' })).toEqual(['2024-03-20', '2023-03-06', '2022-09-08']);
    expect(await dates({ kind: 'Hội nghị tổng kết' })).toEqual(['2024-03-12', '2022-12-27']);
    expect(await dates({ search: 'chuyen doi so' })).toEqual(['2024-03-20']);
    expect(await dates({ search: 'Sơ kết' })).toEqual(['2024-07-03', '2023-06-15', '2023-03-06']);
  });

  it('filters by dates, both ends included, and combines filters', async () => {
    expect(await dates({ from: '2023-01-01', to: '2023-12-31' })).toEqual(['2023-06-15', '2023-03-06']);
    expect(await dates({ from: '2024-03-20' })).toEqual(['2024-07-03', '2024-03-20']);
    expect(await dates({ to: '2022-12-27' })).toEqual(['2022-12-27', '2022-09-08']);
    expect(await dates({ organizer: 'org:uy-ban-nhan-dan-quan-le-chan', from: '2023-01-01', kind: 'hội nghị sơ kết' })).toEqual(['2023-03-06']);
  });

  it('refuses a date that is not one', async () => {
    await expect(listMeetings(graph(), { from: '2023-02-30' })).rejects.toMatchObject({ code: 'BAD_DATE' });
  });

  it('pages through with cursors: every meeting once, in order, and the last page says so', async () => {
    const seen: string[] = [];
    const pages: boolean[] = [];
    let after: string | null = null;
    do {
      const page = await listMeetings(graph(), {}, { first: 3, after });
      seen.push(...page.edges.map((e) => e.node.date ?? ''));
      pages.push(page.hasNextPage);
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    expect(seen).toEqual(ALL_DATES);
    expect(pages).toEqual([true, true, false]);
  });

  it('keeps its filter across pages, with `to` before the cursor', async () => {
    const first = await listMeetings(graph(), { to: '2024-03-20' }, { first: 2 });
    expect(first.edges.map((e) => e.node.date)).toEqual(['2024-03-20', '2024-03-12']);
    const next = await listMeetings(graph(), { to: '2024-03-20' }, { first: 2, after: first.endCursor });
    expect(next.edges.map((e) => e.node.date)).toEqual(['2023-06-15', '2023-03-06']);
    expect(next.hasNextPage).toBe(true);
  });

  it('refuses a bad cursor, a cursor of another list and a page too large', async () => {
    await expect(listMeetings(graph(), {}, { after: 'bm90IGEgY3Vyc29y' })).rejects.toBeInstanceOf(ReadInputError);
    await expect(listMeetings(graph(), {}, { after: 'bm90IGEgY3Vyc29y' })).rejects.toMatchObject({ code: 'BAD_CURSOR' });
    const people = await listPeople(graph(), {}, { first: 1 });
    await expect(listMeetings(graph(), {}, { after: people.endCursor })).rejects.toMatchObject({ code: 'BAD_CURSOR' });
    await expect(listMeetings(graph(), {}, { first: 101 })).rejects.toMatchObject({ code: 'BAD_PAGE_SIZE' });
  });

  it('costs one query for the page, one for the chairs and one for the organizers of all its meetings', async () => {
    const { driver, queries } = recording(graph());
    const page = await listMeetings(driver, {}, { first: 20 });
    const ids = page.edges.map((e) => e.node.id);
    const [chairs, organizers] = await Promise.all([meetingChairs(driver, ids), meetingOrganizers(driver, ids)]);
    expect(ids).toHaveLength(7);
    expect(chairs.every((c) => c.length === 1)).toBe(true);
    expect(organizers.every((o) => o.length === 1)).toBe(true);
    expect(queries).toHaveLength(3);
  });

  /** The operators of the plan of the one query listMeetings runs for `filter`. */
  async function planOf(filter: MeetingFilter): Promise<string[]> {
    const { driver, queries } = recording(graph());
    await listMeetings(driver, filter, { first: 5 });
    expect(queries).toHaveLength(1);
    const { query, params } = queries[0]!;
    const { summary } = await graph().executeQuery(`EXPLAIN ${query}`, params);
    type Operator = { operatorType: string; arguments: Record<string, string>; children: Operator[] };
    const operators: string[] = [];
    const walk = (op: Operator) => {
      operators.push(`${op.operatorType.replace(/@.*$/u, '')} ${op.arguments.Details ?? ''}`);
      op.children.forEach(walk);
    };
    if (summary.plan) walk(summary.plan);
    return operators;
  }

  it('reads the date index in order when no person or body is given', async () => {
    const operators = await planOf({ from: '2020-01-01', to: '2024-12-31', kind: 'hội nghị', search: 'so ket' });
    expect(operators.some((o) => o.startsWith('NodeIndexSeekByRange') && o.includes(':Meeting(date)'))).toBe(true);
    expect(operators.some((o) => /^(Sort|Top) /u.test(o))).toBe(false);
  });

  it('starts from the person or body when one is given, with every other filter still applied', async () => {
    const everything = { chairedBy: 'person:x', participant: 'person:y', organizer: 'org:z', from: '2020-01-01', to: '2024-12-31', kind: 'hội nghị', search: 'so ket' };
    for (const [filter, start] of [
      [everything, ':Person(id)'],
      [{ ...everything, chairedBy: null, participant: null }, ':Organization(id)'],
    ] as const) {
      const operators = await planOf(filter);
      // Seek or scan of the id index is the planner's choice on a graph this small; either way the page starts there.
      expect(operators.some((o) => /^Node(Unique)?Index(Seek|Scan)/u.test(o) && o.includes(start)), operators.join(' / ')).toBe(true);
      expect(operators.some((o) => o.startsWith('NodeIndexSeekByRange') && o.includes(':Meeting(date)')), operators.join(' / ')).toBe(false);
    }
    expect(await dates({ organizer: 'org:uy-ban-nhan-dan-quan-le-chan', chairedBy: 'person:nguyen-van-binh' })).toEqual(['2023-03-06']);
  });
});

describe('the meetings of many bodies at once', () => {
  const LE_CHAN = 'org:uy-ban-nhan-dan-quan-le-chan';
  const NGO_QUYEN = 'org:ban-chi-dao-35-quan-ngo-quyen';

  it('give each body the page its own list gives, in one query, and page on with its cursor', async () => {
    const { driver, queries } = recording(graph());
    const [leChan, ngoQuyen, none] = await meetingsOrganizedBy(driver, [LE_CHAN, NGO_QUYEN, 'org:none'], { from: '2022-10-01' }, { first: 1 });
    expect(queries).toHaveLength(1);
    expect(leChan).toEqual(await listMeetings(graph(), { organizer: LE_CHAN, from: '2022-10-01' }, { first: 1 }));
    expect(ngoQuyen).toEqual(await listMeetings(graph(), { organizer: NGO_QUYEN, from: '2022-10-01' }, { first: 1 }));
    expect(none).toEqual({ edges: [], hasNextPage: false, endCursor: null });

    expect(leChan!.edges.map((e) => e.node.date)).toEqual(['2024-03-20']);
    const [next] = await meetingsOrganizedBy(graph(), [LE_CHAN], { from: '2022-10-01' }, { first: 5, after: leChan!.endCursor });
    expect(next!.edges.map((e) => e.node.date)).toEqual(['2023-03-06']);
    expect(next!.hasNextPage).toBe(false);
  });
});
