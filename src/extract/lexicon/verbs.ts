/** Verbs that give a person a role at a meeting. Data only. */
import type { LexiconEntry } from './entry.js';

export interface VerbEntry extends LexiconEntry {
  /** Words after which this one is part of a name instead ("Ủy ban Kiểm tra", "Đoàn kiểm tra"). */
  notAfter?: readonly string[];
}

export const CHAIR_VERBS: readonly VerbEntry[] = [
  { text: 'đồng chủ trì', gloss: 'co-chair' },
  { text: 'chủ trì', gloss: 'chair' },
  { text: 'chủ tọa', gloss: 'preside' },
  { text: 'chủ toạ', gloss: 'preside (old tone placement)' },
];

/** A presiding panel whose members are listed after "gồm"/"là" ("Đoàn Chủ tịch Đại hội gồm …"): they chair. */
export const PRESIDIUM_WORDS: readonly VerbEntry[] = [
  { text: 'đoàn chủ tịch', gloss: 'presidium' },
  { text: 'đoàn chủ tọa', gloss: 'presiding panel' },
  { text: 'đoàn chủ toạ', gloss: 'presiding panel (old tone placement)' },
];

/** "dự" and friends; followed by "có" they introduce the attendees, otherwise their subject attends. */
export const ATTEND_VERBS: readonly VerbEntry[] = [
  { text: 'tham dự', gloss: 'attend' },
  { text: 'cùng dự', gloss: 'also attend' },
  { text: 'về dự', gloss: 'come to attend' },
  { text: 'dự', gloss: 'attend' },
  { text: 'cùng đi', gloss: 'accompany' },
  { text: 'có sự hiện diện của', gloss: 'in the presence of' },
  { text: 'có sự tham dự của', gloss: 'attended by' },
  { text: 'tiếp xúc cử tri', gloss: 'meet voters (the delegates are the participants)' },
  { text: 'tiếp xúc', gloss: 'meet (voters, citizens): the delegates who do are the participants' },
  { text: 'về phía', gloss: 'on the side of (a host or guest party)' },
  { text: 'tiếp đoàn', gloss: 'receive the delegation' },
  { text: 'tiếp và làm việc với đoàn', gloss: 'receive and work with the delegation' },
  { text: 'làm việc với đoàn', gloss: 'work with the delegation' },
  { text: 'tham gia đoàn', gloss: 'be part of the delegation' },
];

/** Speech acts; the role is reported as written, lower case. */
export const SPEECH_VERBS: readonly VerbEntry[] = [
  { text: 'phát biểu', gloss: 'speak' },
  { text: 'báo cáo', gloss: 'report' },
  { text: 'trình bày', gloss: 'present' },
  { text: 'trình tờ trình', gloss: 'submit a proposal' },
  { text: 'thông tin', gloss: 'inform' },
  { text: 'thông báo', gloss: 'announce' },
  { text: 'đề nghị', gloss: 'propose, urge' },
  { text: 'biểu dương', gloss: 'commend' },
  { text: 'khẳng định', gloss: 'affirm' },
  { text: 'nhấn mạnh', gloss: 'stress' },
  { text: 'ghi nhận', gloss: 'acknowledge' },
  { text: 'yêu cầu', gloss: 'demand' },
  { text: 'điều hành', gloss: 'moderate' },
  { text: 'thông qua', gloss: 'present for adoption' },
  { text: 'cho biết', gloss: 'say' },
  { text: 'đánh giá', gloss: 'assess' },
  { text: 'chúc mừng', gloss: 'congratulate' },
  { text: 'quán triệt', gloss: 'brief' },
  { text: 'bày tỏ', gloss: 'express (thanks, pride)' },
  { text: 'đọc diễn văn', gloss: 'deliver an address' },
  { text: 'công bố', gloss: 'announce (a decision)' },
  { text: 'chia sẻ', gloss: 'share (experience)' },
  { text: 'tham luận', gloss: 'give a contribution' },
  { text: 'giải trình', gloss: 'explain (answer voters or delegates)' },
  { text: 'đọc quyết định', gloss: 'read out a decision' },
  { text: 'đọc thư', gloss: 'read out a letter' },
  { text: 'đọc báo cáo', gloss: 'read out a report' },
  { text: 'đọc tờ trình', gloss: 'read out a proposal' },
  { text: 'đọc nghị quyết', gloss: 'read out a resolution' },
  { text: 'cảm ơn', gloss: 'thank' },
  { text: 'mong muốn', gloss: 'express the wish' },
  { text: 'tiếp thu', gloss: 'take in (comments), answering them' },
];

