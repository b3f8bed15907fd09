import { describe, expect, it } from 'vitest';
import { tenureEvidence } from '../../../src/graph/read/tenures.js';
import { whoHeld } from '../../../src/graph/read/who-held.js';
import { SEED_2024_ARTICLE, useReadGraph } from './fixture.js';

const graph = useReadGraph();

const HER_SENTENCE = 'Đồng chí Đào Khánh Hà, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Thành ủy chủ trì Hội nghị.';
const holders = async (title: string, organization: string, on: string) =>
  (await whoHeld(graph(), title, organization, on)).map((t) => [t.personId, t.position.name, t.basis]);

describe('whoHeld', () => {
  it('finds Đào Khánh Hà as head of the propaganda board on 2024-07-03, with her sentence', async () => {
    const [held, ...rest] = await whoHeld(graph(), 'Trưởng Ban Tuyên giáo', 'Thành ủy Hải Phòng', '2024-07-03');
    expect(rest).toEqual([]);
    expect(held).toMatchObject({
      personId: 'person:dao-khanh-ha', basis: 'seen',
      position: { name: 'Trưởng Ban Tuyên giáo Thành ủy Hải Phòng', organizationId: 'org:ban-tuyen-giao-thanh-uy-hai-phong' },
    });
    const [evidence] = await tenureEvidence(graph(), [{ tenureId: held!.id, near: held!.asOf }]);
    expect(evidence).toEqual([expect.objectContaining({ article: expect.objectContaining({ id: SEED_2024_ARTICLE }), sentence: HER_SENTENCE, date: '2024-07-03' })]);
  });

  it('reads the post the same however title and body are split', async () => {
    const expected = [['person:dao-khanh-ha', 'Trưởng Ban Tuyên giáo Thành ủy Hải Phòng', 'seen']];
    expect(await holders('Trưởng', 'Ban Tuyên giáo Thành ủy Hải Phòng', '2024-07-03')).toEqual(expected);
    expect(await holders('Trưởng Ban', 'Tuyên giáo Thành ủy Hải Phòng', '2024-07-03')).toEqual(expected);
  });

  it('ignores diacritics, case, old tone marks and spacing', async () => {
    const expected = [['person:dao-khanh-ha', 'Trưởng Ban Tuyên giáo Thành ủy Hải Phòng', 'seen']];
    expect(await holders('truong ban tuyen giao', 'thanh uy hai phong', '2024-07-03')).toEqual(expected);
    expect(await holders('TRƯỞNG  BAN TUYÊN GIÁO', 'Thành uỷ Hải Phòng', '2024-07-03')).toEqual(expected);
  });

  it('takes a body by id, and spelled-out abbreviations', async () => {
    expect(await holders('Trưởng Ban Tuyên giáo', 'org:thanh-uy-hai-phong', '2024-07-03')).toEqual([['person:dao-khanh-ha', 'Trưởng Ban Tuyên giáo Thành ủy Hải Phòng', 'seen']]);
    expect(await holders('Chủ tịch', 'HĐND quận Ngô Quyền', '2022-12-27')).toEqual([['person:trinh-quang-truong', 'Chủ tịch Hội đồng nhân dân quận Ngô Quyền', 'seen']]);
    expect(await holders('chu tich', 'hdnd quan ngo quyen', '2022-12-27')).toEqual([['person:trinh-quang-truong', 'Chủ tịch Hội đồng nhân dân quận Ngô Quyền', 'seen']]);
    expect(await holders('Trưởng', 'Ban Chỉ đạo 35 Quận ủy Ngô Quyền', '2022-12-27')).toEqual([['person:trinh-quang-truong', 'Trưởng Ban Chỉ đạo 35 quận Ngô Quyền', 'seen']]);
  });

  it('takes a body named as articles shorten it, the name it begins, when no body has that name exactly', async () => {
    const expected = [['person:dao-khanh-ha', 'Trưởng Ban Tuyên giáo Thành ủy Hải Phòng', 'seen']];
    expect(await holders('Trưởng Ban Tuyên giáo', 'Thành ủy', '2024-07-03')).toEqual(expected);
    expect(await holders('Trưởng', 'Ban Tuyên giáo', '2024-07-03')).toEqual(expected);
    expect(await holders('Trưởng Ban Tuyên', 'Thành ủy Hải Phòng', '2024-07-03')).toEqual([]);
  });

  it('tells a deputy from the head', async () => {
    expect(await holders('Phó Trưởng Ban Tuyên giáo', 'Thành ủy Hải Phòng', '2024-07-03')).toEqual([
      ['person:dao-van-hoan', 'Phó Trưởng Ban Tuyên giáo Thành ủy Hải Phòng', 'seen'],
    ]);
  });

  it('gives who held the post on the date, the last seen one until a successor is shown, and no one before or after', async () => {
    expect(await holders('Chủ tịch', 'UBND quận Lê Chân', '2023-01-01')).toEqual([['person:pham-van-to', 'Chủ tịch Ủy ban nhân dân quận Lê Chân', 'lastSeen']]);
    // From the day his successor is shown, the post is his successor's alone.
    expect(await holders('Chủ tịch', 'UBND quận Lê Chân', '2023-03-06')).toEqual([['person:nguyen-van-binh', 'Chủ tịch Ủy ban nhân dân quận Lê Chân', 'seen']]);
    expect(await holders('Trưởng Ban Tuyên giáo', 'Thành ủy Hải Phòng', '2024-07-02')).toEqual([]);
    expect(await holders('Trưởng Ban Tuyên giáo', 'Thành ủy Hải Phòng', '2030-01-01')).toEqual([]);
  });

  it('finds nobody for a post or body that is not in the graph', async () => {
    expect(await holders('Giám đốc', 'Sở Tư pháp', '2024-07-03')).toEqual([]);
    expect(await holders('Trưởng Ban Tuyên giáo', 'org:none', '2024-07-03')).toEqual([]);
  });

  it('refuses an empty title or body and a date that is not one', async () => {
    await expect(whoHeld(graph(), ' ', 'Thành ủy Hải Phòng', '2024-07-03')).rejects.toMatchObject({ code: 'BAD_ARGUMENT' });
    await expect(whoHeld(graph(), 'Trưởng', '', '2024-07-03')).rejects.toMatchObject({ code: 'BAD_ARGUMENT' });
    await expect(whoHeld(graph(), 'Trưởng', 'Thành ủy Hải Phòng', '3/7/2024')).rejects.toMatchObject({ code: 'BAD_DATE' });
  });
});
