/**
 * The one place integration tests get a driver. Each test scope gets its own label, and
 * cleanup deletes only nodes carrying it, so tests never see or remove each other's data
 * (and never touch data of a shared NEO4J_URI database).
 */
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver } from '../../src/graph/driver.js';

export function testDriver(): Driver {
  return createDriver(inject('neo4jUri'), inject('neo4jAuth'));
}

/** A label no other test uses; only ever built from a UUID, so it is safe to put in Cypher. */
export function uniqueLabel(): string {
  return `Test_${randomUUID().replaceAll('-', '')}`;
}

export async function deleteLabel(driver: Driver, label: string): Promise<void> {
  if (!/^Test_[0-9a-f]{32}$/.test(label)) throw new Error(`refusing to delete by label ${label}`);
  await driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`);
}
