/** The generated corpus as the writer's inputs: what the ingest benchmark and the graph builder feed ingestMany. */
import type { ArticleInput } from '../src/graph/write/types.js';
import { generateArticles, worldFor } from './generate/index.js';

export function* generatedInputs(seed: number, articles: number): Generator<ArticleInput> {
  for (const { article } of generateArticles(worldFor({ seed, articles }), articles)) {
    yield { source: article.id, url: article.url, text: article.text };
  }
}
