/**
 * Vietnamese personal names built from syllable lists: family name, middle name(s), given name.
 * The weights follow the rough frequency of family names, so that common names collide by
 * themselves as they do in real news, besides the homonyms the population plants on purpose.
 */
import { chance, pick, weighted, type Rng } from './random.js';

export type Gender = 'm' | 'f';

const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 30], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Vũ', 4], ['Phan', 3], ['Đặng', 2.5],
  ['Bùi', 2.5], ['Đỗ', 2.5], ['Ngô', 2], ['Dương', 1.5], ['Đào', 1.5], ['Đinh', 1.5], ['Trịnh', 1.2], ['Lương', 1],
  ['Mai', 1], ['Đoàn', 1], ['Cao', 1], ['Lưu', 0.8], ['Tạ', 0.6], ['Phùng', 0.6], ['Hà', 0.6], ['Tô', 0.5],
  ['Lâm', 0.5], ['Vương', 0.4], ['Nghiêm', 0.3], ['Khúc', 0.3], ['Triệu', 0.3], ['Lại', 0.3], ['Quách', 0.3],
  ['Doãn', 0.2], ['Giáp', 0.2], ['Mạc', 0.2], ['Thân', 0.2], ['Kiều', 0.2], ['Tăng', 0.2], ['Chu', 0.3],
];

// A middle syllable that is also a family name ("Hoàng", "Mai") is kept out of the second place of
// a four-syllable name: the extractor reads "Trần Mai Anh Tuấn" as a place then "Mai Anh Tuấn"
// (reported), and a real portal rarely prints such names.
const MALE_MIDDLE: readonly string[] = [
  'Văn', 'Văn', 'Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Thanh', 'Xuân', 'Ngọc', 'Công', 'Trọng', 'Mạnh', 'Duy',
  'Tiến', 'Thế', 'Đình', 'Bá', 'Khắc', 'Việt', 'Quốc', 'Hồng', 'Anh', 'Tuấn', 'Hải', 'Trung', 'Đăng', 'Kim',
];
const MALE_GIVEN: readonly string[] = [
  'An', 'Anh', 'Bình', 'Cường', 'Chiến', 'Dũng', 'Đạt', 'Đông', 'Giang', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy',
  'Hưng', 'Khánh', 'Khoa', 'Kiên', 'Lâm', 'Long', 'Lộc', 'Lực', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân',
  'Quang', 'Sơn', 'Tâm', 'Thắng', 'Thành', 'Thịnh', 'Toàn', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Vượng',
  'Tô', 'Bảo', 'Chính', 'Duẩn', 'Điệp', 'Hậu', 'Khải', 'Lợi', 'Mạnh', 'Ninh', 'Phương', 'Quyết', 'Sáng', 'Thái',
];
const FEMALE_MIDDLE: readonly string[] = ['Thị', 'Thị', 'Thị', 'Thu', 'Thanh', 'Ngọc', 'Minh', 'Hồng', 'Kim', 'Phương', 'Khánh'];
const FEMALE_SECOND_MIDDLE: readonly string[] = ['Thu', 'Thanh', 'Ngọc', 'Minh', 'Hồng', 'Kim', 'Phương', 'Bích', 'Tuyết', 'Hải'];
const FEMALE_GIVEN: readonly string[] = [
  'Hà', 'Hương', 'Lan', 'Linh', 'Mai', 'Nga', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Thảo', 'Thủy', 'Trang', 'Vân',
  'Yến', 'Hạnh', 'Hằng', 'Hoa', 'Huyền', 'Hiền', 'Dung', 'Loan', 'Nhàn', 'Quyên', 'Thơm', 'Tuyết', 'Xuân', 'An',
];

export function genderOf(rng: Rng): Gender {
  return chance(rng, 0.28) ? 'f' : 'm';
}

/** A full name: mostly three syllables, some two ("Ngô An") and some four ("Lê Thị Thu Hà"). */
export function personName(rng: Rng, gender: Gender): string {
  const surname = weighted(rng, SURNAMES);
  const shape = rng();
  if (gender === 'm') {
    if (shape < 0.04) return `${surname} ${pick(rng, MALE_GIVEN)}`;
    return `${surname} ${pick(rng, MALE_MIDDLE)} ${pick(rng, MALE_GIVEN)}`;
  }
  if (shape < 0.35) return `${surname} Thị ${pick(rng, FEMALE_SECOND_MIDDLE)} ${pick(rng, FEMALE_GIVEN)}`;
  return `${surname} ${pick(rng, FEMALE_MIDDLE)} ${pick(rng, FEMALE_GIVEN)}`;
}

/** Reporters sign with a given name of two syllables ("Minh Châu"), sometimes two of them. */
const BYLINES: readonly string[] = [
  'Minh Châu', 'Thu Trang', 'Hải Yến', 'Quang Huy', 'Phương Thảo', 'Ngọc Ánh', 'Đức Anh', 'Hồng Nhung',
  'Bảo Ngọc', 'Lan Phương', 'Thanh Tâm', 'Việt Hoàng', 'Khánh Linh', 'Mạnh Hùng', 'Tuấn Kiệt', 'Hoài Thu',
];

export function byline(rng: Rng): string {
  const first = pick(rng, BYLINES);
  if (!chance(rng, 0.12)) return first;
  const second = pick(rng, BYLINES);
  return second === first ? first : `${first} - ${second}`;
}
