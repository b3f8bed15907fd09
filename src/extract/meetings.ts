/**
 * Meetings: one per announcing sentence ("Chiều 27/12, <organizer> tổ chức Hội nghị …"), then the
 * roles every later sentence gives people (chair, speaker, attendee), attached to the meeting the
 * text is about at that point. Who has which role is read by the rule table (roles.ts,
 * rules/roles.ts); this module decides which meeting each sentence's roles belong to.
 */
import type { ExtractedMeeting, ExtractedSpeaker, PartOfDay } from './types.js';
import type { Mention } from './people.js';
import { toneKey } from './normalize.js';
import { findEventDate } from './dates.js';
import {
  DELEGATION_AT, KIND_MODIFIER, MEETING_NOUN, NOT_HELD, NOT_WORK_PARTNER,
  MEETING_NOUN_ALT, ORGANIZE, PASSIVE_ORGANIZER, TITLE_START, allMatches, anyOf, endsWithPlace, isProvince, isSurname, VISIT, WORK,
} from './patterns.js';
import { articleRoles, pushUnique, type Roles } from './roles.js';
import { BODY_MEETS_KIND, VENUE_ROOMS, WORK_KIND } from './lexicon/meetings.js';
import { isLocalityNamed, isPlaceOnly, opensWithBody } from './organizations.js';

export interface AnalyzedSentence {
  text: string;
  mentions: Mention[];
}

interface Draft extends ExtractedMeeting {
  index: number;
  visit: boolean;
  /** Why the announcing sentence's date could not be used ("impossible date 31/2"), for the warning. */
  dateProblem: string | null;
}

const texts = (xs: ReadonlyArray<{ text: string }>): string[] => xs.map((x) => x.text);
const FIRST_MEETING_NOUN = new RegExp(MEETING_NOUN.source, 'iu');
const CHAIR_VERB_BEFORE_NOUN = /(?:chủ\s+trì|chủ\s+tọa)\s+$/iu;
const HAPPENS = /(?<![\p{L}\p{M}])diễn\s+ra(?![\p{L}\p{M}])/iu;
const RECENTLY = /(?<![\p{L}\p{M}])vừa\s+(?:tổ\s+chức|triệu\s+tập)/iu;
const ORGANIZER_DROP = /^(?:tại|nhân|trong|theo|thực\s+hiện|được|chấp\s+hành|hôm\s+nay|sáng|chiều|tối|trưa|ngày)(?![\p{L}\p{M}])/iu;
const VENUE_ROOM = new RegExp(`^tại\\s+${anyOf(texts(VENUE_ROOMS))}(?![\\p{L}\\p{M}])[^)]*$`, 'iu');
const ORGANIZER_CONT = /^(?:nhiệm\s+kỳ|khóa|khoá)(?![\p{L}\p{M}])/iu;
const COOPERATE = /\s+phối\s+hợp\s+với\s+/iu;
const ADVERBS_AT_END = /(?:\s+(?:đã|vừa|long\s+trọng|chính\s+thức))+\s*$/iu;

function kindAt(key: string, text: string, at: number, noun: string): { kind: string; title: string } {
  const after = key.slice(at + noun.length);
  const mod = KIND_MODIFIER.exec(after);
  const kind = (mod ? `${noun} ${mod[1]}` : noun).toLowerCase().replace(/\s+/gu, ' ');
  const title = text.slice(at).replace(/[\s.]+$/u, '');
  return { kind, title };
}

