/**
 * The write side, for curators: ingest one article, merge people the resolver kept apart, split one
 * it joined. Every mutation needs the `curator` scope (a bearer token equal to API_KEY, auth.ts);
 * each runs in one transaction, so a refused or failed call writes nothing.
 */
import { createHash } from 'node:crypto';
import { mergePeople, splitPerson } from '../../graph/write/curate.js';
import { ingestArticle } from '../../graph/write/ingest.js';
import type { IngestResult, WriteCounts } from '../../graph/write/types.js';
import { builder } from '../builder.js';
import { ArticleRef, PersonRef } from './refs.js';

const IngestStatusEnum = builder.enumType('IngestStatus', {
  values: {
    NEW: { value: 'new', description: 'First time seen: stored.' },
    UNCHANGED: { value: 'unchanged', description: 'The same text is already stored (under this URL or another): nothing written.' },
    REPLACED: { value: 'replaced', description: 'A new version of a stored article: its facts were replaced.' },
  } as const,
});

const WriteCountsRef = builder.objectRef<WriteCounts>('WriteCounts').implement({
  description: 'What the transaction changed in the graph.',
  fields: (t) => ({
    nodesCreated: t.exposeInt('nodesCreated'),
    nodesDeleted: t.exposeInt('nodesDeleted'),
    relationshipsCreated: t.exposeInt('relationshipsCreated'),
    relationshipsDeleted: t.exposeInt('relationshipsDeleted'),
  }),
});

const IngestPayload = builder.objectRef<IngestResult>('IngestArticlePayload').implement({
  fields: (t) => ({
    status: t.field({ type: IngestStatusEnum, resolve: (r) => r.status }),
    article: t.field({ type: ArticleRef, description: 'The stored article (for UNCHANGED, the copy that is kept).', resolve: (r) => r.articleId }),
    counts: t.field({ type: WriteCountsRef, resolve: (r) => r.counts }),
    warnings: t.exposeStringList('warnings', { description: 'What the extractor or the writer could not use, in words.' }),
  }),
});

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  fields: (t) => ({
    text: t.string({ required: true, description: 'The article as copied from the portal: title, date line, body, author.' }),
    url: t.string({ description: 'Where it was published. Its identity: sending the same URL with a new text replaces the old version.' }),
  }),
});

/** Without a URL an article is known by its text: another text is another article, not a new version. */
const sourceOf = (url: string | null | undefined, text: string): string =>
  url ?? `graphql:${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)}`;

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: IngestPayload,
    authScopes: { curator: true },
    description: 'Reads one article into the graph. Idempotent: the same text twice writes once.',
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const url = input.url?.trim() || null;
      return ingestArticle(ctx.driver, { source: sourceOf(url, input.text), url, text: input.text });
    },
  }),
);

const MergePayload = builder.objectRef<{ personId: string; mergedIds: string[] }>('MergePeoplePayload').implement({
  fields: (t) => ({
    person: t.field({ type: PersonRef, description: 'The person that remains, holding everything the others held.', resolve: (r) => r.personId }),
    mergedIds: t.exposeIDList('mergedIds', { description: 'The ids merged into it; they now name nothing.' }),
  }),
});

builder.mutationField('mergePeople', (t) =>
  t.field({
    type: MergePayload,
    authScopes: { curator: true },
    description: 'Makes several people one: the first id remains and takes the others\' posts, meetings and evidence. A later ingest keeps them one.',
    args: {
      ids: t.arg.idList({ required: true, description: 'At least two person ids; the first one remains.' }),
      reason: t.arg.string({ description: 'Why, for the record.' }),
    },
    resolve: (_root, args, ctx) => mergePeople(ctx.driver, args.ids, args.reason ?? undefined),
  }),
);

const SplitPayload = builder.objectRef<{ personId: string; newPersonId: string }>('SplitPersonPayload').implement({
  fields: (t) => ({
    person: t.field({ type: PersonRef, description: 'The person as it remains.', resolve: (r) => r.personId }),
    newPerson: t.field({ type: PersonRef, description: 'The person made of what the given articles say.', resolve: (r) => r.newPersonId }),
  }),
});

const SplitPersonInput = builder.inputType('SplitPersonInput', {
  fields: (t) => ({
    personId: t.id({ required: true }),
    articleIds: t.idList({ required: true, description: 'The articles whose statements about the person belong to someone else of the same name.' }),
    reason: t.string({ description: 'Why, for the record; kept on the edge between the two.' }),
  }),
});

builder.mutationField('splitPerson', (t) =>
  t.field({
    type: SplitPayload,
    authScopes: { curator: true },
    description: 'Makes one person two: what the given articles say moves to a new person of the same name, kept apart from the first. A later ingest keeps them apart.',
    args: { input: t.arg({ type: SplitPersonInput, required: true }) },
    resolve: (_root, { input }, ctx) => splitPerson(ctx.driver, input.personId, input.articleIds, input.reason ?? undefined),
  }),
);
