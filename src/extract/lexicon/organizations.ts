/** Organization vocabulary: abbreviations, the heads that open a body's name and their kinds, locality words. Data only. */

/** Abbreviations as the press writes them → full form. Longer keys are matched first. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  UBMTTQVN: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  MTTQVN: 'Mặt trận Tổ quốc Việt Nam',
  MTTQ: 'Mặt trận Tổ quốc',
  'HĐND': 'Hội đồng nhân dân',
  UBND: 'Ủy ban nhân dân',
  'BCĐ': 'Ban Chỉ đạo',
  BTV: 'Ban Thường vụ',
  BCH: 'Ban Chấp hành',
  UBKT: 'Ủy ban Kiểm tra',
  CATP: 'Công an thành phố',
  CAND: 'Công an nhân dân',
  'QĐND': 'Quân đội nhân dân',
  'LĐLĐ': 'Liên đoàn Lao động',
  'ĐBQH': 'đại biểu Quốc hội',
  CCB: 'Cựu chiến binh',
  LHPN: 'Liên hiệp Phụ nữ',
  QLTT: 'Quản lý thị trường',
  'TT&TT': 'Thông tin và Truyền thông',
  'NN&PTNT': 'Nông nghiệp và Phát triển nông thôn',
  'GD&ĐT': 'Giáo dục và Đào tạo',
  'KH&CN': 'Khoa học và Công nghệ',
  'TN&MT': 'Tài nguyên và Môi trường',
  'LĐ-TB&XH': 'Lao động – Thương binh và Xã hội',
  GTVT: 'Giao thông vận tải',
  ANTQ: 'an ninh Tổ quốc',
  BCHQS: 'Bộ Chỉ huy Quân sự',
  CHQS: 'Chỉ huy Quân sự',
  TPHCM: 'thành phố Hồ Chí Minh',
  'TP.HCM': 'thành phố Hồ Chí Minh',
  'TP. HCM': 'thành phố Hồ Chí Minh',
  'TP HCM': 'thành phố Hồ Chí Minh',
  VN: 'Việt Nam',
  TW: 'Trung ương',
  'TP.': 'thành phố',
  TP: 'thành phố',
};

/** What a body is, decided by the head of its name. */
export const ORG_KINDS = [
  'party committee',
  'party standing committee',
  'party inspection committee',
  'party caucus',
  'party cell',
  'standing committee',
  'standing board',
  'executive committee',
  'inspection committee',
  'steering committee',
  'people’s council',
  'people’s committee',
  'front',
  'national assembly',
  'national assembly delegation',
  'government',
  'ministry',
  'department',
  'office',
  'inspectorate',
  'board',
  'committee',
  'council',
  'police',
  'military command',
  'military',
  'union',
  'youth union',
  'association',
  'court',
  'procuracy',
  'institute',
  'school',
  'hospital',
  'center',
  'enterprise',
  'press',
  'delegation',
  'organization',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export interface BodyHead {
  /** The head as it opens a name, in its canonical spelling ("Bộ Chỉ huy Quân sự", not "Bộ chỉ huy quân sự"). */
  text: string;
  kind: OrgKind;
  /** The kind when the body belongs to a party committee ("Ban Thường vụ Thành ủy …"). */
  partyKind?: OrgKind;
  /** The rest of the name may name the body this one is part of ("Ban Tuyên giáo | Thành ủy Hải Phòng"). */
  partOf?: boolean;
  /** The name may go on with its topic after "về" ("Ban Chỉ đạo … về …"), which is not part of the name. */
  topical?: boolean;
  /** A proper name follows the head and opens with a capital ("Ban Tuyên giáo", "Sở Nội vụ"), whatever the writer typed. */
  named?: boolean;
  /** Words after the head that make it an ordinary word, not a body ("Hội nghị" is a meeting). */
  notBefore?: readonly string[];
  gloss: string;
}

/**
 * Heads of bodies' names. The longest head that opens a name decides its kind: "Bộ Chỉ huy Quân sự"
 * is a military command and "Bộ Chính trị" the Politburo, not ministries. Order does not matter.
 */
export const BODY_HEADS: readonly BodyHead[] = [
  // Party
  { text: 'Ban Chấp hành Trung ương Đảng', kind: 'party committee', gloss: 'Party Central Committee' },
  { text: 'Trung ương Đảng', kind: 'party committee', gloss: 'Party Central Committee' },
  { text: 'Bộ Chính trị', kind: 'party committee', gloss: 'Politburo' },
  { text: 'Ban Bí thư', kind: 'party committee', gloss: 'Party Secretariat' },
  { text: 'Thành ủy', kind: 'party committee', gloss: 'city party committee' },
  { text: 'Tỉnh ủy', kind: 'party committee', gloss: 'provincial party committee' },
  { text: 'Quận ủy', kind: 'party committee', gloss: 'urban district party committee' },
  { text: 'Huyện ủy', kind: 'party committee', gloss: 'rural district party committee' },
  { text: 'Thị ủy', kind: 'party committee', gloss: 'town party committee' },
  { text: 'Đảng ủy', kind: 'party committee', gloss: 'party committee' },
  { text: 'Đảng ủy Quân sự', kind: 'party committee', gloss: 'military party committee' },
  { text: 'Đảng bộ', kind: 'party committee', gloss: 'party organization' },
  { text: 'Chi bộ', kind: 'party cell', gloss: 'party cell' },
  { text: 'Đảng đoàn', kind: 'party caucus', gloss: 'party caucus in a state or mass body' },
  { text: 'Ban cán sự đảng', kind: 'party caucus', gloss: 'party affairs committee' },
  { text: 'Ban Thường vụ', kind: 'standing committee', partyKind: 'party standing committee', partOf: true, gloss: 'standing committee' },
  { text: 'Ban Chấp hành', kind: 'executive committee', partyKind: 'party committee', gloss: 'executive committee' },
  { text: 'Ủy ban Kiểm tra', kind: 'inspection committee', partyKind: 'party inspection committee', partOf: true, gloss: 'inspection committee' },
  { text: 'Thường trực', kind: 'standing board', partOf: true, gloss: 'standing board' },
  { text: 'Ban Thường trực', kind: 'standing board', partOf: true, gloss: 'standing board' },
  { text: 'Ban Chỉ đạo', kind: 'steering committee', partOf: true, topical: true, gloss: 'steering committee' },
  { text: 'Tiểu ban', kind: 'committee', partOf: true, topical: true, gloss: 'subcommittee' },
  { text: 'Tổ công tác', kind: 'committee', partOf: true, topical: true, gloss: 'working group' },
  { text: 'Ban', named: true, kind: 'board', partyKind: 'department', partOf: true, gloss: 'board; a party committee’s is a department (Ban Tuyên giáo: propaganda department)' },
  { text: 'Ban Quản lý', kind: 'board', partOf: true, gloss: 'management board' },
  // State
  { text: 'Hội đồng nhân dân', kind: 'people’s council', gloss: 'people’s council' },
  { text: 'Ủy ban nhân dân', kind: 'people’s committee', gloss: 'people’s committee' },
  { text: 'Quốc hội', kind: 'national assembly', gloss: 'National Assembly' },
  { text: 'Ủy ban Thường vụ Quốc hội', kind: 'national assembly', gloss: 'NA Standing Committee' },
  { text: 'Đoàn đại biểu Quốc hội', kind: 'national assembly delegation', gloss: 'NA delegation of a province' },
  { text: 'Đoàn chuyên trách', kind: 'national assembly delegation', partOf: true, gloss: 'full-time team of an NA delegation' },
  { text: 'Ủy ban', named: true, kind: 'committee', partOf: true, gloss: 'committee' },
  { text: 'Hội đồng', kind: 'council', partOf: true, topical: true, gloss: 'council, board' },
  { text: 'Chính phủ', kind: 'government', gloss: 'government' },
  { text: 'Bộ', named: true, kind: 'ministry', gloss: 'ministry' },
  { text: 'Sở', named: true, kind: 'department', partOf: true, gloss: 'provincial department' },
  { text: 'Tổng cục', named: true, kind: 'department', partOf: true, gloss: 'general department' },
  { text: 'Cục', named: true, kind: 'department', partOf: true, gloss: 'department' },
  { text: 'Chi cục', named: true, kind: 'department', partOf: true, gloss: 'sub-department' },
  { text: 'Vụ', named: true, kind: 'department', partOf: true, notBefore: ['án', 'việc'], gloss: 'ministry unit' },
  { text: 'Phòng', named: true, kind: 'department', partOf: true, notBefore: ['chống', 'ngừa', 'cháy'], gloss: 'division, office' },
  { text: 'Văn phòng', kind: 'office', partOf: true, gloss: 'office' },
  { text: 'Thanh tra', kind: 'inspectorate', partOf: true, gloss: 'inspectorate' },
  { text: 'Tòa án nhân dân', kind: 'court', gloss: 'people’s court' },
  { text: 'Tòa án', kind: 'court', gloss: 'court' },
  { text: 'Viện Kiểm sát nhân dân', kind: 'procuracy', gloss: 'people’s procuracy' },
  { text: 'Viện Kiểm sát', kind: 'procuracy', gloss: 'procuracy' },
  // Security and defence
  { text: 'Công an', kind: 'police', gloss: 'police' },
  { text: 'Bộ Chỉ huy Quân sự', kind: 'military command', gloss: 'provincial military command' },
  { text: 'Ban Chỉ huy Quân sự', kind: 'military command', gloss: 'local military command' },
  { text: 'Bộ Chỉ huy Bộ đội Biên phòng', kind: 'military command', gloss: 'border guard command' },
  { text: 'Bộ Tư lệnh', kind: 'military command', gloss: 'high command' },
  { text: 'Bộ đội Biên phòng', kind: 'military', gloss: 'border guard' },
  { text: 'Quân khu', kind: 'military', gloss: 'military region' },
  { text: 'Quân đoàn', kind: 'military', gloss: 'army corps' },
  { text: 'Quân chủng', kind: 'military', gloss: 'service branch' },
  { text: 'Sư đoàn', kind: 'military', gloss: 'division' },
  { text: 'Lữ đoàn', kind: 'military', gloss: 'brigade' },
  { text: 'Đồn Biên phòng', kind: 'military', gloss: 'border post' },
  { text: 'Đội', kind: 'department', partOf: true, named: true, gloss: 'team, squad' },
  // Front and mass organizations
  { text: 'Mặt trận Tổ quốc', kind: 'front', gloss: 'Fatherland Front' },
  { text: 'Ủy ban Mặt trận Tổ quốc', kind: 'front', gloss: 'Fatherland Front committee' },
  { text: 'Ủy ban Trung ương Mặt trận Tổ quốc', kind: 'front', gloss: 'Fatherland Front Central Committee' },
  { text: 'Ban công tác Mặt trận', kind: 'front', gloss: 'front work group of a residential area' },
  { text: 'Liên đoàn Lao động', kind: 'union', gloss: 'labour federation' },
  { text: 'Công đoàn', kind: 'union', gloss: 'trade union' },
  { text: 'Đoàn Thanh niên', kind: 'youth union', gloss: 'youth union' },
  { text: 'Trung ương Đoàn', kind: 'youth union', gloss: 'youth union central committee' },
  { text: 'Thành đoàn', kind: 'youth union', gloss: 'city youth union' },
  { text: 'Tỉnh đoàn', kind: 'youth union', gloss: 'provincial youth union' },
  { text: 'Quận đoàn', kind: 'youth union', gloss: 'district youth union' },
  { text: 'Huyện đoàn', kind: 'youth union', gloss: 'district youth union' },
  { text: 'Hội', named: true, kind: 'association', notBefore: ['nghị', 'thảo', 'thi', 'diễn', 'chợ', 'trại', 'viên'], gloss: 'association' },
  { text: 'Hội Cựu chiến binh', kind: 'association', gloss: 'veterans’ association' },
  { text: 'Hội Liên hiệp Phụ nữ', kind: 'association', gloss: 'women’s union' },
  { text: 'Hội Nông dân', kind: 'association', gloss: 'farmers’ association' },
  // Public services, press and business
  { text: 'Viện', named: true, kind: 'institute', partOf: true, gloss: 'institute' },
  { text: 'Học viện', named: true, kind: 'school', gloss: 'academy' },
  { text: 'Đại học', kind: 'school', gloss: 'university' },
  { text: 'Trường Đại học', kind: 'school', gloss: 'university' },
  { text: 'Trường Cao đẳng', kind: 'school', gloss: 'college' },
  { text: 'Trường Chính trị', kind: 'school', gloss: 'political school' },
  { text: 'Trường THPT', kind: 'school', gloss: 'high school' },
  { text: 'Trường THCS', kind: 'school', gloss: 'lower secondary school' },
  { text: 'Trường Tiểu học', kind: 'school', gloss: 'primary school' },
  { text: 'Trường Mầm non', kind: 'school', gloss: 'kindergarten' },
  { text: 'Nhà trường', kind: 'school', gloss: 'the school' },
  { text: 'Bệnh viện', named: true, kind: 'hospital', partOf: true, gloss: 'hospital' },
  { text: 'Trung tâm Y tế', kind: 'hospital', gloss: 'district health centre' },
  { text: 'Trung tâm', named: true, kind: 'center', partOf: true, gloss: 'centre' },
  { text: 'Công ty', kind: 'enterprise', gloss: 'company' },
  { text: 'Tổng công ty', kind: 'enterprise', gloss: 'corporation' },
  { text: 'Tập đoàn', kind: 'enterprise', gloss: 'group' },
  { text: 'Ngân hàng', kind: 'enterprise', gloss: 'bank' },
  { text: 'Hợp tác xã', kind: 'enterprise', gloss: 'cooperative' },
  { text: 'Báo', kind: 'press', notBefore: ['cáo', 'chí'], gloss: 'newspaper' },
  { text: 'Đài Phát thanh', kind: 'press', gloss: 'radio and television station' },
  { text: 'Tạp chí', kind: 'press', gloss: 'journal' },
  { text: 'Đoàn công tác', kind: 'delegation', topical: true, gloss: 'working delegation' },
  { text: 'Đoàn kiểm tra', kind: 'delegation', topical: true, gloss: 'inspection team' },
  { text: 'Đoàn giám sát', kind: 'delegation', topical: true, gloss: 'oversight team' },
];

/**
 * One body, several spellings: the press writes the Party Central Committee as "Trung ương Đảng",
 * and "thường vụ" for the standing committee. Keys are matched on the whole head, case aside.
 */
export const HEAD_ALIASES: Readonly<Record<string, string>> = {
  'Trung ương Đảng': 'Ban Chấp hành Trung ương Đảng',
  'Ban Chấp hành Trung ương': 'Ban Chấp hành Trung ương Đảng',
  'Thường vụ Quốc hội': 'Ủy ban Thường vụ Quốc hội',
  'Thường vụ': 'Ban Thường vụ',
};

/**
 * Words that end a body's name: what follows is the post's term ("nhiệm kỳ 2020 - 2025", "khóa
 * XIV"), a date, or the rest of the clause ("bổ nhiệm", "tham luận"). Matched lower case, as words.
 */
export const NAME_ENDERS: readonly string[] = [
  'nhiệm kỳ', // term of office
  'khóa', // (numbered) term
  'lần thứ', // (numbered) congress
  'kể từ', // as from
  'từ ngày', // from (date)
  'từ tháng', // from (month)
  'ngày', // on (date)
  'năm', // in (year)
  'về việc', // regarding
  'bổ nhiệm', // appoints
  'nghỉ hưu', // retires
  'làm', // acts as
  'tham luận', // gives a paper
  'đọc', // reads out
  'phát biểu', // speaks
  'chủ trì', // chairs
  'tham dự', // attends
  'được', // is (passive)
  'đã', // has
  'vừa', // has just
  'sẽ', // will
  'với', // with
  'cho', // for
  'theo', // according to
  'nhằm', // in order to
  'trao', // presents
  'nhận', // receives
];

/** "của" (of) before a body is dropped ("Ban Chỉ đạo của Thành ủy …"); before anything else it ends the name. */
export const OF_WORD = 'của';
/** "Trung ương" (central) ending a board's name makes it a board of the Party Central Committee. */
export const CENTRAL = 'Trung ương';
/** After a topical head, "về" (about) opens the body's topic. */
export const TOPIC_WORD = 'về';

/** Party bodies named after the level of government they lead, and that level's locality word. */
export const PARTY_BODIES: ReadonlyArray<{ body: string; locality: string }> = [
  { body: 'Thành ủy', locality: 'thành phố' },
  { body: 'Tỉnh ủy', locality: 'tỉnh' },
  { body: 'Quận ủy', locality: 'quận' },
  { body: 'Huyện ủy', locality: 'huyện' },
  { body: 'Thị ủy', locality: 'thị xã' },
];

/** Units known by their number; a bare one ("Chủ nhiệm Chính trị Quân khu") is the one the article numbers. */
export const NUMBERED_UNITS: readonly string[] = ['Quân khu', 'Quân đoàn', 'Sư đoàn'];

/** Centrally-run cities: a portal of one of them is a "thành phố", any other portal a "tỉnh". */
export const CENTRAL_CITIES: readonly string[] = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];

