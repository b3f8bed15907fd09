/**
 * A local web server (127.0.0.1 only, a free port) standing in for a portal: routes the test
 * writes, every request counted by path with its headers, so a test can tell what was fetched.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

export interface PortalServer {
  base: string;
  /** Requests so far, by path. */
  hits: Map<string, number>;
  userAgents: Set<string>;
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

export async function startPortalServer(): Promise<PortalServer> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const userAgents = new Set<string>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    userAgents.add(req.headers['user-agent'] ?? '');
    const handler = routes.get(path);
    if (handler) handler(req, res, hit);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    userAgents,
    route: (path, handler) => void routes.set(path, handler),
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** An article page in the style of a city portal: title, date line, body paragraphs, byline, a "Tin khác" list and a footer. */
export function portalArticle(a: { title: string; published?: string; paragraphs: string[]; charset?: string; teaser?: string }): string {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="${a.charset ?? 'utf-8'}"><title>${a.title} | Cổng thông tin điện tử</title>
${a.published ? `<meta property="article:published_time" content="${a.published}">` : ''}
</head><body>
<div class="menu-top"><ul><li><a href="/">Trang chủ</a></li><li><a href="/lanh-dao">Lãnh đạo thành phố</a></li></ul></div>
<div class="news-detail"><h1>${a.title}</h1>
<div class="content-news">${a.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="tin-khac"><h3>Tin khác</h3><ul><li><a href="/tin/khac.html">${a.teaser ?? 'Đồng chí Lưu Quang Vinh, Chủ tịch UBND huyện Thủy Nguyên kiểm tra công tác phòng chống bão'}</a></li></ul></div>
<div id="footer">Chịu trách nhiệm chính: ông Đỗ Hữu Nghĩa, Chánh Văn phòng UBND thành phố.</div>
</body></html>`;
}
