/**
 * The explorer page (web/, built by Vite to web/dist) served beside the API: its files as they are,
 * and index.html for the page's own addresses, so a shared or reloaded deep link opens the right
 * page. Every other request goes to the GraphQL app unchanged.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import type { App } from './yoga.js';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** The page's routes (web/src/app.tsx): its home and one page per kind of node. */
const PAGE_ROUTE = /^\/(?:$|(?:person|org|meeting|article)\/)/u;

const NOT_BUILT = 'The explorer page is not built. Run `npm run build:web` (npm start does it), or use the GraphQL API at /graphql.\n';

export function withExplorerPage(app: App, dist: string = WEB_DIST): RequestListener {
  if (!existsSync(`${dist}/index.html`)) {
    return (req, res) => {
      if (!PAGE_ROUTE.test(pathOf(req))) return void app(req, res);
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end(NOT_BUILT);
    };
  }
  // Vite names the assets by content hash, so a browser may keep them; index.html is always revalidated.
  // `dev` looks files up per request instead of listing them once: a rebuild while the server runs
  // (npm run build:web) is served at once instead of leaving index.html pointing at unknown assets.
  const options = { dev: true, etag: true, setHeaders: cacheHashedAssets };
  const files = sirv(dist, options);
  const page = sirv(dist, { ...options, single: true, ignores: false });
  return (req, res) => {
    if (PAGE_ROUTE.test(pathOf(req))) return void page(req, res);
    files(req, res, () => void app(req, res));
  };
}

function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://localhost').pathname;
}

function cacheHashedAssets(res: ServerResponse, pathname: string): void {
  res.setHeader('cache-control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
}
