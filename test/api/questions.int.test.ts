/**
 * The questions the service exists for, asked through the Yoga server of the real Neo4j holding the
 * seed articles (and a few invented ones around them), as a journalist would in the playground.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/api/playground.js';
import { apiClient, ok, type Client } from '../helpers/api.js';
import { useReadGraph } from '../graph/read/fixture.js';

const graph = useReadGraph();
const api: Client = (...args) => apiClient(graph())(...args);

const EVIDENCE = 'evidence { sentence date article { title url publishedAt } }';
const SEED_2022_TITLE = /Ban Chỉ đạo 35 quận Ngô Quyền/u;

describe('who chaired a meeting', () => {
  it('the 2022-12-27 meeting of Ban Chỉ đạo 35 quận Ngô Quyền was chaired by Trịnh Quang Trường, and the sentence says so', async () => {
    const data = await ok(api(`{
      meetings(filter: {from: "2022-12-27", to: "2022-12-27"}) {
        edges { node { id date title organizers { name } chairs { person { name } ${EVIDENCE} } } }
      }
    }`));
    const meetings = data.meetings.edges.map((e: any) => e.node);
    const meeting = meetings.find((m: any) => m.organizers.some((o: any) => o.name === 'Ban Chỉ đạo 35 quận Ngô Quyền'));
    expect(meeting, JSON.stringify(meetings)).toBeDefined();
    expect(meeting.date).toBe('2022-12-27');
    expect(meeting.chairs).toHaveLength(1);
    const [chair] = meeting.chairs;
    expect(chair.person.name).toBe('Trịnh Quang Trường');
    expect(chair.evidence[0].sentence).toContain('Đồng chí Trịnh Quang Trường, Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận, Trưởng Ban Chỉ đạo chủ trì Hội nghị');
    expect(chair.evidence[0].date).toBe('2022-12-27');
    expect(chair.evidence[0].article.publishedAt).toMatch(/^2022-12-27T/u);
  });

  it('gives each chair the posts held on the day of the meeting, as the playground\'s first tab shows', async () => {
    const data = await ok(api(EXAMPLES[0]!.query));
    const chairs = data.meetings.edges.flatMap((e: any) => e.node.chairs.map((c: any) => [e.node.date, c.person.name, c.roles.map((r: any) => r.position.name).sort()]));
    expect(chairs).toContainEqual([
      '2022-12-27', 'Trịnh Quang Trường',
      ['Chủ tịch Hội đồng nhân dân quận Ngô Quyền', 'Phó Bí thư Thường trực Quận ủy Ngô Quyền', 'Trưởng Ban Chỉ đạo 35 quận Ngô Quyền'],
    ]);
    expect(chairs).toContainEqual(['2024-07-03', 'Đào Khánh Hà', ['Trưởng Ban Tuyên giáo Thành ủy Hải Phòng', 'Ủy viên Ban Thường vụ Thành ủy Hải Phòng']]);
  });

  it('filters by chair: the meetings Đào Khánh Hà chaired, found by her id', async () => {
    const found = await ok(api(`{ search(text: "dao khanh ha", kinds: [Person]) { node { id } } }`));
    const id = found.search[0].node.id;
    const data = await ok(api(`query($id: ID!) { meetings(filter: {chairedBy: $id}) { edges { node { date chairs { person { id } } } } } }`, { id }));
    const meetings = data.meetings.edges.map((e: any) => e.node);
    expect(meetings.map((m: any) => m.date)).toContain('2024-07-03');
    for (const m of meetings) expect(m.chairs.map((c: any) => c.person.id)).toContain(id);
  });
});

describe("a person's posts on a date", () => {
  it('Đào Khánh Hà on 2024-07-03 held her two posts, each with its full body and the sentence', async () => {
    const data = await ok(api(`{
      people(search: "Đào Khánh Hà", first: 1) { edges { node { name roles(asOf: "2024-07-03") { position { name } organization { name } basis ${EVIDENCE} } } } }
    }`));
    const [person] = data.people.edges.map((e: any) => e.node);
    expect(person.name).toBe('Đào Khánh Hà');
    const posts = person.roles.map((r: any) => [r.position.name, r.organization.name]);
    expect(posts).toEqual(
      expect.arrayContaining([
        ['Trưởng Ban Tuyên giáo Thành ủy Hải Phòng', 'Ban Tuyên giáo Thành ủy Hải Phòng'],
        ['Ủy viên Ban Thường vụ Thành ủy Hải Phòng', 'Ban Thường vụ Thành ủy Hải Phòng'],
      ]),
    );
    expect(posts).toHaveLength(2);
    for (const role of person.roles) {
      expect(role.basis).toBe('SEEN');
      expect(role.evidence[0].sentence).toContain('Đồng chí Đào Khánh Hà, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Thành ủy');
      expect(role.evidence[0].article.title).toMatch(/nền tảng tư tưởng của Đảng/u);
    }
  });

  it('a date before any article that shows her gives no posts, and a malformed date is refused by name', async () => {
    const before = await ok(api(`{ people(search: "dao khanh ha") { edges { node { roles(asOf: "2001-01-01") { position { name } } } } } }`));
    expect(before.people.edges[0].node.roles).toEqual([]);
    const bad = await api(`{ people(search: "dao khanh ha") { edges { node { roles(asOf: "2024-02-30") { basis } } } } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('2024-02-30');
  });
});

describe('who spoke', () => {
  it('Vũ Văn Cường spoke at the 2022 meeting of Ban Chỉ đạo 35 quận Ngô Quyền', async () => {
    const data = await ok(api(`{
      people(search: "Vu Van Cuong") { edges { node { name meetings(role: SPEAKER) { edges { node { role speechRole meeting { date title organizers { name } } ${EVIDENCE} } } } } } }
    }`));
    const [person] = data.people.edges.map((e: any) => e.node);
    expect(person.name).toBe('Vũ Văn Cường');
    const spoke = person.meetings.edges.map((e: any) => e.node);
    expect(spoke).toHaveLength(1);
    expect(spoke[0].role).toBe('SPEAKER');
    expect(spoke[0].meeting.date).toBe('2022-12-27');
    expect(spoke[0].meeting.organizers.map((o: any) => o.name)).toEqual(['Ban Chỉ đạo 35 quận Ngô Quyền']);
    expect(spoke[0].evidence[0].sentence).toContain('Vũ Văn Cường, Trưởng Công an quận Ngô Quyền phát biểu');
  });

  it('the meeting lists him among its participants, after its chair', async () => {
    const data = await ok(api(`{ meetings(filter: {from: "2022-12-27", to: "2022-12-27", search: "tong ket"}) { edges { node { participants { person { name } role } } } } }`));
    const participants = data.meetings.edges.flatMap((e: any) => e.node.participants).map((p: any) => `${p.role} ${p.person.name}`);
    expect(participants).toContain('SPEAKER Vũ Văn Cường');
    expect(participants.indexOf('CHAIR Trịnh Quang Trường')).toBeLessThan(participants.indexOf('SPEAKER Vũ Văn Cường'));
  });
});

describe('search without diacritics', () => {
  it('"dao khanh ha" finds Đào Khánh Hà, and node(id) gives her back', async () => {
    const data = await ok(api(`{ search(text: "dao khanh ha") { kind label node { id ... on Person { name } } } }`));
    expect(data.search[0]).toMatchObject({ kind: 'Person', label: 'Đào Khánh Hà', node: { name: 'Đào Khánh Hà' } });
    const again = await ok(api(`query($id: ID!) { node(id: $id) { id ... on Person { name } } }`, { id: data.search[0].node.id }));
    expect(again.node).toEqual({ id: data.search[0].node.id, name: 'Đào Khánh Hà' });
  });

  it('tells two people of one name apart by their latest post', async () => {
    const data = await ok(api(`{ search(text: "nguyen van binh", kinds: [Person]) { label detail } }`));
    expect(data.search).toHaveLength(2);
    expect(data.search.map((h: any) => h.label)).toEqual(['Nguyễn Văn Bình', 'Nguyễn Văn Bình']);
    expect(data.search.map((h: any) => h.detail).sort()).toEqual(['Bí thư Huyện ủy An Lão', 'Chủ tịch Ủy ban nhân dân quận Lê Chân']);
    const meeting = await ok(api(`{ search(text: "tong ket bao ve nen tang", kinds: [Meeting], first: 1) { detail } }`));
    expect(meeting.search[0].detail).toBe('2022-12-27');
  });

  it('an id of no stored node gives null, an id of no kind of this graph a clear error', async () => {
    expect((await ok(api(`{ node(id: "person:nobody-at-all") { id } }`))).node).toBeNull();
    const bad = await api(`{ node(id: "VXNlcjox") { id } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('VXNlcjox');
  });
});

describe('who held a post', () => {
  it('"Trưởng Ban Tuyên giáo" of "Thành ủy Hải Phòng" on 2024-07-03 is Đào Khánh Hà, with the sentence', async () => {
    const data = await ok(api(`{ whoHeld(title: "Trưởng Ban Tuyên giáo", organization: "Thành ủy Hải Phòng", on: "2024-07-03") { person { name } position { name } basis ${EVIDENCE} } }`));
    expect(data.whoHeld.map((r: any) => r.person.name)).toEqual(['Đào Khánh Hà']);
    expect(data.whoHeld[0]).toMatchObject({ position: { name: 'Trưởng Ban Tuyên giáo Thành ủy Hải Phòng' }, basis: 'SEEN' });
    expect(data.whoHeld[0].evidence[0].sentence).toContain('Trưởng Ban Tuyên giáo Thành ủy');
  });
});

describe('a committee', () => {
  it('Ban Chỉ đạo 35 quận Ngô Quyền: its members on the day of its meeting, its parent, its meetings', async () => {
    const data = await ok(api(`{
      organizations(search: "Ban Chi dao 35 quan Ngo Quyen") { edges { node { name members(asOf: "2022-12-27") { edges { node { person { name } position { title } ${EVIDENCE} } } } meetings { edges { node { date chairs { person { name } } } } } } } }
    }`));
    const body = data.organizations.edges.map((e: any) => e.node).find((o: any) => o.name === 'Ban Chỉ đạo 35 quận Ngô Quyền');
    expect(body).toBeDefined();
    expect(body.members.edges.map((e: any) => `${e.node.position.title} ${e.node.person.name}`)).toContain('Trưởng Trịnh Quang Trường');
    expect(body.meetings.edges.map((e: any) => e.node.date)).toContain('2022-12-27');
  });
});

describe('a body\'s posts, sub-bodies and members, page by page', () => {
  it('walks the boards of Thành ủy Hải Phòng one at a time, the same as all at once', async () => {
    const query = `query($first: Int, $after: String) { node(id: "org:thanh-uy-hai-phong") { ... on Organization { name children(first: $first, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } } } } }`;
    const body = (page: any) => page.node;
    const whole = body(await ok(api(query, { first: 100 })));
    expect(whole.name).toBe('Thành ủy Hải Phòng');
    const all = whole.children.edges.map((e: any) => e.node.name);
    expect(all).toEqual(expect.arrayContaining(['Ban Thường vụ Thành ủy Hải Phòng', 'Ban Tuyên giáo Thành ủy Hải Phòng']));
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const children: any = body(await ok(api(query, { first: 1, after }))).children;
      walked.push(...children.edges.map((e: any) => e.node.name));
      after = children.pageInfo.hasNextPage ? children.pageInfo.endCursor : null;
    } while (after);
    expect(walked).toEqual(all);
  });
});

describe('bodies by kind', () => {
  it('filters on a kind from the enum and names each body\'s kind', async () => {
    const data = await ok(api(`{ committees: organizations(kind: PARTY_COMMITTEE) { edges { node { name kind } } } ubnd: organizations(search: "UBND quan Le Chan") { edges { node { name kind } } } }`));
    const committees = data.committees.edges.map((e: any) => e.node);
    expect(committees.map((o: any) => o.name)).toContain('Thành ủy Hải Phòng');
    for (const o of committees) expect(o.kind).toBe('PARTY_COMMITTEE');
    expect(data.ubnd.edges.map((e: any) => e.node)).toContainEqual({ name: 'Ủy ban nhân dân quận Lê Chân', kind: 'PEOPLES_COMMITTEE' });
  });
});

describe("a person's timeline", () => {
  it('runs oldest first, posts and meetings, every step dated and with evidence', async () => {
    const data = await ok(api(`{ people(search: "Trinh Quang Truong") { edges { node { timeline(first: 100) { edges { node { date kind tenure { position { name } ${EVIDENCE} } participation { role meeting { title } ${EVIDENCE} } } } } } } } }`));
    const timeline = data.people.edges[0].node.timeline.edges.map((e: any) => e.node);
    const dates = timeline.map((e: any) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(timeline.map((e: any) => e.kind)).toEqual(expect.arrayContaining(['POST', 'MEETING']));
    for (const e of timeline) expect((e.tenure ?? e.participation).evidence.length).toBeGreaterThan(0);
  });

  it('pages one step at a time in the same order', async () => {
    const query = `query($first: Int = 1, $after: String) { people(search: "Trinh Quang Truong") { edges { node { timeline(first: $first, after: $after) { edges { node { date kind } } pageInfo { hasNextPage endCursor } } } } } }`;
    const whole = (await ok(api(query, { first: 100 }))).people.edges[0].node.timeline.edges.map((e: any) => e.node);
    const stepped: unknown[] = [];
    let after: string | null = null;
    do {
      const page: any = (await ok(api(query, { after }))).people.edges[0].node.timeline;
      stepped.push(...page.edges.map((e: any) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(stepped).toEqual(whole);
    expect(whole.length).toBeGreaterThan(1);
  });
});

describe('connections', () => {
  it('page through every meeting once, first/after, and refuse a page larger than 100 by name', async () => {
    const all = await ok(api(`{ meetings(first: 100) { edges { node { id } } pageInfo { hasNextPage } } }`));
    expect(all.meetings.pageInfo.hasNextPage).toBe(false);
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await ok(api(`query($after: String) { meetings(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { after }));
      walked.push(...page.meetings.edges.map((e: any) => e.node.id));
      after = page.meetings.pageInfo.hasNextPage ? page.meetings.pageInfo.endCursor : null;
    } while (after);
    expect(walked).toEqual(all.meetings.edges.map((e: any) => e.node.id));
    expect(walked.length).toBeGreaterThan(3);

    const huge = await api(`query($first: Int) { meetings(first: $first) { edges { node { id } } } }`, { first: 1_000_000 });
    expect(huge.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(huge.errors?.[0]?.message).toContain('first must be a whole number from 0 to 100, got 1000000');
    const foreign = await api(`{ people(after: "${Buffer.from('["meetings","2022-12-27","x"]').toString('base64url')}") { edges { node { id } } } }`);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the playground', () => {
  it.each(EXAMPLES.map((e) => [e.name, e] as const))('example %s runs on the seed data without errors and finds something', async (_name, example) => {
    const data = await ok(api(example.query, example.variables));
    expect(JSON.stringify(data)).not.toMatch(/"edges":\[\]|^\{"\w+":\[\]\}$/u);
  });

  it('answers who chaired each seed meeting in its first tab', async () => {
    const data = await ok(api(EXAMPLES[0]!.query));
    const chairs = data.meetings.edges.flatMap((e: any) => e.node.chairs.map((c: any) => c.person.name));
    expect(chairs).toEqual(expect.arrayContaining(['Trịnh Quang Trường', 'Đào Khánh Hà']));
    expect(SEED_2022_TITLE.test(JSON.stringify(data))).toBe(true);
  });
});
