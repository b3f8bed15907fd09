/**
 * The operations GraphiQL opens with, one tab each. Each answers one of the questions the service
 * exists for, on the seed articles (`npm start` loads them), and shows the evidence beside the fact.
 * A test runs every one against the seeded graph, so none can rot.
 */

export interface Example {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const EVIDENCE = 'evidence { sentence date article { title url publishedAt } }';

export const EXAMPLES: readonly Example[] = [
  {
    name: 'WhoChaired',
    query: `# Who chaired each meeting, the posts they held that day, and the sentences that say so.
query WhoChaired {
  meetings(first: 20) {
    edges {
      node {
        date
        title
        organizers { name }
        chairs {
          person { id name }
          ${EVIDENCE}
          roles { position { name } basis }
        }
      }
    }
  }
}
`,
  },
  {
    name: 'PostsOnDate',
    query: `# The posts a person held on a date, each with its body and evidence.
query PostsOnDate($name: String!, $asOf: Date!) {
  people(search: $name, first: 1) {
    edges {
      node {
        id
        name
        roles(asOf: $asOf) {
          position { name }
          organization { name }
          basis
          ${EVIDENCE}
        }
      }
    }
  }
}
`,
    variables: { name: 'Đào Khánh Hà', asOf: '2024-07-03' },
  },
  {
    name: 'CommitteeMembers',
    query: `# Who sat on a committee on a date, and the meetings it held; when it ceased (2025 reorganization) and what succeeded it.
query CommitteeMembers($name: String!, $asOf: Date!) {
  organizations(search: $name, first: 1) {
    edges {
      node {
        id
        name
        ceasedOn
        ceasedReason
        successor { name }
        members(asOf: $asOf) {
          edges {
            node {
              person { name }
              position { title }
              ${EVIDENCE}
            }
          }
        }
        meetings(first: 5) { edges { node { date title chairs { person { name } } } } }
      }
    }
  }
}
`,
    variables: { name: 'Ban Chỉ đạo 35 quận Ngô Quyền', asOf: '2022-12-27' },
  },
  {
    name: 'SearchWithoutDiacritics',
    query: `# Type without diacritics; the last word may be cut short.
query SearchWithoutDiacritics($text: String!) {
  search(text: $text, first: 10) {
    kind
    label
    detail
    score
    node {
      id
      ... on Person {
        timeline(first: 10) { edges { node { date kind tenure { position { name } } participation { role meeting { title } } } } }
      }
    }
  }
}
`,
    variables: { text: 'dao khanh ha' },
  },
  {
    name: 'WhoHeld',
    query: `# Who held a post in a body on a date.
query WhoHeld($title: String!, $organization: String!, $on: Date!) {
  whoHeld(title: $title, organization: $organization, on: $on) {
    person { name }
    position { name }
    basis
    tenure { firstSeen lastSeen endedBy endBasis endReason }
    ${EVIDENCE}
  }
}
`,
    variables: { title: 'Trưởng Ban Tuyên giáo', organization: 'Thành ủy Hải Phòng', on: '2024-07-03' },
  },
];

export const graphiqlTabs = () =>
  EXAMPLES.map((e) => ({ query: e.query, variables: e.variables ? JSON.stringify(e.variables, null, 2) : null }));
