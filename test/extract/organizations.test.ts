import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import {
  cleanName, describeOrganization, expandAbbreviations, kindOf, orgContext, parentOf, resolveOrganization,
} from '../../src/extract/organizations.js';

/** A fresh context per check: the context remembers the bodies an article has named. */
const ctxOf = (body: string, place: string | null = 'Vân Sơn'): ReturnType<typeof orgContext> => orgContext(body, place);
const DISTRICT = 'Sáng 4/2, Ban Chỉ đạo 389 huyện Suối Lam tổ chức hội nghị. Công an huyện Suối Lam phối hợp.';

describe('organizations: a name is a body, spelled one way', () => {
  it('expands the press abbreviations', () => {
    expect(expandAbbreviations('Ủy viên BTV, Chủ tịch UBMTTQVN huyện, Phó Chủ tịch HĐND TP')).toBe(
      'Ủy viên Ban Thường vụ, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Phó Chủ tịch Hội đồng nhân dân thành phố',
    );
    expect(expandAbbreviations('Công an TP.HCM')).toBe('Công an thành phố Hồ Chí Minh');
  });

  it('cuts the post’s term off the name', () => {
    expect(cleanName('Huyện ủy Suối Lam, nhiệm kỳ 2020 - 2025')).toBe('Huyện ủy Suối Lam');
    expect(cleanName('Ủy ban MTTQ Việt Nam tỉnh khoá IX (nhiệm kỳ 2019 – 2024)')).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh');
  });

  it('ends a committee’s name before its topic, and a parent must be a body', () => {
    const name = cleanName('Ban chỉ đạo Trung ương về sơ kết 10 năm thực hiện Nghị quyết 18 của Bộ Chính trị (khóa 12) về cải cách');
    expect(name).toBe('Ban Chỉ đạo Trung ương');
    expect(parentOf(name)).toBeNull();
    expect(cleanName('Ban chỉ đạo của Tỉnh ủy Vân Sơn về phát triển du lịch sinh thái')).toBe('Ban Chỉ đạo Tỉnh ủy Vân Sơn');
    expect(parentOf('Ban Chỉ đạo Tỉnh ủy Vân Sơn')).toBe('Tỉnh ủy Vân Sơn');
  });

  it('drops the second title of a compound that leaked into the organization', () => {
    expect(cleanName('- Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam')).toBe('Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam');
  });

  it('cuts the clause that follows the name', () => {
    expect(cleanName('UBND tỉnh bổ nhiệm')).toBe('Ủy ban nhân dân tỉnh');
    expect(cleanName('Công an huyện Suối Lam tham luận')).toBe('Công an huyện Suối Lam');
  });

  it('spells every head the one canonical way, locality words in lower case', () => {
    expect(cleanName('Bộ chỉ huy quân sự tỉnh Vân Sơn')).toBe('Bộ Chỉ huy Quân sự tỉnh Vân Sơn');
    expect(cleanName('ban tuyên giáo Tỉnh uỷ')).toBe('Ban Tuyên giáo Tỉnh ủy');
    expect(cleanName('đoàn Đại biểu Quốc hội Tỉnh Vân Sơn')).toBe('Đoàn đại biểu Quốc hội tỉnh Vân Sơn');
    expect(cleanName('thường vụ Đảng ủy quân sự')).toBe('Ban Thường vụ Đảng ủy Quân sự');
    expect(cleanName('Trung ương Đảng')).toBe('Ban Chấp hành Trung ương Đảng');
    expect(cleanName('Tỉnh ủy tỉnh Vân Sơn')).toBe('Tỉnh ủy Vân Sơn');
  });
});

