/**
 * The FtM entities of the graph (or of one person's or body's part of it), streamed kind by
 * kind: articles first, so every source exists before what cites it.
 */
import type { Driver } from 'neo4j-driver';
import { articleEntity, ftmId, meetingEntity, occupancyEntity, organizationEntity, personEntities, positionEntity, type FtmEntity } from './ftm.js';
import type { ArticleRow, MeetingRow, OrganizationRow, PersonRow, PositionRow, TenureRow } from './rows.js';
import { EXPORT_ARTICLES, EXPORT_MEETINGS, EXPORT_ORGANIZATIONS, EXPORT_PEOPLE, EXPORT_POSITIONS, EXPORT_TENURES } from './statements.js';
import { streamRows } from './stream.js';

export async function* ftmEntities(driver: Driver, only: readonly string[] | null = null): AsyncGenerator<FtmEntity> {
  const params = { only };
  const inScope = only === null ? null : new Set(only.map(ftmId));
  const keep = (e: FtmEntity): FtmEntity => (inScope === null ? e : withinScope(e, inScope));
  for await (const a of streamRows<ArticleRow>(driver, EXPORT_ARTICLES, params)) yield keep(articleEntity(a));
  for await (const o of streamRows<OrganizationRow>(driver, EXPORT_ORGANIZATIONS, params)) yield keep(organizationEntity(o));
  for await (const p of streamRows<PositionRow>(driver, EXPORT_POSITIONS, params)) yield keep(positionEntity(p));
  for await (const p of streamRows<PersonRow>(driver, EXPORT_PEOPLE, params)) for (const e of personEntities(p)) yield keep(e);
  for await (const t of streamRows<TenureRow>(driver, EXPORT_TENURES, params)) yield keep(occupancyEntity(t));
  for await (const m of streamRows<MeetingRow>(driver, EXPORT_MEETINGS, params)) yield keep(meetingEntity(m));
}

/** The properties that name other entities (FtM type "entity") among those the export writes. */
const REFERENCES = ['parent', 'organization', 'holder', 'post', 'organizer', 'involved', 'proof', 'document', 'entity'];

/** An entity of a part of the graph, without references to what lies outside it. */
function withinScope(e: FtmEntity, inScope: ReadonlySet<string>): FtmEntity {
  const properties: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(e.properties)) {
    const kept = REFERENCES.includes(name) ? values.filter((v) => inScope.has(v)) : values;
    if (kept.length > 0) properties[name] = kept;
  }
  return { ...e, properties };
}