/** Short forms of city names that stand alone after a body's name ("Đảng bộ phường X, TPHCM"). */
export const CITY_SHORT_NAMES: readonly string[] = ['TPHCM', 'TP.HCM', 'TP HCM', 'TP. HCM', 'HCM'];

/** Locality words; a bare one in a post ("Chủ tịch HĐND quận") means the one the article is about. */
export const LOCALITIES: readonly string[] = ['thành phố', 'tỉnh', 'quận', 'huyện', 'thị xã', 'thị trấn', 'xã', 'phường', 'đặc khu'];

/** The lowest level: a bare "Đảng ủy" with no unit beside it is the party committee of the commune or ward the article is about. */
export const COMMUNE_LOCALITIES: readonly string[] = ['xã', 'phường', 'thị trấn', 'đặc khu'];

/** Sub-bodies that never stand alone: "Ủy viên Ban Thường vụ" borrows its body from the next post. */
export const SUB_BODIES: readonly string[] = ['Ban Thường vụ', 'Ban Chấp hành', 'Thường trực', 'Ủy ban Kiểm tra'];

/** Bodies that have a standing committee or an executive of their own, so a sub-body may borrow them. */
export const SUB_BODY_HOSTS: readonly OrgKind[] = ['party committee', 'association', 'union', 'youth union', 'front'];