describe('organizations: full names from the article’s context', () => {
  it('completes a bare locality word and a party body with the article’s locality, the city from the portal', () => {
    const ctx = ctxOf(DISTRICT, 'Đà Nẵng');
    expect(resolveOrganization('HĐND huyện', null, ctx)).toBe('Hội đồng nhân dân huyện Suối Lam');
    expect(resolveOrganization('Huyện ủy', null, ctx)).toBe('Huyện ủy Suối Lam');
    expect(resolveOrganization('Thành ủy', null, ctx)).toBe('Thành ủy Đà Nẵng');
  });

  it('takes a central city portal as the city and any other portal as the province', () => {
    expect(resolveOrganization('UBND thành phố', null, ctxOf('Tin vắn.', 'Đà Nẵng'))).toBe('Ủy ban nhân dân thành phố Đà Nẵng');
    expect(resolveOrganization('UBND tỉnh', null, ctxOf('Tin vắn.', 'Vân Sơn'))).toBe('Ủy ban nhân dân tỉnh Vân Sơn');
  });

  it('takes no person named after a locality word for a place', () => {
    const ctx = ctxOf('Chủ tịch UBND tỉnh Hoàng Minh Khải phát biểu. Đồng chí Đinh Thu Trang dự.', null);
    expect(resolveOrganization('UBND tỉnh', null, ctx)).toBe('Ủy ban nhân dân tỉnh');
  });

  it('writes a bare province after an administrative body with its locality word', () => {
    expect(resolveOrganization('Công an Đà Nẵng', null, ctxOf('Tin vắn.', 'Đà Nẵng'))).toBe('Công an thành phố Đà Nẵng');
  });

  it('lets a sub-body borrow the body of the next post, a party body or a mass organization', () => {
    const ctx = ctxOf(DISTRICT);
    expect(resolveOrganization('Ban Thường vụ', 'Ban Dân vận Huyện ủy', ctx)).toBe('Ban Thường vụ Huyện ủy Suối Lam');
    expect(resolveOrganization('Ban Thường vụ', 'ban Kiểm tra Hội CCB huyện', ctx)).toBe('Ban Thường vụ Hội Cựu chiến binh huyện Suối Lam');
    expect(resolveOrganization('Ban Thường vụ', 'HĐND huyện', ctxOf(DISTRICT))).toBe('Ban Thường vụ');
  });

  it('gives a bare "Đảng ủy" the unit of the next post, else the commune; a bare "Đảng đoàn" the front', () => {
    const ctx = ctxOf('Sáng 4/2, xã Suối Mây tổ chức hội nghị.', 'Đà Nẵng');
    expect(resolveOrganization('Đảng ủy', 'CATP', ctx)).toBe('Đảng ủy Công an thành phố Đà Nẵng');
    expect(resolveOrganization('Đảng ủy', 'HĐND xã', ctx)).toBe('Đảng ủy xã Suối Mây');
    expect(resolveOrganization('Đảng ủy', null, ctx)).toBe('Đảng ủy xã Suối Mây');
    expect(resolveOrganization('Đảng đoàn', 'Ủy ban MTTQ Việt Nam thành phố', ctx)).toBe(
      'Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Đà Nẵng',
    );
  });

  it('numbers a bare military region as the article does', () => {
    const ctx = ctxOf('Đại tá A, Phó Tư lệnh Quân khu 7, dự.');
    expect(resolveOrganization('Quân khu', null, ctx)).toBe('Quân khu 7');
  });

  it('takes "Ban Chỉ đạo" alone as the steering committee the article is about', () => {
    expect(resolveOrganization('Ban Chỉ đạo', null, ctxOf(DISTRICT))).toBe('Ban Chỉ đạo 389 huyện Suối Lam');
  });

  it('gives one body one name in an article: the better-cased spelling, the fuller name met earlier', () => {
    const ctx = ctxOf('Tin vắn.', 'Đà Nẵng');
    expect(resolveOrganization('Đảng ủy quân sự thành phố', null, ctx)).toBe('Đảng ủy Quân sự thành phố Đà Nẵng');
    expect(resolveOrganization('Đảng ủy Quân sự', null, ctx)).toBe('Đảng ủy Quân sự thành phố Đà Nẵng');
    expect(resolveOrganization('thường vụ Đảng ủy Quân sự', null, ctx)).toBe(
      'Ban Thường vụ Đảng ủy Quân sự thành phố Đà Nẵng',
    );
    const steering = ctxOf('Tin vắn.', 'Đà Nẵng');
    expect(resolveOrganization('Ban Chỉ đạo 35 quận Bến Mới', null, steering)).toBe('Ban Chỉ đạo 35 quận Bến Mới');
    expect(resolveOrganization('Ban Chỉ đạo 35 Quận ủy Bến Mới', null, steering)).toBe('Ban Chỉ đạo 35 quận Bến Mới');
  });

  it('names no body for a place alone', () => {
    expect(resolveOrganization('thành phố', null, ctxOf('Tin vắn.', 'Đà Nẵng'))).toBeNull();
  });
});

