/**
 * Who chairs, speaks at and attends a meeting: the genre's constructions as rows, each a token
 * pattern (syntax in match.ts) over the tags of lexicon/role-words.ts, with the role it gives the
 * people it captures and the reason it holds. A new construction is one row and one test
 * (test/extract/roles.test.ts). Examples are invented; A and B are people, X a place.
 */
export type RoleName = 'chair' | 'speaker' | 'attendee';
/** A rule's outcome: a role, or 'none' for a construction that names people beside a role verb and gives them none. */
export type RuleRole = RoleName | 'none';

export interface RoleRule {
  name: string;
  match: string;
  role: RuleRole;
  reason: string;
  /** The rule fails when the token before its match is one of these (a verb whose object the person is). */
  notAfter?: readonly string[];
  /** A list that ends the sentence with ":" runs on into the next sentences that open with a bullet. */
  opensList?: boolean;
}

/** What a subject's verb may not follow: then the "subject" is an object ("chúc mừng đồng chí B"). */
const OBJECT = ['V_OBJ', 'V_SPEAK', 'V_CHAIR', 'V_ATTEND', 'của', 'với', 'cho', 'tặng', 'mời'];
/** "có (các đồng chí)(:)" before a list of people. */
const WHO = 'WHO? :?';

export const ROLE_RULES: readonly RoleRule[] = [
  // Chairs.
  { name: 'subject-chairs', match: '[PERSON+] ,? ADV* V_CHAIR', role: 'chair', notAfter: OBJECT,
    reason: 'A, posts, (đồng) chủ trì: the people before the verb, joined by commas, semicolons or "và", chair' },
  { name: 'subject-with-others-chairs', match: '[PERSON+] ,? cùng … ADV* V_CHAIR', role: 'chair', notAfter: OBJECT,
    reason: '"A cùng các đại biểu chủ trì": what goes with the subject does not take the role from it' },
  { name: 'subject-on-behalf-chairs', match: '[PERSON+] , thay mặt … , ADV* V_CHAIR', role: 'chair', notAfter: OBJECT,
    reason: '"A, thay mặt …, chủ trì": an on-behalf clause between subject and verb' },
  { name: 'subject-and-chairs', match: '[PERSON+] ADV* … và ADV* V_CHAIR', role: 'chair', notAfter: OBJECT,
    reason: '"A kiểm tra thực địa và chủ trì": a short predicate of the same subject before the verb' },
  { name: 'by-chairs', match: 'do [PERSON+] ADV* V_CHAIR', role: 'chair',
    reason: '"Hội nghị do A và B đồng chủ trì": the passive names the chairs after "do"' },
  { name: 'by-with-others-chairs', match: 'do [PERSON+] cùng … ADV* V_CHAIR', role: 'chair',
    reason: '"Hội nghị do Bí thư A cùng các Phó Bí thư chủ trì": the named chair, with company named by post only' },
  { name: 'under-chair-of', match: 'dưới sự V_CHAIR của [PERSON+]', role: 'chair',
    reason: '"dưới sự chủ trì của đồng chí A": the nominal passive' },
  { name: 'chair-is', match: `^ cùng? V_CHAIR … là ${WHO} [PERSON+]`, role: 'chair',
    reason: '"Chủ trì hội nghị là đồng chí A": the inverted copula' },
  { name: 'chair-fronted-list', match: `^ cùng? V_CHAIR … HAVE? ${WHO} [PERSON+]`, role: 'chair', opensList: true,
    reason: '"Chủ trì hội nghị: đồng chí A …; đồng chí B …", "Chủ tọa kỳ họp có các đồng chí: …": who follows the fronted verb chairs' },
  { name: 'attend-and-chair', match: `^ V_ATTEND và V_CHAIR … HAVE? ${WHO} [PERSON+]`, role: 'chair',
    reason: '"Dự và chủ trì hội nghị có đồng chí A": attending and chairing, the stronger role wins' },
  { name: 'chair-with-companions', match: `PERSON ,? ADV* V_CHAIR … cùng ${WHO} [PERSON+]`, role: 'chair',
    reason: '"A chủ trì hội nghị cùng các đồng chí: B, C": the companions of the chair co-chair' },
  { name: 'presidium', match: `PRESIDIUM … gồm|là|có ${WHO} [PERSON+]`, role: 'chair', opensList: true,
    reason: '"Đoàn Chủ tịch gồm các đồng chí …": the presiding panel chairs' },

  // Speakers: a fronted speech act names the act, so its rows come first and give the role its words.
  { name: 'fronted-speech', match: '^ V_SPEAK … , [PERSON&]', role: 'speaker',
    reason: '"Phát biểu chỉ đạo hội nghị, đồng chí A nhấn mạnh …": the speech act leads, its speakers follow the comma' },
  { name: 'fronted-speech-mid', match: ', V_SPEAK … , [PERSON&] ,? ADV* V_SAY|V_SPEAK', role: 'speaker',
    reason: '"…, phát biểu tại hội nghị, A khẳng định": a fronted speech clause inside the sentence' },
  { name: 'under-speech-of', match: 'dưới sự V_SPEAK của [PERSON+]', role: 'speaker',
    reason: '"dưới sự điều hành của đồng chí A": who moderates a sitting speaks in it, with the role "điều hành"' },
  { name: 'speech-of', match: '^ V_SPEAK … của [PERSON]', role: 'speaker',
    reason: '"Phát biểu khai mạc của đồng chí A": a speech titled by its speaker' },
  { name: 'fronted-speech-object', match: '^ V_SPEAK … PERSON … , [PERSON&]', role: 'speaker',
    reason: '"Chúc mừng đồng chí B, đồng chí A mong muốn …": the person inside the fronted act is its object, who follows the comma spoke' },
  { name: 'subject-speaks', match: '[PERSON&] ,? ADV* V_SPEAK', role: 'speaker', notAfter: OBJECT,
    reason: '"A phát biểu …", "A nhấn mạnh …": the subject of a speech verb or a verb of saying spoke' },
  { name: 'subject-with-others-speaks', match: '[PERSON&] ,? cùng … ADV* V_SPEAK', role: 'speaker', notAfter: OBJECT,
    reason: '"A cùng lãnh đạo tỉnh … trao đổi": the company does not take the subject\'s speech' },
  { name: 'subject-on-behalf-speaks', match: '[PERSON&] , thay mặt … , ADV* V_SPEAK', role: 'speaker', notAfter: OBJECT,
    reason: '"A, thay mặt lãnh đạo thành phố, phát biểu"' },
  { name: 'acted-and-spoke', match: '[PERSON+] ,? ADV* V_ATTEND|V_CHAIR … và ADV* !V_SAY V_SPEAK', role: 'speaker', notAfter: OBJECT,
    reason: '"A dự và phát biểu chỉ đạo": a second verb joined by "và" shares the subject (a verb of saying there is "attended-and-directed")' },
  { name: 'by-speaks', match: 'do [PERSON+] ADV* V_SPEAK', role: 'speaker',
    reason: '"báo cáo do đồng chí A trình bày": after "do" the person is the agent' },
  { name: 'object-then-speaks', match: '[PERSON&] ,? ADV* V_OBJ|V_SPEAK … PERSON , ADV* V_SPEAK', role: 'speaker', notAfter: OBJECT,
    reason: '"A chúc mừng đồng chí B, đề nghị …": after an object the next verb is still the subject\'s' },

  // Attendees.
  { name: 'fronted-attend', match: `^ cùng? V_ATTEND … HAVE … ${WHO} [PERSON+]`, role: 'attendee', opensList: true,
    reason: '"Dự hội nghị có các đồng chí: …", "Cùng dự có 4 Phó Thủ tướng: A, B": who follows "có" attends' },
  { name: 'fronted-attend-colon', match: `^ cùng? V_ATTEND … : ${WHO} [PERSON+]`, role: 'attendee', opensList: true,
    reason: '"Dự hội nghị: đồng chí A, …": a colon instead of "có"' },
  { name: 'attend-have', match: `V_ATTEND HAVE ${WHO} [PERSON+]`, role: 'attendee',
    reason: '"…, tham dự có đồng chí A": "có" right after an attending verb introduces who attends, wherever the clause stands' },
  { name: 'attended-by', match: `HAVE sự V_ATTEND của … ${WHO} [PERSON+]`, role: 'attendee', opensList: true,
    reason: '"Hội nghị có sự tham dự của đồng chí A": the nominal form' },
  { name: 'subject-attends', match: '[PERSON+] ,? ADV* V_ATTEND', role: 'attendee', notAfter: OBJECT,
    reason: '"A; B đã đến dự": the subjects of an attending verb attend' },
  { name: 'attended-and-directed', match: '[PERSON+] ,? ADV* V_ATTEND và V_SAY', role: 'attendee', notAfter: OBJECT,
    reason: '"A dự và chỉ đạo hội nghị": a leader who attends and directs is an attendee, not a chair nor a speaker of the meeting' },
  { name: 'subject-with-others-attends', match: '[PERSON+] ,? cùng … ADV* V_ATTEND', role: 'attendee', notAfter: OBJECT,
    reason: '"A cùng đoàn công tác dự …"' },
  { name: 'also-present', match: `^ V_ATTEND … còn HAVE ${WHO} [PERSON+]`, role: 'attendee',
    reason: '"Dự hội nghị còn có …"' },
  { name: 'together-with', match: `^ cùng ${WHO} [PERSON+]`, role: 'attendee',
    reason: '"Cùng các đồng chí A, B": a list running on from the sentence before' },

  // Constructions that put people beside a role verb and give them no role.
  { name: 'flowers-for', match: 'V_OBJ|nhận hoa V_SPEAK', role: 'none',
    reason: '"A tặng hoa chúc mừng đại hội", "A nhận hoa chúc mừng": a gesture of congratulation, not a speech' },
  { name: 'object-of-speech', match: 'V_SPEAK|V_OBJ PERSON', role: 'none',
    reason: '"Lãnh đạo tỉnh chúc mừng ông A": the person right after the verb is its object' },
  { name: 'for-the-presidium', match: 'thay mặt PRESIDIUM', role: 'none',
    reason: '"Thay mặt Đoàn Chủ tịch, A đọc diễn văn": speaking for the presidium names the body, not its members' },
];
