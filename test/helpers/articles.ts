/**
 * Articles in the portal's layout, built from sentences a test writes: header with the publication
 * time, body, byline and the portal footer (which names the city). Names in tests are invented.
 */
const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

export interface PortalArticle {
  /** YYYY-MM-DD */
  published: string;
  title: string;
  paragraphs: string[];
  author?: string;
}

export function portalArticle({ published, title, paragraphs, author = 'Minh Tâm' }: PortalArticle): string {
  const [y, m, d] = published.split('-');
  const weekday = WEEKDAYS[new Date(`${published}T00:00:00Z`).getUTCDay()];
  return [
    `Print ${weekday}, ${d}/${m}/${y} 09:30 Gốc`,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    author,
    '',
    'Tiện ích thông tin',
    'Nguồn tin',
    'QR Code',
    `QR CODE: ${title}`,
    'Chúng tôi trên Mạng Xã hội',
    'QR Code Fanpage',
    'Mã QR Code truy cập vào Fanpage Cổng tin tức Thành phố Hải Phòng',
    'Tin khác',
  ].join('\n');
}