describe('organizations: kind, parent and place', () => {
  const ctx = ctxOf(DISTRICT);

  it('takes the kind from the full head of the name', () => {
    expect(kindOf('Bộ Chỉ huy Quân sự tỉnh Vân Sơn')).toBe('military command');
    expect(kindOf('Bộ Tài chính')).toBe('ministry');
    expect(kindOf('Bộ Chính trị')).toBe('party committee');
    expect(kindOf('Ban Thường vụ Đảng ủy Quân sự tỉnh Vân Sơn')).toBe('party standing committee');
    expect(kindOf('Ban Thường vụ Tỉnh đoàn Vân Sơn')).toBe('standing committee');
    expect(kindOf('Ban Dân vận Huyện ủy Suối Lam')).toBe('department');
    expect(kindOf('Ban Kinh tế Trung ương')).toBe('department');
    expect(kindOf('Ban Quản lý Khu công nghiệp Vân Sơn')).toBe('board');
    expect(kindOf('Huyện ủy Suối Lam')).toBe('party committee');
    expect(kindOf('Công an huyện Suối Lam')).toBe('police');
    expect(kindOf('Ủy ban nhân dân huyện Suối Lam')).toBe('people’s committee');
    expect(kindOf('Liên đoàn Lao động tỉnh Vân Sơn')).toBe('union');
    expect(kindOf('Tòa án nhân dân tỉnh Vân Sơn')).toBe('court');
    expect(kindOf('Trường Đại học Vân Sơn')).toBe('school');
    expect(kindOf('Hội nghị tổng kết')).toBe('organization');
  });

  it('gives a parent only when the name shows a body it belongs to', () => {
    expect(parentOf('Ban Tuyên giáo Tỉnh ủy Vân Sơn')).toBe('Tỉnh ủy Vân Sơn');
    expect(parentOf('Ban Thường vụ Tỉnh ủy Vân Sơn')).toBe('Tỉnh ủy Vân Sơn');
    expect(parentOf('Cục Cảnh sát giao thông – Bộ Công an')).toBe('Bộ Công an');
    expect(parentOf('Ban Pháp chế - Ngân sách Hội đồng nhân dân tỉnh Vân Sơn')).toBe('Hội đồng nhân dân tỉnh Vân Sơn');
    expect(parentOf('Công an huyện Suối Lam')).toBeNull();
    expect(parentOf('Ban Quản lý Khu công nghiệp Hòn Phòng')).toBeNull();
    expect(parentOf('Hội Cựu chiến binh Sở Tài chính')).toBeNull();
  });

  it('places a body where its name does, as written', () => {
    expect(describeOrganization('Công an huyện Suối Lam', ctx)).toEqual({
      name: 'Công an huyện Suối Lam', kind: 'police', place: 'Suối Lam', parent: null,
    });
    expect(describeOrganization('Ban Tuyên giáo Tỉnh ủy Vân Sơn', ctx).place).toBe('Vân Sơn');
  });

  it('describes the seed documents’ bodies', () => {
    const seed = ctxOf('Chiều 27/12, Ban Chỉ đạo 35 quận Ngô Quyền tổ chức Hội nghị tổng kết.', 'Hải Phòng');
    expect(resolveOrganization('Quận ủy', null, seed)).toBe('Quận ủy Ngô Quyền');
    expect(resolveOrganization('HĐND quận', null, seed)).toBe('Hội đồng nhân dân quận Ngô Quyền');
    expect(resolveOrganization('Ban Chỉ đạo', null, seed)).toBe('Ban Chỉ đạo 35 quận Ngô Quyền');
    expect(resolveOrganization('Ban Thường vụ', 'Ban Tuyên giáo Thành ủy', seed)).toBe('Ban Thường vụ Thành ủy Hải Phòng');
    expect(describeOrganization('Ban Tuyên giáo Thành ủy Hải Phòng', seed)).toEqual({
      name: 'Ban Tuyên giáo Thành ủy Hải Phòng', kind: 'department', place: 'Hải Phòng', parent: 'Thành ủy Hải Phòng',
    });
    expect(describeOrganization('Ban Chỉ đạo 35 quận Ngô Quyền', seed)).toEqual({
      name: 'Ban Chỉ đạo 35 quận Ngô Quyền', kind: 'steering committee', place: 'Ngô Quyền', parent: null,
    });
    expect(describeOrganization('Công an quận Ngô Quyền', seed)).toEqual({
      name: 'Công an quận Ngô Quyền', kind: 'police', place: 'Ngô Quyền', parent: null,
    });
  });
});

describe('organizations: organizers of a meeting', () => {
  const organizers = (body: string) => extract(`Print Thứ Hai, 10/03/2025 17:30 Gốc\n\n${body}`).meetings[0]?.organizers;

  it('splits bodies joined by "và" only when each opens with a body', () => {
    expect(organizers('Sáng 8/3, Hội Nông dân tỉnh và Bộ Chỉ huy Quân sự tỉnh Vân Sơn tổ chức hội nghị ký kết chương trình phối hợp.')).toEqual([
      'Hội Nông dân tỉnh', 'Bộ Chỉ huy Quân sự tỉnh Vân Sơn',
    ]);
    expect(organizers('Sáng 8/3, Sở Khoa học và Công nghệ tổ chức hội thảo.')).toEqual(['Sở Khoa học và Công nghệ']);
  });

  it('keeps a city after a comma out of the organizers', () => {
    expect(organizers('Sáng 8/3, Đảng bộ phường Suối Mây, TPHCM long trọng tổ chức Lễ kỷ niệm.')).toEqual(['Đảng bộ phường Suối Mây']);
  });
});
