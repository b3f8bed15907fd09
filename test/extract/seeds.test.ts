import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const seed = (file: string): string => readFileSync(fileURLToPath(new URL(`../../seed/${file}`, import.meta.url)), 'utf8');
const strip = <T extends { sentence: string }>(xs: T[]): Omit<T, 'sentence'>[] => xs.map(({ sentence: _s, ...rest }) => rest);

describe('seed 000: steering committee review, district level', () => {
  const e = extract(seed('000_aed11e5a3adca584.txt'));

  it('finds both people with every post resolved to its organization', () => {
    expect(e.people.map((p) => ({ name: p.name, positions: strip(p.positions) }))).toEqual([
      {
        name: 'Trịnh Quang Trường',
        positions: [
          { text: 'Phó Bí thư Thường trực Quận ủy', title: 'Phó Bí thư Thường trực', organization: 'Quận ủy Ngô Quyền', qualifier: null },
          { text: 'Chủ tịch HĐND quận', title: 'Chủ tịch', organization: 'Hội đồng nhân dân quận Ngô Quyền', qualifier: null },
          { text: 'Trưởng Ban Chỉ đạo', title: 'Trưởng', organization: 'Ban Chỉ đạo 35 quận Ngô Quyền', qualifier: null },
        ],
      },
      {
        name: 'Vũ Văn Cường',
        positions: [
          { text: 'Trưởng Công an quận Ngô Quyền', title: 'Trưởng', organization: 'Công an quận Ngô Quyền', qualifier: null },
        ],
      },
    ]);
  });

  it('finds the meeting with its date, kind, organizer and roles', () => {
    expect(e.meetings).toHaveLength(1);
    const m = e.meetings[0]!;
    expect({ ...m, sentence: undefined, speakers: m.speakers.map((s) => [s.name, s.role]) }).toEqual({
      date: '2022-12-27',
      partOfDay: 'chiều',
      kind: 'hội nghị tổng kết',
      title: expect.stringMatching(/^Hội nghị tổng kết công tác bảo vệ nền tảng tư tưởng/u),
      organizers: ['Ban Chỉ đạo 35 quận Ngô Quyền'],
      chairs: ['Trịnh Quang Trường'],
      speakers: [['Vũ Văn Cường', 'phát biểu']],
      attendees: [],
      sentence: undefined,
    });
    expect(m.sentence).toMatch(/^Chiều 27\/12, Ban Chỉ đạo 35 quận Ngô Quyền tổ chức Hội nghị/u);
  });

  it('describes the organizations', () => {
    expect(e.organizations).toContainEqual({ name: 'Ban Chỉ đạo 35 quận Ngô Quyền', kind: 'steering committee', place: 'Ngô Quyền', parent: null });
    expect(e.organizations).toContainEqual({ name: 'Công an quận Ngô Quyền', kind: 'police', place: 'Ngô Quyền', parent: null });
  });
});

describe('seed 002: city steering committee, interim review', () => {
  const e = extract(seed('002_b3b1cc480d78469e.txt'));

  it('finds both people; the elided standing committee borrows the city party committee', () => {
    expect(e.people.map((p) => ({ name: p.name, positions: strip(p.positions) }))).toEqual([
      {
        name: 'Đào Khánh Hà',
        positions: [
          { text: 'Ủy viên Ban Thường vụ', title: 'Ủy viên', organization: 'Ban Thường vụ Thành ủy Hải Phòng', qualifier: null },
          { text: 'Trưởng Ban Tuyên giáo Thành ủy', title: 'Trưởng', organization: 'Ban Tuyên giáo Thành ủy Hải Phòng', qualifier: null },
        ],
      },
      {
        name: 'Đào Văn Hoàn',
        positions: [
          { text: 'Phó Trưởng Ban Tuyên giáo Thành ủy', title: 'Phó Trưởng', organization: 'Ban Tuyên giáo Thành ủy Hải Phòng', qualifier: null },
        ],
      },
    ]);
  });

  it('finds the meeting; the chair also gives the concluding speech', () => {
    expect(e.meetings).toHaveLength(1);
    const m = e.meetings[0]!;
    expect(m.date).toBe('2024-07-03');
    expect(m.partOfDay).toBe('chiều');
    expect(m.kind).toBe('hội nghị sơ kết');
    expect(m.organizers).toEqual(['Ban Chỉ đạo 35 thành phố']);
    expect(m.chairs).toEqual(['Đào Khánh Hà']);
    expect(m.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Đào Văn Hoàn', 'phát biểu'],
      ['Đào Khánh Hà', 'phát biểu kết luận'],
    ]);
    expect(m.attendees).toEqual([]);
  });

  it('keeps the party board apart from the committee it belongs to', () => {
    expect(e.organizations).toContainEqual({
      name: 'Ban Tuyên giáo Thành ủy Hải Phòng', kind: 'department', place: 'Hải Phòng', parent: 'Thành ủy Hải Phòng',
    });
  });
});
