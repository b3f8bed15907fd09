import type { GraphQLResolveInfo } from 'graphql';
import type { ParticipationRow } from '../../graph/read/models.js';
import { PARTICIPATION_DETAILS, type ParticipationDetail } from '../../graph/read/participation.js';
import { personOnDayKey, tenuresOnDays, type PersonOnDay } from '../../graph/read/tenures.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { readAheadExtension } from '../read-ahead.js';
import { asksBelow, type Asked } from '../selection.js';
import { EvidenceRef } from './evidence.js';
import { MeetingRef, PersonRef } from './refs.js';
import { RoleRef } from './tenure.js';

export const ParticipationRoleEnum = builder.enumType('ParticipationRole', {
  values: {
    CHAIR: { value: 'chair', description: 'Chaired ("chủ trì") or co-chaired the meeting.' },
    SPEAKER: { value: 'speaker', description: 'Spoke: gave a speech, a report, the conclusions.' },
    ATTENDEE: { value: 'attendee', description: 'Attended ("dự", "tham dự").' },
  } as const,
});

export const ParticipationRef = builder.objectRef<ParticipationRow>('Participation').implement({
  description: 'One person in one role at one meeting, with every article that says so.',
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (p) => p.person ?? p.personId }),
    meeting: t.field({ type: MeetingRef, resolve: (p) => p.meeting ?? p.meetingId }),
    role: t.field({ type: ParticipationRoleEnum, resolve: (p) => p.role }),
    speechRole: t.exposeString('speechRole', { nullable: true, description: 'What a speaker did, as written: "phát biểu kết luận".' }),
    coChair: t.exposeBoolean('coChair', { description: 'One of several chairs ("đồng chủ trì").' }),
    evidence: t.field({ type: [EvidenceRef], description: 'The articles and sentences that say so, oldest first.', resolve: (p) => p.evidence }),
    roles: t.loadableList({
      type: RoleRef,
      description: 'The posts the person held on the day of the meeting, with their evidence; none when the meeting has no date.',
      load: (pairs: PersonOnDay[], ctx) => tenuresOnDays(ctx.reads, pairs),
      loaderOptions: { cacheKeyFn: personOnDayKey },
      resolve: (p) => ({ personId: p.personId, date: p.meetingDate }),
    }),
  }),
});

/**
 * What a list of participations is loaded by: the person's or meeting's id, and how much of the
 * articles the query shows below it (most lists only name who was there). A load that mixes asks
 * reads the most any of them wants; the detail is part of the cache key, so a list read with less
 * never answers a place in the query that shows more.
 */
export interface ParticipationsAsk {
  id: string;
  detail: ParticipationDetail;
}

/** The least detail that answers every field asked below the list. */
const detailAsked = (asked: Asked): ParticipationDetail =>
  asksBelow(asked, 'evidence') ? 'evidence' : asksBelow(asked, 'speechRole') ? 'speechRole' : 'bare';

const most = (asks: readonly ParticipationsAsk[]): ParticipationDetail =>
  PARTICIPATION_DETAILS[Math.max(...asks.map((a) => PARTICIPATION_DETAILS.indexOf(a.detail)))]!;

/**
 * The loading half of a field that lists the participations of a person or meeting: `read` gets the
 * ids of one batch and the detail they need. Spread into t.loadable or t.loadableList beside the
 * field's type and arguments; node(id) reads it ahead (read-ahead.ts).
 */
export function participationsLoader<Args, Loaded>(read: (ctx: Context, ids: string[], detail: ParticipationDetail, args: Args) => Promise<Loaded[]>) {
  return {
    load: (asks: ParticipationsAsk[], ctx: Context, args: Args) => read(ctx, asks.map((a) => a.id), most(asks), args),
    loaderOptions: { cacheKeyFn: (ask: ParticipationsAsk) => `${ask.detail}/${ask.id}` },
    resolve: (parent: { id: string }, _args: unknown, _ctx: Context, info: GraphQLResolveInfo): ParticipationsAsk => ({ id: parent.id, detail: detailAsked(info) }),
    extensions: readAheadExtension((ctx, id, args, asked) => read(ctx, [id], detailAsked(asked), args as Args)),
  };
}
export const ParticipationConnection = builder.connectionObject({ type: ParticipationRef, name: 'ParticipationConnection' });
