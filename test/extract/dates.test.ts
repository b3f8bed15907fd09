import { describe, expect, it } from 'vitest';
import { findDates, findEventDate, resolveDayMonth } from '../../src/extract/dates.js';

/** The one event date a sentence yields, with the failing sentence in the message. */
function eventDate(sentence: string, publishedAt: string | null) {
  const m = findEventDate(sentence, publishedAt);
  return m && { date: m.date, partOfDay: m.partOfDay, text: m.text };
}

describe('resolveDayMonth', () => {
  it('takes the year from the publication date', () => {
    expect(resolveDayMonth(5, 3, null, '2023-03-06T09:00:00+07:00')).toEqual({ date: '2023-03-05', reason: null });
  });
  it('puts a day after publication in the year before (late December reported in January)', () => {
    expect(resolveDayMonth(30, 12, null, '2024-01-02')).toEqual({ date: '2023-12-30', reason: null });
  });
  it('keeps the publication day itself', () => {
    expect(resolveDayMonth(2, 1, null, '2024-01-02T07:00:00+07:00').date).toBe('2024-01-02');
  });
  it('accepts a partial reference (page metadata giving a month)', () => {
    expect(resolveDayMonth(9, 4, null, '2021-04').date).toBe('2021-04-09');
    expect(resolveDayMonth(9, 5, null, '2021-04').date).toBe('2020-05-09');
  });
  it('rejects impossible dates with a reason', () => {
    const r = resolveDayMonth(31, 2, null, '2023-05-01');
    expect(r.date).toBeNull();
    expect(r.reason).toMatch(/impossible/);
    expect(resolveDayMonth(29, 2, 2023, null).date).toBeNull();
    expect(resolveDayMonth(29, 2, 2024, null).date).toBe('2024-02-29');
    expect(resolveDayMonth(4, 13, null, '2023-05-01').date).toBeNull();
    expect(resolveDayMonth(0, 5, null, '2023-05-01').date).toBeNull();
  });
  it('gives no date without a year and says why', () => {
    expect(resolveDayMonth(4, 5, null, null)).toEqual({ date: null, reason: 'no year for 4/5' });
  });
  it('never returns a date after publication', () => {
    const r = resolveDayMonth(20, 6, 2023, '2023-06-01');
    expect(r.date).toBeNull();
    expect(r.reason).toMatch(/after publication/);
  });
});

describe('findEventDate', () => {
  const pub = '2023-06-20T10:00:00+07:00';
  it.each([
    ['Chiều 12/6, Sở Y tế tổ chức hội nghị giao ban.', '2023-06-12', 'chiều', 'Chiều 12/6'],
    ['Sáng 3-6, Huyện ủy tổ chức hội nghị.', '2023-06-03', 'sáng', 'Sáng 3-6'],
    ['sáng 3-6, Huyện ủy tổ chức hội nghị.', '2023-06-03', 'sáng', 'sáng 3-6'],
    ['TRƯA 3/6, đoàn công tác làm việc.', '2023-06-03', 'trưa', 'TRƯA 3/6'],
    ['Tối ngày 1/6/2023, Đoàn Thanh niên tổ chức lễ mít tinh.', '2023-06-01', 'tối', 'Tối ngày 1/6/2023'],
    ['Ngày 15.6, Ủy ban nhân dân tỉnh họp phiên thường kỳ tháng 5.2023.', '2023-06-15', null, 'Ngày 15.6'],
    ['Sáng ngày 05 tháng 6 năm 2023, Hội Nông dân tổ chức đại hội.', '2023-06-05', 'sáng', 'Sáng ngày 05 tháng 6 năm 2023'],
    ['Tại hội nghị diễn ra chiều nay (19/6), Ban Tổ chức công bố quyết định.', '2023-06-19', 'chiều', 'chiều nay (19/6)'],
    ['Trong hai ngày 8 và 9/6, Đảng bộ xã tổ chức đại hội.', '2023-06-08', null, 'Trong hai ngày 8 và 9/6'],
    ['Sáng nay, Thường trực Tỉnh ủy làm việc với huyện.', '2023-06-20', 'sáng', 'Sáng nay'],
    ['Chiều qua, Thường trực Tỉnh ủy làm việc với huyện.', '2023-06-19', 'chiều', 'Chiều qua'],
  ])('%s', (sentence, date, partOfDay, text) => {
    expect(eventDate(sentence, pub)).toEqual({ date, partOfDay, text });
  });

  it('skips a document date and takes the event date', () => {
    const s = 'Thực hiện Kế hoạch số 12-KH/TU ngày 04/01/2023 của Tỉnh ủy, Quyết định số 7/QĐ-UBND ngày 6 tháng 1 năm 2023, chiều ngày 14/6/2023, Sở Nội vụ tổ chức hội nghị.';
    expect(eventDate(s, pub)).toEqual({ date: '2023-06-14', partOfDay: 'chiều', text: 'chiều ngày 14/6/2023' });
  });
  it('yields nothing when the only date is a document date', () => {
    expect(findEventDate('Nghị quyết số 05-NQ/TU ngày 12/3/2023 của Tỉnh ủy được quán triệt.', pub)).toBeNull();
  });
  it('takes the year from the same clause when there is no publication date', () => {
    expect(eventDate('Tối 30-1, nhân dịp Tết Nguyên đán Quý Mão 2023, lãnh đạo tỉnh thăm đơn vị.', null)?.date).toBe('2023-01-30');
  });
  it('does not take a year from a term of office', () => {
    const m = findEventDate('Sáng 9-6, Hội đồng nhân dân huyện khóa 20, nhiệm kỳ 2021-2026 tổ chức kỳ họp.', null);
    expect(m?.date).toBeNull();
    expect(m?.reason).toMatch(/no year/);
  });
  it('lets a range lend its year to its first day', () => {
    expect(eventDate('Đại hội diễn ra từ ngày 30/6 – 02/7/2023 tại hội trường tỉnh.', null)?.date).toBe('2023-06-30');
  });
  it('resolves late December into the previous year', () => {
    expect(eventDate('Chiều 29/12, Thành ủy tổ chức hội nghị tổng kết.', '2024-01-03')?.date).toBe('2023-12-29');
  });
});

