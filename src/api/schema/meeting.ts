/** Meetings: who chaired, spoke and attended, who organized them, which articles report them. */
import { listMeetings, meetingChairs, meetingOrganizers, meetingParticipants, meetingReports } from '../../graph/read/meetings.js';
import type { ParticipationRole } from '../../graph/read/models.js';
import { byParentId, readsOfEachItem } from '../read-ahead.js';
import { builder } from '../builder.js';
import { pageArgs, toConnection } from './connections.js';
import { EvidenceRef } from './evidence.js';
import { ParticipationRef, ParticipationRoleEnum, participationsLoader } from './participation.js';
import { MeetingRef, OrganizationRef } from './refs.js';

MeetingRef.implement({
  description: 'A meeting, conference or session: one per date, organizer and kind, however many articles report it.',
  fields: (t) => ({
    title: t.exposeString('title'),
    kind: t.exposeString('kind', { description: 'What kind of meeting, as written: "hội nghị", "kỳ họp", …' }),
    date: t.expose('date', { type: 'Date', nullable: true, description: 'The day the articles state.' }),
    dateInferred: t.expose('dateInferred', {
      type: 'Date',
      nullable: true,
      description: 'When no article states the year: the day with the year its URL stamps ("/202109/"). Likely, not stated.',
    }),
    partOfDay: t.exposeString('partOfDay', { nullable: true, description: '"sáng", "chiều", … when an article says.' }),
    chairs: t.loadableList({
      type: ParticipationRef,
      description: 'Who chaired it, with the sentence that says so.',
      ...participationsLoader((ctx, ids, detail) => meetingChairs(ctx.reads, ids, { detail })),
    }),
    participants: t.loadableList({
      type: ParticipationRef,
      description: 'Everyone named at the meeting (or only `role`): chairs, then speakers, then attendees.',
      args: { role: t.arg({ type: ParticipationRoleEnum }) },
      byPath: true,
      ...participationsLoader((ctx, ids, detail, args: { role?: ParticipationRole | null }) => meetingParticipants(ctx.reads, ids, { role: args.role, detail })),
    }),
    organizers: t.loadableList({
      type: OrganizationRef,
      description: 'The bodies that held it.',
      ...byParentId((ctx, ids) => meetingOrganizers(ctx.reads, ids), (organizers) => organizers),
    }),
    reports: t.loadableList({
      type: EvidenceRef,
      description: 'The articles that report it, each with its announcing sentence, oldest first.',
      ...byParentId((ctx, ids) => meetingReports(ctx.reads, ids), (reports) => reports.map((r) => r.evidence)),
    }),
  }),
});

const MeetingFilter = builder.inputType('MeetingFilter', {
  description: 'Every filter given must hold.',
  fields: (t) => ({
    chairedBy: t.id({ description: 'A person id: meetings the person chaired.' }),
    participant: t.id({ description: 'A person id: meetings the person chaired, spoke at or attended.' }),
    organizer: t.id({ description: 'A body id: meetings it held.' }),
    from: t.field({ type: 'Date', description: 'On or after this day.' }),
    to: t.field({ type: 'Date', description: 'On or before this day.' }),
    kind: t.string({ description: '"hội nghị", "kỳ họp", … in any case.' }),
    search: t.string({ description: 'Words of the title, without diacritics if you like; the last may be a prefix.' }),
  }),
});

export const MeetingConnection = builder.connectionObject({ type: MeetingRef, name: 'MeetingConnection' });

builder.queryField('meetings', (t) =>
  t.field({
    type: MeetingConnection,
    description: 'Dated meetings, latest first.',
    args: { filter: t.arg({ type: MeetingFilter }), ...pageArgs(t.arg) },
    resolve: async (_root, args, ctx, info) => toConnection(await listMeetings(ctx.reads, args.filter ?? {}, args, readsOfEachItem(ctx, 'Meeting', info, ['edges', 'node']))),
  }),
);
