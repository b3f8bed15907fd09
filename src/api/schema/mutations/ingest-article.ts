/**
 * ingestArticle: one article into the graph, for curators (the `curator` scope: a bearer token equal
 * to API_KEY, auth.ts). One transaction, idempotent by content.
 */
import { createHash } from 'node:crypto';
import { ingestArticle } from '../../../graph/write/ingest.js';
import { IngestInputError } from '../../../graph/errors.js';
import type { IngestResult, WriteCounts } from '../../../graph/write/types.js';
import { builder } from '../../builder.js';
import { ArticleRef } from '../refs.js';

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
    text: t.string({ description: 'The article as copied from the portal: title, date line, body, author. Send this or `html`.' }),
    html: t.string({
      description:
        'The page itself, as saved or fetched: its main text is found (menus, teasers and footers left out) and its title, author and ' +
        'publication time read from its metadata (JSON-LD, meta tags, <time>), which dates the meetings. Send this or `text`.',
    }),
    url: t.string({
      description: 'Where it was published. Its identity: sending the same URL with a new text replaces the old version. For `html`, the page\'s canonical address when absent.',
    }),
  }),
});

const isWebAddress = (url: string): boolean => URL.canParse(url) && ['http:', 'https:'].includes(new URL(url).protocol);

/** Without a URL an article is known by its text: another text is another article, not a new version. */
const sourceOf = (url: string | null | undefined, text: string): string =>
  url ?? `graphql:${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)}`;

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: IngestPayload,
    authScopes: { curator: true },
    description: 'Reads one article into the graph. Idempotent: the same text twice writes once.',
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const url = input.url?.trim() || null;
      if (url !== null && !isWebAddress(url)) throw new IngestInputError(url, 'url must be an http or https address');
      const { text, html } = input;
      if ((text == null) === (html == null)) throw new IngestInputError(url ?? 'input', 'send either `text` (the article as copied) or `html` (the page), not both or neither');
      if (text != null) return ingestArticle(ctx.driver, { source: sourceOf(url, text), url, text });
      // Loaded on first use: the HTML parser and Readability would add most of a second to every server start.
      const { readPage } = await import('../../../extract/page/read-page.js');
      const reading = readPage(html!, { url });
      if (!reading.ok) throw new IngestInputError(url ?? 'html', reading.reason);
      const identity = url ?? reading.metadata.url;
      return ingestArticle(ctx.driver, { source: sourceOf(identity, html!), url: identity, text: reading.text, page: { metadata: reading.metadata } });
    },
  }),
);
