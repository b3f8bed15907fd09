/** Places by id: the city or province of a portal, its districts. */
import type { Driver } from 'neo4j-driver';
import type { PlaceRow } from './models.js';
import { loadOne } from './run.js';

// key, row: PlaceRow for each stored id.
const PLACES_BY_IDS = `
UNWIND $keys AS key
MATCH (place:Place {id: key})
RETURN key, place {.id, .name, .kind} AS row`;

export function placesByIds(driver: Driver, ids: readonly string[]): Promise<(PlaceRow | null)[]> {
  return loadOne<PlaceRow>(driver, PLACES_BY_IDS, ids);
}
