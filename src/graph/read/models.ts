/**
 * The rows the read queries return. Plain JS only: a date is 'YYYY-MM-DD', an article's publication
 * time an ISO string with its offset ('2024-07-03T16:24:00+07:00'), numbers are numbers. A relation
 * another row type covers is given by id (`parentId`, `personId`), for the API's loaders to batch;
 * where the query already stands on the other node, its row comes along (`person`, `meeting`,
 * `article`), so the API needs no second round trip for it; null when that node is the one the
 * query started from, which the API already holds.
 */
import type { OrgKind } from '../../extract/lexicon/organizations.js';

export interface PersonRow {
  id: string;
  name: string;
  /** The province or city of the portal that named the person. */
  province: string | null;
  /** Other names a curator merged into this person. */
  aliases: string[];
}

export interface PlaceRow {
  id: string;
  name: string;
  /** "quận", "huyện", …; null for the province or city itself. */
  kind: string | null;
  /** The day it ceased as a unit (YYYY-MM-DD): merged into another province, or the district level ended. */
  ceasedOn: string | null;
  ceasedReason: string | null;
  /** The province it was merged into. */
  successorId: string | null;
}

export interface OrganizationRow {
  id: string;
  name: string;
  kind: OrgKind;
  /** The other ways articles wrote the name. */
  aliases: string[];
  /** The body it is part of ("Thành ủy Hải Phòng" for its "Ban Tuyên giáo"). */
  parentId: string | null;
  place: PlaceRow | null;
  /** The day the body ceased (YYYY-MM-DD) and why: its province merged into another, or its district's level ended. */
  ceasedOn: string | null;
  ceasedReason: string | null;
  /** The body that took over from it ("Thành ủy Hải Phòng" for "Tỉnh ủy Hải Dương"). */
  successorId: string | null;
  /** The article a body named without its place belongs to alone; null for a shared body. */
  scope: string | null;
}

export interface PositionRow {
  id: string;
  /** The role alone: "Trưởng". */
  title: string;
  /** Role and body: "Trưởng Ban Tuyên giáo Thành ủy Hải Phòng". */
  name: string;
  organizationId: string | null;
}

export interface ArticleRow {
  id: string;
  url: string | null;
  /** The file or feed it was ingested from. */
  source: string;
  title: string | null;
  publishedAt: string | null;
  author: string | null;
  /** The province or city the article is about. */
  place: string | null;
  /** How the place was decided: 'source' (the outlet's host or footer), 'url' or 'text'; null without a place. */
  placeBasis: string | null;
}

export interface MeetingRow {
  id: string;
  date: string | null;
  /** With no date in the text: the day with the year the article's URL stamps. */
  dateInferred: string | null;
  partOfDay: string | null;
  kind: string;
  title: string;
}

/** Where a fact comes from: the article and the sentence that state it. */
export interface EvidenceRow {
  article: ArticleRow;
  sentence: string;
  /** The day the article speaks for: its publication day. */
  date: string | null;
}

export interface TenureEvidenceRow extends EvidenceRow {
  /** The post as the article wrote it ("nguyên Chủ tịch UBND quận Lê Chân"). */
  text: string;
  /** "nguyên": the article says the post had ended by then. */
  former: boolean;
}

/**
 * A person in a post, as far as the articles show: between the first and the last article that state
 * it (not the term of office), and ended by the first that calls it former. Its statements, which
 * grow with every article, are read apart (tenureEvidence).
 */
export interface TenureRow {
  id: string;
  personId: string;
  /** Null when read from the person. */
  person: PersonRow | null;
  position: PositionRow;
  firstSeen: string | null;
  lastSeen: string | null;
  /** The day by which it had ended: the first article calling it former, or the day its body ceased, whichever is first. */
  endedBy: string | null;
  /** Why it ended by then: 'former' (an article calls it so) or 'bodyCeased' (its body ceased); null while nothing says it ended. */
  endBasis: 'former' | 'bodyCeased' | null;
  /** The words behind endBasis: the body's ceasing with its act, or that an article calls the post former. */
  endReason: string | null;
  /** How many statements show the post held. */
  observations: number;
  acting: boolean;
  concurrent: boolean;
}

/**
 * Why a tenure counts as held on a date. `seen`: the date lies between the first and the last article
 * that show it. `lastSeen`: the last such article is older than the date (by at most a term), and none
 * says it ended; the post may have passed to someone else since.
 */
export type AsOfBasis = 'seen' | 'lastSeen';

export interface AsOfTenureRow extends TenureRow {
  basis: AsOfBasis;
  /** The day asked about. */
  asOf: string;
}

export type ParticipationRole = 'chair' | 'speaker' | 'attendee';

/** One person in one role at one meeting, with every article that says so. */
export interface ParticipationRow {
  personId: string;
  meetingId: string;
  meetingDate: string | null;
  /** Null when read from the person. */
  person: PersonRow | null;
  /** Null when read from the meeting. */
  meeting: MeetingRow | null;
  role: ParticipationRole;
  /** What a speaker did, as written: "phát biểu kết luận". */
  speechRole: string | null;
  coChair: boolean;
  evidence: EvidenceRow[];
}

/** An article reporting a meeting, with its announcing sentence. */
export interface ReportRow {
  meetingId: string;
  evidence: EvidenceRow;
}

/** Two people with one name that the writer keeps apart, and why. */
export interface KeptApartRow {
  personId: string;
  otherId: string;
  reason: string;
  /** The article that made the difference; null when a curator split them. */
  articleId: string | null;
}

/** A person's timeline, oldest first: posts at the day they were first shown, meetings at their date. */
export type TimelineEntry = { kind: 'tenure'; date: string | null; tenure: TenureRow } | { kind: 'meeting'; date: string | null; participation: ParticipationRow };
