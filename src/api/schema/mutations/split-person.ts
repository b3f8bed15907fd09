/** splitPerson: a curator makes one person two, by article. One transaction; refused or failed, it writes nothing. */
import { splitPerson } from '../../../graph/write/curate.js';
import { builder } from '../../builder.js';
import { PersonRef } from '../refs.js';

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
