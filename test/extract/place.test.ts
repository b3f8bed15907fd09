import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import {
  DOMAIN_PATTERNS, PROVINCE_MERGERS, PROVINCES_AFTER_2025, PROVINCES_BEFORE_2025, RESOLUTION_202, RESOLUTION_203,
} from '../../src/extract/lexicon/places.js';
import { articlePlace, mergedInto, placeFromHost, placeFromPath, placeFromText, provinceOf } from '../../src/extract/place.js';

describe('the place tables', () => {
  it('hold the 63 provincial units before 2025 and the 34 after, six of them centrally-run cities', () => {
    expect(PROVINCES_BEFORE_2025).toHaveLength(63);
    expect(new Set(PROVINCES_BEFORE_2025.map((p) => p.name)).size).toBe(63);
    expect(PROVINCES_AFTER_2025).toHaveLength(34);
    expect(PROVINCES_AFTER_2025.filter((p) => p.level === 'thành phố').map((p) => p.name).sort()).toEqual(
      ['Cần Thơ', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh', 'Huế', 'Đà Nẵng'].sort(),
    );
  });

  it('merge 52 old units into 23 new ones, each old unit once, with the resolution and its day', () => {
    expect(PROVINCE_MERGERS).toHaveLength(23);
    const absorbed = PROVINCE_MERGERS.flatMap((m) => m.from);
    expect(absorbed.length + PROVINCE_MERGERS.length).toBe(52);
    expect(new Set([...absorbed, ...PROVINCE_MERGERS.map((m) => m.into)]).size).toBe(52);
    for (const name of [...absorbed, ...PROVINCE_MERGERS.map((m) => m.into)]) expect(provinceOf(name)?.name, name).toBe(name);
    expect(RESOLUTION_202).toMatchObject({ passed: '2025-06-12', on: '2025-07-01' });
    expect(RESOLUTION_203.on).toBe('2025-07-01');
    expect(mergedInto('Hải Dương')).toEqual({ into: expect.objectContaining({ name: 'Hải Phòng', level: 'thành phố' }), on: '2025-07-01' });
    expect(mergedInto('Bình Định')?.into.name).toBe('Gia Lai');
    expect(mergedInto('Gia Lai')).toBeNull();
    expect(mergedInto('Nghệ An')).toBeNull();
  });

  it('know a province by its other spellings', () => {
    expect(provinceOf('Thừa Thiên Huế')?.name).toBe('Huế');
    expect(provinceOf('Đăk Lăk')?.name).toBe('Đắk Lắk');
    expect(provinceOf('Hoà Bình')?.name).toBe('Hòa Bình');
    expect(provinceOf('Vân Lĩnh')).toBeNull();
  });

  it('write every host pattern with its province slot', () => {
    for (const p of DOMAIN_PATTERNS) expect(p.label, p.written).toContain('<p>');
  });
});

describe('the article’s place', () => {
  it('comes from a provincial outlet’s host', () => {
    expect(placeFromHost('https://haiphong.gov.vn/tin-tuc/1.html')).toBe('Hải Phòng');
    expect(placeFromHost('https://sonoivu.haiphong.gov.vn/tin-tuc/1.html')).toBe('Hải Phòng');
    expect(placeFromHost('https://thanhphohaiphong.gov.vn/a')).toBe('Hải Phòng');
    expect(placeFromHost('https://baoquangninh.vn/a')).toBe('Quảng Ninh');
    expect(placeFromHost('https://tinhuythaibinh.vn/a')).toBe('Thái Bình');
    expect(placeFromHost('https://namdinh.dcs.vn/a')).toBe('Nam Định');
    expect(placeFromHost('https://baobariavungtau.com.vn/a')).toBe('Bà Rịa - Vũng Tàu');
    expect(placeFromHost('https://tphcm.gov.vn/a')).toBe('Hồ Chí Minh');
  });

  it('does not come from a host that is no provincial outlet', () => {
    expect(placeFromHost('https://baochinhphu.vn/a')).toBeNull();
    // A bare slug is a brand off the province's own domains.
    expect(placeFromHost('https://haiphong.example.com/a')).toBeNull();
    expect(placeFromHost('not a url')).toBeNull();
  });

  it('comes from the URL’s path when the host says nothing', () => {
    expect(placeFromPath('https://tin.example.vn/dia-phuong/gia-lai/bai-1.html')).toBe('Gia Lai');
    expect(placeFromPath('https://tin.example.vn/thoi-su/bi-thu-tinh-uy-lang-son-tiep-cu-tri-123.html')).toBe('Lạng Sơn');
    expect(placeFromPath('https://tin.example.vn/thoi-su/tinh-lang-son-va-tinh-cao-bang-ky-ket.html')).toBeNull();
    expect(placeFromPath('https://tin.example.vn/thoi-su/hop-bao-chinh-phu.html')).toBeNull();
  });

  it('comes from the province the text names most', () => {
    expect(placeFromText('Sáng 2/3, UBND tỉnh Sơn La họp. Đại diện tỉnh Điện Biên dự. Tỉnh ủy Sơn La chỉ đạo.')).toBe('Sơn La');
    expect(placeFromText('Chủ tịch nước tiếp đoàn đại biểu.')).toBeNull();
  });

  it('is decided in order of trust, and says how', () => {
    const text = 'Sáng 2/3, HĐND tỉnh Sơn La họp.';
    expect(articlePlace(text, 'https://baoyenbai.com.vn/dia-phuong/son-la/a.html', null)).toEqual({ place: 'Yên Bái', basis: 'source' });
    expect(articlePlace(text, 'https://tin.example.vn/dia-phuong/lai-chau/a.html', null)).toEqual({ place: 'Lai Châu', basis: 'url' });
    expect(articlePlace(text, 'https://tin.example.vn/a.html', null)).toEqual({ place: 'Sơn La', basis: 'text' });
    expect(articlePlace('Không có địa danh.', null, null)).toEqual({ place: null, basis: null });
  });

  it('is on the extraction with its basis, and completes the province’s bodies', () => {
    const x = extract('08:30 05/06/2024\n\nĐồng chí Cù Văn Thắng, Bí thư Tỉnh ủy chủ trì hội nghị.', { url: 'https://baolaocai.vn/tin-1.html' });
    expect(x.article).toMatchObject({ place: 'Lào Cai', placeBasis: 'source' });
    expect(x.people[0]?.positions[0]?.organization).toBe('Tỉnh ủy Lào Cai');
  });
});
