import { describe, expect, it } from 'vitest';
import { recipeFor, recipeMismatch } from '../../bench/manifest.js';
import { EXTRACTOR_VERSION } from '../../src/graph/write/keys.js';

describe('reusing a built graph', () => {
  const wanted = recipeFor(1, 10_000);

  it('records what shapes the graph: the generator, the extractor and the schema', () => {
    expect(wanted).toMatchObject({ seed: 1, articles: 10_000, people: 500, extractorVersion: EXTRACTOR_VERSION });
    expect(wanted.schemaHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reuses a graph built from the same recipe', () => {
    expect(recipeMismatch({ ...wanted }, wanted)).toBeNull();
  });

  it('rebuilds, saying why, when anything differs or no build completed', () => {
    expect(recipeMismatch(null, wanted)).toBe('no complete build recorded');
    expect(recipeMismatch({ ...wanted, seed: 2, extractorVersion: 'old' }, wanted)).toBe(`seed 2 ≠ 1, extractorVersion old ≠ ${EXTRACTOR_VERSION}`);
  });
});
