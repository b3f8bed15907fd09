/**
 * `Person.followTheMoney` and `Organization.followTheMoney`: the same FtM entities as
 * `npm run export -- --format ftm`, for one person's or body's part of the graph (graph/export/scope.ts),
 * each also as the JSON line the `ftm` tools and Aleph read.
 */
import type { FtmEntity } from '../../graph/export/ftm.js';
import type { Driver } from 'neo4j-driver';
import { builder } from '../builder.js';
import { OrganizationRef, PersonRef } from './refs.js';

const FtmPropertyRef = builder.objectRef<[string, string[]]>('FtmProperty').implement({
  fields: (t) => ({
    name: t.string({ resolve: ([name]) => name }),
    values: t.stringList({ resolve: ([, values]) => values }),
  }),
});

const FtmEntityRef = builder.objectRef<FtmEntity>('FtmEntity').implement({
  description: 'A FollowTheMoney entity (Person, Organization, Position, Occupancy, Event, Article, Documentation).',
  fields: (t) => ({
    id: t.exposeString('id'),
    schema: t.exposeString('schema'),
    properties: t.field({ type: [FtmPropertyRef], resolve: (e) => Object.entries(e.properties) }),
    json: t.string({ description: 'The entity as one line of an FtM JSON-lines file.', resolve: (e) => JSON.stringify(e) }),
  }),
});

async function entitiesOf(driver: Driver, kind: 'person' | 'organization', id: string): Promise<FtmEntity[]> {
  // Loaded when first asked, as the export's modules serve no other field.
  const [{ ftmEntities }, { scopeIds }] = await Promise.all([import('../../graph/export/ftm-stream.js'), import('../../graph/export/scope.js')]);
  const only = await scopeIds(driver, kind, id);
  const out: FtmEntity[] = [];
  for await (const e of ftmEntities(driver, only)) out.push(e);
  return out;
}

const DESCRIPTION = 'This node and what its facts rest on, as FollowTheMoney entities for Aleph and the `ftm` tools (the whole graph: `npm run export -- --format ftm`).';

builder.objectField(PersonRef, 'followTheMoney', (t) =>
  t.field({ type: [FtmEntityRef], description: DESCRIPTION, resolve: (p, _args, ctx) => entitiesOf(ctx.driver, 'person', p.id) }),
);

builder.objectField(OrganizationRef, 'followTheMoney', (t) =>
  t.field({ type: [FtmEntityRef], description: DESCRIPTION, resolve: (o, _args, ctx) => entitiesOf(ctx.driver, 'organization', o.id) }),
);
