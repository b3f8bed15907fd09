/**
 * Rows of a read, one at a time: the driver pulls the next batch from Neo4j only when the previous
 * one is consumed (its fetch size), so an export of a million articles holds one batch, not the
 * graph. Integers arrive as numbers (the driver's setting) and dates as text (the queries'), so
 * rows are plain values.
 */
import type { Driver } from 'neo4j-driver';

export async function* streamRows<T>(driver: Driver, query: string, params: Record<string, unknown>): AsyncGenerator<T> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    for await (const record of session.run(query, params)) yield record.toObject() as T;
  } finally {
    await session.close();
  }
}
