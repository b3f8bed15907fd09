/** A meeting with everyone in it: who chaired, who spoke and as what, who attended, each with the posts held that day. */
import { Fragment } from 'preact';
import { EvidenceFields, EvidenceList } from '../evidence.tsx';
import { NodePage } from '../node-page.tsx';
import { graphql, type ResultOf } from '../graphql.ts';
import { idOf, pathOf } from '../routes.ts';
import { Empty } from '../states.tsx';

const MeetingQuery = graphql(
  `
  query MeetingPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Meeting {
        id date partOfDay kind title
        organizers { id name }
        participants {
          role coChair speechRole
          person { id name }
          roles { acting position { id name } }
          evidence { ...EvidenceFields }
        }
        reports { ...EvidenceFields }
      }
    }
  }
`,
  [EvidenceFields],
);

type Meeting = Extract<NonNullable<ResultOf<typeof MeetingQuery>['node']>, { __typename: 'Meeting' }>;
type Participant = Meeting['participants'][number];

const GROUPS = [
  { role: 'CHAIR', title: 'Chaired by', none: 'No article names who chaired it.' },
  { role: 'SPEAKER', title: 'Speakers', none: 'No article names a speaker.' },
  { role: 'ATTENDEE', title: 'Attended', none: 'No article names anyone else present.' },
] as const;

export function MeetingPage({ slug }: { slug: string }) {
  return (
    <NodePage id={idOf('meeting', slug)} kind="meeting" typename="Meeting" document={MeetingQuery}>
      {(node) => <MeetingView meeting={node} />}
    </NodePage>
  );
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  return (
    <article class="page">
      <header class="page-head">
        <p class="eyebrow">
          Meeting · {meeting.kind}
        </p>
        <h1>{meeting.title}</h1>
        <dl class="facts">
          <dt>Date</dt>
          <dd>
            <time>{meeting.date ?? 'not stated'}</time>
            {meeting.partOfDay && ` (${meeting.partOfDay})`}
          </dd>
          <dt>Held by</dt>
          <dd>
            {meeting.organizers.length === 0
              ? 'not stated'
              : meeting.organizers.map((o, i) => (
                  <Fragment key={o.id}>
                    {i > 0 && ', '}
                    <a href={pathOf(o.id, meeting.date)}>{o.name}</a>
                  </Fragment>
                ))}
          </dd>
        </dl>
      </header>

      {GROUPS.map((group) => {
        const people = meeting.participants.filter((p) => p.role === group.role);
        return (
          <section key={group.role} aria-labelledby={`group-${group.role}`}>
            <h2 id={`group-${group.role}`}>{group.title}</h2>
            {people.length === 0 ? <Empty>{group.none}</Empty> : <ul class="people">{people.map((p) => <ParticipantItem key={p.person.id} participant={p} date={meeting.date} />)}</ul>}
          </section>
        );
      })}

      <section aria-labelledby="reports-title">
        <h2 id="reports-title">Reported by</h2>
        {meeting.reports.length === 0 ? <Empty>No article reports it.</Empty> : <EvidenceList items={meeting.reports} />}
      </section>
    </article>
  );
}

function ParticipantItem({ participant: p, date }: { participant: Participant; date: string | null }) {
  return (
    <li class="person-card">
      <p class="role-line">
        <a class="strong" href={pathOf(p.person.id, date)}>
          {p.person.name}
        </a>
        {p.coChair && <span class="badge">co-chair</span>}
        {p.speechRole && <span class="muted"> — {p.speechRole}</span>}
      </p>
      {p.roles.length === 0 ? (
        <p class="posts-that-day muted">{date ? 'No post known on that day.' : 'The meeting has no date, so no posts are shown.'}</p>
      ) : (
        <ul class="posts-that-day" aria-label="Posts held that day">
          {p.roles.map((r) => (
            <li key={r.position.id}>{`${r.acting ? 'Acting ' : ''}${r.position.name}`}</li>
          ))}
        </ul>
      )}
      <EvidenceList items={p.evidence} />
    </li>
  );
}
