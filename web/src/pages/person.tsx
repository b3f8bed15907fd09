/** An official: the posts over the years as a chart, the posts held on the chosen date, the evidence. */
import { useLocation } from 'preact-iso';
import { useMemo } from 'preact/hooks';
import { EvidenceFields, EvidenceList } from '../evidence.tsx';
import { NodePage } from '../node-page.tsx';
import { graphql, type ResultOf } from '../graphql.ts';
import { RoleFields, RolesOnDate } from '../roles.tsx';
import { dateParam, idOf, pathOf } from '../routes.ts';
import { Empty } from '../states.tsx';
import { useQuery } from '../use-query.ts';
import { TimelineChart, type TimelineMeeting, type TimelinePost } from '../timeline-chart.tsx';

const PersonQuery = graphql(
  `
  query PersonPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Person {
        id
        name
        province
        aliases
        keptApartFrom { reason person { id name } }
        tenures(first: 50) {
          edges {
            node {
              id firstSeen lastSeen endedBy endBasis endReason acting observations
              position { id name organization { id name } }
              evidence(first: 5) { ...EvidenceFields }
            }
          }
        }
        meetings(first: 50) {
          pageInfo { hasNextPage }
          edges { node { role speechRole meeting { id date title kind } } }
        }
      }
    }
  }
`,
  [EvidenceFields],
);

const RolesQuery = graphql(
  `
  query PersonRoles($id: ID!, $asOf: Date!) {
    node(id: $id) { __typename ... on Person { roles(asOf: $asOf) { ...RoleFields } } }
  }
`,
  [RoleFields],
);

type Person = Extract<NonNullable<ResultOf<typeof PersonQuery>['node']>, { __typename: 'Person' }>;
type Participation = Person['meetings']['edges'][number]['node'];
type Role = Participation['role'];

const ROLE_ORDER: readonly Role[] = ['CHAIR', 'SPEAKER', 'ATTENDEE'];

/** One entry per meeting: a chair who also spoke is one meeting, in both roles. */
function byMeeting(participations: Participation[]) {
  const meetings = new Map<string, { meeting: Participation['meeting']; roles: Role[]; speechRole: string | null }>();
  for (const p of participations) {
    const entry = meetings.get(p.meeting.id) ?? { meeting: p.meeting, roles: [], speechRole: null };
    entry.roles.push(p.role);
    entry.roles.sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
    entry.speechRole ??= p.speechRole;
    meetings.set(p.meeting.id, entry);
  }
  return [...meetings.values()];
}

const ROLE_WORD = { CHAIR: 'Chair', SPEAKER: 'Speaker', ATTENDEE: 'Attendee' } as const;

export function PersonPage({ slug }: { slug: string }) {
  return (
    <NodePage id={idOf('person', slug)} kind="person" typename="Person" document={PersonQuery}>
      {(node) => <PersonView person={node} />}
    </NodePage>
  );
}

/** The day the page opens on: the last day anything was seen, so the cursor shows the latest posts. */
function lastSeenDay(person: Person): string | null {
  const days = [
    ...person.tenures.edges.map((e) => e.node.lastSeen),
    ...person.meetings.edges.map((e) => e.node.meeting.date),
  ].filter((d): d is string => d !== null);
  return days.sort().at(-1) ?? null;
}

