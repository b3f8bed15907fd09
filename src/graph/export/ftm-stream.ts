/**
 * The FtM entities of the graph (or of one person's or body's part of it), streamed kind by
 * kind: articles first, so every source exists before what cites it.
 */
import type { Driver } from 'neo4j-driver';
import { articleEntity, meetingEntity, occupancyEntity, organizationEntity, personEntities, positionEntity, type FtmEntity } from './ftm.js';
import type { ArticleRow, MeetingRow, OrganizationRow, PersonRow, PositionRow, TenureRow } from './rows.js';
import { EXPORT_ARTICLES, EXPORT_MEETINGS, EXPORT_ORGANIZATIONS, EXPORT_PEOPLE, EXPORT_POSITIONS, EXPORT_TENURES } from './statements.js';
import { streamRows } from './stream.js';

export async function* ftmEntities(driver: Driver, only: readonly string[] | null = null): AsyncGenerator<FtmEntity> {
  const params = { only };
  for await (const a of streamRows<ArticleRow>(driver, EXPORT_ARTICLES, params)) yield articleEntity(a);
  for await (const o of streamRows<OrganizationRow>(driver, EXPORT_ORGANIZATIONS, params)) yield organizationEntity(o);
  for await (const p of streamRows<PositionRow>(driver, EXPORT_POSITIONS, params)) yield positionEntity(p);
  for await (const p of streamRows<PersonRow>(driver, EXPORT_PEOPLE, params)) yield* personEntities(p);
  for await (const t of streamRows<TenureRow>(driver, EXPORT_TENURES, params)) yield occupancyEntity(t);
  for await (const m of streamRows<MeetingRow>(driver, EXPORT_MEETINGS, params)) yield meetingEntity(m);
}
