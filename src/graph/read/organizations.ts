/**
 * Bodies: by id, a searchable list, their sub-bodies and their members on a date. A body's parent is
 * its row's parentId (load it by id); its meetings are listMeetings({organizer}).
 */
import { compareKey } from '../../extract/normalize.js';
import type { AsOfTenureRow, OrganizationRow } from './models.js';
import { Keyset, type KeyedRow, type Page, type PageArgs } from './page.js';
import { ORGANIZATION } from './projections.js';
import { byIdsQuery, byNamePageQuery, loadMany, loadOne, readRows, type ReadSource } from './run.js';
import { searchTokens } from './search.js';
import { tenuresAsOf } from './tenures.js';

// key, row: OrganizationRow for each stored id.
const ORGANIZATIONS_BY_IDS = byIdsQuery('Organization', 'o', ORGANIZATION);

// By name key then id, as people are (people.ts); a search matches the name and aliases, which searchText holds.
const ORGANIZATIONS_PAGE = byNamePageQuery('Organization', 'o', ORGANIZATION, '($kind IS NULL OR o.kind = $kind)');

// key, row: the bodies directly part of each body, by name.
const CHILDREN = `
UNWIND $keys AS key
MATCH (o:Organization)-[:PART_OF]->(:Organization {id: key})
RETURN key, ${ORGANIZATION} AS row
ORDER BY key, o.nameKey, o.id`;

// key, row: the bodies each body took over from, by name ("Tỉnh ủy Hải Dương" for "Thành ủy Hải Phòng").
const PREDECESSORS = `
UNWIND $keys AS key
MATCH (o:Organization)-[:SUCCEEDED_BY]->(:Organization {id: key})
RETURN key, ${ORGANIZATION} AS row
ORDER BY key, o.nameKey, o.id`;

const ORGANIZATIONS = new Keyset('organizations', ['string', 'string']);

export interface OrganizationFilter {
  search?: string | null;
  /** "party committee", "people’s committee", … as the writer stores it. */
  kind?: string | null;
}

export function organizationsByIds(source: ReadSource, ids: readonly string[]): Promise<(OrganizationRow | null)[]> {
  return loadOne<OrganizationRow>(source, ORGANIZATIONS_BY_IDS, ids);
}

export async function listOrganizations(source: ReadSource, filter: OrganizationFilter = {}, args: PageArgs = {}): Promise<Page<OrganizationRow>> {
  const params = ORGANIZATIONS.params(args);
  const rows = await readRows<KeyedRow<OrganizationRow>>(source, ORGANIZATIONS_PAGE, {
    after: params.after, fromKey: params.after?.[0] ?? '', kind: filter.kind ? compareKey(filter.kind) : null, tokens: searchTokens(filter.search), limit: params.limit,
  });
  return ORGANIZATIONS.page(rows, params);
}

export function predecessorOrganizations(source: ReadSource, organizationIds: readonly string[]): Promise<OrganizationRow[][]> {
  return loadMany<OrganizationRow>(source, PREDECESSORS, organizationIds);
}

export function childOrganizations(source: ReadSource, organizationIds: readonly string[]): Promise<OrganizationRow[][]> {
  return loadMany<OrganizationRow>(source, CHILDREN, organizationIds);
}

/** The people holding a post in each body on `date`, with the post and its evidence (tenures.ts says what "held" means). */
export function membersAsOf(source: ReadSource, organizationIds: readonly string[], date: string): Promise<AsOfTenureRow[][]> {
  return tenuresAsOf(source, 'Organization', organizationIds, date);
}