/**
 * Party bodies that are named after the unit they lead and are often written bare, the unit given by
 * the next post ("Bí thư Đảng ủy, Giám đốc Công an thành phố", "Bí thư Đảng đoàn, Chủ tịch Ủy ban
 * Mặt trận …"): the kinds of unit each one can lead; `commune` when a bare one may also be the commune's.
 */
export const UNIT_PARTY_BODIES: ReadonlyArray<{ body: string; units: readonly OrgKind[]; commune: boolean; gloss: string }> = [
  {
    body: 'Đảng ủy',
    units: ['police', 'military command', 'military', 'department', 'ministry', 'hospital', 'school', 'enterprise', 'institute', 'press'],
    commune: true,
    gloss: 'party committee',
  },
  {
    body: 'Đảng đoàn',
    units: ['front', 'people’s council', 'national assembly', 'union', 'youth union', 'association', 'court', 'procuracy'],
    commune: false,
    gloss: 'party caucus',
  },
  {
    body: 'Ban cán sự đảng',
    units: ['people’s committee', 'government', 'ministry', 'court', 'procuracy'],
    commune: false,
    gloss: 'party affairs committee',
  },
];

/**
 * Lower-case words that may still follow a locality word inside a post ("Chủ tịch HĐND tỉnh khóa
 * XVI", "… huyện kiêm Trưởng …"). Any other lower-case word after "tỉnh", "phường" … starts the
 * clause's predicate ("Chủ tịch UBND tỉnh kết luận …"), so the post ends at the locality.
 */
