/**
 * What meets, who organizes and who chairs: for each level, the bodies that hold meetings, the
 * role that chairs them, the kinds of meeting each holds and the roles that speak. Kinds are
 * written as the portal titles them; `kind` is what the extractor reports for that title.
 */
import { CITY_DEPARTMENTS, bodyKey, type Body, type BodyKey, type BodyType } from './bodies.js';
import type { CivilDate } from './calendar.js';
import type { Level, Locality } from './places.js';
import { int, pick, type Rng } from './random.js';

export type KindKey =
  | 'review' | 'interim' | 'briefing' | 'rollout' | 'study' | 'propagandists' | 'dialogue' | 'session' | 'executive'
  | 'regular' | 'workshop' | 'roundtable' | 'working';

export interface OrganizerSpec {
  body: BodyKey;
  /** Roles that chair, with weights. */
  chairs: ReadonlyArray<readonly [string, number]>;
  /** A role that may co-chair with the chair ("đồng chủ trì"). */
  coChair?: string;
  kinds: readonly KindKey[];
  speakers: readonly string[];
  weight: number;
}

const DIRECTORS = CITY_DEPARTMENTS.map((label) => `department-director:${label}`);

const CITY_ORGANIZERS: readonly OrganizerSpec[] = [
  {
    body: 'steering', chairs: [['propaganda-head', 1]], kinds: ['review', 'interim', 'briefing'], weight: 3,
    speakers: ['propaganda-deputy-steering', 'propaganda-deputy', 'police-deputy', 'committee-deputy', 'front-chair'],
  },
  {
    body: 'party', chairs: [['secretary', 0.7], ['standing-deputy-secretary', 0.3]], kinds: ['executive', 'study', 'review'], weight: 3,
    speakers: ['standing-deputy-secretary', 'committee-chair', 'council-chair', 'organization-head', 'inspection-chair', 'internal-head', 'office-chief'],
  },
  {
    body: 'standing', chairs: [['secretary', 1]], kinds: ['working', 'study'], weight: 1.5,
    speakers: ['standing-deputy-secretary', 'organization-head', 'mass-head', 'inspection-chair'],
  },
  {
    body: 'council', chairs: [['council-chair', 1]], kinds: ['session'], weight: 2,
    speakers: ['committee-chair', 'council-deputy', 'committee-deputy-standing', 'committee-deputy', 'front-chair', ...DIRECTORS],
  },
  {
    body: 'committee', chairs: [['committee-chair', 0.6], ['committee-deputy-standing', 0.2], ['committee-deputy', 0.2]],
    coChair: 'front-chair', kinds: ['rollout', 'regular', 'dialogue', 'review'], weight: 4,
    speakers: ['committee-deputy', 'police-head', 'police-deputy', ...DIRECTORS],
  },
  {
    body: 'police', chairs: [['police-head', 1]], kinds: ['review', 'rollout'], weight: 1.5,
    speakers: ['police-deputy', 'committee-deputy', 'internal-head'],
  },
  {
    body: bodyKey('board', 'Tuyên giáo'), chairs: [['propaganda-head', 0.6], ['propaganda-deputy', 0.4]],
    kinds: ['propagandists', 'workshop', 'roundtable'], weight: 2,
    speakers: ['propaganda-deputy', 'propaganda-deputy-steering', 'organization-deputy', 'department-director:Văn hóa và Thể thao'],
  },
  {
    body: bodyKey('board', 'Tổ chức'), chairs: [['organization-head', 1]], kinds: ['review', 'rollout'], weight: 1,
    speakers: ['organization-deputy', 'office-chief', 'department-director:Nội vụ'],
  },
  { body: bodyKey('board', 'Dân vận'), chairs: [['mass-head', 1]], kinds: ['review', 'roundtable'], weight: 1, speakers: ['front-chair', 'committee-deputy'] },
  { body: bodyKey('board', 'Nội chính'), chairs: [['internal-head', 1]], kinds: ['review', 'interim'], weight: 1, speakers: ['inspection-chair', 'police-deputy', 'department-director:Tư pháp'] },
  { body: 'inspection', chairs: [['inspection-chair', 1]], kinds: ['review', 'interim'], weight: 1, speakers: ['inspection-deputy', 'organization-deputy'] },
  { body: 'front', chairs: [['front-chair', 1]], kinds: ['review', 'roundtable', 'dialogue'], weight: 1.5, speakers: ['mass-head', 'committee-deputy'] },
  ...CITY_DEPARTMENTS.map((label): OrganizerSpec => ({
    body: bodyKey('department', label), chairs: [[`department-director:${label}`, 1]], kinds: ['review', 'rollout'], weight: 0.4,
    speakers: [`department-deputy:${label}`, 'committee-deputy'],
  })),
];

