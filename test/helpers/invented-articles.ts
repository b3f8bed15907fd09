/** Invented articles about invented officials, for the writer's tests (real district names, no real people). */
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
