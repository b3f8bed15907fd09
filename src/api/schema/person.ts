/** People: their posts on a date, their whole timeline, their meetings. */
import type { KeptApartRow, ParticipationRole, ParticipationRow, TenureRow, TimelineEntry } from '../../graph/read/models.js';
import type { PageArgs } from '../../graph/read/page.js';
import { keptApart, listPeople, personMeetings, personTimelines, rolesAsOf } from '../../graph/read/people.js';
import { tenuresOf } from '../../graph/read/tenures.js';
import { byParentId } from '../read-ahead.js';
import { builder } from '../builder.js';
import { listPager, pageArgs, toConnection } from './connections.js';
import { ParticipationConnection, ParticipationRef, ParticipationRoleEnum, participationsLoader } from './participation.js';
import { ArticleRef, PersonRef, TenureRef } from './refs.js';
import { RoleRef, TenureConnection } from './tenure.js';

/** A person is at a meeting once per role. */
const participationKey = (p: ParticipationRow): string => `${p.meetingId}/${p.role}`;
const pageOfMeetings = listPager('person meetings', participationKey);
const pageOfTimeline = listPager<TimelineEntry>('timeline', (e) => (e.kind === 'tenure' ? e.tenure.id : participationKey(e.participation)));
const pageOfTenures = listPager<TenureRow>('person tenures', (t) => t.id);

const TimelineKind = builder.enumType('TimelineKind', {
  values: { POST: { value: 'tenure', description: 'A post, at the day it was first shown.' }, MEETING: { value: 'meeting', description: 'A meeting, at its date.' } } as const,
});

const TimelineEntryRef = builder.objectRef<TimelineEntry>('TimelineEntry').implement({
  description: 'One step of a person\'s timeline: a post (tenure) or a meeting (participation).',
  fields: (t) => ({
    date: t.expose('date', { type: 'Date', nullable: true }),
    kind: t.field({ type: TimelineKind, resolve: (e) => e.kind }),
    tenure: t.field({ type: TenureRef, nullable: true, resolve: (e) => (e.kind === 'tenure' ? e.tenure : null) }),
    participation: t.field({ type: ParticipationRef, nullable: true, resolve: (e) => (e.kind === 'meeting' ? e.participation : null) }),
  }),
});

const TimelineConnection = builder.connectionObject({ type: TimelineEntryRef, name: 'TimelineConnection' });

const KeptApartRef = builder.objectRef<KeptApartRow>('KeptApart').implement({
  description: 'Another person of the same name whom the graph keeps apart from this one, and why.',
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (k) => k.otherId }),
    reason: t.exposeString('reason'),
    article: t.field({ type: ArticleRef, nullable: true, description: 'The article that made the difference; null when a curator split them.', resolve: (k) => k.articleId }),
  }),
});

PersonRef.implement({
  description: 'An official named in the articles.',
  fields: (t) => ({
    name: t.exposeString('name'),
    aliases: t.exposeStringList('aliases', { description: 'Other names a curator merged into this person.' }),
    province: t.exposeString('province', { nullable: true, description: 'The province or city of the articles that name the person.' }),
    roles: t.loadableList({
      type: RoleRef,
      description: 'The posts held on a date, with the statements that show them.',
      args: { asOf: t.arg({ type: 'Date', required: true }) },
      byPath: true,
      ...byParentId((ctx, ids, args: { asOf: string }) => rolesAsOf(ctx.reads, ids, args.asOf), (roles) => roles),
    }),
    tenures: t.loadable({
      type: TenureConnection,
      description: 'Every post the articles show, in the order first shown.',
      args: pageArgs(t.arg),
      byPath: true,
      ...byParentId((ctx, ids) => tenuresOf(ctx.reads, 'Person', ids), pageOfTenures),
    }),
    timeline: t.loadable({
      type: TimelineConnection,
      description: 'Posts and meetings, oldest first; a post before the meetings of its day.',
      args: pageArgs(t.arg),
      byPath: true,
      ...participationsLoader(async (ctx, ids, detail, args: PageArgs) =>
        (await personTimelines(ctx.reads, ids, { detail })).map((entries) => pageOfTimeline(entries, args))),
    }),
    meetings: t.loadable({
      type: ParticipationConnection,
      description: 'The meetings the person chaired, spoke at or attended (or only `role`), latest first.',
      args: { role: t.arg({ type: ParticipationRoleEnum }), ...pageArgs(t.arg) },
      byPath: true,
      ...participationsLoader(async (ctx, ids, detail, args: PageArgs & { role?: ParticipationRole | null }) =>
        (await personMeetings(ctx.reads, ids, { role: args.role, detail })).map((rows) => pageOfMeetings(rows, args))),
    }),
    keptApartFrom: t.loadableList({
      type: KeptApartRef,
      description: 'People of the same name kept apart from this one.',
      load: (ids: string[], ctx) => keptApart(ctx.reads, ids),
      resolve: (p) => p.id,
    }),
  }),
});

builder.queryField('people', (t) =>
  t.field({
    type: builder.connectionObject({ type: PersonRef, name: 'PersonConnection' }),
    description: 'People by name. `search` matches every word, without diacritics if you like, the last as a prefix: "dao khanh h".',
    args: { search: t.arg.string(), ...pageArgs(t.arg) },
    resolve: async (_root, args, ctx) => toConnection(await listPeople(ctx.reads, { search: args.search }, args)),
  }),
);