/** Organizer names in `text`; a piece naming one of `people` is an official, not a body ("Thứ trưởng Bộ … A"). */
function organizersIn(text: string, people: readonly Mention[] = []): string[] {
  if (/(?<![\p{L}\p{M}])(?:đồng chí|ông|bà)\s/iu.test(text)) return [];
  const pieces: string[] = [];
  const raws = text.split(',');
  // "tại Hội trường A, Trường B, Bộ C tổ chức": a room is named with the body that houses it, so
  // the piece after it is still the venue, not an organizer.
  const room = raws.findIndex((r) => VENUE_ROOM.test(r.trim()));
  for (const [k, raw] of raws.entries()) {
    const p = withoutLocalityNote(raw.trim());
    if (!p || (room >= 0 && k === room + 1 && k < raws.length - 1)) continue;
    // "Đảng bộ phường X, TPHCM": the city only locates the body before it; it is no organizer.
    if (isPlaceOnly(p) && pieces.length) continue;
    // "tại phường A, TP B, Tỉnh ủy … tổ chức": the venue's localities are no organizers.
    if (isLocalityNamed(p)) continue;
    if (ORGANIZER_CONT.test(p) && pieces.length) pieces[pieces.length - 1] += `, ${p}`;
    else if (/^\p{Lu}/u.test(p) && !ORGANIZER_DROP.test(p) && !people.some((m) => p.includes(m.name)) && !namesOfficial(p)) pieces.push(p);
  }
  return pieces.flatMap((p) => {
    const [head, ...rest] = p.split(COOPERATE);
    return rest.length ? [head ?? '', ...rest.join(' ').split(/\s+và\s+/u)] : splitJointBodies(p);
  }).map((p) => p.trim()).filter((p) => p.length > 1);
}

const LOCALITY_NOTE = /\s*\(([^()]{2,40})\)$/u;

/** "Ủy ban MTTQ quận X (Hải Phòng)": a province in parentheses is a note for the reader, not part of the body's name. */
function withoutLocalityNote(piece: string): string {
  const note = LOCALITY_NOTE.exec(piece);
  return note && isProvince(note[1] ?? '') ? piece.slice(0, note.index) : piece;
}

const LAST_NAME_RUN = /(\p{Lu}[\p{Ll}\p{M}]*)(?:\s\p{Lu}[\p{Ll}\p{M}]*){1,3}$/u;

/** "Tổng Bí thư A B": a title followed by a personal name (not a place: "Thường trực HĐND tỉnh Hà Nam") is an official. */
function namesOfficial(piece: string): boolean {
  const key = toneKey(piece);
  if (!TITLE_START.test(key)) return false;
  const run = LAST_NAME_RUN.exec(key);
  return !!run?.[1] && isSurname(run[1]) && !endsWithPlace(key.slice(Math.max(0, run.index - 40), run.index));
}

/**
 * "Đảng ủy Quân sự tỉnh và Bộ Chỉ huy Quân sự tỉnh" are two bodies; "Sở Khoa học và Công nghệ" is
 * one: "và" separates bodies only when each side opens with a body's head word.
 */
function splitJointBodies(text: string): string[] {
  const parts = text.split(/\s+và\s+/u);
  if (parts.length < 2 || !parts.every(opensWithBody)) return [text];
  return parts;
}

const ORGANIZE_ALL = new RegExp(ORGANIZE.source, 'giu');

/**
 * The first "tổ chức" / "triệu tập" / "khai mạc" that is the verb: capitalized inside a sentence it is
 * a word of a body's name ("Ban Tổ chức Thành ủy tổ chức Hội nghị …").
 */
function organizeVerb(key: string): RegExpExecArray | null {
  return allMatches(ORGANIZE_ALL, key).find((m) => {
    const verbAt = m.index + m[0].lastIndexOf(m[1] ?? '');
    return !/^\p{Lu}/u.test(key.slice(verbAt)) || !key.slice(0, verbAt).trim();
  }) ?? null;
}

