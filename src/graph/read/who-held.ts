/**
 * Who held a post in a body on a date, from the words a user types: "Trưởng Ban Tuyên giáo" in
 * "Thành ủy Hải Phòng" and "Trưởng" in "Ban Tuyên giáo Thành ủy Hải Phòng" name one post. Positions
 * are not in the full-text index, bodies are: the body's words find the candidate bodies (the body
 * itself and those named after it), and their posts are compared in TypeScript on folded text
 * (no diacritics, any case, abbreviations spelled out), because Cypher cannot fold Vietnamese.
 */
import { expandAbbreviations } from '../../extract/organizations.js';
import { canonicalName } from '../write/organizations.js';
import { ReadInputError } from '../errors.js';
import { isoDate } from './input.js';
import type { AsOfTenureRow } from './models.js';
import { organizationsByIds } from './organizations.js';
import { readRows, type ReadSource } from './run.js';
import { fullTextQuery, searchWords } from './search.js';
import { tenuresAsOf } from './tenures.js';

interface CandidatePosition {
  id: string;
  title: string;
  name: string;
  /** The name and aliases of the body the post is in. */
  bodyNames: string[];
}

// The posts of every body whose folded name or aliases have all the words of $query.
const CANDIDATE_POSITIONS = `
CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node AS o
WITH o WHERE o:Organization
MATCH (pos:Position)-[:IN]->(o)
RETURN pos.id AS id, pos.title AS title, pos.name AS name, [o.name] + o.aliases AS bodyNames
ORDER BY pos.name, pos.id`;

/** "Ban Chỉ đạo 35 Quận ủy Ngô Quyền" → "Ban Chỉ đạo 35 quận Ngô Quyền", "UBND" → "Ủy ban nhân dân": as the writer names bodies. */
const spelledOut = (text: string): string => canonicalName(expandAbbreviations(text.trim()));
/** Folded as a search is (search.ts), so "ubnd" typed in lower case names the same body as "UBND". */
const fold = (text: string): string => searchWords(spelledOut(text)).join(' ');

/**
 * The tenures, with their evidence, of the posts named by `title` in `organization` (its name as
 * typed, or its id), held on `on` (YYYY-MM-DD) as tenures.ts defines it, `seen` before `lastSeen`.
 */
export async function whoHeld(source: ReadSource, title: string, organization: string, on: string): Promise<AsOfTenureRow[]> {
  const date = isoDate(on, 'on');
  if (!fold(title) || !fold(organization)) throw new ReadInputError('BAD_ARGUMENT', 'whoHeld needs a title and an organization');
  const bodies = (await namesOf(source, organization)).map(spelledOut);
  const query = fullTextQuery(bodies[0] ?? '');
  if (query === null) return [];

  const titleKey = fold(title);
  const fullNames = bodies.map((body) => fold(`${title} ${body}`));
  const bodyKeys = bodies.map(fold);
  // Folded once: a shortened body ("Thành ủy") can bring back hundreds of posts, each compared twice.
  const candidates = (await readRows<CandidatePosition>(source, CANDIDATE_POSITIONS, { query })).map((p) => ({
    id: p.id, name: fold(p.name), titleMatches: fold(p.title) === titleKey, bodyNames: p.bodyNames.map(fold),
  }));
  const named = (match: (name: string, typed: string) => boolean) =>
    candidates
      .filter((p) => fullNames.some((n) => match(p.name, n)) || (p.titleMatches && p.bodyNames.some((b) => bodyKeys.some((k) => match(b, k)))))
      .map((p) => p.id);
  // The body as typed; failing that, the bodies it begins ("Thành ủy" for "Thành ủy Hải Phòng", as articles shorten it).
  const exact = named((name, typed) => name === typed);
  const positionIds = exact.length > 0 ? exact : named((name, typed) => name.startsWith(`${typed} `));
  if (positionIds.length === 0) return [];

  const held = (await tenuresAsOf(source, 'Position', positionIds, date)).flat();
  return [...held.filter((t) => t.basis === 'seen'), ...held.filter((t) => t.basis === 'lastSeen')];
}

/** A body given by id stands for its name and aliases; no body with that id, no names. */
async function namesOf(source: ReadSource, organization: string): Promise<string[]> {
  if (!organization.startsWith('org:')) return [organization];
  const [body] = await organizationsByIds(source, [organization]);
  return body ? [body.name, ...body.aliases] : [];
}
