/** What may stand before a person's name without being part of it. Data only. */
import type { LexiconEntry } from './entry.js';

/** Honorifics that address one person directly; after one of them a capitalized run is a name, whatever its first word. */
export const PERSONAL_HONORIFICS: readonly LexiconEntry[] = [
  { text: 'đồng chí', gloss: 'comrade' },
  { text: 'đ/c', gloss: 'comrade (abbreviated)' },
  { text: 'ông', gloss: 'Mr' },
  { text: 'bà', gloss: 'Mrs, Ms' },
];

export const HONORIFICS: readonly LexiconEntry[] = [
  { text: 'đồng chí', gloss: 'comrade' },
  { text: 'đ/c', gloss: 'comrade (abbreviated)' },
  { text: 'ông', gloss: 'Mr' },
  { text: 'bà', gloss: 'Mrs, Ms' },
  { text: 'anh', gloss: 'Mr (younger)' },
  { text: 'chị', gloss: 'Ms (younger)' },
  { text: 'cô', gloss: 'Ms (a teacher, a young woman)' },
  { text: 'thầy', gloss: 'Mr (a teacher)' },
  { text: 'đại biểu', gloss: 'delegate' },
];

export const RANKS: readonly LexiconEntry[] = [
  { text: 'Đại tướng', gloss: 'general' },
  { text: 'Thượng tướng', gloss: 'colonel general' },
  { text: 'Trung tướng', gloss: 'lieutenant general' },
  { text: 'Thiếu tướng', gloss: 'major general' },
  { text: 'Đại tá', gloss: 'senior colonel' },
  { text: 'Thượng tá', gloss: 'colonel' },
  { text: 'Trung tá', gloss: 'lieutenant colonel' },
  { text: 'Thiếu tá', gloss: 'major' },
  { text: 'Đại úy', gloss: 'captain' },
  { text: 'Thượng úy', gloss: 'senior lieutenant' },
  { text: 'Trung úy', gloss: 'lieutenant' },
  { text: 'Thiếu úy', gloss: 'second lieutenant' },
  { text: 'Đô đốc', gloss: 'admiral' },
  { text: 'Phó Đô đốc', gloss: 'vice admiral' },
  { text: 'Chuẩn Đô đốc', gloss: 'rear admiral' },
];

/** Academic and honorary degrees written before a name ("PGS.TS Nguyễn Văn A"). */
export const DEGREES: readonly LexiconEntry[] = [
  { text: 'GS.TSKH', gloss: 'professor, doctor of science' },
  { text: 'GS.TS', gloss: 'professor, doctor' },
  { text: 'PGS.TS', gloss: 'associate professor, doctor' },
  { text: 'PGS', gloss: 'associate professor' },
  { text: 'GS', gloss: 'professor' },
  { text: 'TS', gloss: 'doctor' },
  { text: 'ThS', gloss: 'master' },
  { text: 'BS', gloss: 'physician' },
  { text: 'KS', gloss: 'engineer' },
  { text: 'NSND', gloss: 'People’s Artist' },
  { text: 'NSƯT', gloss: 'Meritorious Artist' },
  { text: 'Nhà báo', gloss: 'journalist' },
];

/**
 * Common Vietnamese family names. A capitalized run that opens with one of these and has no other
 * anchor may still be a name when a title follows it; places such as "Lê Chân" have no title after them.
 */
export const SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Đào', 'Đinh', 'Trịnh', 'Lã', 'La', 'Mai', 'Trương', 'Tống', 'Phùng', 'Hà', 'Lưu', 'Cao',
  'Lâm', 'Quách', 'Thái', 'Tạ', 'Tô', 'Chu', 'Đoàn', 'Kiều', 'Đàm', 'Lương', 'Triệu', 'Doãn', 'Khúc',
  'Vương', 'Mạc', 'Châu', 'Nghiêm', 'Lại', 'Khổng', 'Hứa', 'Giang', 'Âu', 'Ông', 'Thân', 'Tăng',
  'Quản', 'Mẫn', 'Bạch', 'Hầu', 'Tiêu', 'Cù', 'Diệp', 'Lục', 'Nông', 'Lò', 'Trình', 'Kim', 'Từ',
  'Vi', 'Viên', 'Lạc', 'Phí', 'Tôn', 'Ứng', 'Mã', 'Thạch', 'Sầm',
  'Hàn', 'Nhâm', 'Tào', 'Đồng', 'Khuất', 'Khương', 'Chử', 'Kha', 'Mạch',
  // Family names of the northern and central uplands (Tày, Thái, Mường, Mông, Dao, Nùng) and rarer Kinh ones.
  'Ngọ', 'Lường', 'Cầm', 'Quàng', 'Lô', 'Lang', 'Bế', 'Ma', 'Giàng', 'Vàng', 'Thào', 'Sùng', 'Mùa', 'Hảng',
  'Lầu', 'Lù', 'Mông', 'Lộc', 'Ninh', 'Lữ', 'Giáp', 'Bàn', 'Điểu', 'Ksor', 'Rah', 'Siu',
  // More Kinh and upland family names (Tày, Thái, Nùng), of the Central Highlands (Gia Rai, Ê Đê) and Khmer ones of the south.
  'Tòng', 'Uông', 'Đới', 'Thiều', 'Quan', 'Lỗ', 'Lèo', 'Chế', 'Phù', 'Ôn', 'Vòng', 'Nay', 'Kpă', 'Rơ',
];

