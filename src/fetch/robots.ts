/**
 * robots.txt, read once per origin and kept for the run (robots-parser reads the rules; we decide
 * what an unreadable file means). As RFC 9309 says: no file (4xx) allows everything; a server
 * error or no answer means the site cannot tell us, so nothing is fetched from it.
 */
import { createRequire } from 'node:module';
import { ROBOTS_AGENT } from './user-agent.js';

export type RobotsVerdict = { allowed: true; crawlDelaySeconds: number | null } | { allowed: false; reason: string };

type Rules = { isAllowed(url: string, ua?: string): boolean | undefined; getCrawlDelay(ua?: string): number | undefined };

// Its typings declare an ambient module whose default export TypeScript's NodeNext resolution cannot call; the CommonJS export is the function.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, robotsTxt: string) => Rules;

/** Fetches robots.txt itself (without the robots check, with the same politeness otherwise). */
export type RobotsGet = (url: string) => Promise<{ status: number; text: string } | { error: string }>;

export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<Rules | { unreadable: string }>>();

  constructor(private readonly get: RobotsGet) {}

  async check(url: string): Promise<RobotsVerdict> {
    const origin = new URL(url).origin;
    let rules = this.byOrigin.get(origin);
    if (!rules) {
      rules = this.load(origin);
      this.byOrigin.set(origin, rules);
    }
    const r = await rules;
    if ('unreadable' in r) return { allowed: false, reason: `robots.txt of ${origin} could not be read (${r.unreadable}), so nothing is fetched from it` };
    if (r.isAllowed(url, ROBOTS_AGENT) === false) return { allowed: false, reason: `robots.txt of ${origin} forbids ${new URL(url).pathname} to ${ROBOTS_AGENT}` };
    return { allowed: true, crawlDelaySeconds: r.getCrawlDelay(ROBOTS_AGENT) ?? null };
  }

  private async load(origin: string): Promise<Rules | { unreadable: string }> {
    const robotsUrl = `${origin}/robots.txt`;
    const answer = await this.get(robotsUrl);
    if ('error' in answer) return { unreadable: answer.error };
    if (answer.status >= 500) return { unreadable: `HTTP ${answer.status}` };
    return robotsParser(robotsUrl, answer.status >= 400 ? '' : answer.text);
  }
}
