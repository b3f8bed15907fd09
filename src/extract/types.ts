/**
 * The extraction contract (docs: EXTRACTION.md). Everything downstream — the graph writer,
 * the GraphQL API and the quality scorer — reads this shape, so it changes only with them.
 */
import type { OrgKind } from './lexicon/organizations.js';

export type Qualifier = 'former' | 'acting' | 'concurrent' | 'appointed';
export type PartOfDay = 'sáng' | 'trưa' | 'chiều' | 'tối';

export interface ArticleInfo {
  /** The portal repeats it after "QR CODE:"; else the first line that looks like a title. */
  title: string | null;
  /** ISO 8601 with the +07:00 offset, or a date alone when no time is given. */
  publishedAt: string | null;
  /** The byline before the portal's footer. */
  author: string | null;
  /** The text without header and footer boilerplate. */
  body: string;
  /** The province or centrally-run city the article is about, when known (place.ts). */
  place: string | null;
  /**
   * How the place was decided: `source` (the portal's footer or an outlet's host: a provincial portal,
   * party site or party paper), `url` (a province in the URL's path) or `text` (the province the text
   * names most); null with no place.
   */
  placeBasis?: 'source' | 'url' | 'text' | null;
}

export interface ExtractedPosition {
  /** The position exactly as written in the article. */
  text: string;
  /** The role alone ("Ủy viên"). */
  title: string;
  /** The organization resolved to its full name, when it can be. */
  organization: string | null;
  qualifier: Qualifier | null;
  /** The sentence that states it (evidence). */
  sentence: string;
}

export interface ExtractedPerson {
  name: string;
  positions: ExtractedPosition[];
}

export interface ExtractedOrganization {
  name: string;
  /** What the body is, by the head of its name (lexicon/organizations.ts). */
  kind: OrgKind;
  place: string | null;
  parent: string | null;
}

export interface ExtractedSpeaker {
  name: string;
  role: string;
  sentence: string;
}

export interface ExtractedMeeting {
  /** YYYY-MM-DD, never after the publication date. */
  date: string | null;
  /**
   * When `date` is null because the text gives no year: the date with the year the page's URL
   * stamps ("/202109/"). Likely, but not what the article says; the graph keeps the two apart.
   */
  dateInferred?: string | null;
  partOfDay: PartOfDay | null;
  /** Lower case: "hội nghị tổng kết", "kỳ họp", "buổi làm việc", ... */
  kind: string;
  title: string;
  organizers: string[];
  chairs: string[];
  speakers: ExtractedSpeaker[];
  attendees: string[];
  /** The sentence that announces the meeting. */
  sentence: string;
}

export interface Extraction {
  article: ArticleInfo;
  people: ExtractedPerson[];
  organizations: ExtractedOrganization[];
  meetings: ExtractedMeeting[];
  warnings: string[];
}

export interface ExtractOptions {
  url?: string | null;
  /**
   * The publication time the page states in its metadata (JSON-LD, article:published_time), as
   * ISO 8601: it wins over a date line in the text, and the meetings' day/month resolve against it.
   * Copied text often has no date line at all, so without it those meetings stay undated.
   */
  publishedAt?: string | null;
}
