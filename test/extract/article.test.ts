import { describe, expect, it } from 'vitest';
import { bylineOf, parseArticle } from '../../src/extract/article.js';
import { extract } from '../../src/extract/index.js';

const PORTAL = [
  'Print Thứ Năm, 14/03/2024 09:15 Gốc',
  '',
  'Sáng 14/3, Huyện ủy tổ chức hội nghị sơ kết công tác quý I.',
  '',
  'Đồng chí Trần Văn Khải, Bí thư Huyện ủy chủ trì hội nghị.',
  '',
  'Lan Hương',
  '',
  'Tiện ích thông tin',
  'Nguồn tin',
  'QR Code',
  'QR CODE: Huyện ủy sơ kết công tác quý I',
  'Chúng tôi trên Mạng Xã hội',
  'QR Code Fanpage',
  'Mã QR Code Fanpage Cổng tin tức Thành phố Cần Thơ',
  'Tin khác',
  'Một tin khác về chủ đề khác…',
].join('\n');

describe('parseArticle: the city portal', () => {
  const a = parseArticle(PORTAL, { url: null });
  it('reads the print header as publication time with +07:00', () => {
    expect(a.info.publishedAt).toBe('2024-03-14T09:15:00+07:00');
    expect(a.reference).toBe(a.info.publishedAt);
  });
  it('takes the title from the QR CODE line', () => {
    expect(a.info.title).toBe('Huyện ủy sơ kết công tác quý I');
  });
  it('takes the byline before the footer', () => {
    expect(a.info.author).toBe('Lan Hương');
  });
  it('takes the locality from the footer', () => {
    expect(a.info.place).toBe('Cần Thơ');
  });
  it('keeps only the article in the body', () => {
    expect(a.body).toBe('Sáng 14/3, Huyện ủy tổ chức hội nghị sơ kết công tác quý I.\n\nĐồng chí Trần Văn Khải, Bí thư Huyện ủy chủ trì hội nghị.');
    expect(a.info.body).toBe(a.body);
  });
  it('accepts the header without "Gốc" and with CRLF, NFD and no-break spaces', () => {
    const messy = PORTAL.replace(' Gốc', '').replace(/\n/g, '\r\n').replace(/ /g, '\u00A0').normalize('NFD');
    const b = parseArticle(messy, {});
    expect(b.info.publishedAt).toBe('2024-03-14T09:15:00+07:00');
    expect(b.info.author).toBe('Lan Hương');
    expect(b.body).toBe(a.body);
  });
});

