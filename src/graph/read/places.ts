/** Places by id: the city or province of a portal, its districts. */
import type { PlaceRow } from './models.js';
import { byIdsQuery, loadOne, type ReadSource } from './run.js';

// key, row: PlaceRow for each stored id.
const PLACES_BY_IDS = byIdsQuery('Place', 'place', 'place {.id, .name, .kind}');

export function placesByIds(source: ReadSource, ids: readonly string[]): Promise<(PlaceRow | null)[]> {
  return loadOne<PlaceRow>(source, PLACES_BY_IDS, ids);
}
