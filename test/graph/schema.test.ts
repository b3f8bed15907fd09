import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCypherStatements, schemaFiles } from '../../src/graph/schema.js';

describe('schema files', () => {
  it('splits statements at line-ending semicolons and drops comment lines', () => {
    expect(parseCypherStatements('// why\nCREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n')).toEqual([
      'CREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)',
    ]);
  });

  it('applies constraints before indexes, and every statement is idempotent', () => {
    const files = schemaFiles();
    expect(files[0]).toMatch(/constraints\.cypher$/);
    for (const file of files) {
      for (const statement of parseCypherStatements(readFileSync(file, 'utf8'))) {
        expect(statement, file).toMatch(/IF NOT EXISTS/);
      }
    }
  });
});