describe('parseArticle: other outlets', () => {
  it('reads a time-first timestamp line under the title', () => {
    const a = parseArticle('Lễ ra quân huấn luyện năm mới tại đơn vị\n\n07:40 05/02/2022\n\nSáng 4-2, đơn vị tổ chức lễ ra quân.', {});
    expect(a.info.publishedAt).toBe('2022-02-05T07:40:00+07:00');
    expect(a.info.title).toBe('Lễ ra quân huấn luyện năm mới tại đơn vị');
    expect(a.body).toBe('Lễ ra quân huấn luyện năm mới tại đơn vị\n\nSáng 4-2, đơn vị tổ chức lễ ra quân.');
  });
  it('reads a timestamp glued to the first paragraph', () => {
    const a = parseArticle('21:10 09/06/2019 Ngày 9-6, Công an tỉnh tổ chức hội nghị.', {});
    expect(a.info.publishedAt).toBe('2019-06-09T21:10:00+07:00');
    expect(a.body).toBe('Ngày 9-6, Công an tỉnh tổ chức hội nghị.');
  });
  it.each([
    ['Thứ Bảy, 12/10/2024 - 16:05', '2024-10-12T16:05:00+07:00'],
    ['Thứ 6, 11/10/2024 | 08:00:30', '2024-10-11T08:00:30+07:00'],
    ['Chủ nhật, 13/10/2024, 10:01[GMT+7]', '2024-10-13T10:01:00+07:00'],
    ['Cập nhật: 11/10/2024 20:30', '2024-10-11T20:30:00+07:00'],
    ['11/10/2024', '2024-10-11'],
    ['Thứ sáu, 11/10/2024', '2024-10-11'],
  ])('reads %s', (line, iso) => {
    expect(parseArticle(`Tỉnh đoàn tổ chức hội thi tuyên truyền viên giỏi\n${line}\nSáng 10/10, Tỉnh đoàn tổ chức hội thi.`, {}).info.publishedAt).toBe(iso);
  });
  it("prefers the article's date over the page's today line", () => {
    const a = parseArticle('Đà Lạt 02/05/2024\n\nĐối thoại với thanh niên công nhân khu công nghiệp\n\nThứ hai, 06/11/2023\n\nSáng 5/11, Tỉnh đoàn tổ chức đối thoại.', {});
    expect(a.info.publishedAt).toBe('2023-11-06');
    expect(a.body).not.toMatch(/02\/05\/2024|06\/11\/2023/);
  });
  it('prefers the earlier of two timestamps', () => {
    const a = parseArticle('Thứ Ba, 05/12/2023, 09:00[GMT+7]\n\nTổng kết công tác khuyến học năm học cũ\n\nThứ 4, 15/11/2023 | 14:20:00\n1.234 lượt xem\nChiều 14/11, Hội Khuyến học tổng kết.', {});
    expect(a.info.publishedAt).toBe('2023-11-15T14:20:00+07:00');
    expect(a.body).not.toMatch(/lượt xem/);
  });
  it('reads page metadata, and keeps a year-month only as the reference', () => {
    const full = parseArticle(' date 2024-05-21 Chiều 20/5, Sở Tư pháp tổ chức hội nghị.', {});
    expect(full.info.publishedAt).toBe('2024-05-21');
    expect(full.body).toBe('Chiều 20/5, Sở Tư pháp tổ chức hội nghị.');
    const partial = parseArticle(' date 2024-05 Chiều 20/5, Sở Tư pháp tổ chức hội nghị.', {});
    expect(partial.info.publishedAt).toBeNull();
    expect(partial.reference).toBe('2024-05');
  });
  it('reads a byline carrying the timestamp and drops the source note', () => {
    const a = parseArticle('Tỉnh triển khai nhiệm vụ giải phóng mặt bằng năm mới\n\nMINH ĐỨC (báo tỉnh) 04/01/2025 09:12 (GMT+7)\n\nNgày 3.1, Chủ tịch tỉnh chủ trì phiên họp.', {});
    expect(a.info.author).toBe('MINH ĐỨC');
    expect(a.info.publishedAt).toBe('2025-01-04T09:12:00+07:00');
  });
  it('reads a byline under the title', () => {
    const a = parseArticle('Chuyên mục Xã hội\n\nBầu bổ sung Phó Chủ tịch Ủy ban nhân dân huyện\n\nK.Ngọc\n\nChiều 2-3, Hội đồng nhân dân huyện họp.', {});
    expect(a.info.author).toBe('K.Ngọc');
    expect(a.info.title).toBe('Bầu bổ sung Phó Chủ tịch Ủy ban nhân dân huyện');
    expect(a.body).not.toMatch(/K\.Ngọc/);
  });
  it('reads a byline followed by related-article teasers and drops the teasers', () => {
    const a = parseArticle('Ngày 3-6, Sở Nội vụ tổ chức hội nghị.\nHội nghị thành công tốt đẹp.\nHL\nTỉnh hoàn thành kế hoạch đầu tư công sớm…\nKhai mạc hội chợ thương mại cuối năm\nNông dân thu ho', {});
    expect(a.info.author).toBe('HL');
    expect(a.body).toBe('Ngày 3-6, Sở Nội vụ tổ chức hội nghị.\nHội nghị thành công tốt đẹp.');
  });
  it.each([
    'Hoàng Tú – Lê Mai',
    'Đức Anh - Thu Trang',
    'PV',
    'Tr.Dũng',
  ])('takes %s as the closing byline', (byline) => {
    expect(parseArticle(`Sáng 2/6, Ban Dân vận tổ chức hội nghị.\n${byline}`, {}).info.author).toBe(byline);
  });
  it.each([
    'Các đại biểu dự hội nghị',
    'Ảnh: TL',
    'Bà H',
    'Ông Nguyễn Văn Tân phát biểu tại hội nghị',
    'Quang cảnh hội nghị',
  ])('never takes %s as a byline', (line) => {
    expect(parseArticle(`Sáng 2/6, Ban Dân vận tổ chức hội nghị.\n${line}`, {}).info.author).toBeNull();
  });
  it('gives no date, no author, no title for bare prose', () => {
    const a = parseArticle('Thực hiện kế hoạch, chiều 3/7, Sở tổ chức hội nghị, ông Lê Hòa chủ trì.', {});
    expect(a.info).toMatchObject({ publishedAt: null, author: null, title: null });
  });
  it('warns about an impossible header date instead of emitting it', () => {
    const a = parseArticle('Print Thứ Hai, 31/02/2024 10:00\n\nSáng 1/2, Sở họp.', {});
    expect(a.info.publishedAt).toBeNull();
    expect(a.warnings.join(' ')).toMatch(/impossible/);
  });
});

