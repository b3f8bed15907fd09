/** A body: who held its posts on a chosen date, where it sits among other bodies, and its meetings. */
import { Fragment } from 'preact';
import { useLocation } from 'preact-iso';
import { NodePage } from '../node-page.tsx';
import { graphql, type ResultOf } from '../graphql.ts';
import { RoleFields, RolesOnDate } from '../roles.tsx';
import { dateParam, idOf, pathOf, today } from '../routes.ts';
import { Empty } from '../states.tsx';
import { useQuery } from '../use-query.ts';

const OrganizationQuery = graphql(`
  query OrganizationPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Organization {
        id name kind aliases
        place { name ceasedOn successor { name } }
        parent { id name }
        ceasedOn ceasedReason scopedToArticle
        successor { id name }
        predecessors { id name }
        children(first: 100) { edges { node { id name } } }
        meetings(first: 50) { edges { node { id date title } } }
      }
    }
  }
`);

const MembersQuery = graphql(
  `
  query OrganizationMembers($id: ID!, $asOf: Date!) {
    node(id: $id) { __typename ... on Organization { members(asOf: $asOf, first: 50) { edges { node { ...RoleFields } } } } }
  }
`,
  [RoleFields],
);

type Organization = Extract<NonNullable<ResultOf<typeof OrganizationQuery>['node']>, { __typename: 'Organization' }>;

const kindWords = (kind: string) => kind.toLowerCase().replaceAll('_', ' ');

export function OrganizationPage({ slug }: { slug: string }) {
  return (
    <NodePage id={idOf('org', slug)} kind="body" typename="Organization" document={OrganizationQuery}>
      {(node) => <OrganizationView organization={node} />}
    </NodePage>
  );
}

function OrganizationView({ organization: o }: { organization: Organization }) {
  const { query, route } = useLocation();
  const date = dateParam(query.date) ?? today();
  const children = o.children.edges.map((e) => e.node);
  const meetings = o.meetings.edges.map((e) => e.node);
  const otherNames = o.aliases.filter((a) => a !== o.name);
  return (
    <article class="page">
      <header class="page-head">
        <p class="eyebrow">
          Body · {kindWords(o.kind)}
          {o.place ? ` · ${o.place.name}` : ''}
          {o.place?.successor ? ` (merged into ${o.place.successor.name} on ${o.place.ceasedOn})` : ''}
        </p>
        <h1>{o.name}</h1>
        {otherNames.length > 0 && <p class="muted">Also written: {otherNames.join('; ')}</p>}
        {o.scopedToArticle && <p class="muted">Named without its place in one article: this body is that article's own, not shared with any other.</p>}
        {o.ceasedOn && (
          <p class="notice">
            Ceased on {o.ceasedOn}
            {o.successor && (
              <>
                {' '}
                · succeeded by <a href={pathOf(o.successor.id, date)}>{o.successor.name}</a>
              </>
            )}
            {o.ceasedReason && <span class="muted"> ({o.ceasedReason})</span>}
          </p>
        )}
        <dl class="facts">
          <dt>Part of</dt>
          <dd>{o.parent ? <a href={pathOf(o.parent.id, date)}>{o.parent.name}</a> : 'no parent body known'}</dd>
          {o.predecessors.length > 0 && (
            <>
              <dt>Took over from</dt>
              <dd>
                {o.predecessors.map((p, i) => (
                  <Fragment key={p.id}>
                    {i > 0 && ' · '}
                    <a href={pathOf(p.id, date)}>{p.name}</a>
                  </Fragment>
                ))}
              </dd>
            </>
          )}
          <dt>Sub-bodies</dt>
          <dd>
            {children.length === 0
              ? 'none known'
              : children.map((c, i) => (
                  <Fragment key={c.id}>
                    {i > 0 && ' · '}
                    <a href={pathOf(c.id, date)}>{c.name}</a>
                  </Fragment>
                ))}
          </dd>
        </dl>
      </header>

      <section aria-labelledby="members-title">
        <h2 id="members-title">Members</h2>
        <Members id={o.id} date={date} onPick={(day) => route(pathOf(o.id, day), true)} />
      </section>

      <section aria-labelledby="meetings-title">
        <h2 id="meetings-title">Meetings it held</h2>
        {meetings.length === 0 ? (
          <Empty>No dated meeting of this body is known.</Empty>
        ) : (
          <ul class="rows">
            {meetings.map((m) => (
              <li key={m.id}>
                <time>{m.date}</time>
                <a href={pathOf(m.id)}>{m.title}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

function Members({ id, date, onPick }: { id: string; date: string; onPick: (date: string) => void }) {
  const state = useQuery(MembersQuery, { id, asOf: date }, `${id}@${date}`);
  return (
    <RolesOnDate
      byPerson
      label="Members on"
      what="the members"
      date={date}
      onPick={onPick}
      state={state}
      roles={(data) => (data.node?.__typename === 'Organization' ? data.node.members.edges.map((e) => e.node) : [])}
      empty={`No one is known to hold a post in it on ${date}.`}
    />
  );
}
