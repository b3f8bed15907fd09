import { describe, expect, it } from 'vitest';
import { listMeetings } from '../../../src/graph/read/meetings.js';
import type { OrganizationRow } from '../../../src/graph/read/models.js';
import { childOrganizations, listOrganizations, membersAsOf, organizationsByIds } from '../../../src/graph/read/organizations.js';
import { tenureEvidence } from '../../../src/graph/read/tenures.js';
import { useReadGraph } from './fixture.js';

const graph = useReadGraph();

const BCD_NGO_QUYEN = 'org:ban-chi-dao-35-quan-ngo-quyen';
const THANH_UY = 'org:thanh-uy-hai-phong';

const names = (rows: readonly OrganizationRow[]) => rows.map((o) => o.name);

describe('bodies by id', () => {
  it('come back in the order asked with place and parent, null for an unknown id', async () => {
    const [tuyenGiao, none, thanhUy] = await organizationsByIds(graph(), ['org:ban-tuyen-giao-thanh-uy-hai-phong', 'org:none', THANH_UY]);
    expect(tuyenGiao).toEqual({
      id: 'org:ban-tuyen-giao-thanh-uy-hai-phong', name: 'Ban Tuyên giáo Thành ủy Hải Phòng', kind: 'department', aliases: ['Ban Tuyên giáo Thành ủy Hải Phòng'],
      parentId: THANH_UY, place: { id: 'place:hai-phong', name: 'Hải Phòng', kind: null, ceasedOn: null, ceasedReason: null, successorId: null },
      ceasedOn: null, ceasedReason: null, successorId: null, scope: null,
    });
    expect(none).toBeNull();
    expect(thanhUy).toMatchObject({ name: 'Thành ủy Hải Phòng', kind: 'party committee', parentId: null });
  });
});

describe('the list of bodies', () => {
  it('searches name words without diacritics and filters by kind', async () => {
    expect(names((await listOrganizations(graph(), { search: 'cong an ngo quyen' })).edges.map((e) => e.node))).toEqual(['Công an quận Ngô Quyền']);
    expect(names((await listOrganizations(graph(), { search: 'ban chi dao' })).edges.map((e) => e.node))).toEqual([
      'Ban Chỉ đạo 35 quận Ngô Quyền', 'Ban Chỉ đạo 35 thành phố Hải Phòng',
    ]);
    const committees = await listOrganizations(graph(), { kind: 'party committee' });
    expect(names(committees.edges.map((e) => e.node))).toEqual(['Huyện ủy An Lão', 'Quận ủy Ngô Quyền', 'Thành ủy Hải Phòng']);
  });

  it('pages through every body once', async () => {
    const all = (await listOrganizations(graph(), {}, { first: 100 })).edges.map((e) => e.node.id);
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const page = await listOrganizations(graph(), {}, { first: 4, after });
      walked.push(...page.edges.map((e) => e.node.id));
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    expect(walked).toEqual(all);
    expect(new Set(walked).size).toBe(all.length);
  });
});

describe('sub-bodies', () => {
  it('give each body’s children in the order asked', async () => {
    const [thanhUy, bcd] = await childOrganizations(graph(), [THANH_UY, BCD_NGO_QUYEN]);
    expect(names(thanhUy!)).toEqual(['Ban Thường vụ Thành ủy Hải Phòng', 'Ban Tuyên giáo Thành ủy Hải Phòng']);
    expect(bcd).toEqual([]);
  });
});

describe('members as of a date', () => {
  it('give the committee’s head alone on the day of the seed, with post and sentence', async () => {
    const [members] = await membersAsOf(graph(), [BCD_NGO_QUYEN], '2022-12-27');
    expect(members!.map((m) => [m.personId, m.position.name, m.basis])).toEqual([['person:trinh-quang-truong', 'Trưởng Ban Chỉ đạo 35 quận Ngô Quyền', 'seen']]);
    const [evidence] = await tenureEvidence(graph(), [{ tenureId: members![0]!.id, near: members![0]!.asOf }]);
    expect(evidence!.map((e) => [e.sentence, e.text])).toEqual([
      ['Đồng chí Trịnh Quang Trường, Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận, Trưởng Ban Chỉ đạo chủ trì Hội nghị.', 'Trưởng Ban Chỉ đạo'],
    ]);
  });

  it('give the deputy seen later, and the head as last seen', async () => {
    const [members] = await membersAsOf(graph(), [BCD_NGO_QUYEN], '2023-06-15');
    expect(members!.map((m) => [m.personId, m.position.title, m.basis])).toEqual([
      ['person:ta-dinh-phong', 'Phó Trưởng', 'seen'],
      ['person:trinh-quang-truong', 'Trưởng', 'lastSeen'],
    ]);
  });

  it('come back per body in the order asked', async () => {
    const members = await membersAsOf(graph(), ['org:uy-ban-nhan-dan-quan-le-chan', 'org:none', BCD_NGO_QUYEN], '2024-03-20');
    expect(members.map((rows) => rows.map((m) => [m.personId, m.basis]))).toEqual([
      // Phạm Văn To is called former that day; Nguyễn Văn Bình was last shown a year before.
      [['person:luong-thi-hai-an', 'seen'], ['person:nguyen-van-binh', 'lastSeen']],
      [],
      [['person:ta-dinh-phong', 'lastSeen'], ['person:trinh-quang-truong', 'lastSeen']],
    ]);
  });
});

describe('a body’s meetings', () => {
  it('are the meetings list filtered by organizer', async () => {
    const page = await listMeetings(graph(), { organizer: BCD_NGO_QUYEN });
    expect(page.edges.map((e) => e.node.date)).toEqual(['2023-06-15', '2022-12-27']);
  });
});
