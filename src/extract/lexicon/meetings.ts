import type { LexiconEntry } from './entry.js';

/** Meeting vocabulary. Data only. */

/** Nouns that name a held event ("Hội nghị", "kỳ họp"), lower case as `kind` reports them. */
export const MEETING_NOUNS: readonly LexiconEntry[] = [
  { text: 'hội nghị', gloss: 'conference, meeting' },
  { text: 'hội thảo', gloss: 'workshop, seminar' },
  { text: 'kỳ họp', gloss: 'session (council)' },
  { text: 'kì họp', gloss: 'session (variant spelling)' },
  { text: 'phiên họp', gloss: 'sitting' },
  { text: 'cuộc họp', gloss: 'meeting' },
  { text: 'buổi làm việc', gloss: 'working session' },
  { text: 'buổi tiếp xúc', gloss: 'contact session' },
  { text: 'cuộc tiếp xúc', gloss: 'contact session' },
  { text: 'đại hội', gloss: 'congress' },
  { text: 'lễ', gloss: 'ceremony' },
  { text: 'tọa đàm', gloss: 'round table' },
  { text: 'diễn đàn', gloss: 'forum' },
  { text: 'giao ban', gloss: 'briefing' },
  { text: 'chương trình', gloss: 'programme' },
];

/** Words that extend a meeting noun into its kind ("hội nghị" + "tổng kết"). */
export const KIND_MODIFIERS: readonly LexiconEntry[] = [
  { text: 'tổng kết', gloss: 'year-end review' },
  { text: 'sơ kết', gloss: 'interim review' },
  { text: 'trực tuyến', gloss: 'online' },
  { text: 'công bố quyết định', gloss: 'announcing a decision' },
  { text: 'công bố', gloss: 'announcement' },
  { text: 'bàn giao', gloss: 'handover' },
  { text: 'tiếp xúc cử tri', gloss: 'meeting voters' },
  { text: 'tiếp xúc', gloss: 'meeting with' },
  { text: 'báo cáo viên', gloss: 'of propagandists' },
  { text: 'giao ban', gloss: 'briefing' },
  { text: 'thường kỳ', gloss: 'regular' },
  { text: 'chuyên đề', gloss: 'special' },
  { text: 'dâng hương', gloss: 'incense offering' },
  { text: 'đối thoại', gloss: 'dialogue' },
  { text: 'triển khai', gloss: 'rolling out' },
  { text: 'học tập', gloss: 'study' },
];

/** Verbs by which an organizer holds a meeting. */
export const ORGANIZE_VERBS: readonly LexiconEntry[] = [
  { text: 'tổ chức', gloss: 'hold' },
  { text: 'triệu tập', gloss: 'convene' },
  { text: 'khai mạc', gloss: 'open' },
  // "Ban Thường vụ Quận ủy họp …", "Quốc hội họp phiên toàn thể": a body meets; never the "họp" of "kỳ họp".
  { text: 'họp', gloss: 'meet (the body as subject)' },
];

/** Nouns that end in "họp" and so are not the verb: "kỳ họp", "phiên họp", "cuộc họp". */
export const MEETING_HEADS_BEFORE_HOP: readonly string[] = ['kỳ', 'kì', 'phiên', 'cuộc', 'buổi', 'đợt'];

/** The kind given to a meeting announced only by "<body> họp". */
export const BODY_MEETS_KIND = 'cuộc họp';

/** Visits are reported like meetings but are led, not chaired. */
export const VISIT_VERBS: readonly LexiconEntry[] = [
  { text: 'đến thăm', gloss: 'visit' },
  { text: 'thăm, động viên', gloss: 'visit and encourage' },
  { text: 'tiếp xúc cử tri', gloss: 'meet voters' },
];

/**
 * Working visits announced by a verb alone ("Đoàn giám sát … làm việc với UBND huyện"); they are
 * reported as a "buổi làm việc". Inspection verbs also describe police and market raids, so they
 * count only with a delegation or a named official as subject (`strict`).
 */
export const WORK_VERBS: ReadonlyArray<{ text: string; gloss: string; strict: boolean }> = [
  { text: 'làm việc với', gloss: 'work with', strict: false },
  { text: 'làm việc tại', gloss: 'work at', strict: false },
  { text: 'kiểm tra', gloss: 'inspect', strict: true },
  { text: 'khảo sát', gloss: 'survey', strict: true },
];
export const WORK_KIND = 'buổi làm việc';

/** Whom police news "works with" ("làm việc với đối tượng"): an interview of a suspect is no meeting. */
export const NOT_WORK_PARTNERS: readonly LexiconEntry[] = [
  { text: 'đối tượng', gloss: 'suspect' },
  { text: 'người vi phạm', gloss: 'offender' },
  { text: 'tài xế', gloss: 'driver' },
  { text: 'lái xe', gloss: 'driver' },
  { text: 'chủ cơ sở', gloss: 'owner of a business' },
  { text: 'chủ phương tiện', gloss: 'owner of a vehicle' },
];

/** Words that open a delegation's name ("Đoàn giám sát", "Đoàn công tác"). */
export const DELEGATION_WORDS: readonly LexiconEntry[] = [
  { text: 'Đoàn', gloss: 'delegation' },
  { text: 'đoàn công tác', gloss: 'working delegation' },
];

/** Words that make the date a period ("từ ngày … đến ngày …"), not one meeting held as reported. */
export const NOT_HELD_MARKERS: readonly LexiconEntry[] = [
  { text: 'từ ngày', gloss: 'from (a period)' },
];

/** Rooms named together with the body that houses them ("Hội trường A, Trường Đại học B"). */
export const VENUE_ROOMS: readonly LexiconEntry[] = [
  { text: 'hội trường', gloss: 'hall' },
  { text: 'phòng họp', gloss: 'meeting room' },
  { text: 'giảng đường', gloss: 'lecture hall' },
  { text: 'nhà khách', gloss: 'guest house' },
  { text: 'trụ sở', gloss: 'headquarters' },
];
