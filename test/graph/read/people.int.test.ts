import { describe, expect, it } from 'vitest';
import type { AsOfTenureRow, PersonRow } from '../../../src/graph/read/models.js';
import { keptApart, listPeople, peopleByIds, personMeetings, personTimelines, rolesAsOf } from '../../../src/graph/read/people.js';
import { tenureEvidence, tenuresOnDays } from '../../../src/graph/read/tenures.js';
import { recording, SEED_2024_ARTICLE, useReadGraph } from './fixture.js';

const graph = useReadGraph();

const HA = 'person:dao-khanh-ha';
const TO = 'person:pham-van-to';
const HAI_AN = 'person:luong-thi-hai-an';

/** Each person's roles on a date as [post, basis]. */
const roles = async (personIds: string[], date: string) =>
  (await rolesAsOf(graph(), personIds, date)).map((rows) => rows.map((r) => [r.position.name, r.basis]));

describe('people by id', () => {
  it('come back in the order asked, null for an unknown id', async () => {
    expect(await peopleByIds(graph(), ['person:vu-van-cuong', 'person:none', HA])).toEqual([
      { id: 'person:vu-van-cuong', name: 'Vũ Văn Cường', province: 'Hải Phòng', aliases: [] },
      null,
      { id: HA, name: 'Đào Khánh Hà', province: 'Hải Phòng', aliases: [] },
    ]);
    expect(await peopleByIds(graph(), [])).toEqual([]);
  });
});

