/**
 * Type definitions for @neo4j/graphql (v7) over our graph as the writer makes it
 * (src/graph/write/statements.ts): labels, relationship types and their properties. What the
 * library cannot derive from the graph is a @cypher field: who held a post in a body on a day.
 * The search is the library's @fulltext over our index; it takes Lucene syntax as it is.
 */
import { heldOnCypher } from './held-on.js';

export const libraryTypeDefs = (sharedTitles: readonly string[]): string => `
type Participation @relationshipProperties { sentence: String article: String }
type Report @relationshipProperties { sentence: String }

type Person @node @mutation(operations: [])
  @fulltext(indexes: [{indexName: "search_text", queryName: "peopleByText", fields: ["searchText"]}]) {
  id: ID!
  name: String!
  searchText: String
  holds: [Tenure!]! @relationship(type: "HOLDS", direction: OUT)
  chaired: [Meeting!]! @relationship(type: "CHAIRED", direction: OUT, properties: "Participation")
  spokeAt: [Meeting!]! @relationship(type: "SPOKE_AT", direction: OUT, properties: "Participation")
  attended: [Meeting!]! @relationship(type: "ATTENDED", direction: OUT, properties: "Participation")
}

type Tenure @node @mutation(operations: []) {
  id: ID!
  firstSeen: Date
  lastSeen: Date
  endedBy: Date
  acting: Boolean
  heldBy: [Person!]! @relationship(type: "HOLDS", direction: IN)
  of: [Position!]! @relationship(type: "OF", direction: OUT)
}

type Position @node @mutation(operations: []) {
  id: ID!
  title: String!
  name: String!
  in: [Organization!]! @relationship(type: "IN", direction: OUT)
}

type Organization @node @mutation(operations: []) {
  id: ID!
  name: String!
  members(on: Date!): [Tenure!]! @cypher(columnName: "t", statement: """${heldOnCypher(JSON.stringify(sharedTitles))}
RETURN t""")
}

type Meeting @node @mutation(operations: []) {
  id: ID!
  date: Date
  title: String!
  kind: String!
  organizedBy: [Organization!]! @relationship(type: "ORGANIZED_BY", direction: OUT)
  chairedBy: [Person!]! @relationship(type: "CHAIRED", direction: IN, properties: "Participation")
  speakers: [Person!]! @relationship(type: "SPOKE_AT", direction: IN, properties: "Participation")
  attendees: [Person!]! @relationship(type: "ATTENDED", direction: IN, properties: "Participation")
  reportedBy: [Article!]! @relationship(type: "REPORTS", direction: IN, properties: "Report")
}

type Article @node @mutation(operations: []) {
  id: ID!
  url: String
  title: String
}
`;
