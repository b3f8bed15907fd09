import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { describeOrganization, expandAbbreviations, kindOf, orgContext, parentOf, resolveOrganization } from '../../src/extract/organizations.js';

describe('organizations: full names from context', () => {
  const ctx = orgContext('Chiều 5/3, Ban Chỉ đạo 389 huyện Gia Viễn tổ chức hội nghị. Công an huyện Gia Viễn phối hợp.', 'Ninh Bình');

  it('expands the press abbreviations', () => {
    expect(expandAbbreviations('Ủy viên BTV, Chủ tịch UBMTTQVN huyện, Phó Chủ tịch HĐND TP')).toBe(
      'Ủy viên Ban Thường vụ, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Phó Chủ tịch Hội đồng nhân dân thành phố',
    );
  });

  it('resolves a bare locality and a party body to the article’s locality, the city from the portal', () => {
    expect(resolveOrganization('HĐND huyện', null, ctx)).toBe('Hội đồng nhân dân huyện Gia Viễn');
    expect(resolveOrganization('Huyện ủy', null, ctx)).toBe('Huyện ủy Gia Viễn');
    expect(resolveOrganization('Thành ủy', null, ctx)).toBe('Thành ủy Ninh Bình');
  });

  it('lets an elided sub-body borrow the party body of the next post', () => {
    expect(resolveOrganization('Ban Thường vụ', 'Ban Dân vận Huyện ủy', ctx)).toBe('Ban Thường vụ Huyện ủy Gia Viễn');
  });

  it('takes "Ban Chỉ đạo" alone as the steering committee the article is about', () => {
    expect(resolveOrganization('Ban Chỉ đạo', null, ctx)).toBe('Ban Chỉ đạo 389 huyện Gia Viễn');
  });

  it('gives a kind from the head of the name and a parent when the name shows one', () => {
    expect(kindOf('Ban Dân vận Huyện ủy Gia Viễn')).toBe('department');
    expect(kindOf('Huyện ủy Gia Viễn')).toBe('party committee');
    expect(kindOf('Công an huyện Gia Viễn')).toBe('police');
    expect(kindOf('Ủy ban nhân dân huyện Gia Viễn')).toBe('people’s committee');
    expect(kindOf('Liên đoàn Lao động tỉnh')).toBe('union');
    expect(parentOf('Ban Dân vận Huyện ủy Gia Viễn')).toBe('Huyện ủy Gia Viễn');
    expect(parentOf('Cục Cảnh sát giao thông – Bộ Công an')).toBe('Bộ Công an');
    expect(describeOrganization('Công an huyện Gia Viễn', ctx)).toEqual({
      name: 'Công an huyện Gia Viễn', kind: 'police', place: 'Gia Viễn', parent: null,
    });
  });
});

describe('organizations: organizers of a meeting', () => {
  const organizers = (body: string) => extract(`Print Thứ Hai, 10/03/2025 17:30 Gốc\n\n${body}`).meetings[0]?.organizers;

  it('splits bodies joined by "và" only when each opens with a body', () => {
    expect(organizers('Sáng 8/3, Hội Nông dân tỉnh và Bộ Chỉ huy Quân sự tỉnh Phú Yên tổ chức hội nghị ký kết chương trình phối hợp.')).toEqual([
      'Hội Nông dân tỉnh', 'Bộ Chỉ huy Quân sự tỉnh Phú Yên',
    ]);
    expect(organizers('Sáng 8/3, Sở Khoa học và Công nghệ tổ chức hội thảo.')).toEqual(['Sở Khoa học và Công nghệ']);
  });

  it('keeps a city after a comma out of the organizers', () => {
    expect(organizers('Sáng 8/3, Đảng bộ phường Tân Phú, TPHCM long trọng tổ chức Lễ kỷ niệm.')).toEqual(['Đảng bộ phường Tân Phú']);
  });
});
