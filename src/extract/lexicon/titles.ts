/**
 * Titles of office, as they open a post ("Phó Bí thư Thường trực Quận ủy"). Data only: the regexes
 * that find them are built in patterns.ts. Longer heads first is not required; patterns.ts sorts.
 */
import type { LexiconEntry } from './entry.js';

export const TITLES: readonly LexiconEntry[] = [
  { text: 'Ủy viên', gloss: 'member' },
  { text: 'Ủy viên dự khuyết', gloss: 'alternate member' },
  { text: 'Thành ủy viên', gloss: 'member of the city party committee' },
  { text: 'Tỉnh ủy viên', gloss: 'member of the provincial party committee' },
  { text: 'Huyện ủy viên', gloss: 'member of the district party committee' },
  { text: 'Quận ủy viên', gloss: 'member of the urban district party committee' },
  { text: 'Đảng ủy viên', gloss: 'member of the party committee' },
  { text: 'Tổng Bí thư', gloss: 'general secretary' },
  { text: 'Bí thư', gloss: 'secretary' },
  { text: 'Phó Bí thư', gloss: 'deputy secretary' },
  { text: 'Chủ tịch', gloss: 'chair, president' },
  { text: 'Phó Chủ tịch', gloss: 'vice chair' },
  { text: 'Chủ nhiệm', gloss: 'chair of a commission, head' },
  { text: 'Phó Chủ nhiệm', gloss: 'deputy head of a commission' },
  { text: 'Trưởng', gloss: 'head' },
  { text: 'Phó Trưởng', gloss: 'deputy head' },
  { text: 'Phó ban', gloss: 'deputy head of a board or steering committee' },
  { text: 'Giám đốc', gloss: 'director' },
  { text: 'Phó Giám đốc', gloss: 'deputy director' },
  { text: 'Tổng Giám đốc', gloss: 'director general' },
  { text: 'Phó Tổng Giám đốc', gloss: 'deputy director general' },
  { text: 'Trưởng đoàn', gloss: 'head of a delegation' },
  { text: 'Phó Trưởng đoàn', gloss: 'deputy head of a delegation' },
  { text: 'Chánh Văn phòng', gloss: 'chief of office' },
  { text: 'Phó Chánh Văn phòng', gloss: 'deputy chief of office' },
  { text: 'Chánh án', gloss: 'chief judge' },
  { text: 'Chánh Thanh tra', gloss: 'chief inspector' },
  { text: 'Viện trưởng', gloss: 'head of an institute or procuracy' },
  { text: 'Phó Viện trưởng', gloss: 'deputy head of an institute or procuracy' },
  { text: 'Chỉ huy trưởng', gloss: 'commander' },
  { text: 'Phó Chỉ huy trưởng', gloss: 'deputy commander' },
  { text: 'Chính ủy', gloss: 'political commissar' },
  { text: 'Phó Chính ủy', gloss: 'deputy political commissar' },
  { text: 'Tư lệnh', gloss: 'commander in chief' },
  { text: 'Phó Tư lệnh', gloss: 'deputy commander in chief' },
  { text: 'Tham mưu trưởng', gloss: 'chief of staff' },
  { text: 'Cục trưởng', gloss: 'head of a department' },
  { text: 'Phó Cục trưởng', gloss: 'deputy head of a department' },
  { text: 'Chi cục trưởng', gloss: 'head of a sub-department' },
  { text: 'Phó Chi cục trưởng', gloss: 'deputy head of a sub-department' },
  { text: 'Vụ trưởng', gloss: 'head of a ministry unit' },
  { text: 'Phó Vụ trưởng', gloss: 'deputy head of a ministry unit' },
  { text: 'Thống đốc', gloss: 'governor (of the State Bank)' },
  { text: 'Phó Thống đốc', gloss: 'deputy governor' },
  { text: 'Tổng Thanh tra', gloss: 'inspector general' },
  { text: 'Phó Tổng Thanh tra', gloss: 'deputy inspector general' },
  { text: 'Tổng Kiểm toán', gloss: 'auditor general' },
  { text: 'Phó Tổng Kiểm toán', gloss: 'deputy auditor general' },
  { text: 'Tổng cục trưởng', gloss: 'head of a general department' },
  { text: 'Phó Tổng cục trưởng', gloss: 'deputy head of a general department' },
  { text: 'Đại sứ', gloss: 'ambassador' },
  { text: 'Vụ phó', gloss: 'deputy head of a ministry unit (short form)' },
  { text: 'Cục phó', gloss: 'deputy head of a department (short form)' },
  { text: 'Phó phòng', gloss: 'deputy head of a section (short form)' },
  { text: 'Bộ trưởng', gloss: 'minister' },
  { text: 'Thứ trưởng', gloss: 'deputy minister' },
  { text: 'Thủ tướng', gloss: 'prime minister' },
  { text: 'Phó Thủ tướng', gloss: 'deputy prime minister' },
  { text: 'Tổng Thư ký', gloss: 'secretary general' },
  { text: 'Hiệu trưởng', gloss: 'school principal, rector' },
  { text: 'Phó Hiệu trưởng', gloss: 'vice principal' },
  { text: 'Tổng Biên tập', gloss: 'editor in chief' },
  { text: 'Phó Tổng Biên tập', gloss: 'deputy editor in chief' },
  { text: 'Đại biểu Quốc hội', gloss: 'member of the National Assembly' },
  { text: 'Đại biểu HĐND', gloss: 'member of a people’s council' },
  { text: 'Thường trực', gloss: 'standing member' },
  { text: 'Thành viên', gloss: 'member of a steering body' },
  { text: 'Trưởng phòng', gloss: 'head of a section' },
  { text: 'Phó Trưởng phòng', gloss: 'deputy head of a section' },
  { text: 'Đội trưởng', gloss: 'head of a team (police, inspection)' },
  { text: 'Phó Đội trưởng', gloss: 'deputy head of a team' },
  { text: 'Đội phó', gloss: 'deputy head of a team' },
  { text: 'Đồn trưởng', gloss: 'head of a (border) post' },
  { text: 'Phó Đồn trưởng', gloss: 'deputy head of a post' },
  { text: 'Trạm trưởng', gloss: 'head of a station' },
  { text: 'Phó Trạm trưởng', gloss: 'deputy head of a station' },
  { text: 'Chỉ huy phó', gloss: 'deputy commander' },
  { text: 'Chính trị viên', gloss: 'political officer' },
  { text: 'Phó Chính trị viên', gloss: 'deputy political officer' },
  { text: 'Hiệu phó', gloss: 'vice principal' },
  { text: 'Trưởng khoa', gloss: 'head of a faculty or hospital ward' },
  { text: 'Phó Trưởng khoa', gloss: 'deputy head of a faculty or ward' },
  { text: 'Phó Chánh án', gloss: 'deputy chief judge' },
  { text: 'Phó Chánh Thanh tra', gloss: 'deputy chief inspector' },
  { text: 'Trưởng thôn', gloss: 'hamlet head' },
  { text: 'Trưởng bản', gloss: 'village head (highlands)' },
  { text: 'Trưởng ấp', gloss: 'hamlet head (south)' },
  { text: 'Tổ trưởng', gloss: 'head of a group' },
  { text: 'Tổ phó', gloss: 'deputy head of a group' },
  { text: 'Đại đội trưởng', gloss: 'company commander' },
  { text: 'Tiểu đoàn trưởng', gloss: 'battalion commander' },
  { text: 'Trung đoàn trưởng', gloss: 'regiment commander' },
  { text: 'Lữ đoàn trưởng', gloss: 'brigade commander' },
  { text: 'Sư đoàn trưởng', gloss: 'division commander' },
  { text: 'Hải đội trưởng', gloss: 'head of a naval squadron' },
];

