/**
 * Scores an extraction against an article's ground truth: which chairs, (person, title,
 * organization) facts, qualifiers, speakers, attendees and meeting fields were recovered. Names
 * and organizations compare exactly: the generator writes them as the extractor should report them.
 */
import type { Extraction } from '../../src/extract/types.js';
import type { ArticleTruth } from './article.js';

export interface Tally {
  found: number;
  total: number;
}

export interface Recovery {
  chairs: Tally;
  facts: Tally;
  /** Facts recovered with the right qualifier ("former", "acting" or none). */
  qualifiers: Tally;
  speakers: Tally;
  attendees: Tally;
  meetingDate: Tally;
  meetingKind: Tally;
  organizer: Tally;
  /** What was missed, for reports: "name | title | organization" and "chair: name". */
  missed: string[];
}

export const emptyRecovery = (): Recovery => ({
  chairs: { found: 0, total: 0 },
  facts: { found: 0, total: 0 },
  qualifiers: { found: 0, total: 0 },
  speakers: { found: 0, total: 0 },
  attendees: { found: 0, total: 0 },
  meetingDate: { found: 0, total: 0 },
  meetingKind: { found: 0, total: 0 },
  organizer: { found: 0, total: 0 },
  missed: [],
});

const count = (t: Tally, hit: boolean): void => {
  t.total++;
  if (hit) t.found++;
};

export const ratio = (t: Tally): number => (t.total === 0 ? 1 : t.found / t.total);

/** Adds one article's outcome to `into`. */
export function scoreArticle(truth: ArticleTruth, got: Extraction, into: Recovery): Recovery {
  const meeting = got.meetings[0];
  const m = truth.meeting;
  for (const c of m.chairs) {
    const hit = meeting?.chairs.includes(c.name) ?? false;
    count(into.chairs, hit);
    if (!hit) into.missed.push(`chair: ${c.name}`);
  }
  for (const s of m.speakers) count(into.speakers, meeting?.speakers.some((x) => x.name === s.name && x.role === s.role) ?? false);
  for (const a of m.attendees) count(into.attendees, meeting?.attendees.includes(a.name) ?? false);
  count(into.meetingDate, meeting?.date === m.date && meeting.partOfDay === m.partOfDay);
  count(into.meetingKind, meeting?.kind === m.kind);
  count(into.organizer, meeting?.organizers.includes(m.organizer.written) ?? false);
  for (const person of truth.people) {
    const positions = got.people.find((p) => p.name === person.name)?.positions ?? [];
    for (const post of person.posts) {
      const hit = positions.find((p) => p.title === post.title && p.organization === post.organization);
      count(into.facts, hit !== undefined);
      count(into.qualifiers, hit !== undefined && hit.qualifier === post.qualifier);
      if (!hit) into.missed.push(`${person.name} | ${post.title} | ${post.organization}`);
    }
  }
  return into;
}
