import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/schema.js';
import { deleteLabel, testDriver, uniqueLabel } from '../helpers/neo4j.js';

describe('a real Neo4j through neo4j-driver', () => {
  let driver: Driver;
  const label = uniqueLabel();

  beforeAll(async () => {
    driver = testDriver();
    await applySchema(driver);
  });

  afterAll(async () => {
    await deleteLabel(driver, label);
    await driver.close();
  });

  it('writes a node in a managed transaction and reads it back, Vietnamese text intact', async () => {
    const session = driver.session();
    try {
      await session.executeWrite((tx) =>
        tx.run(`CREATE (p:Person:${label} {id: $id, name: $name})`, { id: `person:${label}`, name: 'Nguyễn Thị Thu Hà' }),
      );
      const result = await session.executeRead((tx) =>
        tx.run(`MATCH (p:Person:${label} {id: $id}) RETURN p.name AS name`, { id: `person:${label}` }),
      );
      expect(result.records.map((r) => r.get('name'))).toEqual(['Nguyễn Thị Thu Hà']);
    } finally {
      await session.close();
    }
  });

  it('enforces the unique id constraint the writer relies on', async () => {
    const id = `person:dup-${label}`;
    await driver.executeQuery(`CREATE (:Person:${label} {id: $id})`, { id });
    await expect(driver.executeQuery(`CREATE (:Person:${label} {id: $id})`, { id })).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
  });

  it('applies the schema again without error (idempotent start)', async () => {
    const applied = await applySchema(driver);
    expect(applied).toBeGreaterThan(0);
    const { records } = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(records[0]?.get('names')).toEqual(expect.arrayContaining(['person_id', 'meeting_id', 'tenure_id']));
  });
});
