/**
 * `npm run bench:extract`: extraction speed on the dev and seed corpora in ../shared when present,
 * else the seed articles in seed/, repeated to at least 10,000 articles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureExtraction, type ExtractionText } from './extraction.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = [`${ROOT}../shared/corpus/dev.jsonl`, `${ROOT}../shared/corpus/seeds.jsonl`];
const TARGET_ARTICLES = 10_000;
const GOAL_PER_SECOND = 2_000;

function loadArticles(): { articles: ExtractionText[]; source: string } {
  const present = CORPUS.filter((f) => existsSync(f));
  if (present.length > 0) {
    const articles = present.flatMap((f) =>
      readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
        const r = JSON.parse(l) as { text?: unknown; url?: unknown };
        return { text: typeof r.text === 'string' ? r.text : '', url: typeof r.url === 'string' ? r.url : null };
      }));
    return { articles, source: present.join(', ') };
  }
  const dir = `${ROOT}seed/`;
  const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ text: readFileSync(dir + f, 'utf8'), url: null }));
  return { articles, source: dir };
}

const { articles, source } = loadArticles();
if (articles.length === 0) {
  process.stderr.write('bench:extract: no articles found\n');
  process.exit(1);
}
const result = measureExtraction(articles, TARGET_ARTICLES);
process.stdout.write(
  `extract: ${result.articles} articles (${articles.length} distinct from ${source}) in ${result.seconds.toFixed(2)} s\n` +
  `extract: ${Math.round(result.articlesPerSecond)} articles/s, ${result.megabytesPerSecond.toFixed(2)} MB/s of text ` +
  `(goal ≥ ${GOAL_PER_SECOND}/s: ${result.articlesPerSecond >= GOAL_PER_SECOND ? 'met' : 'NOT met'}; checksum ${result.found})\n`,
);
