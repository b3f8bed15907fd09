import { describe, expect, it } from 'vitest';
import { bodyLineage, placeLineage } from '../../../src/graph/write/lineage.js';

describe('the 2025 reorganization of a body', () => {
  it('hands a merged province’s bodies to the same bodies of the province it went into', () => {
    expect(bodyLineage('Tỉnh ủy Hải Dương')).toMatchObject({ ceasedOn: '2025-07-01', successor: 'Thành ủy Hải Phòng' });
    expect(bodyLineage('Ban Thường vụ Tỉnh ủy Kon Tum')?.successor).toBe('Ban Thường vụ Tỉnh ủy Quảng Ngãi');
    expect(bodyLineage('Ủy ban nhân dân tỉnh Quảng Nam')?.successor).toBe('Ủy ban nhân dân thành phố Đà Nẵng');
    expect(bodyLineage('Tỉnh ủy Hải Dương')?.reason).toMatch(/202\/2025\/QH15/u);
  });

  it('ends a district’s bodies on 2025-07-01 with no successor', () => {
    const steering = bodyLineage('Ban Chỉ đạo 35 quận Hòa Xuân');
    expect(steering).toMatchObject({ ceasedOn: '2025-07-01', successor: null });
    expect(steering?.reason).toMatch(/district level.*quận Hòa Xuân/u);
    expect(bodyLineage('Huyện ủy Tân Kỳ')?.reason).toMatch(/huyện Tân Kỳ/u);
  });

  it('leaves the bodies of a province that lives on, and of the country, as they were', () => {
    expect(bodyLineage('Thành ủy Hải Phòng')).toBeNull();
    expect(bodyLineage('Tỉnh ủy Nghệ An')).toBeNull();
    expect(bodyLineage('Bộ Nội vụ')).toBeNull();
    expect(bodyLineage('Ủy ban nhân dân phường Đông Hải')).toBeNull();
  });
});

describe('the 2025 reorganization of a place', () => {
  it('merges a province into another and ends a district', () => {
    expect(placeLineage('Hà Nam', null)).toMatchObject({ ceasedOn: '2025-07-01', successor: 'Ninh Bình' });
    expect(placeLineage('Tân Kỳ', 'huyện')).toMatchObject({ ceasedOn: '2025-07-01', successor: null });
    expect(placeLineage('Ninh Bình', null)).toBeNull();
  });
});
