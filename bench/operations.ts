/**
 * The five reads users run most, each asked three ways: our GraphQL, @neo4j/graphql over the same
 * graph, and hand-written Cypher behind a minimal handler (bench/servers/raw.ts). Each answer is
 * turned into one canonical form (sorted, duplicates dropped) so the three can be compared exactly.
 *
 * Lists are asked whole (the sample keeps inputs whose answers fit one page), since the three do not
 * break ties in the same order and a cut through a tie would differ for no fault of anyone's.
 */
import { fullTextQuery } from '../src/graph/read/search.js';

/**
 * The servers measured. `cached` is ours with its response cache on: asked the same questions, it
 * is measured apart so that every ratio of ours stays one of work done, not of answers remembered.
 */
export const IMPLEMENTATIONS = ['ours', 'cached', 'library', 'raw'] as const;
export type Implementation = (typeof IMPLEMENTATIONS)[number];
/** How a server is asked: the cached server as ours. */
export type Dialect = Exclude<Implementation, 'cached'>;
const dialectOf = (impl: Implementation): Dialect => (impl === 'cached' ? 'ours' : impl);

export const IMPLEMENTATION_NAMES: Record<Implementation, string> = {
  ours: 'ours (Yoga + Pothos)', cached: 'ours, cached', library: '@neo4j/graphql', raw: 'raw Cypher',
};

/** The most rows an answer may have for its input to be sampled: every list below is asked this deep. */
export const MAX_ROWS = 100;
export const SEARCH_LIMIT = 20;

export interface TimelineInput { personId: string }
export interface ChairsInput { organizationId: string; from: string; to: string }
export interface MembersInput { organizationId: string; on: string }
export interface SearchInput { text: string }
export interface MeetingInput { meetingId: string }

export interface OperationInputs {
  timeline: TimelineInput;
  chairs: ChairsInput;
  members: MembersInput;
  search: SearchInput;
  meeting: MeetingInput;
}
export type OperationName = keyof OperationInputs;
export const OPERATION_NAMES: readonly OperationName[] = ['timeline', 'chairs', 'members', 'search', 'meeting'];

export const OPERATION_TITLES: Record<OperationName, string> = {
  timeline: "a person's timeline",
  chairs: 'who chaired the meetings of a body in a date range',
  members: 'members of a body as of a date',
  search: 'a diacritic-free search for a person',
  meeting: 'a meeting with its participants and evidence',
};

export interface HttpRequest {
  path: string;
  body: string;
}

export class AnswerError extends Error {
  override name = 'AnswerError';
}

const graphql = (query: string, variables: object): HttpRequest => ({ path: '/graphql', body: JSON.stringify({ query, variables }) });
const raw = (operation: OperationName, input: object): HttpRequest => ({ path: `/${operation}`, body: JSON.stringify(input) });

/** The `data` of a GraphQL response; its errors, if any, named. */
function dataOf<T>(response: unknown): T {
  const { data, errors } = response as { data?: T | null; errors?: { message: string }[] };
  if (errors?.length || data == null) throw new AnswerError(`GraphQL errors: ${(errors ?? []).map((e) => e.message).join('; ') || 'no data'}`);
  return data;
}