function PersonView({ person }: { person: Person }) {
  const { query, route } = useLocation();
  const tenures = person.tenures.edges.map((e) => e.node);
  const attended = byMeeting(person.meetings.edges.map((e) => e.node));
  const date = dateParam(query.date) ?? lastSeenDay(person);
  const pick = (day: string) => route(pathOf(person.id, day), true);

  const posts = useMemo<TimelinePost[]>(
    () =>
      tenures
        .filter((t) => t.firstSeen && t.lastSeen)
        .map((t) => ({ label: `${t.acting ? 'Acting ' : ''}${t.position.name}`, firstSeen: t.firstSeen!, lastSeen: t.lastSeen!, endedBy: t.endedBy, endBasis: t.endBasis, acting: t.acting })),
    [person],
  );
  const meetings = useMemo<TimelineMeeting[]>(
    () => attended.filter((a) => a.meeting.date).map((a) => ({ id: a.meeting.id, date: a.meeting.date!, title: a.meeting.title, role: a.roles[0]! })),
    [person],
  );

  return (
    <article class="page">
      <header class="page-head">
        <p class="eyebrow">Person{person.province ? ` · ${person.province}` : ''}</p>
        <h1>{person.name}</h1>
        {person.aliases.length > 0 && <p class="muted">Also named: {person.aliases.join(', ')}</p>}
        {person.keptApartFrom.map((k) => (
          <p class="muted" key={k.person.id}>
            Not the same as <a href={pathOf(k.person.id)}>{k.person.name}</a> ({k.reason}).
          </p>
        ))}
      </header>

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        {date === null ? (
          <Empty>No article gives a date for this person's posts or meetings.</Empty>
        ) : (
          <>
            <TimelineChart posts={posts} meetings={meetings} cursor={date} onPickDate={pick} onOpenMeeting={(id) => route(pathOf(id))} />
            <p class="legend muted">
              <span class="swatch swatch-post" /> post, first to last article that shows it <span class="swatch swatch-acting" /> acting{' '}
              <span class="swatch swatch-former" /> until called former or its body ceased · ◆ chaired ▲ spoke ● attended · click the chart to move the date
            </p>
            <RolesOn id={person.id} date={date} onPick={pick} />
          </>
        )}
      </section>

      <section aria-labelledby="posts-title">
        <h2 id="posts-title">Posts and their evidence</h2>
        {tenures.length === 0 && <Empty>No article shows this person in a post.</Empty>}
        {tenures.map((t) => (
          <div class="fact" key={t.id}>
            <h3>
              {t.position.name}
              {t.acting && <span class="badge">acting</span>}
              {t.endedBy && (
                <span class="badge badge-former" title={t.endReason ?? undefined}>
                  {t.endBasis === 'BODY_CEASED' ? `body ceased ${t.endedBy}` : `former by ${t.endedBy}`}
                </span>
              )}
            </h3>
            <p class="muted">
              Seen {t.firstSeen ?? '?'} – {t.lastSeen ?? '?'} · {t.observations} statement{t.observations === 1 ? '' : 's'}
              {t.observations > t.evidence.length && `, the first ${t.evidence.length} below`}
              {t.position.organization && (
                <>
                  {' '}
                  · in <a href={pathOf(t.position.organization.id, date)}>{t.position.organization.name}</a>
                </>
              )}
            </p>
            <EvidenceList items={t.evidence} />
          </div>
        ))}
      </section>

      <section aria-labelledby="meetings-title">
        <h2 id="meetings-title">Meetings</h2>
        {person.meetings.pageInfo.hasNextPage && <p class="muted">The latest {attended.length} are shown here and on the timeline.</p>}
        {attended.length === 0 ? (
          <Empty>No article names this person at a meeting.</Empty>
        ) : (
          <ul class="rows">
            {attended.map((a) => (
              <li key={a.meeting.id}>
                <time>{a.meeting.date ?? 'undated'}</time>
                <span class="badge">{a.roles.map((r) => ROLE_WORD[r]).join(', ')}</span>
                <a href={pathOf(a.meeting.id)}>{a.meeting.title}</a>
                {a.speechRole && <span class="muted">— {a.speechRole}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

function RolesOn({ id, date, onPick }: { id: string; date: string; onPick: (date: string) => void }) {
  const state = useQuery(RolesQuery, { id, asOf: date }, `${id}@${date}`);
  return (
    <RolesOnDate
      label="Posts held on"
      what="the posts held"
      date={date}
      onPick={onPick}
      state={state}
      roles={(data) => (data.node?.__typename === 'Person' ? data.node.roles : [])}
      empty={`No post is known to be held on ${date}.`}
    />
  );
}
