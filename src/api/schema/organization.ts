/** Bodies: committees, councils, departments; their members on a date, their meetings, their place in the hierarchy. */
import { meetingsOrganizedBy } from '../../graph/read/meetings.js';
import { childOrganizations, listOrganizations, membersAsOf, predecessorOrganizations } from '../../graph/read/organizations.js';
import { positionsIn } from '../../graph/read/positions.js';
import { ORG_KINDS, type OrgKind } from '../../extract/lexicon/organizations.js';
import type { AsOfTenureRow, OrganizationRow, PositionRow } from '../../graph/read/models.js';
import { byParentId } from '../read-ahead.js';
import type { PageArgs } from '../../graph/read/page.js';
import { builder } from '../builder.js';
import { listPager, pageArgs, toConnection } from './connections.js';
import { MeetingConnection } from './meeting.js';
import { OrganizationRef, PlaceRef, PositionRef } from './refs.js';
import { RoleConnection } from './tenure.js';

/** PEOPLES_COMMITTEE for "people’s committee": the kinds the extractor tells apart by the head of a body's name. */
const OrganizationKind = builder.enumType('OrganizationKind', {
  description: 'What a body is, told by the head of its name ("Ủy ban nhân dân …" is PEOPLES_COMMITTEE).',
  values: Object.fromEntries(ORG_KINDS.map((kind) => [kind.replace(/[’']/gu, '').replace(/ /gu, '_').toUpperCase(), { value: kind }])) as Record<string, { value: OrgKind }>,
});

const OrganizationConnection = builder.connectionObject({ type: OrganizationRef, name: 'OrganizationConnection' });
const PositionConnection = builder.connectionObject({ type: PositionRef, name: 'PositionConnection' });
const pageOfChildren = listPager<OrganizationRow>('child bodies', (o) => o.id);
const pageOfPositions = listPager<PositionRow>('posts', (p) => p.id);
const pageOfMembers = listPager<AsOfTenureRow>('members', (t) => t.id);

OrganizationRef.implement({
  description: 'A body: a party committee and its boards, a people\'s committee, a council, a steering committee, a department.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The full name, as the graph keeps it.' }),
    kind: t.field({ type: OrganizationKind, resolve: (o) => o.kind }),
    aliases: t.exposeStringList('aliases', { description: 'Other ways articles wrote the name.' }),
    place: t.field({ type: PlaceRef, nullable: true, resolve: (o) => o.place }),
    parent: t.field({ type: OrganizationRef, nullable: true, description: 'The body it is part of.', resolve: (o) => o.parentId }),
    ceasedOn: t.expose('ceasedOn', {
      type: 'Date', nullable: true,
      description: 'The day it ceased: its province was merged into another (Resolution 202/2025/QH15), or the district level ended (1 July 2025). Posts in it end by that day.',
    }),
    ceasedReason: t.exposeString('ceasedReason', { nullable: true, description: 'Why it ceased, with the act.' }),
    successor: t.field({
      type: OrganizationRef, nullable: true,
      description: 'The body that took over when it ceased ("Thành ủy Hải Phòng" for "Tỉnh ủy Hải Dương").',
      resolve: (o) => o.successorId,
    }),
    predecessors: t.loadableList({
      type: OrganizationRef,
      description: 'The bodies it took over from, by name.',
      load: (ids: string[], ctx) => predecessorOrganizations(ctx.reads, ids),
      resolve: (o) => o.id,
    }),
    scopedToArticle: t.boolean({
      description:
        'True for a body an article names without its place ("Tỉnh ủy", "HĐND tỉnh") when no place could be known: it is that article\'s own, never shared with another.',
      resolve: (o) => o.scope !== null,
    }),
    children: t.loadable({
      type: OrganizationConnection,
      description: 'The bodies directly part of it, by name.',
      args: pageArgs(t.arg),
      byPath: true,
      ...byParentId((ctx, ids) => childOrganizations(ctx.reads, ids), pageOfChildren),
    }),
    positions: t.loadable({
      type: PositionConnection,
      description: 'The posts in it that articles name, by name.',
      args: pageArgs(t.arg),
      byPath: true,
      ...byParentId((ctx, ids) => positionsIn(ctx.reads, ids), pageOfPositions),
    }),
    members: t.loadable({
      type: RoleConnection,
      description: 'The people holding a post in it on a date, with the statements that show it; by post, then name.',
      args: { asOf: t.arg({ type: 'Date', required: true }), ...pageArgs(t.arg) },
      byPath: true,
      ...byParentId((ctx, ids, args: PageArgs & { asOf: string }) => membersAsOf(ctx.reads, ids, args.asOf), pageOfMembers),
    }),
    meetings: t.loadable({
      type: MeetingConnection,
      description: 'The dated meetings it held, latest first.',
      args: { from: t.arg({ type: 'Date' }), to: t.arg({ type: 'Date' }), ...pageArgs(t.arg) },
      byPath: true,
      ...byParentId((ctx, ids, args: PageArgs & { from?: string | null; to?: string | null }) => meetingsOrganizedBy(ctx.reads, ids, args, args), toConnection),
    }),
  }),
});

builder.queryField('organizations', (t) =>
  t.field({
    type: OrganizationConnection,
    description: 'Bodies by name. `search` matches the name and its other spellings, without diacritics if you like.',
    args: { search: t.arg.string(), kind: t.arg({ type: OrganizationKind }), ...pageArgs(t.arg) },
    resolve: async (_root, args, ctx) => toConnection(await listOrganizations(ctx.reads, { search: args.search, kind: args.kind }, args)),
  }),
);
