/** Articles per second through extract() on one core (this process's), after a warm-up pass. */
import { extract } from '../src/extract/index.js';

export interface ExtractionText {
  text: string;
  url: string | null;
}

export interface ExtractionResult {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  /** People and meetings found: a use of the results, so the work cannot be optimized away. */
  found: number;
}

export function measureExtraction(texts: readonly ExtractionText[], minArticles: number): ExtractionResult {
  // Warm-up so the JIT has compiled the regexes and hot paths before timing.
  for (const a of texts) extract(a.text, { url: a.url });
  const rounds = Math.max(1, Math.ceil(minArticles / texts.length));
  let chars = 0;
  let found = 0;
  const started = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const a of texts) {
      const out = extract(a.text, { url: a.url });
      found += out.people.length + out.meetings.length;
      chars += a.text.length;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const articles = rounds * texts.length;
  return { articles, seconds, articlesPerSecond: articles / seconds, megabytesPerSecond: chars / seconds / 1e6, found };
}