describe('findDates negative cases', () => {
  it.each([
    'Đảng bộ có 1.245 đảng viên sinh hoạt tại 36 chi bộ.',
    'Tỷ lệ tăng 6.5 lần so với cùng kỳ, khoảng 3-4 đơn vị chưa hoàn thành.',
    'Nhiệm kỳ 2020 - 2025 và giai đoạn 2021-2030 đã đề ra 12 chỉ tiêu.',
    'Đường dây nóng: 0912.345.678 hoặc 0225.3842.111.',
    'Trong tháng 5.2023 và tháng 6-2023, thành phố thu ngân sách tăng.',
    'Người dân sáng tạo, tối ưu quy trình, chiều theo nhu cầu.',
    'Quyết định 123/2023 của Ủy ban.',
  ])('%s', (sentence) => {
    expect(findDates(sentence, '2023-06-20').filter((m) => m.anchored)).toEqual([]);
  });
});

describe('findEventDate near document words', () => {
  it('does not mistake an event for a document date when a document word is a few words back', () => {
    expect(findEventDate('Tại hội nghị công bố quyết định diễn ra chiều nay (19/6), Sở Nội vụ trao quyết định.', '2023-06-20')?.date).toBe('2023-06-19');
  });
  it.each([
    'Chỉ thị số 05-CT/TU ngày 12/3/2023 của Tỉnh ủy được quán triệt.',
    'Thông tri số 04 - TT/TU ngày 10 tháng 3 năm 2023 của Ban Thường vụ.',
    'Quyết định 215/QĐ-UBND ngày 9-3-2023 của Ủy ban.',
  ])('skips the date of "%s"', (s) => {
    expect(findEventDate(s, '2023-06-20')).toBeNull();
  });
});

describe('findEventDate with weekdays and parentheses', () => {
  const pub = '2023-06-20T10:00:00+07:00';
  it.each([
    ['Sáng thứ Hai (19/6), Tỉnh ủy họp.', '2023-06-19', 'sáng'],
    ['Chiều Chủ nhật, ngày 18/6, đoàn đến thăm.', '2023-06-18', 'chiều'],
    ['Hôm nay (20/6), kỳ họp khai mạc.', '2023-06-20', null],
    ['Trong 2 ngày (15-16/6), đại hội diễn ra.', '2023-06-15', null],
  ])('%s', (sentence, date, partOfDay) => {
    expect(eventDate(sentence, pub)).toMatchObject({ date, partOfDay });
  });
});

describe('year taken from the sentence', () => {
  it('ignores a year far from the date (a plan or a report year)', () => {
    const s = 'Chiều 28/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị để nghe báo cáo tình hình kinh tế và cho ý kiến về phương hướng, nhiệm vụ năm 2024.';
    expect(findEventDate(s, null)?.date).toBeNull();
  });
});

describe('planned events', () => {
  it('keeps a later day/month in the publication year when the sentence says the event will happen', () => {
    expect(findEventDate('Theo kế hoạch, kỳ họp thứ 9 sẽ khai mạc sáng 27/12.', '2023-12-18T08:00:00+07:00')).toMatchObject({
      date: '2023-12-27',
      partOfDay: 'sáng',
      planned: true,
    });
    expect(findEventDate('Hội chợ dự kiến diễn ra ngày 15/6 tại quảng trường.', '2022-06-02')).toMatchObject({ date: '2022-06-15' });
  });

  it('still moves a reported late-December event back a year when nothing says it is planned', () => {
    expect(findEventDate('Chiều 29/12, Huyện ủy tổ chức hội nghị tổng kết.', '2024-01-04T10:00:00+07:00')).toMatchObject({
      date: '2023-12-29',
      planned: false,
    });
  });

  it('does not move a past day/month forward because "sẽ" appears in the sentence', () => {
    expect(findEventDate('Sáng 3/4, Sở Nội vụ cho biết sẽ trình phương án mới.', '2021-04-05')).toMatchObject({ date: '2021-04-03' });
  });
});
