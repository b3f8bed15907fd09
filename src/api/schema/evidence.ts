import type { EvidenceRow, TenureEvidenceRow } from '../../graph/read/models.js';
import { builder } from '../builder.js';
import { ArticleRef } from './refs.js';

type EvidenceShape = EvidenceRow & Partial<Pick<TenureEvidenceRow, 'text' | 'former'>>;

export const EvidenceRef = builder.objectRef<EvidenceShape>('Evidence').implement({
  description: 'Where a fact comes from: the article, the sentence that states it, and the day it speaks for.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: (e) => e.article }),
    sentence: t.exposeString('sentence', { description: 'The sentence of the article that states the fact, as written.' }),
    date: t.expose('date', { type: 'Date', nullable: true, description: 'The day the article speaks for: its publication day.' }),
    text: t.string({
      nullable: true,
      description: 'For a post: the post as the article wrote it ("nguyên Chủ tịch UBND quận Lê Chân").',
      resolve: (e) => e.text ?? null,
    }),
    former: t.boolean({ description: 'For a post: the article calls it former ("nguyên"), so it had ended by then.', resolve: (e) => e.former ?? false }),
  }),
});