export const LOCALITY_FOLLOWERS: readonly string[] = [
  'khóa', 'khoá', // (numbered) term
  'nhiệm kỳ', // term of office
  'lần thứ', // (numbered) congress
  'về', // (a steering committee's) topic
  'và', // and (decided by the list rules)
  'kiêm', // concurrently
  'nguyên', // former
  'quyền', // acting
  'số', // number
];

/**
 * Bodies of a locality that mean nothing without it: named bare ("Ủy ban nhân dân", "Ban Thường vụ")
 * or ending on a bare locality word or party committee ("Hội đồng nhân dân tỉnh", "Ban Tuyên giáo Tỉnh ủy"),
 * they are the article's own locality's, and with no place known they belong to that article alone.
 */
export const LOCAL_HEADS: readonly string[] = [
  'Hội đồng nhân dân', 'Ủy ban nhân dân', 'Ủy ban Mặt trận Tổ quốc', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc',
  'Đoàn đại biểu Quốc hội', 'Công an', 'Bộ Chỉ huy Quân sự', 'Ban Chỉ huy Quân sự', 'Tòa án nhân dân', 'Viện Kiểm sát nhân dân',
  'Liên đoàn Lao động', 'Đảng ủy', 'Đảng bộ', 'Chi bộ', 'Đảng đoàn', 'Ban cán sự đảng', 'Thường trực', 'Ban Thường vụ',
  'Ban Chấp hành', 'Ủy ban Kiểm tra', 'Ban Chỉ đạo', 'Văn phòng', 'Thành ủy', 'Tỉnh ủy', 'Quận ủy', 'Huyện ủy', 'Thị ủy',
];

