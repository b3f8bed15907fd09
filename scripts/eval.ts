/**
 * Scores the extractor with the shared scorer: against the gold sets in ../shared/corpus (dev, dev2
 * and seeds) by default; `--halves` scores a working half and a held-out half of dev + dev2 apart
 * (every third article of each file held out), the check that a rule fits the language and not the
 * articles it was written on; `--invented` scores our own invented articles in test/fixtures/extraction
 * (written by people who had not seen the extractor). Extra arguments (e.g. --verbose) go to the scorer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const scorer = `${shared}eval/score.mjs`;

const args = process.argv.slice(2);
const invented = args.includes('--invented');
const halves = args.includes('--halves');
const passThrough = args.filter((a) => a !== '--invented' && a !== '--halves');
const fixtures = `${root}test/fixtures/extraction/`;
const golds = ['dev', 'dev2', 'seeds'].map((g) => `${shared}corpus/${g}.jsonl`);

const missing = [scorer, ...(invented ? [] : golds)].filter((f) => !existsSync(f));
if (missing.length > 0) {
  process.stderr.write(`eval: needs the shared scorer and gold sets, not found:\n  ${missing.join('\n  ')}\n`);
  process.exit(2);
}

function score(label: string, files: string[]): number {
  if (label) process.stdout.write(`\n== ${label}\n`);
  const result = spawnSync(
    process.execPath,
    [scorer, ...files.flatMap((g) => ['--gold', g]), '--cmd', 'npm run -s extract -- --jsonl', ...passThrough],
    { cwd: root, stdio: 'inherit' },
  );
  return result.status ?? 1;
}

if (invented) {
  process.exit(score('', readdirSync(fixtures).filter((f) => f.endsWith('.jsonl')).map((f) => fixtures + f)));
} else if (halves) {
  const dir = mkdtempSync(join(tmpdir(), 'eval-halves-'));
  try {
    const work: string[] = [];
    const held: string[] = [];
    for (const g of golds.slice(0, 2)) {
      readFileSync(g, 'utf8').split('\n').filter((l) => l.trim()).forEach((l, i) => (i % 3 === 2 ? held : work).push(l));
    }
    writeFileSync(join(dir, 'work.jsonl'), `${work.join('\n')}\n`);
    writeFileSync(join(dir, 'held.jsonl'), `${held.join('\n')}\n`);
    const a = score(`working half (${work.length} articles)`, [join(dir, 'work.jsonl')]);
    const b = score(`held-out half (${held.length} articles: every third of dev and dev2)`, [join(dir, 'held.jsonl')]);
    process.exitCode = a || b;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  process.exit(score('', golds));
}