/** Heads of titles several people hold at once: deputies and members. */
export const PLURAL_TITLE_HEADS: readonly LexiconEntry[] = [
  { text: 'Phó', gloss: 'deputy, vice' },
  { text: 'Ủy viên', gloss: 'member' },
  { text: 'Thành viên', gloss: 'member' },
  { text: 'Đại biểu', gloss: 'delegate' },
];

/** Titles several people hold at once that do not open with a plural head. */
export const SHARED_TITLES: readonly LexiconEntry[] = [
  { text: 'Thứ trưởng', gloss: 'deputy minister' },
  { text: 'Thường trực', gloss: 'standing member' },
  { text: 'Hiệu phó', gloss: 'vice principal' },
  { text: 'Đội phó', gloss: 'deputy head of a team' },
  { text: 'Tổ phó', gloss: 'deputy head of a group' },
  { text: 'Chỉ huy phó', gloss: 'deputy commander' },
];

/** Words that sharpen a title without naming a body ("Phó Bí thư Thường trực"). */
export const TITLE_MODIFIERS: readonly LexiconEntry[] = [
  { text: 'Thường trực', gloss: 'standing, executive' },
  { text: 'Thường vụ', gloss: 'standing committee' },
  { text: 'phụ trách', gloss: 'in charge' },
];

export type QualifierWord = 'former' | 'acting' | 'concurrent' | 'appointed';

/** Words before a title that qualify the post. */
export const QUALIFIERS: ReadonlyArray<{ text: string; value: QualifierWord; gloss: string }> = [
  { text: 'nguyên', value: 'former', gloss: 'former' },
  { text: 'quyền', value: 'acting', gloss: 'acting' },
  { text: 'kiêm', value: 'concurrent', gloss: 'concurrently' },
  { text: 'tân', value: 'appointed', gloss: 'newly appointed' },
];

/**
 * Units whose noun is fused into the title ("Trưởng phòng", "Đội trưởng", "Trưởng khoa"): the body
 * is that unit, so "Trưởng phòng Tài chính huyện" is the head of "Phòng Tài chính huyện".
 */
export const UNIT_NOUNS: readonly LexiconEntry[] = [
  { text: 'văn phòng', gloss: 'office ("Chánh Văn phòng" heads the office, not a section)' },
  { text: 'phòng', gloss: 'section, division' },
  { text: 'ban', gloss: 'board' },
  { text: 'khoa', gloss: 'faculty, hospital ward' },
  { text: 'đội', gloss: 'team' },
  { text: 'đồn', gloss: 'post' },
  { text: 'trạm', gloss: 'station' },
  { text: 'tổ', gloss: 'group' },
];
