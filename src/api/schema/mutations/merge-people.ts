/** mergePeople: a curator makes several people one. One transaction; refused or failed, it writes nothing. */
import { mergePeople } from '../../../graph/write/curate.js';
import { builder } from '../../builder.js';
import { PersonRef } from '../refs.js';

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