describe('parseArticle: place from the portal host', () => {
  it.each([
    ['https://thanhphodanang.gov.vn/tin/abc.html', 'Đà Nẵng'],
    ['http://xa-abc.bacninh.gov.vn/tin/1', 'Bắc Ninh'],
    ['http://tinhuythaibinh.vn/news/1', 'Thái Bình'],
    ['https://example-news.vn/thoi-su/abc.htm', null],
    ['not a url', null],
  ])('%s → %s', (url, place) => {
    expect(parseArticle('Sáng 2/6, Sở họp.', { url }).info.place).toBe(place);
  });
});

describe('bylineOf', () => {
  it('strips a source note', () => {
    expect(bylineOf('THU HÀ (theo báo tỉnh)')).toBe('THU HÀ');
    expect(bylineOf('Giàng Thị Mỷ - Đảng ủy xã Tả Van')).toBe('Giàng Thị Mỷ');
    expect(bylineOf('Quang Vinh – Trung tâm Văn hóa huyện')).toBe('Quang Vinh');
    expect(bylineOf('Khánh Linh – Đức Toàn')).toBe('Khánh Linh – Đức Toàn');
    // A name with a title after the dash is a caption line, not a signed byline.
    expect(bylineOf('Lục Văn Sáng - Bí thư Huyện ủy')).toBeNull();
  });
  it('rejects sentences and dates', () => {
    expect(bylineOf('Hội nghị kết thúc lúc 11 giờ.')).toBeNull();
    expect(bylineOf('Ngày 12/3')).toBeNull();
  });
});

describe('parseArticle: more timestamp and byline forms', () => {
  it.each([
    ['Cập nhật lúc 14:05 ngày 03/04/2024', '2024-04-03T14:05:00+07:00'],
    ['Thứ tư, ngày 03/04/2024 - 14:05', '2024-04-03T14:05:00+07:00'],
    ['2024-04-03 14:05', '2024-04-03T14:05:00+07:00'],
    ['2024-04-03', '2024-04-03'],
  ])('reads %s', (line, iso) => {
    expect(parseArticle(`Hội Nông dân tỉnh tổng kết phong trào thi đua\n${line}\nSáng 2/4, Hội tổng kết.`, {}).info.publishedAt).toBe(iso);
  });
  it('reads a time in the page metadata', () => {
    expect(parseArticle(' date 2024-04-03T14:05:00+07:00 Sáng 2/4, Hội tổng kết.', {}).info.publishedAt).toBe('2024-04-03T14:05:00+07:00');
  });
  it.each([
    ['Bài và ảnh: Thu Trang', 'Thu Trang'],
    ['Tin, ảnh: PV', 'PV'],
    ['Hải Yến/TTXVN', 'Hải Yến'],
  ])('takes the writer from %s', (line, author) => {
    expect(parseArticle(`Sáng 2/6, Ban Dân vận tổ chức hội nghị.\n${line}`, {}).info.author).toBe(author);
  });
  it('takes the name line right before the portal footer even after a caption', () => {
    const a = parseArticle('Sáng 2/6, Ban Dân vận tổ chức hội nghị.\nQuang cảnh hội nghị\nMinh Khôi\nTiện ích thông tin\nTin khác', {});
    expect(a.info.author).toBe('Minh Khôi');
  });
  it('does not take a name cut at the end of an excerpt after a caption', () => {
    expect(parseArticle('Sáng 2/6, Ban Dân vận tổ chức hội nghị.\nQuang cảnh hội nghị\nMinh Khôi', {}).info.author).toBeNull();
  });
});

describe('parseArticle: page widgets', () => {
  it('never takes the page-today line as the publication date', () => {
    const a = parseArticle('Đà Lạt 02/05/2024\n\nĐối thoại với thanh niên công nhân khu công nghiệp\n\nSáng 5/11, Tỉnh đoàn tổ chức đối thoại.', {});
    expect(a.info.publishedAt).toBeNull();
    expect(a.body).not.toMatch(/02\/05\/2024/);
  });
});

