/** The articles facts come from, and places. */
import { articleBodies, listArticles, meetingsReportedIn, peopleNamedIn } from '../../graph/read/articles.js';
import { placePredecessors } from '../../graph/read/places.js';
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
    place: t.exposeString('place', { nullable: true, description: 'The province or city the article is about; bodies it names without their place are completed with it.' }),
    placeBasis: t.field({
      type: PlaceBasis,
      nullable: true,
      description: 'How the place was decided; null without a place.',
      resolve: (a) => (a.placeBasis as 'source' | 'url' | 'text' | null) ?? null,
    }),
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

const PlaceBasis = builder.enumType('PlaceBasis', {
  description: 'How an article\'s place was decided, in order of trust.',
  values: {
    SOURCE: { value: 'source', description: 'The outlet: a provincial portal, party site or party paper by its host (`*.haiphong.gov.vn`, `bao<province>.*`), or the portal\'s footer.' },
    URL: { value: 'url', description: 'A province named in the URL\'s path.' },
    TEXT: { value: 'text', description: 'The province the text names most ("tỉnh X", "Tỉnh ủy X", "thành phố Y").' },
  } as const,
});

PlaceRef.implement({
  description: 'A province or city, or one of its districts.',
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.exposeString('kind', { nullable: true, description: '"quận", "huyện", …; null for the province or city itself.' }),
    ceasedOn: t.expose('ceasedOn', {
      type: 'Date', nullable: true,
      description: 'The day it ceased as a unit: merged into another province (Resolution 202/2025/QH15), or the district level ended (1 July 2025).',
    }),
    ceasedReason: t.exposeString('ceasedReason', { nullable: true, description: 'Why it ceased, with the act.' }),
    successor: t.field({ type: PlaceRef, nullable: true, description: 'The province it was merged into.', resolve: (p) => p.successorId }),
    predecessors: t.loadableList({
      type: PlaceRef,
      description: 'The provinces merged into it, by name.',
      load: (ids: string[], ctx) => placePredecessors(ctx.reads, ids),
      resolve: (p) => p.id,
    }),
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
