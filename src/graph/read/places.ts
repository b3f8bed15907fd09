/** Places by id: the city or province of a portal, its districts. */
import type { PlaceRow } from './models.js';
import { PLACE } from './projections.js';
import { byIdsQuery, loadMany, loadOne, type ReadSource } from './run.js';

// key, row: PlaceRow for each stored id.
const PLACES_BY_IDS = byIdsQuery('Place', 'place', PLACE);

// key, row: the places merged into each place, by name.
const PREDECESSORS = `
UNWIND $keys AS key
MATCH (place:Place)-[:MERGED_INTO]->(:Place {id: key})
RETURN key, ${PLACE} AS row
ORDER BY key, place.name, place.id`;

export function placesByIds(source: ReadSource, ids: readonly string[]): Promise<(PlaceRow | null)[]> {
  return loadOne<PlaceRow>(source, PLACES_BY_IDS, ids);
}

/** For each place, the places merged into it (Hải Dương for Hải Phòng). */
export function placePredecessors(source: ReadSource, ids: readonly string[]): Promise<PlaceRow[][]> {
  return loadMany<PlaceRow>(source, PREDECESSORS, ids);
}
