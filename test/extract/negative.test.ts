import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const HEADER = 'Print Thứ Hai, 10/03/2025 17:30 Gốc\n\n';

/** Prints what was found only when the expectation fails. */
function expectNothing(body: string, what: 'people' | 'meetings' | 'both' = 'both'): void {
  const e = extract(HEADER + body);
  const found = { people: e.people.map((p) => p.name), meetings: e.meetings.map((m) => m.sentence) };
  if (what !== 'meetings') expect(found.people, body).toEqual([]);
  if (what !== 'people') expect(found.meetings, body).toEqual([]);
}

describe('negative: texts that must yield no person', () => {
  it.each([
    'Lãnh đạo Công an các quận: Hải Châu, Lê Chân, Ngô Quyền cùng dự.',
    'Đoàn công tác làm việc tại phường Trần Phú, quận Hoàng Mai.',
    'Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh thống nhất chủ trương.',
    'Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và các Phó Chủ tịch UBND tỉnh dự.',
    'Các đại biểu dự hội nghị (Ảnh: Hoàng Văn Khải).',
    'Quang cảnh hội nghị. Ảnh: Trịnh Thu Hà',
    'Đoàn dâng hương tại Khu di tích tưởng niệm đồng chí Lê Văn Hưu, người chiến sĩ cách mạng kiên trung.',
    'Học tập và làm theo tư tưởng, đạo đức, phong cách Chủ tịch Hồ Chí Minh.',
    'Cùng dự có các đồng chí Ủy viên Ban Thường vụ Huyện ủy; lãnh đạo HĐND, UBND huyện.',
    'Cùng dự có đồng chí Trưởng Ban Tổ chức Huyện ủy.',
  ])('%s', (body) => expectNothing(body, 'people'));
});

describe('negative: texts that must yield no meeting', () => {
  it.each([
    'Trước đó, ngày 2-3-2025, lãnh đạo Bộ Công an nhận được báo cáo về đối tượng tổ chức sản xuất hàng giả trên địa bàn.',
    'Kỳ họp dự kiến diễn ra từ ngày 20/3/2025 đến ngày 25/3/2025.',
    'Năm 2024, công tác tuyên truyền trên địa bàn tỉnh đạt kết quả tích cực.',
    'Nghị quyết số 09-NQ/TU ngày 27/9/2024 của Ban Chấp hành Đảng bộ tỉnh về tổ chức bộ máy.',
    'Bộ Tài chính ban hành hướng dẫn mới về quản lý ngân sách.',
    'Sáng 5/3, Công an huyện kiểm tra một cơ sở kinh doanh, phát hiện nhiều sản phẩm không rõ nguồn gốc.',
    'Chiều 6/3, tổ công tác khảo sát hiện trạng tuyến đê bị sạt lở.',
    'Ngày 7/3, Công an phường làm việc với đối tượng, thu giữ tang vật.',
  ])('%s', (body) => expectNothing(body, 'meetings'));
});

describe('negative: odd input', () => {
  it.each(['', '   ', '\u0000\u0001', 'đồng chí', 'Đồng chí Nguyễn', '((((((((', 'x'.repeat(20_000)])('does not throw on %j', (text) => {
    const e = extract(text);
    expect(e.people).toEqual([]);
    expect(e.meetings).toEqual([]);
  });
});
