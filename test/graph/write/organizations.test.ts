import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { articleLocalities, canonicalName, completeName, resolveOrgName } from '../../../src/graph/write/organizations.js';
import { LE_CHAN_2023 } from '../../helpers/invented-articles.js';

describe('organization names', () => {
  it('make a steering committee named after the party committee and after the district one body', () => {
    const a = resolveOrgName('Ban Chỉ đạo 35 Quận ủy Ngô Quyền', new Map());
    const b = resolveOrgName('Ban Chỉ đạo 35 quận Ngô Quyền', new Map());
    expect(a.key).toBe(b.key);
    expect(a.name).toBe('Ban Chỉ đạo 35 quận Ngô Quyền');
    expect(a.alias).toBe('Ban Chỉ đạo 35 Quận ủy Ngô Quyền');
  });

  it('leave a party committee’s own departments alone', () => {
    expect(canonicalName('Ban Tuyên giáo Quận ủy Ngô Quyền')).toBe('Ban Tuyên giáo Quận ủy Ngô Quyền');
    expect(canonicalName('Quận ủy Ngô Quyền')).toBe('Quận ủy Ngô Quyền');
  });

  it('complete a name that stops at its locality word from the article’s localities', () => {
    const localities = new Map([['thành phố', 'Hải Phòng'], ['quận', 'Lê Chân']] as const);
    expect(completeName('Ban Chỉ đạo 35 thành phố', localities)).toBe('Ban Chỉ đạo 35 thành phố Hải Phòng');
    expect(completeName('Hội đồng nhân dân quận', localities)).toBe('Hội đồng nhân dân quận Lê Chân');
    expect(completeName('Thành ủy', localities)).toBe('Thành ủy Hải Phòng');
    expect(completeName('Hội đồng nhân dân huyện', localities)).toBe('Hội đồng nhân dân huyện');
  });

  it('take the article’s district only when its names show exactly one', () => {
    const x = extract(LE_CHAN_2023.text);
    expect(Object.fromEntries(articleLocalities(x))).toEqual({ 'thành phố': 'Hải Phòng', tỉnh: 'Hải Phòng', quận: 'Lê Chân' });
    const two = { ...x, organizations: [...x.organizations, { name: 'Ủy ban nhân dân quận Hồng Bàng', kind: 'people’s committee' as const, place: 'Hồng Bàng', parent: null }] };
    expect(articleLocalities(two).has('quận')).toBe(false);
  });
});
