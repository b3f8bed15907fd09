/**
 * Time vocabulary (data only): words of the news genre that name a part of the day, a weekday or a
 * day relative to the publication date. Keys are lower case NFC; parsers build their regexes from them.
 */
import type { PartOfDay } from '../types.js';

/** Part of the day that precedes an event date ("Chiều 12/6"). "đêm" (night) is reported as evening. */
export const PART_OF_DAY: Readonly<Record<string, PartOfDay>> = {
  sáng: 'sáng', // morning
  trưa: 'trưa', // noon
  chiều: 'chiều', // afternoon
  tối: 'tối', // evening
  đêm: 'tối', // night
};

/** Words after a part of the day, or after "hôm", that point at a day relative to publication. */
export const RELATIVE_DAY: Readonly<Record<string, number>> = {
  nay: 0, // today ("chiều nay", "hôm nay")
  qua: -1, // yesterday ("chiều qua", "hôm qua")
};

/** Weekday names as outlets print them before a date ("Thứ Sáu, 11/10/2024", "Thứ 2", "Chủ nhật"). */
export const WEEKDAYS: readonly string[] = [
  'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật', // Monday … Sunday
  'thứ 2', 'thứ 3', 'thứ 4', 'thứ 5', 'thứ 6', 'thứ 7', 'cn',
];

/**
 * Words that introduce a document reference ("Nghị quyết số 05-NQ/TU ngày 12/3/2023"): a date right
 * after them dates the document, not the event reported.
 */
export const DOCUMENT_WORDS: readonly string[] = [
  'số', // number
  'quyết định', // decision
  'nghị quyết', // resolution
  'chỉ thị', // directive
  'thông tri', // circular of a party committee
  'thông tư', // circular
  'nghị định', // decree
  'kết luận', // conclusion (party document)
  'công văn', // official letter
  'kế hoạch', // plan
  'tờ trình', // submission
  'luật', // law
];

/**
 * Words that put an event in the future of the article ("sẽ khai mạc sáng 26/12", "dự kiến diễn ra
 * ngày 8/6"): a day/month after publication then stays in the publication year instead of moving
 * back to the year before.
 */
export const PLAN_MARKERS: readonly string[] = [
  'sẽ', // will
  'dự kiến', // expected to
  'theo kế hoạch', // according to plan
  'sắp', // about to
];
