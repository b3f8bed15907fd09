/** Organization vocabulary: abbreviations, kinds and locality words. Data only. */

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
  'LĐLĐ': 'Liên đoàn Lao động',
  'ĐBQH': 'đại biểu Quốc hội',
  CCB: 'Cựu chiến binh',
  QLTT: 'Quản lý thị trường',
  'TT&TT': 'Thông tin và Truyền thông',
  BCHQS: 'Bộ Chỉ huy Quân sự',
  VN: 'Việt Nam',
  TW: 'Trung ương',
  TP: 'thành phố',
};

export interface OrgKindRule {
  /** A word or phrase whose presence in the full name gives the kind. */
  cue: string;
  kind: string;
  gloss: string;
}

/** First matching cue wins, so the more specific cues come first. */
export const ORG_KINDS: readonly OrgKindRule[] = [
  { cue: 'Ban Chỉ đạo', kind: 'steering committee', gloss: 'steering committee' },
  { cue: 'Hội đồng nhân dân', kind: 'people’s council', gloss: 'people’s council' },
  { cue: 'Ủy ban nhân dân', kind: 'people’s committee', gloss: 'people’s committee' },
  { cue: 'Mặt trận Tổ quốc', kind: 'front', gloss: 'Fatherland Front' },
  { cue: 'Đoàn đại biểu Quốc hội', kind: 'national assembly delegation', gloss: 'NA delegation' },
  { cue: 'Quốc hội', kind: 'national assembly', gloss: 'National Assembly' },
  { cue: 'Công an', kind: 'police', gloss: 'police' },
  { cue: 'Quân sự', kind: 'army', gloss: 'military command' },
  { cue: 'Quân khu', kind: 'army', gloss: 'military region' },
  { cue: 'Bộ đội', kind: 'army', gloss: 'troops' },
  { cue: 'Liên đoàn Lao động', kind: 'union', gloss: 'labour federation' },
  { cue: 'Công đoàn', kind: 'union', gloss: 'trade union' },
  { cue: 'Đoàn Thanh niên', kind: 'union', gloss: 'youth union' },
  { cue: 'Hội', kind: 'association', gloss: 'association' },
  { cue: 'Ban Thường vụ', kind: 'party committee', gloss: 'party standing committee' },
  { cue: 'Ban Chấp hành', kind: 'party committee', gloss: 'party executive committee' },
  { cue: 'Bộ Chính trị', kind: 'party committee', gloss: 'Politburo' },
  { cue: 'Ban Bí thư', kind: 'party committee', gloss: 'Party secretariat' },
  { cue: 'Trung ương Đảng', kind: 'party committee', gloss: 'Party Central Committee' },
  { cue: 'Thành ủy', kind: 'party committee', gloss: 'city party committee' },
  { cue: 'Tỉnh ủy', kind: 'party committee', gloss: 'provincial party committee' },
  { cue: 'Quận ủy', kind: 'party committee', gloss: 'urban district party committee' },
  { cue: 'Huyện ủy', kind: 'party committee', gloss: 'district party committee' },
  { cue: 'Đảng ủy', kind: 'party committee', gloss: 'party committee' },
  { cue: 'Đảng đoàn', kind: 'party committee', gloss: 'party caucus' },
  { cue: 'Chính phủ', kind: 'government', gloss: 'government' },
  { cue: 'Bộ', kind: 'ministry', gloss: 'ministry' },
  { cue: 'Sở', kind: 'department', gloss: 'city department' },
  { cue: 'Cục', kind: 'department', gloss: 'department' },
  { cue: 'Ban', kind: 'department', gloss: 'board' },
  { cue: 'Văn phòng', kind: 'department', gloss: 'office' },
];

/** Party bodies named after the level of government they lead, and that level's locality word. */
export const PARTY_BODIES: ReadonlyArray<{ body: string; locality: string }> = [
  { body: 'Thành ủy', locality: 'thành phố' },
  { body: 'Tỉnh ủy', locality: 'tỉnh' },
  { body: 'Quận ủy', locality: 'quận' },
  { body: 'Huyện ủy', locality: 'huyện' },
  { body: 'Thị ủy', locality: 'thị xã' },
  { body: 'Đảng ủy', locality: 'xã' },
];

/** Short forms of city names that stand alone after a body's name ("Đảng bộ phường X, TPHCM"). */
export const CITY_SHORT_NAMES: readonly string[] = ['TPHCM', 'TP.HCM', 'TP HCM', 'TP. HCM', 'HCM'];

/** Locality words; a bare one in a post ("Chủ tịch HĐND quận") means the one the article is about. */
export const LOCALITIES: readonly string[] = ['thành phố', 'tỉnh', 'quận', 'huyện', 'thị xã', 'xã', 'phường', 'đặc khu'];

/** Sub-bodies that never stand alone: "Ủy viên Ban Thường vụ" borrows its party body from the next post. */
export const SUB_BODIES: readonly string[] = ['Ban Thường vụ', 'Ban Chấp hành', 'Thường trực', 'Ủy ban Kiểm tra'];