/**
 * Verbs whose object is a person: "A chúc mừng đồng chí B, đề nghị …" makes B the one congratulated,
 * not the subject of the next verb. Speech verbs above take objects too.
 */
export const OBJECT_VERBS: readonly VerbEntry[] = [
  { text: 'trao', gloss: 'hand over' },
  { text: 'tặng', gloss: 'present' },
  { text: 'chúc', gloss: 'wish' },
  { text: 'khen thưởng', gloss: 'reward' },
  { text: 'giao', gloss: 'assign' },
  { text: 'thăm', gloss: 'visit' },
  { text: 'tiếp', gloss: 'receive' },
  { text: 'gặp', gloss: 'meet' },
  { text: 'cho', gloss: 'to (a recipient)' },
];

/** What may follow "phát biểu" to make the role precise ("phát biểu kết luận"). */
export const SPEECH_MODIFIERS: readonly VerbEntry[] = [
  { text: 'khai mạc', gloss: 'opening' },
  { text: 'bế mạc', gloss: 'closing' },
  { text: 'kết luận', gloss: 'concluding' },
  { text: 'chỉ đạo', gloss: 'directing' },
  { text: 'chào mừng', gloss: 'welcoming' },
  { text: 'tham luận', gloss: 'contribution' },
  { text: 'tham gia ý kiến', gloss: 'giving opinions' },
  { text: 'giao nhiệm vụ', gloss: 'assigning tasks' },
  { text: 'tiếp thu', gloss: 'taking in comments' },
  { text: 'nhận nhiệm vụ', gloss: 'accepting a new post' },
];

/** Phrases that give a post in this article; what follows them is the new post. */
export const APPOINT_PHRASES: readonly VerbEntry[] = [
  { text: 'được bầu giữ chức danh', gloss: 'elected to the post of' },
  { text: 'được bầu giữ chức vụ', gloss: 'elected to the post of' },
  { text: 'được bầu giữ chức', gloss: 'elected to the post of' },
  { text: 'được bầu làm', gloss: 'elected as' },
  { text: 'được bầu bổ sung làm', gloss: 'elected as an additional' },
  { text: 'được bầu bổ sung giữ chức', gloss: 'elected as an additional' },
  { text: 'được bầu là', gloss: 'elected as' },
  { text: 'được bổ nhiệm là', gloss: 'appointed as' },
  { text: 'được điều động, bổ nhiệm giữ chức', gloss: 'transferred and appointed to' },
  { text: 'được phân công giữ chức', gloss: 'assigned to the post of' },
  { text: 'được phân công làm', gloss: 'assigned as' },
  { text: 'được chỉ định là', gloss: 'designated as' },
  { text: 'được chỉ định làm', gloss: 'designated as' },
  { text: 'được bổ nhiệm làm', gloss: 'appointed as' },
  { text: 'được bổ nhiệm giữ chức', gloss: 'appointed to' },
  { text: 'tái đắc cử', gloss: 're-elected as' },
  { text: 'đắc cử', gloss: 'elected as' },
  { text: 'trúng cử', gloss: 'elected as' },
  { text: 'giữ chức danh', gloss: 'to hold the post of' },
  { text: 'giữ chức vụ', gloss: 'to hold the post of' },
  { text: 'giữ chức', gloss: 'to hold the post of' },
];

