/**
 * Fetching pages the way a good guest does: robots.txt obeyed (robots.ts), one request at a time
 * per host with a pause between them (longer when robots.txt asks for a Crawl-delay), a few hosts
 * at once, a User-Agent that names the project, a timeout on every request, a size cap, retries
 * with growing pauses when the server says it is busy (429, 5xx; Retry-After honoured), and
 * redirects followed by hand, so each hop is checked against robots.txt and a loop is named.
 */
import pLimit, { type LimitFunction } from 'p-limit';
import { readCapped, TooLargeError } from './read-body.js';
import { RobotsCache } from './robots.js';
import { USER_AGENT } from './user-agent.js';

export interface FetcherOptions {
  userAgent: string;
  /** Least time between two requests to one host. */
  perHostDelayMs: number;
  /** Hosts fetched from at once (each host gets one request at a time). */
  concurrency: number;
  timeoutMs: number;
  maxBytes: number;
  /** Further tries after a 429, a 5xx or no answer. */
  retries: number;
  /** The pause before the first retry; each next one doubles it. */
  backoffMs: number;
  /** No pause is longer, whatever Retry-After asks. */
  maxBackoffMs: number;
  maxRedirects: number;
  fetchImpl: typeof fetch;
}

export const DEFAULT_FETCHER_OPTIONS: FetcherOptions = {
  userAgent: USER_AGENT,
  perHostDelayMs: 1_000,
  concurrency: 4,
  timeoutMs: 20_000,
  maxBytes: 5 * 1_048_576,
  retries: 3,
  backoffMs: 1_000,
  maxBackoffMs: 30_000,
  maxRedirects: 5,
  fetchImpl: (...args) => fetch(...args),
};

/** Validators from the stored copy: a server that keeps them answers 304 instead of the page. */
export interface Conditional {
  etag: string | null;
  lastModified: string | null;
}

export type FetchOutcome =
  | { kind: 'fetched'; url: string; finalUrl: string; status: number; headers: Headers; bytes: Uint8Array; tries: number }
  | { kind: 'not-modified'; url: string; by: 'ETag' | 'Last-Modified' }
  | { kind: 'refused'; url: string; reason: string }
  | { kind: 'failed'; url: string; reason: string };

interface Exchange {
  status: number;
  statusText: string;
  headers: Headers;
  bytes: Uint8Array;
  tries: number;
}

const RETRIED_STATUS = new Set([429, 500, 502, 503, 504]);
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Retry-After in milliseconds (seconds or an HTTP date), or null. */
function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (value === null) return null;
  if (/^\d+$/u.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

const reasonOf = (e: unknown): string => {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) return 'timed out';
  const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : null;
  return cause ?? (e instanceof Error ? e.message : String(e));
};

export class PoliteFetcher {
  private readonly options: FetcherOptions;
  private readonly hosts = new Map<string, { limit: LimitFunction; nextStart: number; delayMs: number }>();
  private readonly network: LimitFunction;
  private readonly robots: RobotsCache;

  constructor(options: Partial<FetcherOptions> = {}) {
    this.options = { ...DEFAULT_FETCHER_OPTIONS, ...options };
    this.network = pLimit(this.options.concurrency);
    this.robots = new RobotsCache(async (url) => {
      try {
        const r = await this.exchange(url, {}, 'follow');
        return { status: r.status, text: Buffer.from(r.bytes).toString('utf8') };
      } catch (e) {
        return { error: reasonOf(e) };
      }
    });
  }

