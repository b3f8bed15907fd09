/**
 * Scores the extractor with the shared scorer: against the gold sets in ../shared/corpus (dev and
 * seeds) by default, or `--invented` against our own invented articles in test/fixtures/extraction
 * (written by people who had not seen the extractor, as a check that rules generalize).
 * Extra arguments (e.g. --verbose) go to the scorer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const scorer = `${shared}eval/score.mjs`;

const args = process.argv.slice(2);
const invented = args.includes('--invented');
const passThrough = args.filter((a) => a !== '--invented');
const fixtures = `${root}test/fixtures/extraction/`;
const gold = invented
  ? readdirSync(fixtures).filter((f) => f.endsWith('.jsonl')).map((f) => fixtures + f)
  : [`${shared}corpus/dev.jsonl`, `${shared}corpus/seeds.jsonl`];

const missing = [scorer, ...gold].filter((f) => !existsSync(f));
if (missing.length > 0) {
  process.stderr.write(`eval: needs the shared scorer and gold sets, not found:\n  ${missing.join('\n  ')}\n`);
  process.exit(2);
}
const result = spawnSync(
  process.execPath,
  [scorer, ...gold.flatMap((g) => ['--gold', g]), '--cmd', 'npm run -s extract -- --jsonl', ...passThrough],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
