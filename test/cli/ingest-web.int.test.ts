/**
 * `ingest URL…`, `--feed` and `--urls` against a local portal (127.0.0.1, pages written for this
 * test, never the network), on the real Neo4j: a feed's items are ingested once and a second run
 * fetches none of them; a page stored before is not read again when unchanged; and each way a
 * server can misbehave ends in its own line of the summary.
 */
import { writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/cli/ingest.js';
import { USER_AGENT } from '../../src/fetch/user-agent.js';
import { useEmptyGraph } from '../helpers/graph.js';
import { portalArticle, startPortalServer, type PortalServer } from '../helpers/portal-server.js';
import { encodeWindows1258 } from '../helpers/windows-1258.js';

const graph = useEmptyGraph();
let portal: PortalServer;

const ARTICLES: Record<string, { title: string; published: string; paragraphs: string[] }> = {
  '/tin/thuy-nguyen.html': {
    title: 'Thủy Nguyên sơ kết công tác kiểm tra, giám sát',
    published: '2024-11-05T10:00:00+07:00',
    paragraphs: [
      'Sáng 4/11, Ban Thường vụ Huyện ủy Thủy Nguyên tổ chức Hội nghị sơ kết công tác kiểm tra, giám sát 10 tháng năm 2024. Đồng chí Quan Văn Thắng, Bí thư Huyện ủy chủ trì Hội nghị.',
      'Các đại biểu thảo luận về những tồn tại, hạn chế và giải pháp nâng cao chất lượng công tác kiểm tra, giám sát trong thời gian tới.',
    ],
  },
  '/tin/kien-an.html': {
    title: 'Kiến An triển khai công tác phòng cháy, chữa cháy',
    published: '2024-11-07T08:00:00+07:00',
    paragraphs: [
      'Chiều 6/11, UBND quận Kiến An tổ chức hội nghị triển khai công tác phòng cháy, chữa cháy những tháng cuối năm. Đồng chí Lã Thị Mai, Chủ tịch UBND quận chủ trì hội nghị.',
      'Quận yêu cầu các phường kiểm tra các cơ sở kinh doanh, nhà trọ và khu dân cư đông người trên địa bàn.',
    ],
  },
  '/tin/cat-hai.html': {
    title: 'HĐND huyện Cát Hải khai mạc kỳ họp thứ 20',
    published: '2024-11-08T09:30:00+07:00',
    paragraphs: [
      'Sáng 7/11, HĐND huyện Cát Hải khóa XX tổ chức kỳ họp thứ 20. Đồng chí Ninh Văn Quý, Chủ tịch HĐND huyện chủ trì kỳ họp.',
      'Kỳ họp xem xét các báo cáo về tình hình kinh tế - xã hội và quyết định nhiều nội dung quan trọng của huyện.',
    ],
  },
};

const CP1258_PAGE = portalArticle({
  title: 'Vĩnh Bảo tổng kết công tác dân vận',
  published: '2024-11-09T15:00:00+07:00',
  charset: 'windows-1258',
  paragraphs: ['Sáng 9/11, Huyện ủy Vĩnh Bảo tổ chức Hội nghị tổng kết công tác dân vận năm 2024. Đồng chí Mẫn Thị Nguyệt, Bí thư Huyện ủy chủ trì Hội nghị.'],
});
const MISLABELLED_PAGE = portalArticle({
  title: 'Dương Kinh sơ kết công tác cải cách hành chính',
  published: '2024-11-10T15:00:00+07:00',
  paragraphs: ['Chiều 10/11, Quận ủy Dương Kinh tổ chức Hội nghị sơ kết công tác cải cách hành chính. Đồng chí Trịnh Đức Hiếu, Bí thư Quận ủy chủ trì Hội nghị.'],
});

const RSS = (base: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Tin tức - Sự kiện</title><link>${base}/</link><description>Tin mới</description>
${Object.keys(ARTICLES).map((p) => `<item><title>${ARTICLES[p]!.title}</title><link>${base}${p}</link><pubDate>Fri, 08 Nov 2024 02:30:00 GMT</pubDate></item>`).join('\n')}
</channel></rss>`;

beforeAll(async () => {
  portal = await startPortalServer();
  portal.route('/robots.txt', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /noi-bo/\n'));
  portal.route('/rss.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(RSS(portal.base)));
  for (const [p, a] of Object.entries(ARTICLES)) {
    // One page keeps an ETag, one a Last-Modified, one neither (only the content hash can tell).
    const validators: Record<string, string> =
      p === '/tin/thuy-nguyen.html' ? { etag: '"v1-thuy-nguyen"' } : p === '/tin/kien-an.html' ? { 'last-modified': 'Thu, 07 Nov 2024 01:00:00 GMT' } : {};
    portal.route(p, (req, res) => {
      const fresh = (validators.etag && req.headers['if-none-match'] === validators.etag) || (validators['last-modified'] && req.headers['if-modified-since'] === validators['last-modified']);
      if (fresh) return void res.writeHead(304, validators).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...validators }).end(portalArticle(a));
    });
  }
  // A CMS that re-renders the page once (new ETag, a new comment in the bytes) without changing its text.
  portal.route('/tin/ve-lai.html', (req, res, hit) => {
    const etag = hit === 1 ? '"r1"' : '"r2"';
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag }).end(`${portalArticle(ARTICLES['/tin/kien-an.html']!)}<!-- rendered ${hit} -->`);
  });
  portal.route('/ban/busy.html', (_req, res, hit) =>
    hit <= 2 ? void res.writeHead(429, { 'retry-after': '0' }).end('chậm lại') : void res.writeHead(200, { 'content-type': 'text/html' }).end(portalArticle(ARTICLES['/tin/cat-hai.html']!)),
  );
  // Headers, then silence: the timeout covers the body too.
  portal.route('/ban/silent.html', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).write('<html>'));
  portal.route('/ban/always-busy.html', (_req, res) => res.writeHead(429, { 'retry-after': '0' }).end());
  portal.route('/ban/error.html', (_req, res) => res.writeHead(500).end('lỗi máy chủ'));
  portal.route('/ban/loop-a.html', (_req, res) => res.writeHead(302, { location: '/ban/loop-b.html' }).end());
  portal.route('/ban/loop-b.html', (_req, res) => res.writeHead(302, { location: '/ban/loop-a.html' }).end());
  portal.route('/ban/huge.html', (_req, res) => {
    // No Content-Length: the cap must hold while reading, not only when the size is announced.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(1 << 20, 'a');
    let sent = 0;
    const more = (): void => {
      while (sent < 20 && res.write(chunk)) sent++;
      if (sent >= 20) res.end();
      else res.once('drain', () => (sent++, more()));
    };
    more();
  });
  portal.route('/noi-bo/mat.html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(portalArticle(ARTICLES['/tin/cat-hai.html']!)));
  portal.route('/ma/cp1258.html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(encodeWindows1258(CP1258_PAGE)));
  portal.route('/ma/mislabelled.html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=windows-1258' }).end(Buffer.from(MISLABELLED_PAGE, 'utf8')));
});

afterAll(async () => {
  await portal.close();
});

async function ingest(args: string[], timeoutMs = 5_000): Promise<{ code: number; log: string }> {
  const stderr = new PassThrough();
  let log = '';
  stderr.on('data', (d: Buffer) => (log += d.toString()));
  const code = await runIngest(args, {
    stdout: new PassThrough(),
    stderr,
    connect: async () => ({ driver: graph(), close: async () => {} }),
    fetcher: { perHostDelayMs: 0, backoffMs: 5, retries: 2, timeoutMs },
  });
  return { code, log };
}

const chairs = async () =>
  (await graph().executeQuery('MATCH (p:Person)-[:CHAIRED]->(m:Meeting) RETURN p.name AS chair, toString(m.date) AS date ORDER BY date')).records.map((r) => r.toObject());

const articleHits = (): number => Object.keys(ARTICLES).reduce((n, p) => n + (portal.hits.get(p) ?? 0), 0);

describe('ingest --feed', () => {
  it('ingests the feed’s items, dated by their pages, and run again fetches none of them', async () => {
    const first = await ingest(['--feed', `${portal.base}/rss.xml`]);
    expect(first.code, first.log).toBe(0);
    expect(first.log).toContain('fetch: 3 fetched, 0 skipped, 0 refused, 0 failed');
    expect(first.log).toMatch(/ingest: 3 articles \(3 new, 0 unchanged, 0 replaced, 0 failed\)/u);
    expect(await chairs()).toEqual([
      { chair: 'Quan Văn Thắng', date: '2024-11-04' },
      { chair: 'Lã Thị Mai', date: '2024-11-06' },
      { chair: 'Ninh Văn Quý', date: '2024-11-07' },
    ]);
    // Teasers and footers of the portal's layout are not facts.
    const people = await graph().executeQuery('MATCH (p:Person) RETURN collect(p.name) AS names');
    expect(people.records[0]!.get('names')).not.toContain('Lưu Quang Vinh');
    expect(people.records[0]!.get('names')).not.toContain('Đỗ Hữu Nghĩa');
    expect([...portal.userAgents]).toEqual([USER_AGENT]);

    const hitsBefore = articleHits();
    const again = await ingest(['--feed', `${portal.base}/rss.xml`]);
    expect(again.code, again.log).toBe(0);
    expect(articleHits()).toBe(hitsBefore);
    expect(again.log).toContain('fetch: 0 fetched, 3 skipped (3 feed items already stored, not fetched), 0 refused, 0 failed');
  });

  it('asks for a stored page with its validators, and skips it on 304 or on the same bytes', async () => {
    const urls = Object.keys(ARTICLES).map((p) => `${portal.base}${p}`);
    expect((await ingest(urls)).code).toBe(0);
    const again = await ingest(urls);
    expect(again.log).toContain('fetch: 0 fetched, 3 skipped (2 not modified (304), 1 same bytes as stored), 0 refused, 0 failed');
    expect(again.log).toMatch(/thuy-nguyen\.html: not modified since it was stored \(ETag\)/u);
    expect(again.log).toMatch(/kien-an\.html: not modified since it was stored \(Last-Modified\)/u);
    expect(again.log).toMatch(/cat-hai\.html: the same bytes as the stored copy \(content hash\)/u);
  });

  it('remembers the new validators of a page re-rendered with the same text, so the next run gets a 304', async () => {
    const url = `${portal.base}/tin/ve-lai.html`;
    expect((await ingest([url])).log).toMatch(/1 new/u);
    const second = await ingest([url]);
    expect(second.log).toContain('fetch: 1 fetched, 0 skipped');
    expect(second.log).toMatch(/ingest: 1 article \(0 new, 1 unchanged/u);
    const third = await ingest([url]);
    expect(third.log).toMatch(/ve-lai\.html: not modified since it was stored \(ETag\)/u);
    expect(portal.hits.get('/tin/ve-lai.html')).toBe(3);
  });
});

describe('ingest of addresses from a misbehaving server', () => {
  it('gives up on a server that stops answering, after the retries, and says so', async () => {
    const { code, log } = await ingest([`${portal.base}/ban/silent.html`], 300);
    expect(code).toBe(1);
    expect(log).toMatch(/failed: .*silent\.html: no answer from 127\.0\.0\.1:\d+: timed out \(after 3 tries\)/u);
    expect(portal.hits.get('/ban/silent.html')).toBe(3);
  });

  it('retries 429s, gives up on 500s and loops, refuses what robots.txt forbids and what is too large, reads windows-1258', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'urls-'));
    const list = path.join(dir, 'urls.txt');
    const paths = ['/ban/busy.html', '/ban/always-busy.html', '/ban/error.html', '/ban/loop-a.html', '/ban/huge.html', '/noi-bo/mat.html', '/ma/cp1258.html', '/ma/mislabelled.html'];
    writeFileSync(list, `# addresses\n${paths.map((p) => `${portal.base}${p}`).join('\n')}\nnot-an-address\n`);
    const { code, log } = await ingest(['--urls', list]);
    expect(code).toBe(1);
    const line = (p: string): string => log.split('\n').find((l) => l.includes(p)) ?? `(no line for ${p})`;
    expect(line('always-busy')).toMatch(/failed: .*always-busy\.html: HTTP 429 Too Many Requests after 3 tries/u);
    expect(line('error.html')).toMatch(/failed: .*HTTP 500 Internal Server Error after 3 tries/u);
    expect(line('loop-a')).toMatch(/failed: .*redirect loop: .*loop-a\.html → .*loop-b\.html → .*loop-a\.html/u);
    expect(line('huge')).toMatch(/skipped: .*refused: the page is over the 5\.0 MiB cap \(stopped reading at 5\.\d MiB\)/u);
    expect(line('noi-bo')).toMatch(/skipped: .*refused: robots\.txt of .* forbids \/noi-bo\/mat\.html/u);
    expect(line('not-an-address')).toMatch(/urls\.txt:\d+: "not-an-address" is not an http or https address/u);
    expect(line('mislabelled')).toMatch(/note: .*declared windows-1258 but the bytes are valid UTF-8/u);
    expect(log).toContain('fetch: 3 fetched (1 after retries), 0 skipped, 2 refused, 3 failed');
    expect(portal.hits.get('/ban/busy.html')).toBe(3);
    expect(portal.hits.get('/noi-bo/mat.html')).toBeUndefined();
    expect(await chairs()).toEqual([
      { chair: 'Ninh Văn Quý', date: '2024-11-07' },
      { chair: 'Mẫn Thị Nguyệt', date: '2024-11-09' },
      { chair: 'Trịnh Đức Hiếu', date: '2024-11-10' },
    ]);
  });
});