describe('a newspaper page with a menu, the title, then the byline above the timestamp', () => {
  const page = [
    'Trang chủ | Tin tức | Kinh tế | Xã hội | Liên hệ',
    'Báo Tây Nguyên điện tử',
    '',
    'Khai mạc hội nghị xúc tiến đầu tư vào vùng chè',
    '',
    'Thu Sương - Văn Khải',
    'Thứ Năm, 14/03/2024 - 09:15',
    '',
    'Sáng 13/3, UBND tỉnh tổ chức hội nghị xúc tiến đầu tư vào vùng chè.',
  ].join('\n');

  it('skips the menu, takes the headline and the byline, and dates the article', () => {
    const { info, body } = parseArticle(page);
    expect(info.title).toBe('Khai mạc hội nghị xúc tiến đầu tư vào vùng chè');
    expect(info.author).toBe('Thu Sương - Văn Khải');
    expect(info.publishedAt).toBe('2024-03-14T09:15:00+07:00');
    expect(body).not.toMatch(/Trang chủ/u);
  });
});

describe('a page whose menu items are joined by dashes', () => {
  it('skips the menu and takes the byline under the headline', () => {
    const { info, body } = parseArticle(
      ' date 2025-03-04 Tin mới - Bạn đọc - Ảnh - Tìm kiếm\nXã hội\n\nQuảng Trị kiện toàn lãnh đạo Sở Nông nghiệp\n\nT.Hòa\n\n(TTV) - Ông Kha Văn Lực được bổ nhiệm giữ chức Giám đốc Sở Nông nghiệp.',
    );
    expect(info.title).toBe('Quảng Trị kiện toàn lãnh đạo Sở Nông nghiệp');
    expect(info.author).toBe('T.Hòa');
    expect(body).not.toMatch(/Tìm kiếm/u);
  });

  it('keeps a headline with dashes between longer parts', () => {
    const { info } = parseArticle('Hội nghị - Tập huấn - Giao ban công tác tuyên giáo quý I năm 2025\n\nSáng 4/3, Ban Tuyên giáo tổ chức hội nghị.');
    expect(info.title).toBe('Hội nghị - Tập huấn - Giao ban công tác tuyên giáo quý I năm 2025');
  });
});

describe('parseArticle: bylines and dates of reposts, blogs and listings', () => {
  it('reads a repost\'s writers after "Theo", without the outlet', () => {
    expect(bylineOf('Theo Minh Hải - Quốc Toàn (TTXVN)')).toBe('Minh Hải - Quốc Toàn');
    expect(bylineOf('Theo kế hoạch của tỉnh')).toBeNull();
  });

  it('takes no single letter, the cut of an excerpt, for a byline', () => {
    expect(bylineOf('N')).toBeNull();
  });

  it('finds the byline above embedded teaser images', () => {
    const a = parseArticle('Sáng 5/3, Tỉnh ủy tổ chức hội nghị.\nĐồng chí A phát biểu.\nMinh Hà – Quốc Tuấn\n![[Ảnh] Lễ hội xuân](/file/abc/thumb_2026.jpg?width=400)\n');
    expect(a.info.author).toBe('Minh Hà – Quốc Tuấn');
  });

  it('reads a post date written with the month in words, and a timestamp after a section name', () => {
    expect(parseArticle('Thứ Năm, 12 tháng 1, 2012\n\nSáng nay, Hội đồng nhân dân tỉnh họp.').info.publishedAt).toBe('2012-01-12');
    expect(parseArticle('Tin tức - Ngày đăng : 16:23, 10/01/2023\n\nSáng nay, Hội đồng nhân dân tỉnh họp.').info.publishedAt).toBe('2023-01-10T16:23:00+07:00');
  });

  it('reads a date stamp in the URL, apart from what the text says', () => {
    expect(parseArticle('Sáng 7-9, Ban Chỉ đạo họp trực tuyến.', { url: 'https://bao.example.vn/tin/202109/ban-chi-dao-hop-3077489' }).urlReference).toBe('2021-09');
    expect(parseArticle('Sáng 7-9, Ban Chỉ đạo họp.', { url: 'https://bao.example.vn/tin/ban-chi-dao-hop-20200115.html' }).urlReference).toBe('2020-01-15');
    expect(parseArticle('Sáng 7-9, Ban Chỉ đạo họp.', { url: 'https://bao.example.vn/tin/ban-chi-dao-hop-3077489.html' }).urlReference).toBeNull();
    expect(parseArticle('Sáng 7-9, Ban Chỉ đạo họp.', { url: 'https://bao.example.vn/tin/202109/x' }).reference).toBeNull();
  });

  it('dates a meeting whose year only the URL gives as inferred, not as its date', () => {
    const e = extract('Sáng 7-9, Ban Chỉ đạo phòng chống dịch tỉnh họp trực tuyến với các địa phương.', { url: 'https://bao.example.vn/video/202109/ban-chi-dao-hop-3077489' });
    expect(e.meetings.map((m) => [m.date, m.dateInferred])).toEqual([[null, '2021-09-07']]);
  });
});
