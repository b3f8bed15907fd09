import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { articleLocalities, canonicalName, completeName, isElided, resolveOrgName, withoutPersonTail } from '../../../src/graph/write/organizations.js';
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
    // Hải Phòng is a centrally-run city: a bare "tỉnh" in its articles is not Hải Phòng.
    expect(Object.fromEntries(articleLocalities(x))).toEqual({ 'thành phố': 'Hải Phòng', quận: 'Lê Chân' });
    const two = { ...x, organizations: [...x.organizations, { name: 'Ủy ban nhân dân quận Hồng Bàng', kind: 'people’s committee' as const, place: 'Hồng Bàng', parent: null }] };
    expect(articleLocalities(two).has('quận')).toBe(false);
  });

  it('complete a province’s bodies with the province, and leave its towns’ "thành phố" to the article', () => {
    const x = extract('08:30 12/03/2024\n\nĐồng chí Hà Văn Tín, Bí thư Tỉnh ủy, Chủ tịch UBND thành phố chủ trì.', { url: 'https://baogialai.com.vn/tin-1.html' });
    expect(Object.fromEntries(articleLocalities(x))).toEqual({ tỉnh: 'Gia Lai' });
    expect(resolveOrgName('Tỉnh ủy', articleLocalities(x)).name).toBe('Tỉnh ủy Gia Lai');
    expect(resolveOrgName('Ủy ban nhân dân thành phố', articleLocalities(x)).name).toBe('Ủy ban nhân dân thành phố');
  });
});

describe('one post, one node', () => {
  it('put "Việt Nam" in the Front’s committee, and a province’s locality word before its name', () => {
    expect(canonicalName('Ủy ban Mặt trận Tổ quốc tỉnh Quảng Trị')).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị');
    expect(canonicalName('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị')).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị');
    expect(canonicalName('Ủy ban Mặt trận Tổ quốc về công tác dân vận')).toBe('Ủy ban Mặt trận Tổ quốc về công tác dân vận');
    expect(canonicalName('Đoàn đại biểu Quốc hội Cần Thơ')).toBe('Đoàn đại biểu Quốc hội thành phố Cần Thơ');
    expect(canonicalName('Công an Thái Bình')).toBe('Công an tỉnh Thái Bình');
    expect(canonicalName('Báo Thái Bình')).toBe('Báo Thái Bình');
    expect(resolveOrgName('Đoàn đại biểu Quốc hội Cần Thơ', new Map()).key).toBe(resolveOrgName('Đoàn Đại biểu Quốc hội thành phố Cần Thơ', new Map()).key);
  });

  it('cut a person’s name run into the end of a body’s name, and keep places named after a person', () => {
    expect(withoutPersonTail('Ủy ban nhân dân tỉnh Nam Định Trương Văn Lực')).toBe('Ủy ban nhân dân tỉnh Nam Định');
    expect(withoutPersonTail('Hội đồng nhân dân quận Kiến An Phùng Thị Lụa')).toBe('Hội đồng nhân dân quận Kiến An');
    expect(withoutPersonTail('Ủy ban nhân dân quận Lê Chân')).toBe('Ủy ban nhân dân quận Lê Chân');
    expect(withoutPersonTail('Ủy ban nhân dân phường Trần Hưng Đạo')).toBe('Ủy ban nhân dân phường Trần Hưng Đạo');
    expect(withoutPersonTail('Thành ủy Hồ Chí Minh')).toBe('Thành ủy Hồ Chí Minh');
  });

  it('tell a body named without its place', () => {
    for (const name of ['Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy', 'Hội đồng nhân dân tỉnh', 'Ủy ban nhân dân thành phố', 'Ban Tuyên giáo Thành ủy', 'Đảng ủy xã', 'Ủy ban nhân dân']) {
      expect(isElided(name), name).toBe(true);
    }
    for (const name of ['Tỉnh ủy Gia Lai', 'Hội đồng nhân dân tỉnh Gia Lai', 'Bộ Công an', 'Quốc hội', 'Ban Chấp hành Trung ương Đảng']) {
      expect(isElided(name), name).toBe(false);
    }
  });
});
