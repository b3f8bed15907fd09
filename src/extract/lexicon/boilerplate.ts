/**
 * Page furniture around articles (data only), compared lower case after NFC. The parsers in
 * article.ts build their tests from these lists; a new site's furniture is added here.
 */

/** Lines that open the city portal's footer ("Tiện ích thông tin", "QR Code", "Tin khác", …). */
export const FOOTER_LINES: readonly string[] = [
  'tiện ích thông tin', // information tools
  'nguồn tin', // source
  'qr code',
  'qr code fanpage',
  'chúng tôi trên mạng xã hội', // we on social networks
  'tin khác', // other news
  'các tin khác', // other news
  'tin liên quan', // related news
  'tin cùng chuyên mục', // news in the same section
  'bài viết liên quan', // related articles
  'xem thêm', // see more
];

/** Prefixes of footer lines: "QR CODE: <title>" repeats the title. */
export const FOOTER_PREFIXES: readonly string[] = ['qr code:', 'mã qr code'];

/** The prefix after which the portal repeats the article title. */
export const TITLE_REPEAT_PREFIX = 'qr code:';

/** Fragments of navigation and widget lines that are never article text. */
export const JUNK_LINE_FRAGMENTS: readonly string[] = [
  'lượt xem', // view count
  'kích thước chữ', // font size widget
  'google news',
  'hotline',
  'đặt mua báo', // subscribe
  'tải ứng dụng', // get the app
];

/** Prefixes of lines that carry a media file or a widget, not text. */
export const JUNK_LINE_PREFIXES: readonly string[] = ['video:', 'audio:', 'clip:'];

/** An outlet naming itself at the top of the page ("Báo …", "Cổng thông tin …"), not a title. */
export const OUTLET_PREFIXES: readonly string[] = [
  'báo', // newspaper
  'tạp chí', // magazine
  'cổng thông tin', // information portal
  'cổng tin tức', // news portal
  'trang thông tin', // information site
];

/** Labels before a timestamp ("Cập nhật: 07:40 05/02/2022"). */
export const TIMESTAMP_LABELS: readonly string[] = [
  'cập nhật', // updated
  'ngày đăng', // posted on
  'đăng ngày', // posted on
  'ngày cập nhật', // updated on
  'xuất bản', // published
  'đăng lúc', // posted at
];

/** Labels before the writer's name on a byline ("Bài và ảnh: …"). */
export const AUTHOR_LABELS: readonly string[] = [
  'bài và ảnh', 'bài, ảnh', 'bài - ảnh', 'bài/ảnh', // text and photos
  'tin và ảnh', 'tin, ảnh', 'tin - ảnh', 'tin/ảnh', // news and photos
  'bài', 'tin', // text, news
  'nhóm phóng viên', // reporters' group
];

/** A line starting with these is a credit or a source, never the byline. */
export const CREDIT_PREFIXES: readonly string[] = [
  'ảnh', // photo
  'nguồn', // source
  'theo', // according to
  'video',
  'clip',
  'đồ họa', // graphics
  'thiết kế', // design
];

/** Honorifics and forms of address: a short capitalized line starting with one is a person, not a byline. */
export const ADDRESS_WORDS: readonly string[] = [
  'ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'em', // Mr, Mrs, elder brother, elder sister, …
  'đồng chí', 'đ/c', // comrade
  'thưa', 'kính thưa', // salutations
];

/** Host labels of a province portal around the province slug ("thanhphohaiphong", "tinhuyhaiduong"). */
export const PORTAL_HOST_PREFIXES: readonly string[] = ['', 'thanhpho', 'tp', 'tinh', 'tinhuy', 'thanhuy', 'ubnd', 'congthongtin'];

/** Provinces and centrally-run cities, for the portal's locality (a host or a footer names one). */
export const PROVINCES: readonly string[] = [
  'Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Thừa Thiên Huế',
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định',
  'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên',
  'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang',
  'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn',
  'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên',
  'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
  'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long',
  'Vĩnh Phúc', 'Yên Bái',
];

/**
 * Heads of the unit a writer signs for ("Lan Anh - Đảng ủy xã …", "Minh Tú - Trung tâm Văn hóa …").
 * Titles are deliberately absent: "Name - Bí thư …" on its own line is a caption, not a byline.
 */
export const AFFILIATION_HEADS: readonly string[] = [
  'đảng ủy', 'đảng uỷ', // party committee
  'ủy ban', 'uỷ ban', 'ubnd', // committee, people's committee
  'phòng', // office, division
  'ban', // board
  'trung tâm', // centre
  'văn phòng', // office
  'báo', // newspaper
  'đài', // broadcaster
  'cổng thông tin', // portal
  'sở', // department
  'công an', // police
  'trường', // school
  'hội', // association
  'liên đoàn lao động', // labour federation
  'bệnh viện', // hospital
];
