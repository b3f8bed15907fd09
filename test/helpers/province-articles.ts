/**
 * Invented articles from several provinces, in the way provincial papers and national outlets write:
 * bodies named without their place ("Bí thư Tỉnh ủy", "HĐND tỉnh"), the same post spelled two ways,
 * a body run into the name after it. Every person here is invented; the provinces and their papers'
 * host patterns are real, the hosts' paths are not.
 */
import type { ArticleInput } from '../../src/graph/write/types.js';

interface Story {
  host: string;
  slug: string;
  /** dd/mm/yyyy */
  day: string;
  sentences: string[];
}

const article = ({ host, slug, day, sentences }: Story): ArticleInput => ({
  source: `province-articles/${slug}`,
  url: `https://${host}/${slug}.html`,
  text: [`08:30 ${day}`, '', ...sentences.flatMap((s) => [s, ''])].join('\n'),
});

/** A national outlet: no place in its host, path or text. */
const NATIONAL = 'tintuc-vidu.vn';

export const PROVINCE_ARTICLES: readonly ArticleInput[] = [
  // Gia Lai's party paper: "Tỉnh ủy" and "HĐND tỉnh" are Gia Lai's.
  article({
    host: 'baogialai.com.vn', slug: 'hoi-nghi-tinh-uy-quy-i', day: '12/03/2024',
    sentences: [
      'Sáng 12/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết quý I.',
      'Đồng chí Hồ Văn Điền, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị.',
      'Đồng chí Lý Thị Hạnh, Trưởng Đoàn đại biểu Quốc hội Gia Lai phát biểu.',
    ],
  }),
  // Gia Lai again, from the text alone, the delegation spelled the other way.
  article({
    host: NATIONAL, slug: 'giam-sat-tai-gia-lai', day: '20/05/2024',
    sentences: [
      'Chiều 20/5, Đoàn giám sát làm việc với tỉnh Gia Lai về công tác cán bộ.',
      'Đồng chí Lý Thị Hạnh, Trưởng đoàn ĐBQH tỉnh Gia Lai chủ trì buổi làm việc.',
      'Tham dự có đồng chí Hồ Văn Điền, Bí thư Tỉnh ủy Gia Lai.',
    ],
  }),
  // Bình Định's party paper: its Tỉnh ủy went into Gia Lai's on 2025-07-01.
  article({
    host: 'baobinhdinh.vn', slug: 'tong-ket-cong-tac-dan-van', day: '18/04/2024',
    sentences: [
      'Sáng 18/4, Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận.',
      'Đồng chí Mạc Văn Luyện, Bí thư Tỉnh ủy chủ trì hội nghị.',
    ],
  }),
  // Hải Dương's party paper: its Tỉnh ủy went into Hải Phòng's Thành ủy.
  article({
    host: 'baohaiduong.vn', slug: 'ky-hop-hdnd-tinh', day: '09/07/2024',
    sentences: [
      'Sáng 9/7, HĐND tỉnh khai mạc kỳ họp thứ 20.',
      'Đồng chí Đinh Quang Tiến, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì kỳ họp.',
    ],
  }),
  // Bắc Giang from its people's council's name in the text; a body run into a person's name.
  article({
    host: NATIONAL, slug: 'tiep-xuc-cu-tri', day: '03/06/2024',
    sentences: [
      'Sáng 3/6, HĐND tỉnh Bắc Giang tổ chức hội nghị tiếp xúc cử tri.',
      'Phó Chủ tịch HĐND tỉnh Bắc Giang Vương Đình Khiêm chủ trì hội nghị.',
      'Đồng chí Tạ Minh Châu, Phó Chủ tịch Ủy ban MTTQ tỉnh Bắc Giang phát biểu.',
    ],
  }),
  // Two national articles with no place at all: each "Tỉnh ủy" is its own.
  article({
    host: NATIONAL, slug: 'lam-viec-voi-tinh-uy', day: '15/08/2024',
    sentences: [
      'Sáng 15/8, đoàn công tác của Ban Tổ chức Trung ương làm việc với Ban Thường vụ Tỉnh ủy.',
      'Đồng chí Khúc Văn Nhạn, Bí thư Tỉnh ủy chủ trì buổi làm việc.',
    ],
  }),
  article({
    host: NATIONAL, slug: 'so-ket-nghi-quyet', day: '22/08/2024',
    sentences: [
      'Chiều 22/8, Ban Thường vụ Tỉnh ủy sơ kết nghị quyết về chuyển đổi số.',
      'Đồng chí Ông Thị Ngà, Bí thư Tỉnh ủy chủ trì hội nghị.',
    ],
  }),
];