/** Locality words a body's name can end on with its place left out ("Ủy ban nhân dân thành phố"). */
export const ELIDED_LOCALITY_WORDS: readonly string[] = [...LOCALITIES];

/**
 * Heads of bodies of a province that the press also writes with the province's name alone ("Đoàn đại
 * biểu Quốc hội Hải Phòng", "Công an Hải Dương"): the canonical name puts the locality word in
 * ("… thành phố Hải Phòng", "… tỉnh Hải Dương"), so both spellings are one body.
 */
export const PROVINCE_NAMED_HEADS: readonly string[] = [
  'Hội đồng nhân dân', 'Ủy ban nhân dân', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Đoàn đại biểu Quốc hội', 'Công an',
  'Bộ Chỉ huy Quân sự', 'Tòa án nhân dân', 'Viện Kiểm sát nhân dân', 'Liên đoàn Lao động', 'Hội Nông dân',
  'Hội Cựu chiến binh', 'Hội Liên hiệp Phụ nữ', 'Đoàn Thanh niên', 'Ban Chỉ đạo 35',
];

/**
 * The Fatherland Front's committees are named "Ủy ban Mặt trận Tổ quốc Việt Nam" + locality; the press
 * often leaves "Việt Nam" out. The canonical name puts it back.
 */
export const FRONT_COMMITTEE = { head: 'Ủy ban Mặt trận Tổ quốc', country: 'Việt Nam' } as const;

/**
 * Titles whose last word opens the body's name: "Trưởng Đoàn đại biểu Quốc hội tỉnh X" is "Trưởng" of the
 * "Đoàn đại biểu Quốc hội tỉnh X", not a "Trưởng Đoàn" of no body. `word` ends the title as written,
 * `rest` opens what follows (abbreviations spelled out), `head` is the body's head in its canonical spelling.
 */
export const TITLE_BODY_SPLITS: ReadonlyArray<{ word: string; rest: string; head: string }> = [
  { word: 'Đoàn', rest: 'đại biểu Quốc hội', head: 'Đoàn' },
];
