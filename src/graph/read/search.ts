/**
 * Diacritic-insensitive search over people, bodies and meetings through the full-text index. The
 * query is folded exactly as the indexed text was (keys.searchText), every word must match, and the
 * last one may be a prefix, so a search box can ask as the user types.
 */
import neo4j from 'neo4j-driver';
import { ABBREVIATIONS } from '../../extract/lexicon/organizations.js';
import { searchText } from '../write/keys.js';
import type { MeetingRow, OrganizationRow, PersonRow } from './models.js';
import { meetingRow, organizationRow, personRow } from './projections.js';
import { whenAsked } from './shape.js';
import { readRows, type ReadSource } from './run.js';

export const SEARCH_KINDS = ['Person', 'Organization', 'Meeting'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit {
  id: string;
  kind: SearchKind;
  /** A person's or body's name, a meeting's title. */
  label: string;
  score: number;
  /** What tells two hits of one label apart: a person's latest post, a meeting's date, a body's place. */
  detail: string | null;
  /** The node's own row, of its kind. */
  row: PersonRow | OrganizationRow | MeetingRow;
}

export interface SearchOptions {
  kinds?: readonly SearchKind[];
  limit?: number;
}

/** Folded abbreviations and what they stand for ("ubnd" → "uy ban nhan dan"), the longest first. */
const ABBREVIATED = Object.entries(ABBREVIATIONS)
  .map(([short, full]) => [searchText(short), searchText(full)] as const)
  .filter(([short]) => short !== '')
  .sort(([a], [b]) => b.length - a.length)
  .map(([short, full]) => ({ re: new RegExp(`(?<=^| )${short}(?= |$)`, 'gu'), full }));

/**
 * The folded words of a query, abbreviations spelled out as the index has them: names are stored
 * in full ("Ủy ban nhân dân quận Lê Chân"), and users type "ubnd le chan" in any case.
 */
export function searchWords(text: string | null | undefined): string[] {
  const folded = ABBREVIATED.reduce((words, { re, full }) => words.replace(re, full), searchText(text));
  return folded.split(' ').filter(Boolean);
}

/** Lucene syntax over folded words ("Đào Khánh H" → "+dao +khanh +h*"), or null when nothing searchable is left. */
export function fullTextQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words.map((w, i) => `+${w}${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/**
 * The same words for a list filtered in Cypher instead of the index: each one a substring to find in
 * ' ' + searchText + ' ', whole words with a space on both sides, the last one open at its end.
 */
export function searchTokens(text: string | null | undefined): string[] {
  const words = searchWords(text);
  return words.map((w, i) => (i === words.length - 1 ? ` ${w}` : ` ${w} `));
}

const SEARCH = `
CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $fetch}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $kinds][0] AS kind
WHERE kind IS NOT NULL
WITH node, score, kind ORDER BY score DESC, node.id LIMIT $limit
RETURN node.id AS id, kind, coalesce(node.name, node.title) AS label, score${whenAsked('detail', `, CASE kind
  WHEN 'Person' THEN head(COLLECT { MATCH (node)-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position) RETURN pos.name ORDER BY t.lastSeen DESC, pos.name })
  WHEN 'Meeting' THEN toString(node.date)
  ELSE head(COLLECT { MATCH (node)-[:IN_PLACE]->(place:Place) RETURN place.name })
END AS detail`)}, CASE kind
  WHEN 'Person' THEN ${personRow('node')}
  WHEN 'Meeting' THEN ${meetingRow('node')}
  ELSE ${organizationRow('node')}
END AS row
ORDER BY score DESC, id`;

export async function search(source: ReadSource, text: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const query = fullTextQuery(text);
  if (query === null) return [];
  const limit = options.limit ?? 20;
  const kinds = options.kinds ?? SEARCH_KINDS;
  // The index cannot filter by label; fetch more when some kinds are left out, so the limit is still met.
  const fetch = kinds.length === SEARCH_KINDS.length ? limit : limit * 5;
  return readRows<SearchHit>(source, SEARCH, { query, fetch: neo4j.int(fetch), kinds, limit: neo4j.int(limit) });
}