/** The announcement in one sentence, if it makes one. */
function announce(s: AnalyzedSentence, index: number, reference: string | null): Draft | null {
  const key = toneKey(s.text);
  const dm = findEventDate(s.text, reference);
  const recently = RECENTLY.test(key);
  // Every way of announcing a meeting needs a date or "vừa …"; most sentences stop here.
  if (!dm && !recently) return null;
  const org = organizeVerb(key);
  const visit = VISIT.exec(key);
  const nounMatches = allMatches(MEETING_NOUN, key);
  // "chủ trì hội nghị": the chair verb sits right before the noun, so a short window is enough.
  const chairedNoun = (m: RegExpExecArray) => CHAIR_VERB_BEFORE_NOUN.test(key.slice(Math.max(0, m.index - 16), m.index));
  let verbAt = -1;
  let organizerFrom = 0;
  let isVisit = false;
  const nounSoon = org ? nounMatches.some((m) => m.index > org.index && m.index - org.index < 40) : false;
  // Without a meeting noun right after the verb ("tổ chức công bố …"), the subject must look like a body:
  // "đối tượng tổ chức sản xuất" is an organized activity, not a meeting.
  const bodySubject = org && dm && dm.index < org.index
    ? organizersIn(s.text.slice(dm.index + dm.text.length, org.index).replace(ADVERBS_AT_END, '')).length > 0
    : false;
  if (org && (dm ? dm.index < org.index && (nounSoon || bodySubject) : recently)) {
    verbAt = org.index;
    organizerFrom = dm ? dm.index + dm.text.length : 0;
  } else if (dm && nounMatches.some(chairedNoun)) {
    verbAt = nounMatches.find(chairedNoun)?.index ?? -1;
  } else if (dm && visit && dm.index < visit.index) {
    verbAt = visit.index;
    isVisit = !/tiếp xúc/iu.test(visit[1] ?? '');
  } else if (dm && nounMatches.length && HAPPENS.test(key)) {
    verbAt = nounMatches[0]?.index ?? 0;
  }
  const work = verbAt < 0 && dm ? workVerb(s, key, dm.index + dm.text.length) : null;
  if (work) {
    verbAt = work.at;
    organizerFrom = dm ? dm.index + dm.text.length : 0;
  }
  if (verbAt < 0) return null;
  if (NOT_HELD.test(key.slice(dm ? Math.max(0, dm.index - 12) : 0))) return null;
  // A planned meeting is news when the sentence says who holds it ("… do UBND tỉnh tổ chức sẽ diễn
  // ra …"); one only mentioned as coming ("Đại hội … sẽ diễn ra vào ngày …") is context.
  if (dm?.planned && !org) return null;
  const bodyMeets = !!org && verbAt === org.index && toneKey(org[1] ?? '').toLowerCase() === 'họp';
  const noun = bodyMeets ? undefined : nounMatches.find((m) => m.index >= verbAt) ?? nounMatches[0];
  const { kind, title } = bodyMeets
    ? { kind: BODY_MEETS_KIND, title: s.text.slice(verbAt).replace(/[\s.]+$/u, '') }
    : noun
    ? kindAt(key, s.text, noun.index, noun[1] ?? noun[0])
    : isVisit && visit
      ? { kind: visit[1]?.toLowerCase() ?? 'thăm', title: s.text.slice(visit.index).replace(/[\s.]+$/u, '') }
      : { kind: work ? WORK_KIND : '', title: s.text.slice(verbAt).replace(/[\s.]+$/u, '') };
  const organizers = (org && verbAt === org.index) || work
    ? organizersIn(s.text.slice(organizerFrom, verbAt).replace(ADVERBS_AT_END, ''), s.mentions)
    : [];
  return {
    date: dm?.date ?? null,
    partOfDay: (dm?.partOfDay ?? null) as PartOfDay | null,
    kind,
    title,
    organizers,
    chairs: [],
    speakers: [],
    attendees: [],
    sentence: s.text.trim(),
    index,
    visit: isVisit,
    dateProblem: dm?.reason ?? null,
  };
}

/**
 * "Chiều 17/10, Đoàn kiểm tra của Tỉnh ủy làm việc với …": a working visit announced by its verb.
 * The subject, between the date and the verb, must be a delegation, an official or (for "làm việc")
 * a body; an inspection by anyone else is police or market news, not a meeting.
 */
