/** Posts held on a date: by whom, in which body, and whether an article shows it that day or only before. */
import { DatePicker } from './date-picker.tsx';
import { EvidenceFields } from './evidence.tsx';
import { graphql, type ResultOf } from './graphql.ts';
import { pathOf } from './routes.ts';
import { Empty, Failed, Loading } from './states.tsx';
import type { QueryState } from './use-query.ts';

export const RoleFields = graphql(
  `
  fragment RoleFields on Role @_unmask {
    acting
    basis
    person { id name }
    position { id name }
    organization { id name }
    tenure { firstSeen lastSeen }
    evidence(first: 1) { ...EvidenceFields }
  }
`,
  [EvidenceFields],
);

export type RoleItem = ResultOf<typeof RoleFields>;

export function BasisNote({ role }: { role: Pick<RoleItem, 'basis' | 'tenure'> }) {
  return role.basis === 'SEEN' ? (
    <span class="badge badge-seen" title="An article on or after this date still shows the post">seen</span>
  ) : (
    <span class="badge badge-last-seen" title="No article after this; it may have passed to someone else">
      last seen {role.tenure.lastSeen}
    </span>
  );
}

interface Props {
  roles: readonly RoleItem[];
  date: string;
  empty: string;
  /** On a body's page each post names its holder; on a person's page the body. */
  byPerson?: boolean;
}

export function RoleList({ roles, date, empty, byPerson = false }: Props) {
  if (roles.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ul class="roles">
      {roles.map((r) => {
        const quote = r.evidence[0];
        return (
          <li key={`${r.person.id} ${r.position.id} ${r.acting}`}>
            <p class="role-line">
              {byPerson ? (
                <>
                  <a class="strong" href={pathOf(r.person.id, date)}>{r.person.name}</a>
                  <span> — {r.acting ? 'acting ' : ''}{r.position.name}</span>
                </>
              ) : (
                <>
                  <span class="strong">{r.acting ? 'Acting ' : ''}{r.position.name}</span>
                  {r.organization && (
                    <span class="muted">
                      {' '}in <a href={pathOf(r.organization.id, date)}>{r.organization.name}</a>
                    </span>
                  )}
                </>
              )}{' '}
              <BasisNote role={r} />
            </p>
            {quote && (
              <p class="role-quote muted">
                “{quote.sentence}” — <a href={pathOf(quote.article.id)}>{quote.date ?? 'undated'}</a>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

interface OnDateProps<R> extends Omit<Props, 'roles'> {
  /** "Posts held on", "Members on": the date picker's label. */
  label: string;
  /** What is loading, for its loading and error states: "the members". */
  what: string;
  state: QueryState<R>;
  roles: (data: R) => readonly RoleItem[];
  onPick: (date: string) => void;
}

/** A date picker and the posts held on that date, as a page's own query returns them. */
export function RolesOnDate<R>({ label, what, state, roles, onPick, ...list }: OnDateProps<R>) {
  return (
    <div class="as-of" aria-live="polite">
      <DatePicker label={label} value={list.date} onChange={onPick} />
      {state.status === 'loading' && <Loading what={`${what} on ${list.date}`} />}
      {state.status === 'error' && <Failed what={`${what} on ${list.date}`} error={state.error} />}
      {state.status === 'done' && <RoleList roles={roles(state.data)} {...list} />}
    </div>
  );
}
