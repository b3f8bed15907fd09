/**
 * Builds the explorer page (web/ → web/dist) with Vite. `--if-stale` builds only when the output
 * is missing or older than a source, so `npm start` pays for it once after a change.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = path.join(ROOT, 'web');
const OUTPUT = path.join(WEB, 'dist', 'index.html');
const SOURCES = [path.join(WEB, 'index.html'), path.join(WEB, 'vite.config.ts'), path.join(WEB, 'src'), path.join(ROOT, 'package-lock.json')];

function newestChange(file: string): number {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((name) => newestChange(path.join(file, name))));
}

export function webBuildIsStale(): boolean {
  let built: number;
  try {
    built = statSync(OUTPUT).mtimeMs;
  } catch {
    return true;
  }
  return Math.max(...SOURCES.map(newestChange)) > built;
}

/** Builds when asked to always, or when stale; says which. */
export async function buildWeb({ always }: { always: boolean }): Promise<'built' | 'fresh'> {
  if (!always && !webBuildIsStale()) return 'fresh';
  await build({ configFile: path.join(WEB, 'vite.config.ts'), logLevel: 'warn' });
  return 'built';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const started = Date.now();
  buildWeb({ always: !process.argv.includes('--if-stale') }).then(
    (outcome) => process.stderr.write(outcome === 'built' ? `explorer page built in ${((Date.now() - started) / 1000).toFixed(1)} s (web/dist)\n` : 'explorer page up to date (web/dist)\n'),
    (error: unknown) => {
      process.stderr.write(`explorer page build failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