function workVerb(s: AnalyzedSentence, key: string, subjectFrom: number): { at: number } | null {
  const w = WORK.exec(key.slice(subjectFrom, subjectFrom + 240));
  if (!w) return null;
  const at = subjectFrom + w.index;
  if (NOT_WORK_PARTNER.test(key.slice(at + w[0].length, at + w[0].length + 40))) return null;
  const subject = s.text.slice(subjectFrom, at).replace(ADVERBS_AT_END, '');
  const official = s.mentions.some((m) => m.start >= subjectFrom && m.end <= at) || namesOfficial(subject.split(',').at(-1)?.trim() ?? '');
  const delegation = DELEGATION_AT.test(subject);
  const body = !w.groups?.strict && organizersIn(subject).length > 0;
  return official || delegation || body ? { at } : null;
}

/** "Hội nghị giữa Ban Thường vụ Đảng ủy A với (và) Ban Thường vụ Đảng ủy B": a joint meeting is held by the bodies it joins. */
const JOINT_MEETING = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${MEETING_NOUN_ALT})(?![\\p{L}\\p{M}])[^.;,]{0,40}?\\s+giữa\\s+([^.;:]{5,200}?)(?=\\s+(?:về|để|nhằm|nhân|tại|năm)\\s|[.;:,]|$)`,
  'iu',
);

function jointOrganizers(text: string): string[] {
  if (!text.includes('giữa')) return [];
  const m = JOINT_MEETING.exec(toneKey(text));
  if (!m?.[1]) return [];
  const at = m.index + m[0].lastIndexOf(m[1]);
  const parts = text.slice(at, at + m[1].length).split(/\s+(?:và|với)\s+/u).map((p) => p.trim());
  return parts.length >= 2 && parts.every(opensWithBody) ? parts : [];
}

/** "Hội nghị do <body> tổ chức": the body that holds the meeting, said in the passive. */
function passiveOrganizers(text: string): string[] {
  if (!/(?<![\p{L}\p{M}])do\s/iu.test(text)) return [];
  const m = PASSIVE_ORGANIZER.exec(toneKey(text));
  if (!m?.[1]) return [];
  const at = m.index + m[0].indexOf(m[1]);
  return organizersIn(text.slice(at, at + m[1].length));
}


const SPEECH = 'phát biểu';
const isSpeech = (role: string): boolean => role === SPEECH || role.startsWith(`${SPEECH} `);

/**
 * One line per speech: a generic "phát biểu" adds nothing next to a precise one ("phát biểu kết
 * luận") by the same person, and a verb of saying ("nhấn mạnh", "ghi nhận") is what a speech said,
 * not another speech, once the person is known to have spoken.
 */
function mergeSpeakers(speakers: ExtractedSpeaker[]): ExtractedSpeaker[] {
  const out: ExtractedSpeaker[] = [];
  for (const s of speakers) {
    const own = out.filter((o) => o.name === s.name);
    if (own.some((o) => o.role === s.role)) continue;
    if (!isSpeech(s.role) && own.length) continue;
    if (s.role === SPEECH && own.some((o) => isSpeech(o.role))) continue;
    // A precise speech replaces the generic or saying line it explains.
    const vaguer = out.findIndex((o) => o.name === s.name && (!isSpeech(o.role) || (o.role === SPEECH && s.role !== SPEECH)));
    if (vaguer >= 0) out.splice(vaguer, 1);
    out.push(s);
  }
  return out;
}

export interface MeetingResult {
  meetings: ExtractedMeeting[];
  warnings: string[];
}

/**
 * Meetings of an article from its analyzed sentences. `reference` is what dates resolve against;
 * `urlReference`, a date stamp in the URL, only gives an undated meeting its `dateInferred`.
 */
export function findMeetings(sentences: AnalyzedSentence[], reference: string | null, urlReference: string | null = null): MeetingResult {
  const warnings: string[] = [];
  const drafts: Draft[] = [];
  sentences.forEach((s, i) => {
    const d = announce(s, i, reference);
    if (!d) return;
    const same = drafts.find((x) => x.date === d.date);
    if (same) return;
    drafts.push(d);
  });
  sentences.forEach((s, i) => {
    const target = [...drafts].reverse().find((d) => d.index <= i);
    if (target && !target.organizers.length) target.organizers.push(...passiveOrganizers(s.text), ...jointOrganizers(s.text));
  });
  const roleBySentence = new Map<number, Roles>();
  articleRoles(sentences).forEach((found, i) => {
    const text = sentences[i]?.text.trim() ?? '';
    for (const verb of found.unexplained) warnings.push(`role verb "${verb}" next to a person gave no role: "${text.slice(0, 120)}"`);
    const { roles } = found;
    if (roles.chairs.length || roles.speakers.length || roles.attendees.length) roleBySentence.set(i, roles);
  });
  if (!drafts.length && roleBySentence.size) {
    const fallback = fallbackMeeting(sentences, reference, roleBySentence);
    if (fallback) drafts.push(fallback);
  }
  if (!drafts.length) return { meetings: [], warnings };
  for (const [i, roles] of roleBySentence) {
    const target = [...drafts].reverse().find((d) => d.index <= i) ?? drafts[0];
    if (!target) continue;
    if (!target.visit) for (const c of roles.chairs) pushUnique(target.chairs, c);
    for (const a of roles.attendees) pushUnique(target.attendees, a);
    target.speakers.push(...roles.speakers);
  }
  for (const d of drafts) {
    if (d.date) continue;
    const inferred = urlReference ? findEventDate(d.sentence, urlReference)?.date ?? null : null;
    if (inferred) d.dateInferred = inferred;
    const why = d.dateProblem ?? 'no full date in the text';
    warnings.push(`meeting "${d.title.slice(0, 60)}": ${why}; left without a date${inferred ? ` (${inferred} with the year of the URL's date stamp)` : ''}`);
  }
  const meetings = drafts.map(({ index: _i, visit: _v, dateProblem: _p, ...m }) => ({ ...m, speakers: mergeSpeakers(m.speakers) }));
  return { meetings, warnings };
}

/** How far after a meeting's sentence its date may still be given ("Tại sự kiện sáng 25-10, …"). */
const DATE_LOOKAHEAD = 2;

/**
 * No announcing sentence, but roles were given: the meeting is the one a dated sentence gives a
 * chair ("Thứ Ba, ngày 18/2, Quốc hội làm việc dưới sự chủ trì của A"), else the first the text
 * names, preferring one with a date. Its date may come in the sentences right after it.
 */
function fallbackMeeting(sentences: AnalyzedSentence[], reference: string | null, roles: ReadonlyMap<number, Roles>): Draft | null {
  let chosen: { s: AnalyzedSentence; i: number; noun: RegExpExecArray | null } | null = null;
  for (const [i, r] of roles) {
    const s = sentences[i];
    if (s && r.chairs.length && findEventDate(s.text, reference)?.date) {
      chosen = { s, i, noun: FIRST_MEETING_NOUN.exec(toneKey(s.text)) };
      break;
    }
  }
  for (const [i, s] of chosen ? [] : sentences.entries()) {
    const noun = FIRST_MEETING_NOUN.exec(toneKey(s.text));
    if (!noun) continue;
    if (!chosen) chosen = { s, i, noun };
    if (findEventDate(s.text, reference)) {
      chosen = { s, i, noun };
      break;
    }
  }
  if (!chosen) return null;
  const key = toneKey(chosen.s.text);
  const after = sentences.slice(chosen.i + 1, chosen.i + 1 + DATE_LOOKAHEAD).map((s) => findEventDate(s.text, reference));
  const dm = findEventDate(chosen.s.text, reference) ?? after.find((d) => d && (d.anchored || d.date !== null)) ?? null;
  const { kind, title } = chosen.noun
    ? kindAt(key, chosen.s.text, chosen.noun.index, chosen.noun[1] ?? chosen.noun[0])
    : { kind: WORK_KIND, title: chosen.s.text.trim().replace(/[\s.]+$/u, '') };
  return {
    date: dm?.date ?? null,
    partOfDay: (dm?.partOfDay ?? null) as PartOfDay | null,
    kind,
    title,
    organizers: [],
    chairs: [],
    speakers: [],
    attendees: [],
    sentence: chosen.s.text.trim(),
    index: 0,
    visit: false,
    dateProblem: dm?.reason ?? null,
  };
}