/**
 * Figures of national history that articles commemorate; they are never participants of the event
 * reported, whatever title or honorific stands before them.
 */
export const HISTORICAL_FIGURES: readonly string[] = [
  'Hồ Chí Minh', 'Võ Nguyên Giáp', 'Tôn Đức Thắng', 'Lê Duẩn', 'Trần Phú', 'Trường Chinh',
  'Phạm Văn Đồng', 'Lê Hồng Phong', 'Nguyễn Văn Cừ', 'Hà Huy Tập', 'Nguyễn Ái Quốc', 'Trần Hưng Đạo',
];

/** Words before a name that mark it as remembered rather than present ("tưởng niệm đồng chí …"). */
export const COMMEMORATION_WORDS: readonly LexiconEntry[] = [
  { text: 'tưởng niệm', gloss: 'in memory of' },
  { text: 'tưởng nhớ', gloss: 'remembering' },
  { text: 'tri ân', gloss: 'in gratitude to' },
  { text: 'lãnh tụ', gloss: 'leader (historical)' },
  { text: 'liệt sĩ', gloss: 'martyr' },
  { text: 'anh hùng', gloss: 'hero' },
  { text: 'di tích', gloss: 'historical site' },
  { text: 'ngày sinh', gloss: 'birthday (anniversary)' },
  { text: 'cố', gloss: 'the late' },
];

/** Markers that open a photo credit or byline, after which no name is a participant. */
export const CREDIT_MARKERS: readonly string[] = ['Ảnh', 'Nguồn', 'Video', 'Clip', 'Tin', 'Bài', 'Bài và ảnh'];

/**
 * Words that name a kind of place; a capitalized run right after one is that place ("tỉnh Lâm Đồng",
 * "đơn vị bầu cử số 2 tỉnh Phú Yên"), never a person, even when it opens with a family name.
 */
export const PLACE_WORDS: readonly LexiconEntry[] = [
  { text: 'tỉnh', gloss: 'province' },
  { text: 'thành phố', gloss: 'city' },
  { text: 'TP', gloss: 'city (abbreviated)' },
  { text: 'quận', gloss: 'urban district' },
  { text: 'huyện', gloss: 'rural district' },
  { text: 'thị xã', gloss: 'town' },
  { text: 'thị trấn', gloss: 'township' },
  { text: 'phường', gloss: 'ward' },
  { text: 'xã', gloss: 'commune' },
  { text: 'đặc khu', gloss: 'special zone' },
  { text: 'đơn vị', gloss: 'constituency, unit' },
  { text: 'thôn', gloss: 'hamlet' },
  { text: 'ấp', gloss: 'hamlet (south)' },
  { text: 'bản', gloss: 'village (highlands)' },
  { text: 'buôn', gloss: 'village (Central Highlands)' },
  { text: 'làng', gloss: 'village' },
  { text: 'khu phố', gloss: 'urban quarter' },
  { text: 'tổ dân phố', gloss: 'residential group' },
  { text: 'đường', gloss: 'street' },
  { text: 'phố', gloss: 'street' },
  { text: 'sông', gloss: 'river' },
  { text: 'tại', gloss: 'at (a place follows)' },
];

/** Words that open bodies, places and titles, never a name ("Ban Thường vụ", "Hải Phòng"). */
export const NON_NAME_WORDS: readonly string[] = [
  'Ban', 'Bộ', 'Sở', 'Hội', 'Đảng', 'Ủy', 'Cục', 'Văn', 'Phòng', 'Viện', 'Quận', 'Huyện', 'Thành', 'Tỉnh', 'Xã',
  'Phường', 'Thường', 'Trung', 'Nhà', 'Người', 'Các', 'Những', 'Đại', 'Tổng', 'Chi', 'Khu', 'Cụm', 'Công', 'Quốc',
  'Nhân', 'Việt', 'Hải', 'Chính', 'Thủ', 'Hội đồng', 'Liên', 'Mặt', 'Tổ', 'Trường', 'Tại', 'Theo', 'Trong',
];
