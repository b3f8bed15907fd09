/**
 * Paragraphs around the people: results, shortcomings, tasks ahead, captions. Generic and varied,
 * and careful about what the extractor reads: no day/month dates (a second meeting date), no
 * capitalized run after a locality word (a second locality), no person.
 */
import { int, pick, type Rng } from './random.js';

export interface FillerContext {
  /** The article's locality word: "quận", "thành phố", "phường". */
  place: string;
  /** The city's name. */
  city: string;
  year: number;
  work: string;
  /** "Hội nghị", "kỳ họp", … as later sentences refer to the meeting. */
  noun: string;
  /** Sentences the article already has, so that no paragraph repeats another. */
  used: Set<number>;
}

type Template = (c: FillerContext, rng: Rng) => string;

const percent = (rng: Rng, min: number, max: number): string => `${int(rng, min, max)},${int(rng, 0, 9)}`;
const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const SENTENCES: readonly Template[] = [
  (c) => `Năm ${c.year}, ${c.work} trên địa bàn ${c.place} đạt nhiều kết quả tích cực, hoàn thành toàn diện các chỉ tiêu đề ra.`,
  () => 'Các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội đã tập trung lãnh đạo, chỉ đạo, triển khai đồng bộ nhiều giải pháp.',
  () => 'Công tác tuyên truyền được đổi mới cả về nội dung và hình thức, tạo sự đồng thuận cao trong cán bộ, đảng viên và Nhân dân.',
  (c) => `Bên cạnh kết quả đạt được, ${c.work} vẫn còn một số hạn chế, khó khăn cần sớm được khắc phục.`,
  (c) => `Tại ${c.noun}, các đại biểu tập trung thảo luận, làm rõ nguyên nhân của những hạn chế và đề xuất nhiều giải pháp thiết thực.`,
  (c, rng) => `Trong năm ${c.year + 1}, ${c.place} phấn đấu hoàn thành ${int(rng, 12, 30)} chỉ tiêu chủ yếu, trong đó có ${int(rng, 3, 9)} chỉ tiêu vượt kế hoạch.`,
  () => 'Việc kiểm tra, giám sát được tiến hành thường xuyên, kịp thời phát hiện và chấn chỉnh những thiếu sót ngay từ cơ sở.',
  (_c, rng) => `Tỷ lệ hồ sơ được giải quyết đúng hạn đạt ${percent(rng, 95, 99)}%, tăng ${percent(rng, 1, 4)}% so với cùng kỳ.`,
  (c) => `Các cơ quan, đơn vị trên địa bàn thành phố ${c.city} đã chủ động phối hợp, bám sát cơ sở, nắm chắc tình hình.`,
  () => 'Nhiều mô hình hay, cách làm sáng tạo được nhân rộng, góp phần nâng cao đời sống vật chất và tinh thần của Nhân dân.',
  () => 'Đội ngũ cán bộ, công chức từng bước được kiện toàn, nâng cao trình độ chuyên môn, nghiệp vụ và tinh thần trách nhiệm.',
  (c) => `Qua đó, góp phần giữ vững ổn định chính trị, bảo đảm trật tự an toàn xã hội trên địa bàn thành phố ${c.city}.`,
  (c) => `Phát huy những kết quả đạt được, thời gian tới ${c.place} tiếp tục đẩy mạnh ${c.work}, tăng cường sự lãnh đạo của cấp ủy, nâng cao hiệu lực quản lý của chính quyền.`,
  (c) => `${capitalized(c.noun)} cũng đã cho ý kiến vào dự thảo kế hoạch năm ${c.year + 1} và các nhiệm vụ trọng tâm thời gian tới.`,
  (c, rng) => `Toàn ${c.place} có ${int(rng, 18, 95)} tổ chức cơ sở đảng với hơn ${int(rng, 2, 9)}.${int(rng, 100, 999)} đảng viên; trong năm có ${int(rng, 40, 300)} đảng viên được tặng Huy hiệu Đảng.`,
  (_c, rng) => `Công tác chuyển đổi số được quan tâm triển khai, ${percent(rng, 60, 98)}% thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình.`,
  (_c, rng) => `Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững; số vụ phạm pháp hình sự giảm ${percent(rng, 3, 18)}% so với cùng kỳ.`,
  () => 'Hoạt động giám sát, phản biện xã hội của Mặt trận và các đoàn thể được nâng lên, kịp thời phản ánh tâm tư, nguyện vọng của Nhân dân.',
  (c) => `Các đại biểu cũng chỉ ra những tồn tại trong ${c.work}, nhất là ở một số cơ quan, đơn vị còn chậm đổi mới.`,
  () => 'Nhiều vụ việc phức tạp, tồn đọng kéo dài đã được tập trung giải quyết dứt điểm, không để phát sinh điểm nóng.',
  (c) => `Năm ${c.year + 1}, ${c.place} xác định chủ đề công tác là tăng cường kỷ cương, nâng cao hiệu quả, đổi mới sáng tạo.`,
  () => 'Công tác cải cách hành chính tiếp tục được đẩy mạnh, chỉ số hài lòng của người dân và doanh nghiệp được cải thiện rõ rệt.',
];

const CAPTIONS: readonly Template[] = [
  (c) => `Quang cảnh ${c.noun}.`,
  (c) => `Các đại biểu trao đổi, thảo luận tại ${c.noun}.`,
  (c) => `Toàn cảnh ${c.noun}.`,
];

/** What a chair's concluding words urge. */
export const TASKS: readonly string[] = [
  'các cơ quan, đơn vị tiếp tục quán triệt sâu sắc các chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
  'các cấp ủy, chính quyền bám sát cơ sở, kịp thời nắm bắt tâm tư, nguyện vọng của Nhân dân',
  'các đơn vị khẩn trương hoàn thiện các báo cáo, kế hoạch theo ý kiến góp ý của đại biểu',
  'tăng cường phối hợp giữa các lực lượng, phát huy vai trò của người đứng đầu',
  'đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong chỉ đạo, điều hành',
];

/** A paragraph of two to four sentences the article does not have yet. */
export function fillerParagraph(c: FillerContext, rng: Rng): string {
  const count = int(rng, 2, 4);
  const chosen: number[] = [];
  while (chosen.length < count) {
    const i = int(rng, 0, SENTENCES.length - 1);
    if (c.used.has(i)) continue;
    c.used.add(i);
    chosen.push(i);
  }
  return chosen.map((i) => (SENTENCES[i] as Template)(c, rng)).join(' ');
}

export const caption = (c: FillerContext, rng: Rng): string => pick(rng, CAPTIONS)(c, rng);
