/**
 * Articles per second through extract() on one core. Uses the dev and seed corpora repeated to at
 * least 10,000 articles when ../shared exists, else the seed articles in seed/ repeated.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = [`${ROOT}../shared/corpus/dev.jsonl`, `${ROOT}../shared/corpus/seeds.jsonl`];
const TARGET_ARTICLES = 10_000;
const GOAL_PER_SECOND = 2_000;

interface Article {
  text: string;
  url: string | null;
}

function loadArticles(): { articles: Article[]; source: string } {
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
const rounds = Math.ceil(TARGET_ARTICLES / articles.length);

// Warm-up so the JIT has compiled the regexes and hot paths before timing.
for (const a of articles) extract(a.text, { url: a.url });

let chars = 0;
let sink = 0;
const started = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) {
  for (const a of articles) {
    const out = extract(a.text, { url: a.url });
    sink += out.people.length + out.meetings.length;
    chars += a.text.length;
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const total = rounds * articles.length;
const perSecond = total / seconds;

process.stdout.write(
  `extract: ${total} articles (${articles.length} distinct from ${source}) in ${seconds.toFixed(2)} s\n` +
  `extract: ${Math.round(perSecond)} articles/s, ${(chars / seconds / 1e6).toFixed(2)} MB/s of text ` +
  `(goal ≥ ${GOAL_PER_SECOND}/s: ${perSecond >= GOAL_PER_SECOND ? 'met' : 'NOT met'}; checksum ${sink})\n`,
);