const DISTRICT_ORGANIZERS: readonly OrganizerSpec[] = [
  {
    body: 'steering', chairs: [['standing-deputy-secretary', 0.8], ['propaganda-head', 0.2]], kinds: ['review', 'interim', 'briefing'], weight: 3,
    speakers: ['propaganda-head', 'propaganda-deputy', 'police-head', 'committee-deputy', 'front-chair'],
  },
  {
    body: 'party', chairs: [['secretary', 0.75], ['standing-deputy-secretary', 0.25]], kinds: ['executive', 'study', 'review'], weight: 3,
    speakers: ['standing-deputy-secretary', 'committee-chair', 'organization-head', 'inspection-chair', 'mass-head', 'office-chief'],
  },
  {
    body: 'standing', chairs: [['secretary', 1]], kinds: ['working', 'study'], weight: 1.5,
    speakers: ['standing-deputy-secretary', 'organization-head', 'mass-head'],
  },
  {
    body: 'council', chairs: [['standing-deputy-secretary', 1]], kinds: ['session'], weight: 2,
    speakers: ['committee-chair', 'council-deputy', 'committee-deputy-standing', 'committee-deputy', 'police-head', 'front-chair'],
  },
  {
    body: 'committee', chairs: [['committee-chair', 0.6], ['committee-deputy-standing', 0.25], ['committee-deputy', 0.15]],
    coChair: 'secretary', kinds: ['rollout', 'regular', 'dialogue', 'review'], weight: 4,
    speakers: ['committee-deputy', 'police-head', 'police-deputy', 'front-chair'],
  },
  { body: 'police', chairs: [['police-head', 1]], kinds: ['review', 'rollout'], weight: 1.5, speakers: ['police-deputy', 'committee-deputy'] },
  {
    body: bodyKey('board', 'Tuyên giáo'), chairs: [['propaganda-head', 1]], kinds: ['propagandists', 'roundtable', 'workshop'], weight: 1.5,
    speakers: ['propaganda-deputy', 'mass-head'],
  },
  { body: bodyKey('board', 'Tổ chức'), chairs: [['organization-head', 1]], kinds: ['review'], weight: 0.7, speakers: ['office-chief', 'inspection-chair'] },
  { body: bodyKey('board', 'Dân vận'), chairs: [['mass-head', 1]], kinds: ['review', 'roundtable'], weight: 0.7, speakers: ['front-chair', 'committee-deputy'] },
  { body: 'inspection', chairs: [['inspection-chair', 1]], kinds: ['review', 'interim'], weight: 0.7, speakers: ['organization-head', 'office-chief'] },
  { body: 'front', chairs: [['front-chair', 1]], kinds: ['review', 'roundtable', 'dialogue'], weight: 1, speakers: ['mass-head', 'committee-deputy'] },
];

const WARD_ORGANIZERS: readonly OrganizerSpec[] = [
  { body: 'party', chairs: [['secretary', 1]], kinds: ['executive', 'study', 'review'], weight: 2, speakers: ['committee-chair', 'committee-deputy', 'police-head'] },
  {
    body: 'committee', chairs: [['committee-chair', 0.8], ['committee-deputy', 0.2]], coChair: 'secretary', kinds: ['dialogue', 'rollout', 'review'],
    weight: 2, speakers: ['committee-deputy', 'police-head'],
  },
  { body: 'police', chairs: [['police-head', 1]], kinds: ['review'], weight: 1, speakers: ['committee-chair', 'committee-deputy'] },
];

export const ORGANIZERS: Readonly<Record<Level, readonly OrganizerSpec[]>> = {
  city: CITY_ORGANIZERS,
  district: DISTRICT_ORGANIZERS,
  ward: WARD_ORGANIZERS,
};

/** Officials one level up who attend or give directions: the city's at a district, the district's at a ward. */
export const SUPERIORS: Readonly<Record<Level, readonly string[]>> = {
  city: [],
  district: ['committee-deputy', 'committee-deputy-standing', 'propaganda-head', 'propaganda-deputy-steering', 'council-deputy', 'organization-deputy', 'mass-head', 'police-deputy', 'inspection-deputy'],
  ward: ['committee-deputy', 'committee-deputy-standing', 'mass-head', 'propaganda-head', 'council-deputy', 'police-deputy', 'organization-head'],
};

/** Who speaks for the other side of a working session. */
export const HOSTS: readonly string[] = ['secretary', 'committee-chair'];