/** Words that turn a following "giữ chức" into leaving a post. */
export const LEAVE_WORDS: readonly VerbEntry[] = [
  { text: 'thôi', gloss: 'cease' },
  { text: 'nghỉ hưu', gloss: 'retire' },
];

/** Decisions whose object joins a body: "Chuẩn y đồng chí A … tham gia Ban Thường vụ …". */
export const APPROVE_WORDS: readonly VerbEntry[] = [
  { text: 'chuẩn y', gloss: 'approve (a party decision)' },
];

/**
 * Words that end a list of posts: what follows is the clause's verb or the next phrase, never a post.
 * Role verbs above end it too.
 */
export const LIST_ENDERS: readonly VerbEntry[] = [
  { text: 'và', gloss: 'and' },
  { text: 'cùng', gloss: 'together with' },
  { text: 'tặng', gloss: 'present (flowers, gifts)' },
  { text: 'trao', gloss: 'hand over' },
  { text: 'đã', gloss: '(past marker)' },
  { text: 'đến', gloss: 'come to' },
  { text: 'thăm', gloss: 'visit' },
  { text: 'tiếp xúc', gloss: 'meet' },
  { text: 'nhận công tác', gloss: 'take up work' },
  { text: 'tham gia', gloss: 'join' },
  { text: 'được', gloss: '(passive)' },
  { text: 'là', gloss: 'is' },
  { text: 'thôi', gloss: 'cease' },
  { text: 'gửi', gloss: 'send' },
  { text: 'mong', gloss: 'wish' },
  { text: 'thay mặt', gloss: 'on behalf of' },
  { text: 'dâng hương', gloss: 'offer incense' },
  { text: 'kiểm tra', gloss: 'inspect', notAfter: ['ban', 'đoàn'] },
  { text: 'làm việc', gloss: 'work with' },
  // A post ends before the act it is named for ("Chủ tịch HĐND tỉnh làm trưởng đoàn") or the
  // decision about it ("… kể từ ngày 1/10", "… nghỉ hưu theo chế độ", "Chủ tịch UBND tỉnh bổ nhiệm …").
  { text: 'làm', gloss: 'act as, become', notAfter: ['việc'] },
  { text: 'kể từ', gloss: 'as from' },
  { text: 'nghỉ hưu', gloss: 'retire' },
  { text: 'bổ nhiệm', gloss: 'appoint' },
  { text: 'điều động', gloss: 'transfer' },
  { text: 'chỉ định', gloss: 'designate' },
  { text: 'miễn nhiệm', gloss: 'relieve of office' },
  { text: 'về việc', gloss: 'concerning' },
  { text: 'quyết định', gloss: 'decide' },
];

/**
 * Verbs that elect or appoint the person after them: in their clause "A, pos làm <post>" gives A
 * the new post ("hiệp thương cử bổ sung bà A, Chủ tịch Hội … làm Ủy viên Ủy ban …").
 */
export const ELECT_VERBS: readonly VerbEntry[] = [
  { text: 'cử', gloss: 'elect, delegate' },
  { text: 'bầu', gloss: 'elect' },
  { text: 'bổ nhiệm', gloss: 'appoint' },
  { text: 'chỉ định', gloss: 'designate' },
  { text: 'điều động', gloss: 'transfer' },
  { text: 'phân công', gloss: 'assign' },
  { text: 'giới thiệu', gloss: 'nominate' },
];

/** "miễn nhiệm chức danh <post> đối với ông A": a post its holder is relieved of (held until now). */
export const RELIEVE_PHRASES: readonly VerbEntry[] = [
  { text: 'miễn nhiệm', gloss: 'relieve of office' },
  { text: 'cho thôi giữ', gloss: 'release from' },
  { text: 'cho thôi', gloss: 'release from' },
];

/** "từng giữ các chức vụ: A, B": the posts of a biography, held before. */
export const CAREER_PHRASES: readonly VerbEntry[] = [
  { text: 'từng giữ', gloss: 'has held' },
  { text: 'từng đảm nhiệm', gloss: 'has served as' },
  { text: 'từng là', gloss: 'has been' },
];
