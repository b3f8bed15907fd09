/**
 * fast-check arbitraries of writer inputs: articles in the portal's layout built from sentence shapes
 * of the genre (meetings announced, chaired, spoken at and attended; posts, former and acting ones)
 * over a small cast of invented names, so the same people, posts and meetings recur across
 * articles; dates possible and not; and junk (random unicode, binary, HTML, look-alike letters, NFD).
 * A few URLs are shared, so later inputs replace earlier versions.
 */
import fc from 'fast-check';
import type { ArticleInput } from '../../src/graph/write/types.js';
import { portalArticle } from './articles.js';

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Tạ'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Quang', 'Thanh', 'Hữu', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Hoà', 'Hòa', 'Thuỷ', 'Khải', 'Yến', 'Tú', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Lan', 'Long', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Vinh'];
const BODIES = [
  'UBND quận Lê Chân', 'Ủy ban nhân dân huyện An Lão', 'Quận ủy Ngô Quyền', 'Thành ủy Hải Phòng', 'HĐND quận Hồng Bàng',
  'Ban Tuyên giáo Thành ủy', 'Sở Tư pháp thành phố', 'Ban Chỉ đạo 35 quận Ngô Quyền',
];
const TITLES = ['Chủ tịch', 'Phó Chủ tịch', 'Bí thư', 'Phó Bí thư', 'Trưởng Ban', 'Giám đốc', 'Ủy viên'];
const QUALIFIERS = ['', '', '', 'nguyên ', 'quyền '];
const PARTS = ['Sáng', 'Chiều', 'Tối', 'Trưa'];
const MEETINGS = ['Hội nghị sơ kết công tác', 'Hội nghị tổng kết năm', 'kỳ họp thứ 5', 'Hội nghị triển khai nhiệm vụ'];
const JUNK_PIECES = ['<p>', '</div>', '&nbsp;', '\u200B', '\u00A0', '\uFFFD', '\u0007', '🙂', '“', '”', '…', '\r\n', '\t'];

const name = fc.tuple(fc.constantFrom(...SURNAMES), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN)).map((parts) => parts.join(' '));
/** A name as it may arrive: decomposed, or with a Cyrillic "а"/"о" in place of the Latin one. */
const writtenName = fc.oneof(
  { weight: 8, arbitrary: name },
  { weight: 1, arbitrary: name.map((n) => n.normalize('NFD')) },
  { weight: 1, arbitrary: name.map((n) => n.replace('a', '\u0430').replace('o', '\u043E')) },
);
const post = fc.tuple(fc.constantFrom(...QUALIFIERS), fc.constantFrom(...TITLES), fc.constantFrom(...BODIES)).map(([q, t, b]) => `${q}${t} ${b}`);
const dayMonth = fc.tuple(fc.integer({ min: 0, max: 35 }), fc.integer({ min: 0, max: 14 })).map(([d, m]) => `${d}/${m}`);

const sentence = fc.oneof(
  fc.tuple(fc.constantFrom(...PARTS), dayMonth, fc.constantFrom(...BODIES), fc.constantFrom(...MEETINGS)).map(([p, d, b, m]) => `${p} ${d}, ${b} tổ chức ${m}.`),
  fc.tuple(writtenName, post).map(([n, p]) => `Đồng chí ${n}, ${p} chủ trì Hội nghị.`),
  fc.tuple(writtenName, post).map(([n, p]) => `Đồng chí ${n}, ${p} phát biểu tại Hội nghị.`),
  fc.array(writtenName, { minLength: 1, maxLength: 4 }).map((ns) => `Dự Hội nghị có các đồng chí ${ns.join(', ')}.`),
  fc.tuple(writtenName, post).map(([n, p]) => `Ông ${n}, ${p} cho biết kết quả đạt được trong năm.`),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.array(fc.constantFrom(...JUNK_PIECES), { maxLength: 6 }).map((js) => js.join('Lê Chân ')),
);

const day = fc.date({ min: new Date('2016-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const portal = fc.tuple(day, fc.constantFrom(...MEETINGS), fc.array(sentence, { minLength: 1, maxLength: 4 }))
  .map(([published, title, paragraphs]) => portalArticle({ published, title, paragraphs }));

/** What can go wrong with a whole text on its way in. */
const mangled = fc.oneof(
  fc.constant((t: string) => t.normalize('NFD')),
  fc.constant((t: string) => t.replace(/(\d\d)\/(\d\d)\/(\d{4})/u, '31/02/$3')),
  fc.constant((t: string) => t.replace(/(\d\d)\/(\d\d)\/(\d{4})/u, '$1/$2/2031')),
  fc.constant((t: string) => `<html><body>${t.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`),
  fc.double({ min: 0, max: 1, noNaN: true }).map((f) => (t: string) => t.slice(0, Math.floor(f * t.length))),
);

const text = fc.oneof(
  { weight: 12, arbitrary: portal },
  { weight: 3, arbitrary: fc.tuple(portal, mangled).map(([t, m]) => m(t)) },
  { weight: 2, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '\n\t\u00A0', '12/3 – 45%') },
);

/** A shared address now and then, so a later input is a new version of an earlier article. */
const url = fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 60 }).map((n) => `https://example.invalid/tin/${n}.html`) });

/** `count` inputs, the same for the same seed; every 20th repeats an earlier text under its own name (stored once). */
export function writerInputs(count: number, seed: number): ArticleInput[] {
  const inputs = fc.sample(fc.tuple(text, url), { numRuns: count, seed }).map(([t, u], i) => ({ source: `fuzz/${i}.txt`, url: u, text: t }));
  return inputs.map((input, i) => (i % 20 === 19 ? { ...input, url: null, text: inputs[i - 7]!.text } : input));
}