/** The work a body's meetings are about; a party board's by its own name. */
const BOARD_WORK: Readonly<Record<string, readonly string[]>> = {
  'Tuyên giáo': ['công tác tuyên giáo', 'công tác thông tin, tuyên truyền'],
  'Tổ chức': ['công tác tổ chức xây dựng Đảng', 'công tác cán bộ và bảo vệ chính trị nội bộ'],
  'Dân vận': ['công tác dân vận', 'phong trào thi đua dân vận khéo'],
  'Nội chính': ['công tác nội chính và phòng, chống tham nhũng, tiêu cực', 'công tác cải cách tư pháp'],
};
const WORK: Readonly<Record<Exclude<BodyType, 'board'>, readonly string[]>> = {
  steering: ['công tác bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch', 'hoạt động của Ban Chỉ đạo 35 các cấp'],
  party: ['công tác xây dựng Đảng và hệ thống chính trị', 'công tác lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị'],
  standing: ['công tác xây dựng Đảng', 'việc thực hiện nhiệm vụ chính trị'],
  council: ['hoạt động giám sát', 'công tác tiếp công dân'],
  committee: ['công tác cải cách hành chính', 'công tác chuyển đổi số', 'công tác phòng, chống thiên tai và tìm kiếm cứu nạn', 'nhiệm vụ phát triển kinh tế - xã hội'],
  police: ['công tác bảo đảm an ninh, trật tự', 'phong trào toàn dân bảo vệ an ninh Tổ quốc', 'công tác phòng cháy, chữa cháy'],
  inspection: ['công tác kiểm tra, giám sát và thi hành kỷ luật đảng'],
  office: ['công tác văn phòng cấp ủy'],
  front: ['công tác Mặt trận', 'cuộc vận động Toàn dân đoàn kết xây dựng đời sống văn hóa'],
  department: ['nhiệm vụ của ngành', 'công tác chuyên môn của ngành'],
};

const THEMES: readonly string[] = [
  'Phát huy vai trò của Nhân dân trong xây dựng chính quyền đô thị',
  'Nâng cao chất lượng công tác tuyên truyền trên không gian mạng',
  'Đổi mới phương thức lãnh đạo của Đảng trong giai đoạn mới',
  'Phát huy sức mạnh khối đại đoàn kết toàn dân tộc',
  'Xây dựng đội ngũ cán bộ đáp ứng yêu cầu nhiệm vụ',
  'Giữ gìn và phát huy giá trị văn hóa truyền thống',
];

const STUDIES: readonly string[] = [
  'Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII',
  'các chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Chỉ thị số 35-CT/TW của Bộ Chính trị',
  'Nghị quyết Đại hội đại biểu Đảng bộ',
];

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export interface MeetingText {
  /** The work the meeting is about, for the article's other paragraphs. */
  work: string;
  /** What the extractor reports as the kind. */
  kind: string;
  /** The meeting as the announcement names it. */
  title: string;
  /** How later sentences refer to it: "Hội nghị", "kỳ họp", "buổi làm việc". */
  noun: string;
  /** The announcing verb. */
  verb: string;
  /** A headline phrase for the article's title. */
  headline: string;
}

export interface MeetingContext {
  date: CivilDate;
  locality: Locality;
  organizer: Pick<Body, 'type' | 'label'>;
  /** The body met in a working session, as written. */
  counterpart: string | null;
}

/** Terms of the councils; a session's number counts from its term's start. */
function term(date: CivilDate, locality: Locality): { years: string; roman: string; start: number } {
  const base = locality.level === 'city' ? 15 : 19;
  const newTerm = date.year > 2021 || (date.year === 2021 && date.month > 6);
  return newTerm ? { years: '2021 - 2026', roman: roman(base + 1), start: 2021 } : { years: '2016 - 2021', roman: roman(base), start: 2016 };
}

