/**
 * The role lexicon: every word or phrase the role rules (rules/roles.ts) see as a tag, keyed by the
 * words and carrying its tags. One list feeds every rule that names the tag: a new verb of speech
 * is one row here, and each rule with V_SPEAK then reads it. Data only.
 *
 * Tags:
 *  V_CHAIR   chairs the meeting              V_ATTEND  attends it
 *  V_SPEAK   a speech act (the role is the words as written, lower case)
 *  V_SAY     a verb of saying: speech when its subject is named in a report of the meeting
 *  V_OBJ     takes a person as its object ("chúc mừng đồng chí B": B does not act)
 *  PRESIDIUM a presiding panel ("Đoàn Chủ tịch")   MEET  a meeting noun
 *  ADV       what may stand between a subject and its verb ("đã", "trực tiếp")
 *  HAVE      "có": introduces who follows a fronted role ("Dự hội nghị có …")
 *  WHO       "các đồng chí", "các ông, bà": opens a list of people
 */
import type { LexiconEntry } from './entry.js';
import { ATTEND_VERBS, CHAIR_VERBS, OBJECT_VERBS, PRESIDIUM_WORDS, SPEECH_MODIFIERS, SPEECH_VERBS } from './verbs.js';
import { KIND_MODIFIERS, MEETING_NOUNS } from './meetings.js';

export type RoleTag = 'V_CHAIR' | 'V_ATTEND' | 'V_SPEAK' | 'V_SAY' | 'V_OBJ' | 'PRESIDIUM' | 'MEET' | 'ADV' | 'HAVE' | 'WHO';

export interface TaggedEntry extends LexiconEntry {
  tags: readonly RoleTag[];
  /** Words after which this one is part of a name instead ("Ủy ban Kiểm tra", "Đoàn kiểm tra"). */
  notAfter?: readonly string[];
}

type WordEntry = LexiconEntry & { notAfter?: readonly string[] };

const tagged = (entries: readonly WordEntry[], ...tags: RoleTag[]): TaggedEntry[] =>
  entries.map((e) => ({ ...e, tags }));

/** Verbs of saying: in a report of the meeting, a named subject who says something spoke. */
const SAY_VERBS: readonly WordEntry[] = [
  { text: 'nhấn mạnh', gloss: 'stress' },
  { text: 'khẳng định', gloss: 'affirm' },
  { text: 'đề nghị', gloss: 'propose, urge' },
  { text: 'yêu cầu', gloss: 'demand' },
  { text: 'cho biết', gloss: 'say' },
  // "Ban Chỉ đạo" (a steering committee) written in lower case is a body, not a verb.
  { text: 'chỉ đạo', gloss: 'direct', notAfter: ['ban'] },
  { text: 'kết luận', gloss: 'conclude' },
  { text: 'chất vấn', gloss: 'question (a minister)' },
  { text: 'trả lời chất vấn', gloss: 'answer questions' },
  { text: 'lưu ý', gloss: 'remind' },
  { text: 'đề xuất', gloss: 'propose' },
  { text: 'phát động', gloss: 'launch (a campaign)' },
  { text: 'gợi mở', gloss: 'suggest' },
  { text: 'chỉ rõ', gloss: 'point out' },
  { text: 'nêu rõ', gloss: 'state' },
  { text: 'trao đổi', gloss: 'discuss' },
];

/** The extra attending verbs that are not in the writer's evidence list (verbs.ts ATTEND_VERBS). */
const MORE_ATTEND_VERBS: readonly LexiconEntry[] = [
  { text: 'đến dự', gloss: 'come to attend' },
  { text: 'có mặt', gloss: 'be present' },
  { text: 'tới dự', gloss: 'come to attend' },
  { text: 'hiện diện', gloss: 'be present' },
];

/** Between a subject and its verb: tense and manner words. */
const ADVERBS: readonly LexiconEntry[] = [
  { text: 'đã', gloss: '(past)' },
  { text: 'đều', gloss: 'all' },
  { text: 'cũng', gloss: 'also' },
  { text: 'trực tiếp', gloss: 'in person' },
  { text: 'vừa', gloss: 'just' },
  { text: 'sẽ', gloss: '(future)' },
  { text: 'đồng thời', gloss: 'at the same time' },
  { text: 'tiếp tục', gloss: 'went on to' },
  { text: 'trân trọng', gloss: 'respectfully' },
];

