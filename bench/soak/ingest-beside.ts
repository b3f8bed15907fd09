/**
 * Ingest that runs beside the API under load: rounds of freshly generated articles, each written by
 * the `ingest` command in its own process, until told to stop (the round under way is finished).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { generateArticles, worldFor } from '../generate/index.js';
import { writeFileSync } from 'node:fs';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface IngestTally {
  rounds: number;
  articles: number;
  /** Rounds whose ingest exited non-zero, with the end of what it said. */
  failures: string[];
}

function writeRound(file: string, seed: number, articles: number): void {
  const lines = [...generateArticles(worldFor({ seed, articles }), articles)].map(({ article }) => `${JSON.stringify({ id: article.id, url: article.url, text: article.text })}\n`);
  writeFileSync(file, lines.join(''));
}

function ingestFile(file: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'ingest', file, '--quiet'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

export function ingestBeside(options: { env: NodeJS.ProcessEnv; dir: string; articlesPerRound: number }): { stop(): Promise<IngestTally> } {
  const tally: IngestTally = { rounds: 0, articles: 0, failures: [] };
  let stopping = false;
  const loop = (async () => {
    for (let round = 1; !stopping; round++) {
      const file = path.join(options.dir, `round-${round}.jsonl`);
      // Each round its own seed: other people, other meetings, so the graph keeps growing.
      writeRound(file, 1000 + round, options.articlesPerRound);
      const { code, stderr } = await ingestFile(file, options.env);
      tally.rounds++;
      if (code === 0) tally.articles += options.articlesPerRound;
      else tally.failures.push(`round ${round} exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
    }
  })();
  return {
    stop: async () => {
      stopping = true;
      await loop;
      return tally;
    },
  };
}
