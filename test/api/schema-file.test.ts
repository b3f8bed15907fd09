import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/api/schema/index.js';

describe('schema/schema.graphql', () => {
  it('is the schema the code builds (run `npm run schema` after changing the API)', () => {
    const printed = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(printed).toBe(`${printSchema(schema)}\n`);
  });
});
