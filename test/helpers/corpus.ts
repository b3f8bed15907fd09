/** Generated corpora (bench/generate) as the JSON-lines files `npm run gen` writes, for tests that run the CLI. */
import { writeFileSync } from 'node:fs';
import { generateArticles, worldFor } from '../../bench/generate/index.js';

export interface CorpusLine {
  id: string;
  url: string;
  text: string;
}

/** The first `articles` articles of the corpus of `seed`; the same arguments give the same articles. */
export function generatedCorpus(articles: number, seed: number): CorpusLine[] {
  return [...generateArticles(worldFor({ seed, articles }), articles)].map(({ article }) => ({ id: article.id, url: article.url, text: article.text }));
}

export function writeCorpus(file: string, lines: readonly CorpusLine[]): string {
  writeFileSync(file, lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
  return file;
}
