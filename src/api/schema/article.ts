/** The articles facts come from, and places. */
import { articleBodies, listArticles, meetingsReportedIn, peopleNamedIn } from '../../graph/read/articles.js';
import { builder } from '../builder.js';
import { pageArgs, toConnection } from './connections.js';
import { ArticleRef, MeetingRef, PersonRef, PlaceRef } from './refs.js';

ArticleRef.implement({
  description: 'A news article the graph was read from.',
  fields: (t) => ({
    url: t.exposeString('url', { nullable: true }),
    source: t.exposeString('source', { description: 'The file or feed it was ingested from.' }),
    title: t.exposeString('title', { nullable: true }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    author: t.exposeString('author', { nullable: true }),
    place: t.exposeString('place', { nullable: true, description: 'The province or city of the portal.' }),
    people: t.loadableList({
      type: PersonRef,
      description: 'The people it names, by name.',
      load: (ids: string[], ctx) => peopleNamedIn(ctx.reads, ids),
      resolve: (a) => a.id,
    }),
    meetings: t.loadableList({
      type: MeetingRef,
      description: 'The meetings it reports.',
      load: (ids: string[], ctx) => meetingsReportedIn(ctx.reads, ids),
      resolve: (a) => a.id,
    }),
    body: t.loadable({
      type: 'String',
      description: 'The whole text, as ingested.',
      load: (ids: string[], ctx) => articleBodies(ctx.reads, ids) as Promise<string[]>,
      resolve: (a) => a.id,
    }),
  }),
});

PlaceRef.implement({
  description: 'A province or city, or one of its districts.',
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.exposeString('kind', { nullable: true, description: '"quận", "huyện", …; null for the province or city itself.' }),
  }),
});

builder.queryField('articles', (t) =>
  t.field({
    type: builder.connectionObject({ type: ArticleRef, name: 'ArticleConnection' }),
    description: 'Articles, newest first.',
    args: pageArgs(t.arg),
    resolve: async (_root, args, ctx) => toConnection(await listArticles(ctx.reads, args)),
  }),
);
