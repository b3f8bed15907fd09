/**
 * What a benchmark graph was built from. A graph is reused only when every input that shapes it is
 * the same: the generator's parameters, the extractor's version and the schema's statements.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defaultPeople } from './generate/index.js';
import { EXTRACTOR_VERSION } from '../src/graph/write/keys.js';
import { schemaFiles } from '../src/graph/schema.js';

export interface GraphRecipe {
  seed: number;
  articles: number;
  people: number;
  extractorVersion: string;
  schemaHash: string;
}

export interface BuildRecord {
  seconds: number;
  /** Of the articles this build wrote, not counting those a stopped build had already stored. */
  articlesPerSecond: number;
  /** Articles already stored by a stopped build this one resumed (0 for a build from empty). */
  resumedFrom: number;
  batchSize: number;
  failed: number;
  nodes: number;
  relationships: number;
  builtAt: string;
}

export interface Manifest {
  recipe: GraphRecipe;
  build: BuildRecord;
}

export function schemaHash(): string {
  const hash = createHash('sha256');
  for (const file of schemaFiles()) hash.update(readFileSync(file, 'utf8'));
  return hash.digest('hex').slice(0, 16);
}

export const recipeFor = (seed: number, articles: number): GraphRecipe => ({
  seed, articles, people: defaultPeople(articles), extractorVersion: EXTRACTOR_VERSION, schemaHash: schemaHash(),
});

/** Why a stored graph cannot stand for `wanted` ("seed 1 ≠ 2, …"), or null when it can. */
export function recipeMismatch(stored: GraphRecipe | null, wanted: GraphRecipe): string | null {
  if (stored === null) return 'no complete build recorded';
  const differences = (Object.keys(wanted) as (keyof GraphRecipe)[])
    .filter((key) => stored[key] !== wanted[key])
    .map((key) => `${key} ${String(stored[key])} ≠ ${String(wanted[key])}`);
  return differences.length === 0 ? null : differences.join(', ');
}
