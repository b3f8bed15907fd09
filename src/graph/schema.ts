/**
 * Applies the Cypher files under schema/ (constraints first, then indexes). Every statement
 * there is idempotent, so this runs at every start.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';

const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));
// Constraints create the indexes the writer's MERGEs rely on, so they go before the rest.
const FILE_ORDER = ['constraints.cypher', 'indexes.cypher'];

/** Splits a Cypher file into statements: `//` comment lines dropped, statements end with `;`. */
export function parseCypherStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

export function schemaFiles(dir: string = SCHEMA_DIR): string[] {
  const cypher = readdirSync(dir).filter((file) => file.endsWith('.cypher'));
  const rank = (file: string) => (FILE_ORDER.includes(file) ? FILE_ORDER.indexOf(file) : FILE_ORDER.length);
  return cypher.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((file) => path.join(dir, file));
}

export async function applySchema(driver: Driver, dir: string = SCHEMA_DIR): Promise<number> {
  let applied = 0;
  for (const file of schemaFiles(dir)) {
    for (const statement of parseCypherStatements(readFileSync(file, 'utf8'))) {
      // Schema commands cannot share a transaction with other statements: each runs on its own.
      await driver.executeQuery(statement);
      applied++;
    }
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)');
  return applied;
}