const byJson = (a: unknown, b: unknown): number => {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Sorted and without duplicates: the order and the repetition of answers are not what is compared. */
export function canonicalSet<T>(items: readonly T[]): T[] {
  const unique = new Map(items.map((item) => [JSON.stringify(item), item]));
  return [...unique.values()].sort(byJson);
}

type Role = 'CHAIR' | 'SPEAKER' | 'ATTENDEE';
const ROLE_OF_EDGE: Record<string, Role> = { CHAIRED: 'CHAIR', SPOKE_AT: 'SPEAKER', ATTENDED: 'ATTENDEE' };

// ---- a person's timeline: posts (from, to, post) and meetings (date, id, title, role)

type TimelineRow = ['post', string | null, string, string, string | null] | ['meeting', string | null, string, string, Role];

interface OursTimeline {
  node: { name: string; timeline: { edges: { node: {
    kind: 'POST' | 'MEETING';
    tenure: { id: string; firstSeen: string | null; lastSeen: string | null; position: { name: string } } | null;
    participation: { role: Role; meeting: { id: string; title: string; date: string | null } } | null;
  } }[] } } | null;
}
interface LibraryMeeting { id: string; title: string; date: string | null }
interface LibraryTimeline {
  people: { name: string; holds: { id: string; firstSeen: string | null; lastSeen: string | null; of: { name: string }[] }[]; chaired: LibraryMeeting[]; spokeAt: LibraryMeeting[]; attended: LibraryMeeting[] }[];
}
interface RawTimeline {
  name: string | null;
  tenures: { id: string; firstSeen: string | null; lastSeen: string | null; position: string }[];
  meetings: { id: string; title: string; date: string | null; edge: string }[];
}

const timeline = {
  request: (impl: Dialect, input: TimelineInput): HttpRequest => {
    if (impl === 'raw') return raw('timeline', input);
    if (impl === 'ours') {
      return graphql(`query($id: ID!) { node(id: $id) { ... on Person { name timeline(first: ${MAX_ROWS}) { edges { node {
        kind tenure { id firstSeen lastSeen position { name } } participation { role meeting { id title date } } } } } } } }`, { id: input.personId });
    }
    return graphql(`query($id: ID!) { people(where: {id: {eq: $id}}) { name holds { id firstSeen lastSeen of { name } }
      chaired { id title date } spokeAt { id title date } attended { id title date } } }`, { id: input.personId });
  },
  canonical: (impl: Dialect, response: unknown) => {
    let name: string | null;
    let rows: TimelineRow[];
    if (impl === 'ours') {
      const { node } = dataOf<OursTimeline>(response);
      name = node?.name ?? null;
      rows = (node?.timeline.edges ?? []).map(({ node: e }): TimelineRow => e.tenure
        ? ['post', e.tenure.firstSeen, e.tenure.id, e.tenure.position.name, e.tenure.lastSeen]
        : ['meeting', e.participation!.meeting.date, e.participation!.meeting.id, e.participation!.meeting.title, e.participation!.role]);
    } else if (impl === 'library') {
      const person = dataOf<LibraryTimeline>(response).people[0];
      name = person?.name ?? null;
      const meetings = (list: LibraryMeeting[] | undefined, role: Role) => (list ?? []).map((m): TimelineRow => ['meeting', m.date, m.id, m.title, role]);
      rows = [
        ...(person?.holds ?? []).map((t): TimelineRow => ['post', t.firstSeen, t.id, t.of[0]?.name ?? '', t.lastSeen]),
        ...meetings(person?.chaired, 'CHAIR'), ...meetings(person?.spokeAt, 'SPEAKER'), ...meetings(person?.attended, 'ATTENDEE'),
      ];
    } else {
      const r = response as RawTimeline;
      name = r.name;
      rows = [
        ...r.tenures.map((t): TimelineRow => ['post', t.firstSeen, t.id, t.position, t.lastSeen]),
        ...r.meetings.map((m): TimelineRow => ['meeting', m.date, m.id, m.title, ROLE_OF_EDGE[m.edge]!]),
      ];
    }
    return { name, entries: canonicalSet(rows) };
  },
};

// ---- who chaired the meetings of a body between two days

type ChairedMeeting = { id: string; date: string; title: string; chairs: [string, string][] };
interface Named { id: string; name: string }

interface OursChairs { meetings: { edges: { node: { id: string; date: string; title: string; chairs: { person: Named }[] } }[] } }
interface LibraryChairs { meetings: { id: string; date: string; title: string; chairedBy: Named[] }[] }
type RawChairs = { id: string; date: string; title: string; chairs: Named[] }[];

const chairedMeeting = (m: { id: string; date: string; title: string }, chairs: Named[]): ChairedMeeting => ({
  id: m.id, date: m.date, title: m.title, chairs: canonicalSet(chairs.map((p): [string, string] => [p.id, p.name])),
});

const chairs = {
  request: (impl: Dialect, input: ChairsInput): HttpRequest => {
    const variables = { org: input.organizationId, from: input.from, to: input.to };
    if (impl === 'raw') return raw('chairs', input);
    if (impl === 'ours') {
      return graphql(`query($org: ID!, $from: Date!, $to: Date!) { meetings(first: ${MAX_ROWS}, filter: {organizer: $org, from: $from, to: $to}) {
        edges { node { id date title chairs { person { id name } } } } } }`, variables);
    }
    return graphql(`query($org: ID!, $from: Date!, $to: Date!) { meetings(limit: ${MAX_ROWS}, sort: [{date: DESC}, {id: ASC}],
      where: {date: {gte: $from, lte: $to}, organizedBy: {some: {id: {eq: $org}}}}) { id date title chairedBy { id name } } }`, variables);
  },
  canonical: (impl: Dialect, response: unknown) => {
    if (impl === 'ours') return canonicalSet(dataOf<OursChairs>(response).meetings.edges.map(({ node: m }) => chairedMeeting(m, m.chairs.map((c) => c.person))));
    if (impl === 'library') return canonicalSet(dataOf<LibraryChairs>(response).meetings.map((m) => chairedMeeting(m, m.chairedBy)));
    return canonicalSet((response as RawChairs).map((m) => chairedMeeting(m, m.chairs)));
  },
};

// ---- who held a post in a body on a day: [person id, name, post]

interface OursMembers { node: { members: { edges: { node: { person: Named; position: { name: string } } }[] } } | null }
interface LibraryMembers { organizations: { members: { heldBy: Named[]; of: { name: string }[] }[] }[] }
type RawMembers = { personId: string; name: string; position: string }[];

const members = {
  request: (impl: Dialect, input: MembersInput): HttpRequest => {
    const variables = { org: input.organizationId, on: input.on };
    if (impl === 'raw') return raw('members', input);
    if (impl === 'ours') {
      return graphql(`query($org: ID!, $on: Date!) { node(id: $org) { ... on Organization { members(asOf: $on, first: ${MAX_ROWS}) {
        edges { node { person { id name } position { name } } } } } } }`, variables);
    }
    return graphql('query($org: ID!, $on: Date!) { organizations(where: {id: {eq: $org}}) { members(on: $on) { heldBy { id name } of { name } } } }', variables);
  },
  canonical: (impl: Dialect, response: unknown) => {
    if (impl === 'ours') return canonicalSet((dataOf<OursMembers>(response).node?.members.edges ?? []).map(({ node: r }) => [r.person.id, r.person.name, r.position.name]));
    if (impl === 'library') {
      return canonicalSet((dataOf<LibraryMembers>(response).organizations[0]?.members ?? []).map((t) => [t.heldBy[0]?.id, t.heldBy[0]?.name, t.of[0]?.name]));
    }
    return canonicalSet((response as RawMembers).map((r) => [r.personId, r.name, r.position]));
  },
};

// ---- people whose folded name has every word: [id, name]

interface OursSearch { search: { label: string; node: { id: string } | null }[] }
interface LibrarySearch { peopleByText: { edges: { node: Named }[] } }

const search = {
  request: (impl: Dialect, input: SearchInput): HttpRequest => {
    if (impl === 'raw') return raw('search', input);
    if (impl === 'ours') return graphql(`query($text: String!) { search(text: $text, kinds: [Person], first: ${SEARCH_LIMIT}) { label node { id } } }`, input);
    // The library hands the phrase to Lucene as it is: the client folds it and writes the query syntax.
    return graphql(`query($phrase: String!) { peopleByText(phrase: $phrase, first: ${SEARCH_LIMIT}) { edges { node { id name } } } }`, { phrase: fullTextQuery(input.text) });
  },
  canonical: (impl: Dialect, response: unknown) => {
    if (impl === 'ours') return canonicalSet(dataOf<OursSearch>(response).search.map((h) => [h.node?.id, h.label]));
    if (impl === 'library') return canonicalSet(dataOf<LibrarySearch>(response).peopleByText.edges.map(({ node }) => [node.id, node.name]));
    return canonicalSet((response as Named[]).map((p) => [p.id, p.name]));
  },
};

// ---- a meeting: its organizers, its people by role with each statement, the articles reporting it

interface Statement { articleId: string; sentence: string }
interface CanonicalMeeting {
  id: string; title: string; kind: string; date: string | null;
  organizers: [string, string][];
  participants: { role: Role; personId: string; name: string; evidence: [string, string][] }[];
  reports: [string, string][];
}

interface OursMeeting { node: {
  id: string; title: string; kind: string; date: string | null; organizers: Named[];
  participants: { role: Role; person: Named; evidence: { sentence: string; article: { id: string } }[] }[];
  reports: { sentence: string; article: { id: string } }[];
} | null }
interface LibraryEdges { edges: { properties: { sentence: string; article: string }; node: Named }[] }
interface LibraryMeetingAnswer { meetings: {
  id: string; title: string; kind: string; date: string | null; organizedBy: Named[];
  chairedByConnection: LibraryEdges; speakersConnection: LibraryEdges; attendeesConnection: LibraryEdges;
  reportedByConnection: { edges: { properties: { sentence: string }; node: { id: string } }[] };
}[] }
interface RawMeeting {
  meeting: { id: string; title: string; kind: string; date: string | null } | null;
  organizers: Named[];
  participations: { edge: string; personId: string; name: string; articleId: string; sentence: string }[];
  reports: Statement[];
}

const statementPairs = (statements: Statement[]): [string, string][] => canonicalSet(statements.map((s): [string, string] => [s.articleId, s.sentence]));

/** One participant per person and role, with every statement of it: an edge per article in the graph. */
function participantsOf(rows: { role: Role; person: Named; statement: Statement }[]): CanonicalMeeting['participants'] {
  const grouped = new Map<string, { role: Role; person: Named; statements: Statement[] }>();
  for (const row of rows) {
    const key = `${row.role}/${row.person.id}`;
    const entry = grouped.get(key) ?? { role: row.role, person: row.person, statements: [] };
    entry.statements.push(row.statement);
    grouped.set(key, entry);
  }
  return canonicalSet([...grouped.values()].map((p) => ({ role: p.role, personId: p.person.id, name: p.person.name, evidence: statementPairs(p.statements) })));
}

const meetingOf = (m: { id: string; title: string; kind: string; date: string | null }, organizers: Named[], participants: CanonicalMeeting['participants'], reports: Statement[]): CanonicalMeeting => ({
  id: m.id, title: m.title, kind: m.kind, date: m.date, organizers: canonicalSet(organizers.map((o): [string, string] => [o.id, o.name])), participants, reports: statementPairs(reports),
});

const LIBRARY_PARTICIPANTS = '{ edges { properties { sentence article } node { id name } } }';

const meeting = {
  request: (impl: Dialect, input: MeetingInput): HttpRequest => {
    if (impl === 'raw') return raw('meeting', input);
    if (impl === 'ours') {
      return graphql(`query($id: ID!) { node(id: $id) { ... on Meeting { id title kind date organizers { id name }
        participants { role person { id name } evidence { sentence article { id } } } reports { sentence article { id } } } } }`, { id: input.meetingId });
    }
    return graphql(`query($id: ID!) { meetings(where: {id: {eq: $id}}) { id title kind date organizedBy { id name }
      chairedByConnection ${LIBRARY_PARTICIPANTS} speakersConnection ${LIBRARY_PARTICIPANTS} attendeesConnection ${LIBRARY_PARTICIPANTS}
      reportedByConnection { edges { properties { sentence } node { id } } } } }`, { id: input.meetingId });
  },
  canonical: (impl: Dialect, response: unknown): CanonicalMeeting | null => {
    if (impl === 'ours') {
      const { node: m } = dataOf<OursMeeting>(response);
      if (!m) return null;
      const rows = m.participants.flatMap((p) => p.evidence.map((e) => ({ role: p.role, person: p.person, statement: { articleId: e.article.id, sentence: e.sentence } })));
      return meetingOf(m, m.organizers, participantsOf(rows), m.reports.map((r) => ({ articleId: r.article.id, sentence: r.sentence })));
    }
    if (impl === 'library') {
      const m = dataOf<LibraryMeetingAnswer>(response).meetings[0];
      if (!m) return null;
      const rows = (connection: LibraryEdges, role: Role) =>
        connection.edges.map(({ properties, node }) => ({ role, person: node, statement: { articleId: properties.article, sentence: properties.sentence } }));
      const participants = participantsOf([...rows(m.chairedByConnection, 'CHAIR'), ...rows(m.speakersConnection, 'SPEAKER'), ...rows(m.attendeesConnection, 'ATTENDEE')]);
      return meetingOf(m, m.organizedBy, participants, m.reportedByConnection.edges.map(({ properties, node }) => ({ articleId: node.id, sentence: properties.sentence })));
    }
    const r = response as RawMeeting;
    if (!r.meeting) return null;
    const rows = r.participations.map((p) => ({ role: ROLE_OF_EDGE[p.edge]!, person: { id: p.personId, name: p.name }, statement: { articleId: p.articleId, sentence: p.sentence } }));
    return meetingOf(r.meeting, r.organizers, participantsOf(rows), r.reports);
  },
};

export interface Operation<I> {
  request(impl: Dialect, input: I): HttpRequest;
  canonical(impl: Dialect, response: unknown): unknown;
}

export const OPERATIONS: { [K in OperationName]: Operation<OperationInputs[K]> } = { timeline, chairs, members, search, meeting };

/** An operation as every server is asked it, its input type left open, for loops over all five: each is handed inputs drawn for it by name. */
export function operationNamed(name: OperationName): { request(impl: Implementation, input: unknown): HttpRequest; canonical(impl: Implementation, response: unknown): unknown } {
  const operation = OPERATIONS[name] as Operation<unknown>;
  return {
    request: (impl, input) => operation.request(dialectOf(impl), input),
    canonical: (impl, response) => operation.canonical(dialectOf(impl), response),
  };
}
