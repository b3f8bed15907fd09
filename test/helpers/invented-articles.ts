/** Invented articles about invented officials, for the writer's and the reads' tests (real district names, no real people). */
import { portalArticle } from './articles.js';

export const LE_CHAN_2023 = {
  source: 'test/le-chan-2023.txt',
  url: 'https://example.invalid/tin-tuc/le-chan-so-ket-cai-cach-hanh-chinh.html',
  text: portalArticle({
    published: '2023-03-06',
    title: 'Quận Lê Chân sơ kết công tác cải cách hành chính',
    paragraphs: [
      'Sáng 6/3, Ủy ban nhân dân quận Lê Chân tổ chức Hội nghị sơ kết công tác cải cách hành chính quý I năm 2023.',
      'Đồng chí Nguyễn Văn Bình, Chủ tịch UBND quận Lê Chân chủ trì Hội nghị.',
      'Đồng chí Lương Thị Hải An, Phó Chủ tịch UBND quận Lê Chân phát biểu tại Hội nghị.',
    ],
  }),
};

export const AN_LAO_2024 = {
  source: 'test/an-lao-2024.txt',
  url: 'https://example.invalid/tin-tuc/an-lao-hoi-nghi-ban-chap-hanh.html',
  text: portalArticle({
    published: '2024-03-12',
    title: 'Huyện ủy An Lão tổng kết công tác xây dựng Đảng',
    paragraphs: [
      'Chiều 12/3, Huyện ủy An Lão tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2023.',
      'Đồng chí Nguyễn Văn Bình, Bí thư Huyện ủy An Lão chủ trì Hội nghị.',
    ],
  }),
};

export const LE_CHAN_2024 = {
  source: 'test/le-chan-2024.txt',
  url: 'https://example.invalid/tin-tuc/le-chan-hoi-nghi-chuyen-doi-so.html',
  text: portalArticle({
    published: '2024-03-20',
    title: 'Quận Lê Chân đẩy mạnh chuyển đổi số',
    paragraphs: [
      'Sáng 20/3, Ủy ban nhân dân quận Lê Chân tổ chức Hội nghị triển khai công tác chuyển đổi số năm 2024.',
      'Đồng chí Lương Thị Hải An, Phó Chủ tịch UBND quận Lê Chân chủ trì Hội nghị.',
      'Đồng chí Phạm Văn To, nguyên Chủ tịch UBND quận Lê Chân phát biểu tại Hội nghị.',
    ],
  }),
};

/** A deputy of the seed's steering committee a few months after the seed's meeting, and an attendee. */
export const NGO_QUYEN_2023 = {
  source: 'test/ngo-quyen-2023.txt',
  url: 'https://example.invalid/tin-tuc/ngo-quyen-ban-chi-dao-35-so-ket.html',
  text: portalArticle({
    published: '2023-06-15',
    title: 'Ban Chỉ đạo 35 quận Ngô Quyền sơ kết công tác 6 tháng đầu năm',
    paragraphs: [
      'Sáng 15/6, Ban Chỉ đạo 35 quận Ngô Quyền tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023.',
      'Đồng chí Tạ Đình Phong, Phó Trưởng Ban Chỉ đạo 35 quận Ngô Quyền chủ trì Hội nghị.',
      'Dự Hội nghị có đồng chí Lã Thị Thu Hằng, Phó Chủ tịch UBND quận Ngô Quyền.',
    ],
  }),
};

/** Phạm Văn To still in the post that LE_CHAN_2024 calls former, and an acting head of a department. */
export const LE_CHAN_2022 = {
  source: 'test/le-chan-2022.txt',
  url: 'https://example.invalid/tin-tuc/le-chan-trien-khai-nhiem-vu-quy-iv.html',
  text: portalArticle({
    published: '2022-09-08',
    title: 'Quận Lê Chân triển khai nhiệm vụ quý IV',
    paragraphs: [
      'Chiều 8/9, Ủy ban nhân dân quận Lê Chân tổ chức Hội nghị triển khai nhiệm vụ quý IV năm 2022.',
      'Đồng chí Phạm Văn To, Chủ tịch UBND quận Lê Chân chủ trì Hội nghị.',
      'Đồng chí Kiều Văn Tám, quyền Trưởng Phòng Nội vụ quận Lê Chân phát biểu tại Hội nghị.',
    ],
  }),
};