function roman(n: number): string {
  const tens = 'X'.repeat(Math.floor(n / 10));
  return tens + (['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n % 10] ?? '');
}

export function meetingText(key: KindKey, ctx: MeetingContext, rng: Rng): MeetingText {
  const work = workOf(ctx.organizer, rng);
  const { kind, title, noun, verb, headline } = describe(key, ctx, work, rng);
  return { kind, title, noun, verb, headline, work };
}

function workOf(organizer: Pick<Body, 'type' | 'label'>, rng: Rng): string {
  if (organizer.type !== 'board') return pick(rng, WORK[organizer.type]);
  const works = BOARD_WORK[organizer.label ?? ''];
  if (!works) throw new Error(`no work listed for the board "${organizer.label ?? ''}"`);
  return pick(rng, works);
}

function describe(key: KindKey, ctx: MeetingContext, work: string, rng: Rng): Omit<MeetingText, 'work'> {
  const { date, locality } = ctx;
  const year = date.year;
  const place = locality.word;
  switch (key) {
    case 'review': {
      const y = date.month >= 11 ? year : year - 1;
      return {
        kind: 'hội nghị tổng kết', noun: 'Hội nghị', verb: 'tổ chức',
        title: `Hội nghị tổng kết ${work} năm ${y}, triển khai nhiệm vụ năm ${y + 1}`,
        headline: pick(rng, [`Tổng kết ${work} năm ${y}`, `Nâng cao hiệu quả ${work} trong năm ${y + 1}`]),
      };
    }
    case 'interim': {
      const period = date.month <= 4 ? 'quý I' : date.month <= 8 ? '6 tháng đầu năm' : '9 tháng đầu năm';
      return {
        kind: 'hội nghị sơ kết', noun: 'Hội nghị', verb: 'tổ chức',
        title: `Hội nghị sơ kết ${work} ${period} ${year}; phương hướng, nhiệm vụ thời gian tới`,
        headline: `Sơ kết ${work} ${period} ${year}`,
      };
    }
    case 'briefing': {
      const quarter = ROMAN[Math.floor((date.month - 1) / 3)] ?? 'I';
      return {
        kind: 'hội nghị giao ban', noun: 'Hội nghị', verb: 'tổ chức',
        title: `Hội nghị giao ban ${work} quý ${quarter} năm ${year}`,
        headline: `Giao ban ${work} quý ${quarter} năm ${year}`,
      };
    }
    case 'rollout':
      return {
        kind: 'hội nghị triển khai', noun: 'Hội nghị', verb: 'tổ chức',
        title: `Hội nghị triển khai ${work} năm ${year}`,
        headline: pick(rng, [`Triển khai ${work} năm ${year}`, `Quyết liệt thực hiện ${work} ngay từ đầu năm`]),
      };
    case 'study': {
      const subject = pick(rng, STUDIES);
      return {
        kind: 'hội nghị học tập', noun: 'Hội nghị', verb: 'tổ chức',
        title: `Hội nghị học tập, quán triệt, triển khai thực hiện ${subject}`,
        headline: `Học tập, quán triệt ${subject}`,
      };
    }
    case 'propagandists':
      return {
        kind: 'hội nghị báo cáo viên', noun: 'Hội nghị', verb: 'tổ chức',
        title: `Hội nghị báo cáo viên tháng ${date.month} năm ${year}`,
        headline: `Thông tin thời sự tại Hội nghị báo cáo viên tháng ${date.month}`,
      };
    case 'dialogue':
      return {
        kind: 'hội nghị đối thoại', noun: 'Hội nghị', verb: 'tổ chức',
        title: `Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm ${year}`,
        headline: `Lắng nghe, giải quyết kiến nghị của Nhân dân qua hội nghị đối thoại năm ${year}`,
      };
    case 'session': {
      const t = term(date, locality);
      const n = Math.max(1, Math.floor(((year - t.start) * 12 + date.month - 6) / 4) + int(rng, 0, 1));
      return {
        kind: 'kỳ họp', noun: 'kỳ họp', verb: pick(rng, ['khai mạc', 'tổ chức']),
        title: `Kỳ họp thứ ${n}, khóa ${t.roman}, nhiệm kỳ ${t.years}`,
        headline: `Kỳ họp thứ ${n} xem xét nhiều nội dung quan trọng`,
      };
    }
    case 'executive': {
      const n = int(rng, 3, 28);
      return {
        kind: 'hội nghị', noun: 'Hội nghị', verb: 'tổ chức',
        title: `Hội nghị Ban Chấp hành Đảng bộ ${place} lần thứ ${n}`,
        headline: `Hội nghị Ban Chấp hành Đảng bộ ${place} lần thứ ${n} cho ý kiến nhiều nội dung quan trọng`,
      };
    }
    case 'regular':
      return {
        kind: 'phiên họp thường kỳ', noun: 'phiên họp', verb: 'tổ chức',
        title: `phiên họp thường kỳ tháng ${date.month} năm ${year}`,
        headline: `Phiên họp thường kỳ tháng ${date.month}: tập trung tháo gỡ khó khăn, vướng mắc`,
      };
    case 'workshop': {
      const theme = pick(rng, THEMES);
      return { kind: 'hội thảo', noun: 'Hội thảo', verb: 'tổ chức', title: `Hội thảo khoa học “${theme}”`, headline: theme };
    }
    case 'roundtable': {
      const theme = pick(rng, THEMES);
      return { kind: 'tọa đàm', noun: 'buổi tọa đàm', verb: 'tổ chức', title: `tọa đàm “${theme}”`, headline: `Tọa đàm ${theme.charAt(0).toLowerCase()}${theme.slice(1)}` };
    }
    case 'working':
      return {
        kind: 'buổi làm việc', noun: 'buổi làm việc', verb: 'tổ chức',
        title: `buổi làm việc với ${ctx.counterpart ?? ''} về ${work}`,
        headline: `Làm việc với ${ctx.counterpart ?? ''} về ${work}`,
      };
  }
}
