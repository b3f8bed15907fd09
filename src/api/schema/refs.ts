/**
 * The node types, declared before their fields so the types that point at each other can. Each
 * loads by id through a per-request DataLoader: a field may return the id alone, and all the ids a
 * level of the query asks for are read in one query; or the row, which the loader then keeps.
 */
import { articlesByIds } from '../../graph/read/articles.js';
import { meetingsByIds } from '../../graph/read/meetings.js';
import { organizationsByIds } from '../../graph/read/organizations.js';
import { peopleByIds } from '../../graph/read/people.js';
import { placesByIds } from '../../graph/read/places.js';
import { positionsByIds } from '../../graph/read/positions.js';
import type { ReadSource } from '../../graph/read/run.js';
import { tenuresByIds } from '../../graph/read/tenures.js';
import { builder } from '../builder.js';

/** An id that names nothing loads as null: node(id) answers null, a non-null field an error. */
function nodeRef<T extends { id: string }>(name: string, byIds: (source: ReadSource, ids: readonly string[]) => Promise<(T | null)[]>) {
  return builder.loadableNodeRef<T>(name, {
    id: { resolve: (row) => row.id },
    load: (ids: string[], ctx) => byIds(ctx.reads, ids) as Promise<T[]>,
    // A row a list or a relation answered with stands for its node for the rest of the request.
    cacheResolved: (row) => row.id,
  });
}

export const PersonRef = nodeRef('Person', peopleByIds);
export const OrganizationRef = nodeRef('Organization', organizationsByIds);
export const PositionRef = nodeRef('Position', positionsByIds);
export const TenureRef = nodeRef('Tenure', tenuresByIds);
export const MeetingRef = nodeRef('Meeting', meetingsByIds);
export const ArticleRef = nodeRef('Article', articlesByIds);
export const PlaceRef = nodeRef('Place', placesByIds);
