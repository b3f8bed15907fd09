import { describe, expect, it } from 'vitest';
import { articleId, contentHash, meetingId, positionId, searchText, tenureId } from '../../../src/graph/write/keys.js';

describe('ids', () => {
  it('are readable and stable for one URL, whatever its content', () => {
    const url = 'https://example.invalid/tin-tuc/hoi-nghi-tong-ket-cong-tac-2022.html';
    expect(articleId(url)).toMatch(/^article:hoi-nghi-tong-ket-cong-tac-2022-[0-9a-f]{8}$/u);
    expect(articleId(url)).toBe(articleId(url));
    expect(articleId(url)).not.toBe(articleId(`${url}?page=2`.replace('2022', '2023')));
  });

  it('tell a post from the same title in another body, and an acting tenure from a confirmed one', () => {
    const head = positionId('Trưởng', 'org:ban-tuyen-giao-thanh-uy-hai-phong');
    expect(head).toBe('position:truong@ban-tuyen-giao-thanh-uy-hai-phong');
    expect(positionId('Trưởng', 'org:cong-an-quan-le-chan')).not.toBe(head);
    expect(tenureId('person:dao-khanh-ha', head, false)).toBe('tenure:dao-khanh-ha/truong@ban-tuyen-giao-thanh-uy-hai-phong');
    expect(tenureId('person:dao-khanh-ha', head, true)).toBe('tenure:dao-khanh-ha/truong@ban-tuyen-giao-thanh-uy-hai-phong/acting');
  });

  it('give one meeting per date, organizer and kind', () => {
    expect(meetingId('2024-07-03', 'org:ban-chi-dao-35-thanh-pho-hai-phong', 'hội nghị sơ kết')).toBe('meeting:2024-07-03/ban-chi-dao-35-thanh-pho-hai-phong/hoi-nghi-so-ket');
  });
});

describe('contentHash', () => {
  it('ignores what users cannot see: NFD vs NFC, CRLF, a BOM, trailing space', () => {
    const text = 'Chiều 27/12, Ban Chỉ đạo tổ chức Hội nghị.\nĐồng chí Hòa phát biểu.';
    expect(contentHash(`\uFEFF${text.normalize('NFD').replace('\n', '\r\n')}  `)).toBe(contentHash(text));
    expect(contentHash(text.replace('Hòa', 'Hoà'))).not.toBe(contentHash(text));
  });
});

describe('searchText', () => {
  it('folds diacritics and đ, keeps every syllable (An, To, No) and drops punctuation', () => {
    expect(searchText('Lương Thị Hải An')).toBe('luong thi hai an');
    expect(searchText('Đào Khánh Hà')).toBe('dao khanh ha');
    expect(searchText('Phạm Văn To, "No"')).toBe('pham van to no');
  });

  it('unifies old and new tone placement', () => {
    expect(searchText('Nguyễn Thị Hoà')).toBe(searchText('Nguyễn Thị Hòa'));
  });

  it('lists each part once', () => {
    expect(searchText('Ban Chỉ đạo 35 quận Ngô Quyền', 'Ban Chỉ đạo 35 Quận ủy Ngô Quyền', 'Ban Chỉ đạo 35 quận Ngô Quyền')).toBe(
      'ban chi dao 35 quan ngo quyen ban chi dao 35 quan uy ngo quyen',
    );
  });
});
