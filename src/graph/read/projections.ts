/**
 * How each node type leaves the graph as its row (models.ts), in one place so every query that
 * reaches a node hands back the same row for it. Each projection reads the variable named beside it.
 * A row that points at another node carries that node's row when the query already stands on it
 * (a participation its person and meeting, a statement its article): the API then answers from the
 * row instead of a second round trip to load the node by id.
 *
 * An entry only some API fields need is read only when the request names one of them (shape.ts).
 *
 * Dates leave as text (toString writes 'YYYY-MM-DD', and a date-time with its offset, as the rows
 * have them): the driver then decodes a string, not a temporal value built with 64-bit arithmetic.
 */
import { whenAsked } from './shape.js';

/** A PersonRow from the variable `p` (a search hit's `node`). */
export const personRow = (p: string): string => `${p} {.id, .name${whenAsked('province', ', .province')}${whenAsked('aliases', `, aliases: coalesce(${p}.aliases, [])`)}}`;
export const PERSON = personRow('p');

/** A MeetingRow from the variable `m`. */
export const meetingRow = (m: string): string =>
  `${m} {.id, date: toString(${m}.date), .title${whenAsked('kind', ', .kind')}${whenAsked('dateInferred', `, dateInferred: toString(${m}.dateInferred)`)}${whenAsked('partOfDay', ', .partOfDay')}}`;
export const MEETING = meetingRow('m');

/** An ArticleRow from `a`, without the body: an article is mostly read as the source of a fact, and a body may be a megabyte. */
export const ARTICLE = `a {.id${['url', 'source', 'title', 'author', 'place', 'placeBasis'].map((field) => whenAsked(field, `, .${field}`)).join('')}${whenAsked('publishedAt', ', publishedAt: toString(a.publishedAt)')}}`;

/** A PlaceRow from `place`, with the province it was merged into. */
export const PLACE = `place {.id, .name, .kind, ceasedOn: toString(place.ceasedOn), .ceasedReason,
  successorId: head(COLLECT { MATCH (place)-[:MERGED_INTO]->(next:Place) RETURN next.id ORDER BY next.id })}`;

/** A PositionRow from `pos`. */
export const POSITION = `pos {.id, .title, .name${whenAsked('organization', ', organizationId: head(COLLECT { MATCH (pos)-[:IN]->(body:Organization) RETURN body.id })')}}`;

/**
 * An OrganizationRow from `o`. Articles may give a body more than one parent; the first by id stands.
 * `whoHeld` matches a body given by id by its aliases too.
 */
export const organizationRow = (o: string): string => `${o} {.id, .name${whenAsked('kind', ', .kind')}${whenAsked('aliases|whoHeld', ', .aliases')}${whenAsked('ceasedOn', `, ceasedOn: toString(${o}.ceasedOn)`)}${whenAsked('ceasedReason', ', .ceasedReason')}${whenAsked('scopedToArticle', ', .scope')}${
  whenAsked('parent', `,\n  parentId: head(COLLECT { MATCH (${o})-[:PART_OF]->(parent:Organization) RETURN parent.id ORDER BY parent.id })`)}${
  whenAsked('successor', `,\n  successorId: head(COLLECT { MATCH (${o})-[:SUCCEEDED_BY]->(next:Organization) RETURN next.id ORDER BY next.id })`)}${
  whenAsked('place', `,\n  place: head(COLLECT { MATCH (${o})-[:IN_PLACE]->(place:Place) RETURN ${PLACE} ORDER BY place.id })`)}}`;
export const ORGANIZATION = organizationRow('o');

/**
 * An EvidenceRow from `a`, the article, and `r`, the relationship that carries its sentence. A post's
 * evidence is dated by the writer (asOf, the publication day); a participation or a report by the
 * article's publication day, the same day.
 */
export const EVIDENCE = `{article: ${ARTICLE}, sentence: r.sentence, date: toString(coalesce(r.asOf, date(a.publishedAt)))}`;
