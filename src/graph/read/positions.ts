/** Posts: by id, the posts of each body, and every tenure of each post (who held it, as far as the articles show). */
import type { PositionRow, TenureRow } from './models.js';
import { byIdsQuery, loadMany, loadOne, type ReadSource } from './run.js';
import { POSITION } from './projections.js';
import { tenuresOf } from './tenures.js';

// key, row: PositionRow for each stored id.
const POSITIONS_BY_IDS = byIdsQuery('Position', 'pos', POSITION);

// key, row: the posts in each body, by name.
const POSITIONS_IN = `
UNWIND $keys AS key
MATCH (pos:Position)-[:IN]->(:Organization {id: key})
RETURN key, ${POSITION} AS row
ORDER BY key, pos.name, pos.id`;

export function positionsByIds(source: ReadSource, ids: readonly string[]): Promise<(PositionRow | null)[]> {
  return loadOne<PositionRow>(source, POSITIONS_BY_IDS, ids);
}

export function positionsIn(source: ReadSource, organizationIds: readonly string[]): Promise<PositionRow[][]> {
  return loadMany<PositionRow>(source, POSITIONS_IN, organizationIds);
}

/** Each post's tenures, in the order they were first shown. */
export function positionTenures(source: ReadSource, positionIds: readonly string[]): Promise<TenureRow[][]> {
  return tenuresOf(source, 'Position', positionIds);
}
