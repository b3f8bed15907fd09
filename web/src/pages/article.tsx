/** An article as the graph keeps it: where every sentence on the other pages comes from. */
import { NodePage } from '../node-page.tsx';
import { graphql, type ResultOf } from '../graphql.ts';
import { idOf, pathOf } from '../routes.ts';

const ArticleQuery = graphql(`
  query ArticlePage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Article {
        id title url publishedAt author source body
        people { id name }
        meetings { id date title }
      }
    }
  }
`);

type Article = Extract<NonNullable<ResultOf<typeof ArticleQuery>['node']>, { __typename: 'Article' }>;

export function ArticlePage({ slug }: { slug: string }) {
  return (
    <NodePage id={idOf('article', slug)} kind="article" typename="Article" document={ArticleQuery}>
      {(node) => <ArticleView article={node} />}
    </NodePage>
  );
}

function ArticleView({ article: a }: { article: Article }) {
  const day = a.publishedAt?.slice(0, 10) ?? null;
  return (
    <article class="page">
      <header class="page-head">
        <p class="eyebrow">Article{a.author ? ` · ${a.author}` : ''}</p>
        <h1>{a.title ?? 'Untitled article'}</h1>
        <dl class="facts">
          <dt>Published</dt>
          <dd>{a.publishedAt ?? 'not stated'}</dd>
          <dt>Source</dt>
          <dd>{a.url ? <a href={a.url} rel="noreferrer" target="_blank">{a.url}</a> : a.source}</dd>
          <dt>Names</dt>
          <dd>
            {a.people.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ' · '}
                <a href={pathOf(p.id, day)}>{p.name}</a>
              </span>
            ))}
          </dd>
          {a.meetings.length > 0 && (
            <>
              <dt>Reports</dt>
              <dd>
                {a.meetings.map((m) => (
                  <a key={m.id} href={pathOf(m.id)}>{`${m.date ?? ''} ${m.title}`.trim()}</a>
                ))}
              </dd>
            </>
          )}
        </dl>
      </header>
      <section class="article-body">
        {a.body
          .split(/\n\s*\n/u)
          .filter((p) => p.trim())
          .map((p, i) => (
            <p key={i}>{p}</p>
          ))}
      </section>
    </article>
  );
}
