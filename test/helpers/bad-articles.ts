/**
 * Inputs that are not a good article, each with what the writer must say about it: refused with a
 * specific reason, or stored with a warning. Shared by the writer's, the API's and the CLI's tests,
 * so the three doors refuse the same things the same way. Names and sentences are invented.
 */
import { portalArticle } from './articles.js';

const MEETING = 'Sáng 6/3, Ủy ban nhân dân quận Lê Chân tổ chức Hội nghị sơ kết công tác cải cách hành chính quý I năm 2023.';
const CHAIR = 'Đồng chí Nguyễn Văn Bình, Chủ tịch UBND quận Lê Chân chủ trì Hội nghị.';

export const goodArticle = (paragraphs: string[] = [MEETING, CHAIR], published = '2023-03-06'): string =>
  portalArticle({ published, title: 'Quận Lê Chân sơ kết công tác cải cách hành chính', paragraphs });

/** A year from now, whatever day the suite runs. */
const nextYear = (): string => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
};

/** Bytes of no text at all, as a file read by mistake: deterministic, NUL bytes included. */
export const binaryBytes = (): Buffer => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + (i >> 3)) % 256));

export interface RefusedInput {
  name: string;
  text: string;
  /** The reason the refusal must give. */
  reason: RegExp;
}

export const refusedInputs = (): RefusedInput[] => [
  { name: 'empty', text: '', reason: /empty text/u },
  { name: 'whitespace-only', text: ' \n\t\u00A0\u200B \r\n ', reason: /empty text/u },
  { name: 'a 5 MB article', text: goodArticle([MEETING, CHAIR, 'Các đại biểu thảo luận sôi nổi. '.repeat(160_000)]), reason: /text is 5,\d{3},\d{3} characters; an article may have at most 1,000,000/u },
  { name: 'binary junk', text: binaryBytes().toString('latin1'), reason: /binary content \(NUL byte at line 1\)/u },
  // What a Windows-1258 file read as UTF-8 looks like: every Vietnamese letter a replacement mark.
  { name: 'wrongly decoded text', text: goodArticle().replace(/[^\x00-\x7F]/gu, '\uFFFD'), reason: /wrongly decoded content: \d+ of \d+ characters are control or replacement characters/u },
  {
    name: 'a whole HTML page',
    text: `<!DOCTYPE html>\n<html lang="vi"><head><title>Tin tức</title><script>var a = 1;</script></head>\n<body><nav>Trang chủ</nav><p>${MEETING}</p><p>${CHAIR}</p></body></html>`,
    reason: /looks like HTML \(<!DOCTYPE html at line 1\); send the article's text/u,
  },
  { name: 'digits and punctuation only', text: '2023 / 12 / 31 — 100% … 45.678', reason: /no letters/u },
  { name: 'a publication date in the future', text: goodArticle([MEETING.replace('Sáng 6/3', 'Sáng nay'), CHAIR], nextYear()), reason: /publication date \d{4}-\d{2}-\d{2} is in the future \(today is \d{4}-\d{2}-\d{2}\)/u },
];

/** Stored, with a warning that names what could not be used. */
export const IMPOSSIBLE_MEETING_DAY = goodArticle([MEETING.replace('Sáng 6/3', 'Sáng 31/2'), CHAIR]);
export const IMPOSSIBLE_PUBLICATION_DAY = goodArticle().replace('06/03/2023', '31/02/2023');
/** Names in Cyrillic, Chinese and English, and a Cyrillic look-alike inside a Vietnamese name. */
export const MIXED_SCRIPTS = goodArticle([
  MEETING,
  CHAIR,
  'Đồng chí Ильин Сергей, Phó Chủ tịch UBND quận Lê Chân phát biểu tại Hội nghị.',
  'Đồng chí Nguyễn Văn Вình, Phó Chủ tịch UBND quận Lê Chân phát biểu tại Hội nghị.',
  'Dự Hội nghị có ông 王小明 và ông John Smith.',
]);

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Quang'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trung', 'Tú', 'Vinh', 'Yến'];

/** 200 distinct invented names, every one attending the meeting. */
export const TWO_HUNDRED_NAMES = SURNAMES.flatMap((s, i) => GIVEN.map((g, j) => `${s} ${MIDDLE[(i + j) % MIDDLE.length]} ${g}`));
export const TWO_HUNDRED_ATTENDEES = goodArticle([MEETING, CHAIR, `Dự Hội nghị có các đồng chí ${TWO_HUNDRED_NAMES.join(', ')}.`]);