  async get(url: string, conditional: Conditional | null = null): Promise<FetchOutcome> {
    const headers: Record<string, string> = { accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5' };
    if (conditional?.etag) headers['if-none-match'] = conditional.etag;
    if (conditional?.lastModified) headers['if-modified-since'] = conditional.lastModified;
    const hops = [url];
    let current = url;
    for (;;) {
      const verdict = await this.robots.check(current);
      if (!verdict.allowed) return { kind: 'refused', url, reason: verdict.reason };
      if (verdict.crawlDelaySeconds !== null) this.hostOf(current).delayMs = Math.max(this.options.perHostDelayMs, Math.min(verdict.crawlDelaySeconds * 1000, this.options.maxBackoffMs));
      let r: Exchange;
      try {
        r = await this.exchange(current, headers, 'manual');
      } catch (e) {
        if (e instanceof TooLargeError) return { kind: 'refused', url, reason: e.message };
        return { kind: 'failed', url, reason: `no answer from ${new URL(current).host}: ${reasonOf(e)} (after ${this.options.retries + 1} tries)` };
      }
      if (REDIRECT_STATUS.has(r.status)) {
        const location = r.headers.get('location');
        if (!location) return { kind: 'failed', url, reason: `HTTP ${r.status} redirect without a Location` };
        const next = new URL(location, current).href;
        if (hops.includes(next)) return { kind: 'failed', url, reason: `redirect loop: ${[...hops, next].join(' → ')}` };
        if (hops.length > this.options.maxRedirects) return { kind: 'failed', url, reason: `more than ${this.options.maxRedirects} redirects: ${hops.join(' → ')} → …` };
        hops.push(next);
        current = next;
        continue;
      }
      if (r.status === 304) return { kind: 'not-modified', url, by: conditional?.etag ? 'ETag' : 'Last-Modified' };
      if (r.status < 200 || r.status >= 300) {
        const tries = r.tries > 1 ? ` after ${r.tries} tries` : '';
        return { kind: 'failed', url, reason: `HTTP ${r.status}${r.statusText ? ` ${r.statusText}` : ''}${tries}` };
      }
      return { kind: 'fetched', url, finalUrl: current, status: r.status, headers: r.headers, bytes: r.bytes, tries: r.tries };
    }
  }

  private hostOf(url: string) {
    const host = new URL(url).host;
    let h = this.hosts.get(host);
    if (!h) {
      h = { limit: pLimit(1), nextStart: 0, delayMs: this.options.perHostDelayMs };
      this.hosts.set(host, h);
    }
    return h;
  }

  /** One request and its body, paced for its host, retried while the server is busy or silent. */
  private async exchange(url: string, headers: Record<string, string>, redirect: RequestRedirect): Promise<Exchange> {
    const { retries, backoffMs, maxBackoffMs } = this.options;
    for (let tries = 1; ; tries++) {
      let r: Omit<Exchange, 'tries'>;
      try {
        r = await this.once(url, headers, redirect);
      } catch (e) {
        if (e instanceof TooLargeError || tries > retries) throw e;
        await sleep(Math.min(backoffMs * 2 ** (tries - 1), maxBackoffMs));
        continue;
      }
      if (!RETRIED_STATUS.has(r.status) || tries > retries) return { ...r, tries };
      const pause = Math.max(backoffMs * 2 ** (tries - 1), retryAfterMs(r.headers.get('retry-after')) ?? 0);
      await sleep(Math.min(pause, maxBackoffMs));
    }
  }

  private once(url: string, headers: Record<string, string>, redirect: RequestRedirect): Promise<Omit<Exchange, 'tries'>> {
    const host = this.hostOf(url);
    return host.limit(async () => {
      const wait = host.nextStart - Date.now();
      if (wait > 0) await sleep(wait);
      try {
        return await this.network(async () => {
          const response = await this.options.fetchImpl(url, {
            headers: { 'user-agent': this.options.userAgent, ...headers },
            redirect,
            signal: AbortSignal.timeout(this.options.timeoutMs),
          });
          // Redirects and errors carry no page worth reading; their bodies are dropped, not buffered.
          const keep = response.status >= 200 && response.status < 300;
          const bytes = keep ? await readCapped(response, this.options.maxBytes) : (await response.body?.cancel(), new Uint8Array());
          return { status: response.status, statusText: response.statusText, headers: response.headers, bytes };
        });
      } finally {
        host.nextStart = Date.now() + host.delayMs;
      }
    });
  }
}
