/** Posts, tenures and roles on a date: what a person held, in which body, as far as the articles show. */
import type { AsOfTenureRow, TenureRow } from '../../graph/read/models.js';
import { MAX_PAGE_SIZE } from '../../graph/read/page.js';
import { positionTenures } from '../../graph/read/positions.js';
import { DEFAULT_EVIDENCE, evidenceAskKey, tenureEvidence, type EvidenceAsk } from '../../graph/read/tenures.js';
import { whoHeld } from '../../graph/read/who-held.js';
import { byParentId } from '../read-ahead.js';
import { builder, type Types } from '../builder.js';
import { listPager, pageArgs } from './connections.js';
import { EvidenceRef } from './evidence.js';
import { OrganizationRef, PersonRef, PositionRef, TenureRef } from './refs.js';

export const TenureConnection = builder.connectionObject({ type: TenureRef, name: 'TenureConnection' });
const pageOfHolders = listPager<TenureRow>('post tenures', (t) => t.id);

/**
 * The statements of a post, read by one loader for every tenure or role of the query level, only
 * when asked: a long-serving official's post may be stated in hundreds of articles.
 */
function postEvidence<T extends TenureRow>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>, order: string, near: (row: T) => string | null) {
  return t.loadableList({
    type: EvidenceRef,
    description: `The statements of the post, ${order}; the first ${DEFAULT_EVIDENCE} unless \`first\` says (at most ${MAX_PAGE_SIZE}).`,
    args: { first: t.arg.int() },
    byPath: true,
    load: (asks: EvidenceAsk[], ctx, args) => tenureEvidence(ctx.reads, asks, args.first),
    loaderOptions: { cacheKeyFn: evidenceAskKey },
    resolve: (row) => ({ tenureId: row.id, near: near(row) }),
  });
}

PositionRef.implement({
  description: 'A post in a body: "Trưởng" in "Ban Tuyên giáo Thành ủy Hải Phòng".',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The role alone: "Trưởng".' }),
    name: t.exposeString('name', { description: 'Role and body: "Trưởng Ban Tuyên giáo Thành ủy Hải Phòng".' }),
    organization: t.field({ type: OrganizationRef, nullable: true, resolve: (p) => p.organizationId }),
    tenures: t.loadable({
      type: TenureConnection,
      description: 'Everyone shown holding the post, in the order they were first shown.',
      args: pageArgs(t.arg),
      byPath: true,
      ...byParentId((ctx, ids) => positionTenures(ctx.reads, ids), pageOfHolders),
    }),
  }),
});

const TenureEnd = builder.enumType('TenureEnd', {
  description: 'What ended a tenure.',
  values: {
    FORMER: { value: 'former', description: 'An article calls the post former ("nguyên").' },
    BODY_CEASED: { value: 'bodyCeased', description: 'Its body ceased: its province was merged into another, or the district level ended on 2025-07-01.' },
  } as const,
});

TenureRef.implement({
  description:
    'A person in a post as far as the articles show: from the first to the last article that states it (not the term of office), ended by the first that calls it former.',
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (r) => r.person ?? r.personId }),
    position: t.field({ type: PositionRef, resolve: (r) => r.position }),
    firstSeen: t.expose('firstSeen', { type: 'Date', nullable: true, description: 'The first article that shows the post held.' }),
    lastSeen: t.expose('lastSeen', { type: 'Date', nullable: true, description: 'The last article that shows the post held.' }),
    endedBy: t.expose('endedBy', {
      type: 'Date', nullable: true,
      description: 'The day by which it had ended: the first article that calls the post former ("nguyên"), or the day its body ceased (2025 reorganization), whichever is first.',
    }),
    endBasis: t.field({ type: TenureEnd, nullable: true, description: 'Why it ended by `endedBy`; null while nothing says it ended.', resolve: (r) => r.endBasis }),
    endReason: t.exposeString('endReason', { nullable: true, description: 'The reason in words: the act that ended its body, or the article calling it former.' }),
    observations: t.exposeInt('observations', { description: 'How many statements show the post held.' }),
    acting: t.exposeBoolean('acting', { description: 'An acting post ("quyền").' }),
    concurrent: t.exposeBoolean('concurrent', { description: 'Held alongside another post ("kiêm").' }),
    evidence: postEvidence(t, 'oldest first (`observations` counts them all)', () => null),
  }),
});

const RoleBasis = builder.enumType('RoleBasis', {
  description: 'Why a post counts as held on the date asked.',
  values: {
    SEEN: { value: 'seen', description: 'The date lies between the first and the last article that show the post.' },
    LAST_SEEN: {
      value: 'lastSeen',
      description: 'The last article that shows it is older than the date (by at most a five-year term) and none says it ended; it may have passed to someone else since.',
    },
  } as const,
});

export const RoleRef = builder.objectRef<AsOfTenureRow>('Role').implement({
  description: 'A post held on a date, with the tenure it belongs to and the statements that show it.',
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (r) => r.person ?? r.personId }),
    position: t.field({ type: PositionRef, resolve: (r) => r.position }),
    organization: t.field({ type: OrganizationRef, nullable: true, resolve: (r) => r.position.organizationId }),
    basis: t.field({ type: RoleBasis, resolve: (r) => r.basis }),
    acting: t.exposeBoolean('acting'),
    tenure: t.field({ type: TenureRef, resolve: (r) => r }),
    evidence: postEvidence(t, 'nearest the date first', (r) => r.asOf),
  }),
});

export const RoleConnection = builder.connectionObject({ type: RoleRef, name: 'RoleConnection' });

builder.queryField('whoHeld', (t) =>
  t.field({
    type: [RoleRef],
    description:
      'Who held a post in a body on a date. The title and the body are matched as typed, without diacritics or with abbreviations ("Trưởng Ban Tuyên giáo", "Thành ủy Hải Phòng"); the organization may also be a body id. People shown in the post around the date come first (basis SEEN), then those last shown before it (LAST_SEEN).',
    args: {
      title: t.arg.string({ required: true, description: 'The post: "Trưởng Ban Tuyên giáo", or just "Trưởng".' }),
      organization: t.arg.string({ required: true, description: 'The body: its name as typed ("Thành ủy Hải Phòng") or its id.' }),
      on: t.arg({ type: 'Date', required: true }),
    },
    resolve: (_root, args, ctx) => whoHeld(ctx.reads, args.title, args.organization, args.on),
  }),
);
