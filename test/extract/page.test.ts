/**
 * Saved pages in the styles of the portals (written for these tests): each reads to its article's
 * text and metadata, and the extraction of that text holds the article's facts alone, with its
 * meetings dated from the page. Names in menus, teasers and footers must never come out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readPage } from '../../src/extract/page/read-page.js';
import { toVietnamTime } from '../../src/extract/page/published-time.js';

const page = (name: string): string => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');

function read(name: string) {
  const reading = readPage(page(name), { url: null });
  if (!reading.ok) throw new Error(`${name}: ${reading.reason}`);
  const extraction = extract(reading.text, { publishedAt: reading.metadata.publishedAt });
  return { ...reading, extraction, people: extraction.people.map((p) => p.name).sort() };
}

// Names the pages print outside their article: in menus, teaser lists and footers.
const OUTSIDE_NAMES = ['Lưu Quang Vinh', 'Tạ Đình Khôi', 'Đỗ Hữu Nghĩa', 'Hoàng Minh Sơn', 'Lâm Quốc Bảo', 'Đinh Văn Phúc', 'Thái Bá Lộc', 'Kha Văn Định'];

describe('readPage', () => {
  it('reads the city portal print view: its date from the print header, menus, "Tin khác" and footer left out', () => {
    const r = read('city-portal-print.html');
    expect(r.metadata).toMatchObject({ title: 'Quận Hồng Bàng sơ kết công tác dân vận năm 2024', publishedAt: '2024-09-12T08:30:00+07:00', author: 'Thu Trang' });
    expect(r.metadata.foundBy.publishedAt).toMatch(/print header/);
    expect(r.people).toEqual(['Khổng Thị Loan', 'Mạc Văn Tùng']);
    expect(r.extraction.meetings.map((m) => [m.date, m.chairs])).toEqual([['2024-09-11', ['Mạc Văn Tùng']]]);
  });

  it('reads JSON-LD NewsArticle, with its UTC time moved to Vietnam’s day, and drops the related-articles box', () => {
    const r = read('json-ld.html');
    expect(r.metadata).toEqual({
      title: 'An Lão triển khai nhiệm vụ chuyển đổi số những tháng cuối năm',
      publishedAt: '2024-10-15T09:10:00+07:00',
      author: 'Minh Khuê',
      url: 'https://baohaiphong.example.vn/an-lao-trien-khai-chuyen-doi-so-712345.html',
      foundBy: {
        title: 'JSON-LD NewsArticle.headline', publishedAt: 'JSON-LD NewsArticle.datePublished', author: 'JSON-LD NewsArticle.author', url: 'JSON-LD NewsArticle.mainEntityOfPage',
      },
    });
    expect(r.people).toEqual(['Vi Thị Hằng']);
    // The text has no date line: "Chiều 14/10" is dated only by the page's metadata.
    expect(r.text).not.toMatch(/2024-10|15\/10/);
    expect(r.extraction.meetings.map((m) => m.date)).toEqual(['2024-10-14']);
  });

  it('reads a page with meta tags only (og:title, article:published_time, og:url, author)', () => {
    const r = read('meta-only.html');
    expect(r.metadata.foundBy).toEqual({ title: 'meta og:title', publishedAt: 'meta article:published_time', author: 'meta author', url: 'meta og:url' });
    expect(r.metadata.url).toBe('https://tienlang.example.gov.vn/tin-tuc/tong-ket-5-nam-tiep-cong-dan.html');
    expect(r.people).toEqual(['Bùi Quang Thiện', 'Nông Thị Duyên']);
    expect(r.extraction.meetings.map((m) => m.date)).toEqual(['2024-12-19']);
  });

  it('never lets a name from a menu, teaser or footer into the text', () => {
    for (const name of ['city-portal-print.html', 'json-ld.html', 'meta-only.html']) {
      const r = read(name);
      for (const outside of OUTSIDE_NAMES) expect(r.text, `${name}: ${outside}`).not.toContain(outside);
    }
  });

  it('refuses a tag page of teasers, saying why', () => {
    const reading = readPage(page('tag-page.html'));
    expect(reading).toEqual({ ok: false, reason: expect.stringMatching(/^a listing page \(tag, category or search\): 4 article teasers/) });
  });

  it('refuses a page without text', () => {
    expect(readPage('<html><body><nav><a href="/">Trang chủ</a></nav></body></html>')).toEqual({ ok: false, reason: 'the page has no visible text' });
  });

  it('falls back to <time datetime> and a date element the portal names', () => {
    const body = '<p>Sáng 2/3, Thành ủy tổ chức hội nghị. Đồng chí Lò Văn Páo, Bí thư Thành ủy chủ trì hội nghị và phát biểu chỉ đạo về nhiệm vụ trọng tâm.</p>';
    const timed = readPage(`<html><body><article><h1>Hội nghị Thành ủy tháng Ba</h1><time datetime="2025-03-02T10:00:00+07:00">2/3/2025</time>${body}</article></body></html>`);
    expect(timed.ok && timed.metadata.foundBy.publishedAt).toBe('<time datetime>');
    const dated = readPage(`<html><body><article><h1>Hội nghị Thành ủy tháng Ba</h1><span class="post-date">Thứ Hai, 03/03/2025 - 07:15</span>${body}</article></body></html>`);
    expect(dated.ok && dated.metadata.publishedAt).toBe('2025-03-03T07:15:00+07:00');
  });
});

describe('toVietnamTime', () => {
  it('moves zoned times to +07:00 and keeps local and date-only ones', () => {
    expect(toVietnamTime('2024-07-02T20:30:00Z')).toBe('2024-07-03T03:30:00+07:00');
    expect(toVietnamTime('2024-07-03T14:05:00+0700')).toBe('2024-07-03T14:05:00+07:00');
    expect(toVietnamTime('2024-07-03 14:05')).toBe('2024-07-03T14:05:00+07:00');
    expect(toVietnamTime('2024-07-03')).toBe('2024-07-03');
    expect(toVietnamTime('2024-02-31')).toBeNull();
    expect(toVietnamTime('hôm qua')).toBeNull();
  });
});