/**
 * Every speech verb, and "phát biểu" with each modifier as one phrase ("phát biểu kết luận"), so
 * the role reads as written and the longest phrase wins.
 */
const SPEECH_PHRASES: LexiconEntry[] = [
  ...SPEECH_VERBS,
  ...SPEECH_MODIFIERS.map((m) => ({ text: `phát biểu ${m.text}`, gloss: `speak: ${m.gloss}` })),
  { text: 'đọc diễn văn khai mạc', gloss: 'deliver the opening address' },
  { text: 'gửi lời cảm ơn', gloss: 'express thanks' },
  { text: 'gửi lời chúc mừng', gloss: 'send congratulations' },
  { text: 'đọc diễn văn bế mạc', gloss: 'deliver the closing address' },
  { text: 'trình bày tờ trình', gloss: 'present the proposal' },
  { text: 'trình bày báo cáo', gloss: 'present the report' },
  { text: 'báo cáo thẩm tra', gloss: 'present the review report' },
];

/** What opens a list of people when no name follows at once ("có các đồng chí: A, B"). */
const LIST_OPENERS: readonly LexiconEntry[] = [
  { text: 'các đồng chí', gloss: 'comrades' },
  { text: 'đồng chí', gloss: 'comrade' },
  { text: 'các ông, bà', gloss: 'Messrs and Mmes' },
  { text: 'các ông bà', gloss: 'Messrs and Mmes' },
  { text: 'các ông', gloss: 'Messrs' },
  { text: 'các bà', gloss: 'Mmes' },
  { text: 'các vị', gloss: 'the honourable' },
  { text: 'các', gloss: '(plural)' },
];

/**
 * Words that open with a role verb's syllable but are nouns ("dự thảo", draft; "dự án", project):
 * listed with no tag, so the longest phrase wins and the verb is not read in them.
 */
const NOT_ROLE_WORDS: readonly LexiconEntry[] = [
  'dự thảo', 'dự án', 'dự kiến', 'dự báo', 'dự toán', 'dự trữ', 'dự bị', 'dự định', 'dự luật', 'dự phòng', 'dự đoán',
  'dự tính', 'dự khuyết', 'dự thi', 'dự tuyển', 'báo cáo viên', 'có thể', 'có hiệu lực', 'tiếp đó', 'tiếp theo', 'phụ trách điều hành',
].map((text) => ({ text, gloss: 'a noun or phrase, not the verb it opens with' }));

const SAY_KEYS = new Set(SAY_VERBS.map((v) => v.text));

export const ROLE_WORDS: readonly TaggedEntry[] = [
  ...tagged(CHAIR_VERBS, 'V_CHAIR'),
  ...tagged(PRESIDIUM_WORDS, 'PRESIDIUM'),
  // "có sự tham dự của" is a construction (rules/roles.ts), not a verb: its verb is tagged alone.
  ...tagged([...ATTEND_VERBS.filter((v) => !v.text.startsWith('có sự')), ...MORE_ATTEND_VERBS], 'V_ATTEND'),
  // A speech verb that is also a verb of saying is both; the rules decide which reading a sentence has.
  ...SPEECH_PHRASES.filter((v) => !SAY_KEYS.has(v.text)).map((v) => ({ ...v, tags: ['V_SPEAK'] as const })),
  ...SAY_VERBS.map((v) => ({ ...v, tags: ['V_SAY', 'V_SPEAK'] as const })),
  ...tagged(OBJECT_VERBS, 'V_OBJ'),
  ...tagged(MEETING_NOUNS, 'MEET'),
  // "Lễ công bố", "hội nghị tiếp xúc cử tri": a meeting's name, whose verb-like words act on nothing.
  ...tagged(MEETING_NOUNS.flatMap((n) => KIND_MODIFIERS.map((k) => ({ text: `${n.text} ${k.text}`, gloss: `${n.gloss}: ${k.gloss}` }))), 'MEET'),
  ...tagged(ADVERBS, 'ADV'),
  { text: 'có', gloss: 'there is, has', tags: ['HAVE'] },
  ...tagged(LIST_OPENERS, 'WHO'),
  ...tagged(NOT_ROLE_WORDS),
];
