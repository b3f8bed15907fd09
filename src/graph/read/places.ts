/** Places by id: the city or province of a portal, its districts. */
import type { Driver } from 'neo4j-driver';
import type { PlaceRow } from './models.js';
import { byIdsQuery, loadOne } from './run.js';

// key, row: PlaceRow for each stored id.
const PLACES_BY_IDS = byIdsQuery('Place', 'place', 'place {.id, .name, .kind}');

export function placesByIds(driver: Driver, ids: readonly string[]): Promise<(PlaceRow | null)[]> {
  return loadOne<PlaceRow>(driver, PLACES_BY_IDS, ids);
}