describe('the list of people', () => {
  it('pages through everyone once, in a stable order, homonyms included', async () => {
    const all = await listPeople(graph(), {}, { first: 100 });
    expect(all.hasNextPage).toBe(false);
    expect(all.edges).toHaveLength(11);
    const walked: PersonRow[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await listPeople(graph(), {}, { first: 5, after });
      walked.push(...page.edges.map((e) => e.node));
      after = page.hasNextPage ? page.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(walked).toEqual(all.edges.map((e) => e.node));
    expect(walked.filter((p) => p.name === 'Nguyễn Văn Bình').map((p) => p.id)).toEqual(['person:nguyen-van-binh', 'person:nguyen-van-binh-an-lao']);
  });

  it('splits homonyms across pages without losing one', async () => {
    const all = (await listPeople(graph(), { search: 'nguyen van binh' }, { first: 10 })).edges.map((e) => e.node.id);
    expect(all).toEqual(['person:nguyen-van-binh', 'person:nguyen-van-binh-an-lao']);
    const first = await listPeople(graph(), { search: 'nguyen van binh' }, { first: 1 });
    const second = await listPeople(graph(), { search: 'nguyen van binh' }, { first: 1, after: first.endCursor });
    expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual(all);
    expect(second.hasNextPage).toBe(false);
  });

  it('searches without diacritics, every word, the last as a prefix', async () => {
    const ids = async (search: string) => (await listPeople(graph(), { search })).edges.map((e) => e.node.id);
    expect(await ids('dao khanh ha')).toEqual([HA]);
    expect(await ids('Đào')).toEqual([HA, 'person:dao-van-hoan']);
    expect(await ids('dao kh')).toEqual([HA]);
    expect(await ids('hai an')).toEqual([HAI_AN]);
    expect(await ids('van h')).toEqual(['person:dao-van-hoan']);
    expect(await ids('ha')).toEqual(['person:la-thi-thu-hang', HAI_AN, HA]);
    expect(await ids('khanh ha x')).toEqual([]);
  });
});

describe('roles as of a date', () => {
  it('give Đào Khánh Hà’s two posts on 2024-07-03, with their bodies and the sentence', async () => {
    const [held] = await rolesAsOf(graph(), [HA], '2024-07-03');
    expect(held!.map((r) => ({ post: r.position.name, title: r.position.title, organizationId: r.position.organizationId, basis: r.basis }))).toEqual([
      { post: 'Trưởng Ban Tuyên giáo Thành ủy Hải Phòng', title: 'Trưởng', organizationId: 'org:ban-tuyen-giao-thanh-uy-hai-phong', basis: 'seen' },
      { post: 'Ủy viên Ban Thường vụ Thành ủy Hải Phòng', title: 'Ủy viên', organizationId: 'org:ban-thuong-vu-thanh-uy-hai-phong', basis: 'seen' },
    ]);
    expect(held!.map((r) => r.asOf)).toEqual(['2024-07-03', '2024-07-03']);
    for (const evidence of await tenureEvidence(graph(), held!.map((r) => ({ tenureId: r.id, near: r.asOf })))) {
      expect(evidence).toEqual([
        expect.objectContaining({
          article: expect.objectContaining({ id: SEED_2024_ARTICLE }), date: '2024-07-03', former: false,
          sentence: 'Đồng chí Đào Khánh Hà, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Thành ủy chủ trì Hội nghị.',
        }),
      ]);
    }
    expect(held![0]).toMatchObject({ firstSeen: '2024-07-03', lastSeen: '2024-07-03', endedBy: null, observations: 1, acting: false, concurrent: false });
  });

  it('flag a post last seen before the date, and drop it once an article calls it former', async () => {
    expect(await roles([TO], '2022-01-01')).toEqual([[]]);
    expect(await roles([TO], '2022-09-08')).toEqual([[['Chủ tịch Ủy ban nhân dân quận Lê Chân', 'seen']]]);
    expect(await roles([TO], '2023-01-01')).toEqual([[['Chủ tịch Ủy ban nhân dân quận Lê Chân', 'lastSeen']]]);
    expect(await roles([TO], '2024-03-20')).toEqual([[]]);
  });

  it('drop a post one person holds at a time once someone else is shown in it, but not a deputy\'s', async () => {
    // Nguyễn Văn Bình is shown as Chủ tịch of the same committee on 2023-03-06.
    expect(await roles([TO], '2023-03-05')).toEqual([[['Chủ tịch Ủy ban nhân dân quận Lê Chân', 'lastSeen']]]);
    expect(await roles([TO], '2023-03-06')).toEqual([[]]);
    expect(await roles([TO], '2023-06-01')).toEqual([[]]);
    // Tạ Đình Phong is shown as a deputy head after Trịnh Quang Trường: the head stays.
    expect(await roles(['person:trinh-quang-truong'], '2023-06-15')).toContainEqual(expect.arrayContaining([['Trưởng Ban Chỉ đạo 35 quận Ngô Quyền', 'lastSeen']]));
  });

  it('take the span between the first and the last article as seen, and nothing a term after the last', async () => {
    expect(await roles([HAI_AN], '2023-09-01')).toEqual([[['Phó Chủ tịch Ủy ban nhân dân quận Lê Chân', 'seen']]]);
    const cityPosts = (await roles([HA], '2029-07-03'))[0]!;
    expect(cityPosts.length).toBeGreaterThan(0);
    expect(cityPosts.every(([, basis]) => basis === 'lastSeen')).toBe(true);
    expect(await roles([HA], '2029-07-04')).toEqual([[]]);
  });

  it('end a post with its body: the district level ended on 2025-07-01', async () => {
    expect(await roles([HAI_AN], '2025-06-30')).toEqual([[['Phó Chủ tịch Ủy ban nhân dân quận Lê Chân', 'lastSeen']]]);
    expect(await roles([HAI_AN], '2025-07-01')).toEqual([[]]);
  });

  it('come back per person in the order asked', async () => {
    expect((await roles([HAI_AN, 'person:none', HA], '2024-07-03')).map((r) => r.length)).toEqual([1, 0, 2]);
  });

  it('refuse a date that is not one', async () => {
    await expect(rolesAsOf(graph(), [HA], '03/07/2024')).rejects.toMatchObject({ code: 'BAD_DATE' });
  });
});

describe('a person’s meetings', () => {
  it('give every role, latest first, or the role asked', async () => {
    const [all] = await personMeetings(graph(), [HA]);
    expect(all!.map((p) => [p.meetingDate, p.role])).toEqual([['2024-07-03', 'chair'], ['2024-07-03', 'speaker']]);
    const [hers, his] = await personMeetings(graph(), [HAI_AN, 'person:vu-van-cuong'], { role: 'speaker' });
    expect(hers!.map((p) => [p.meetingDate, p.role])).toEqual([['2023-03-06', 'speaker']]);
    expect(his!.map((p) => [p.meetingId, p.speechRole])).toEqual([['meeting:2022-12-27/ban-chi-dao-35-quan-ngo-quyen/hoi-nghi-tong-ket', 'phát biểu']]);
  });
});

describe('a timeline', () => {
  it('puts posts and meetings in date order, a post before the meeting it frames, and shows how a post ended', async () => {
    const [timeline] = await personTimelines(graph(), [TO]);
    expect(timeline!.map((e) => (e.kind === 'tenure' ? [e.date, 'post', e.tenure.position.name] : [e.date, e.participation.role, e.participation.meetingId]))).toEqual([
      ['2022-09-08', 'post', 'Chủ tịch Ủy ban nhân dân quận Lê Chân'],
      ['2022-09-08', 'chair', 'meeting:2022-09-08/uy-ban-nhan-dan-quan-le-chan/hoi-nghi-trien-khai'],
      ['2024-03-20', 'speaker', 'meeting:2024-03-20/uy-ban-nhan-dan-quan-le-chan/hoi-nghi-trien-khai'],
    ]);
    const [post] = timeline!;
    expect(post?.kind === 'tenure' && post.tenure).toMatchObject({ firstSeen: '2022-09-08', lastSeen: '2022-09-08', endedBy: '2024-03-20', observations: 1 });
    const [evidence] = await tenureEvidence(graph(), [{ tenureId: post?.kind === 'tenure' ? post.tenure.id : '', near: null }]);
    expect(evidence!.map((e) => [e.date, e.former, e.text])).toEqual([
      ['2022-09-08', false, 'Chủ tịch UBND quận Lê Chân'],
      ['2024-03-20', true, 'nguyên Chủ tịch UBND quận Lê Chân'],
    ]);
  });

  it('spans a post seen in two articles, and keeps the acting flag', async () => {
    const [hers, his] = await personTimelines(graph(), [HAI_AN, 'person:kieu-van-tam']);
    expect(hers!.map((e) => [e.date, e.kind === 'tenure' ? 'post' : e.participation.role])).toEqual([
      ['2023-03-06', 'post'], ['2023-03-06', 'speaker'], ['2024-03-20', 'chair'],
    ]);
    expect(hers![0]?.kind === 'tenure' && [hers![0].tenure.firstSeen, hers![0].tenure.lastSeen, hers![0].tenure.observations]).toEqual(['2023-03-06', '2024-03-20', 2]);
    const post = his!.find((e) => e.kind === 'tenure');
    expect(post?.kind === 'tenure' && post.tenure.acting).toBe(true);
  });
});

describe('homonyms kept apart', () => {
  it('say why, from either side', async () => {
    const [binh, other, cuong] = await keptApart(graph(), ['person:nguyen-van-binh', 'person:nguyen-van-binh-an-lao', 'person:vu-van-cuong']);
    expect(binh).toEqual([{
      personId: 'person:nguyen-van-binh', otherId: 'person:nguyen-van-binh-an-lao', articleId: 'article:an-lao-hoi-nghi-ban-chap-hanh-6c9c4171',
      reason: 'posts in different districts (Lê Chân / An Lão) and no post in common',
    }]);
    expect(other!.map((k) => k.otherId)).toEqual(['person:nguyen-van-binh']);
    expect(cuong).toEqual([]);
  });
});

describe('the statements of a post', () => {
  it('come oldest first, or nearest a day first, as many as asked, for many tenures in one query', async () => {
    const [post] = (await personTimelines(graph(), [TO]))[0]!.flatMap((e) => (e.kind === 'tenure' ? [e.tenure] : []));
    const { driver, queries } = recording(graph());
    const [oldest, nearest, one, none] = await tenureEvidence(driver, [
      { tenureId: post!.id, near: null },
      { tenureId: post!.id, near: '2024-01-01' },
      { tenureId: post!.id, near: null },
      { tenureId: 'tenure:none', near: null },
    ]);
    expect(queries).toHaveLength(1);
    expect(oldest!.map((e) => e.date)).toEqual(['2022-09-08', '2024-03-20']);
    expect(nearest!.map((e) => e.date)).toEqual(['2024-03-20', '2022-09-08']);
    expect(one).toEqual(oldest);
    expect(none).toEqual([]);
    expect((await tenureEvidence(graph(), [{ tenureId: post!.id, near: null }], 1))[0]!.map((e) => e.date)).toEqual(['2022-09-08']);
    await expect(tenureEvidence(graph(), [], 0)).rejects.toMatchObject({ code: 'BAD_PAGE_SIZE' });
  });
});

describe('posts held on days of their own', () => {
  it('answer each person on each day in one query, as rolesAsOf does for one day, and nothing for no day', async () => {
    const { driver, queries } = recording(graph());
    const pairs = [
      { personId: HA, date: '2024-07-03' },
      { personId: HA, date: '2001-01-01' },
      { personId: 'person:trinh-quang-truong', date: '2022-12-27' },
      { personId: HA, date: null },
    ];
    const [haThen, haBefore, truong, undated] = await tenuresOnDays(driver, pairs);
    expect(queries).toHaveLength(1);
    const posts = (rows: AsOfTenureRow[] | undefined) => rows!.map((r) => [r.position.name, r.basis]);
    expect(posts(haThen)).toEqual(await roles([HA], '2024-07-03').then(([r]) => r));
    expect(posts(truong)).toEqual(await roles(['person:trinh-quang-truong'], '2022-12-27').then(([r]) => r));
    expect(posts(truong)).toHaveLength(3);
    expect(haBefore).toEqual([]);
    expect(undated).toEqual([]);
  });
});
