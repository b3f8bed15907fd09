/**
 * Vietnam's provinces and their 2025 reorganization, and the domains of provincial portals and party
 * papers. Data only: typed rows, each table with its source.
 */

export type ProvinceLevel = 'tỉnh' | 'thành phố';

export interface ProvinceRow {
  /** The name as the press writes it after "tỉnh" or "thành phố" ("Hải Dương", "Hồ Chí Minh"). */
  name: string;
  /** "thành phố" for a centrally-run city, else "tỉnh". */
  level: ProvinceLevel;
  /** Other spellings of the name ("Đăk Lăk", "Bắc Cạn"); matched like the name. */
  aliases?: readonly string[];
}

/**
 * The 63 provincial-level units before the 2025 reorganization (58 provinces, 5 centrally-run cities,
 * plus Thừa Thiên Huế, a centrally-run city as "Huế" from 1 January 2025).
 * Source: the list of units the National Assembly's Resolution 202/2025/QH15 (12 June 2025) rearranges,
 * together with the 11 it leaves unchanged (Party Central Committee Resolution 60-NQ/TW, 12 April 2025).
 */
export const PROVINCES_BEFORE_2025: readonly ProvinceRow[] = [
  { name: 'Hà Nội', level: 'thành phố' },
  { name: 'Hồ Chí Minh', level: 'thành phố', aliases: ['TPHCM', 'TP.HCM', 'Sài Gòn'] },
  { name: 'Hải Phòng', level: 'thành phố' },
  { name: 'Đà Nẵng', level: 'thành phố' },
  { name: 'Cần Thơ', level: 'thành phố' },
  { name: 'Huế', level: 'thành phố', aliases: ['Thừa Thiên Huế', 'Thừa Thiên - Huế'] },
  { name: 'An Giang', level: 'tỉnh' },
  { name: 'Bà Rịa - Vũng Tàu', level: 'tỉnh', aliases: ['Bà Rịa-Vũng Tàu', 'Bà Rịa – Vũng Tàu'] },
  { name: 'Bắc Giang', level: 'tỉnh' },
  { name: 'Bắc Kạn', level: 'tỉnh', aliases: ['Bắc Cạn'] },
  { name: 'Bạc Liêu', level: 'tỉnh' },
  { name: 'Bắc Ninh', level: 'tỉnh' },
  { name: 'Bến Tre', level: 'tỉnh' },
  { name: 'Bình Định', level: 'tỉnh' },
  { name: 'Bình Dương', level: 'tỉnh' },
  { name: 'Bình Phước', level: 'tỉnh' },
  { name: 'Bình Thuận', level: 'tỉnh' },
  { name: 'Cà Mau', level: 'tỉnh' },
  { name: 'Cao Bằng', level: 'tỉnh' },
  { name: 'Đắk Lắk', level: 'tỉnh', aliases: ['Đăk Lăk', 'Đắc Lắc'] },
  { name: 'Đắk Nông', level: 'tỉnh', aliases: ['Đăk Nông'] },
  { name: 'Điện Biên', level: 'tỉnh' },
  { name: 'Đồng Nai', level: 'tỉnh' },
  { name: 'Đồng Tháp', level: 'tỉnh' },
  { name: 'Gia Lai', level: 'tỉnh' },
  { name: 'Hà Giang', level: 'tỉnh' },
  { name: 'Hà Nam', level: 'tỉnh' },
  { name: 'Hà Tĩnh', level: 'tỉnh' },
  { name: 'Hải Dương', level: 'tỉnh' },
  { name: 'Hậu Giang', level: 'tỉnh' },
  { name: 'Hòa Bình', level: 'tỉnh' },
  { name: 'Hưng Yên', level: 'tỉnh' },
  { name: 'Khánh Hòa', level: 'tỉnh' },
  { name: 'Kiên Giang', level: 'tỉnh' },
  { name: 'Kon Tum', level: 'tỉnh' },
  { name: 'Lai Châu', level: 'tỉnh' },
  { name: 'Lâm Đồng', level: 'tỉnh' },
  { name: 'Lạng Sơn', level: 'tỉnh' },
  { name: 'Lào Cai', level: 'tỉnh' },
  { name: 'Long An', level: 'tỉnh' },
  { name: 'Nam Định', level: 'tỉnh' },
  { name: 'Nghệ An', level: 'tỉnh' },
  { name: 'Ninh Bình', level: 'tỉnh' },
  { name: 'Ninh Thuận', level: 'tỉnh' },
  { name: 'Phú Thọ', level: 'tỉnh' },
  { name: 'Phú Yên', level: 'tỉnh' },
  { name: 'Quảng Bình', level: 'tỉnh' },
  { name: 'Quảng Nam', level: 'tỉnh' },
  { name: 'Quảng Ngãi', level: 'tỉnh' },
  { name: 'Quảng Ninh', level: 'tỉnh' },
  { name: 'Quảng Trị', level: 'tỉnh' },
  { name: 'Sóc Trăng', level: 'tỉnh' },
  { name: 'Sơn La', level: 'tỉnh' },
  { name: 'Tây Ninh', level: 'tỉnh' },
  { name: 'Thái Bình', level: 'tỉnh' },
  { name: 'Thái Nguyên', level: 'tỉnh' },
  { name: 'Thanh Hóa', level: 'tỉnh' },
  { name: 'Tiền Giang', level: 'tỉnh' },
  { name: 'Trà Vinh', level: 'tỉnh' },
  { name: 'Tuyên Quang', level: 'tỉnh' },
  { name: 'Vĩnh Long', level: 'tỉnh' },
  { name: 'Vĩnh Phúc', level: 'tỉnh' },
  { name: 'Yên Bái', level: 'tỉnh' },
];

export interface ReorganizationAct {
  /** The act's number and title as published. */
  act: string;
  /** The day it was passed (YYYY-MM-DD). */
  passed: string;
  /** The day the units it makes begin to work, and those it ends cease (YYYY-MM-DD). */
  on: string;
  /** Where its text can be read. */
  source: string;
}

/**
 * The National Assembly's resolution on the rearrangement of provincial-level units (9th session of
 * the XV National Assembly). Passed 12 June 2025, in force from that day; the provincial authorities it
 * makes work from 1 July 2025, the day the merged provinces' own bodies ceased.
 */
export const RESOLUTION_202: ReorganizationAct = {
  act: 'Nghị quyết 202/2025/QH15 về việc sắp xếp đơn vị hành chính cấp tỉnh',
  passed: '2025-06-12',
  on: '2025-07-01',
  source: 'https://www.vietnam.vn/en/nghi-quyet-cua-quoc-hoi-ve-sap-xep-don-vi-hanh-chinh-cap-tinh',
};

/**
 * The end of the district level (quận, huyện, thị xã, and the cities under a province): the amended
 * Constitution (Articles 110–111) organizes local government at two levels, province and commune, and
 * the district level ended its activity on 1 July 2025.
 */
export const RESOLUTION_203: ReorganizationAct = {
  act: 'Nghị quyết 203/2025/QH15 sửa đổi, bổ sung một số điều của Hiến pháp năm 2013',
  passed: '2025-06-16',
  on: '2025-07-01',
  source: 'https://vietnamnet.vn/ban-tin-vietnamnet-17-6-quoc-hoi-thong-qua-sua-hien-phap-lich-su-pre2412112.html',
};

export interface ProvinceMerger {
  /** The new unit's name: one of the old units', which lives on. */
  into: string;
  /** The other units merged into it, which ceased as units on RESOLUTION_202.on. */
  from: readonly string[];
}

/**
 * The 23 new provincial-level units of Resolution 202/2025/QH15, Article 1, in its order: "Nhập tỉnh
 * Hải Dương và thành phố Hải Phòng thành thành phố mới có tên gọi là thành phố Hải Phòng", ….
 * Checked against the resolution's published text (RESOLUTION_202.source) and the list attached to
 * Resolution 60-NQ/TW.
 */
export const PROVINCE_MERGERS: readonly ProvinceMerger[] = [
  { into: 'Tuyên Quang', from: ['Hà Giang'] },
  { into: 'Lào Cai', from: ['Yên Bái'] },
  { into: 'Thái Nguyên', from: ['Bắc Kạn'] },
  { into: 'Phú Thọ', from: ['Vĩnh Phúc', 'Hòa Bình'] },
  { into: 'Bắc Ninh', from: ['Bắc Giang'] },
  { into: 'Hưng Yên', from: ['Thái Bình'] },
  { into: 'Hải Phòng', from: ['Hải Dương'] },
  { into: 'Ninh Bình', from: ['Hà Nam', 'Nam Định'] },
  { into: 'Quảng Trị', from: ['Quảng Bình'] },
  { into: 'Đà Nẵng', from: ['Quảng Nam'] },
  { into: 'Quảng Ngãi', from: ['Kon Tum'] },
  { into: 'Gia Lai', from: ['Bình Định'] },
  { into: 'Khánh Hòa', from: ['Ninh Thuận'] },
  { into: 'Lâm Đồng', from: ['Đắk Nông', 'Bình Thuận'] },
  { into: 'Đắk Lắk', from: ['Phú Yên'] },
  { into: 'Hồ Chí Minh', from: ['Bình Dương', 'Bà Rịa - Vũng Tàu'] },
  { into: 'Đồng Nai', from: ['Bình Phước'] },
  { into: 'Tây Ninh', from: ['Long An'] },
  { into: 'Cần Thơ', from: ['Sóc Trăng', 'Hậu Giang'] },
  { into: 'Vĩnh Long', from: ['Bến Tre', 'Trà Vinh'] },
  { into: 'Đồng Tháp', from: ['Tiền Giang'] },
  { into: 'Cà Mau', from: ['Bạc Liêu'] },
  { into: 'An Giang', from: ['Kiên Giang'] },
];

/** The level of each unit after 1 July 2025: the six centrally-run cities are Hà Nội, Huế, Hải Phòng, Đà Nẵng, Hồ Chí Minh and Cần Thơ. */
const merged = new Set(PROVINCE_MERGERS.flatMap((m) => m.from));
/** The 34 provincial-level units from 1 July 2025 (28 provinces, 6 centrally-run cities). */
export const PROVINCES_AFTER_2025: readonly ProvinceRow[] = PROVINCES_BEFORE_2025.filter((p) => !merged.has(p.name));

/** Locality words of the district level, which ended on RESOLUTION_203.on (a province's towns, "thành phố", too, but the word alone does not tell them from a province). */
export const DISTRICT_LEVEL_WORDS: readonly string[] = ['quận', 'huyện', 'thị xã'];
/** Party committees of the district level ("Quận ủy Ngô Quyền"). */
export const DISTRICT_PARTY_BODIES: readonly string[] = ['Quận ủy', 'Huyện ủy', 'Thị ủy'];

export type DomainBasis = 'portal' | 'party' | 'paper';

export interface DomainPattern {
  /**
   * One label of the host, `<p>` standing for a province's slug without dashes ("haiphong",
   * "bariavungtau"): "bao<p>" is the label "baohaiphong" of "baohaiphong.vn".
   */
  label: string;
  /** The host must end so (".gov.vn"); null: any host. A bare slug counts only on its own domain, where it cannot be a brand. */
  hostEnds: string | null;
  /** What kind of outlet it is: a government portal, a party committee's site, a party paper. */
  basis: DomainBasis;
  /** The pattern as users write it. */
  written: string;
}

/**
 * How provincial outlets name their hosts. Source: the conventions of the provinces' own hosts: the
 * government portal and its departments under `<p>.gov.vn` (`haiphong.gov.vn`, `sonoivu.haiphong.gov.vn`),
 * older portals prefixed (`thanhphohaiphong.gov.vn`, `tinh…`, `ubnd…`, `congthongtin…`), party
 * committees' sites under `<p>.dcs.vn` or `tinhuy<p>.*` / `thanhuy<p>.*`, and the provincial party papers
 * as `bao<p>.*`. A convention, not a registry: a host that follows none of them gives no place.
 */
export const DOMAIN_PATTERNS: readonly DomainPattern[] = [
  { label: '<p>', hostEnds: '.gov.vn', basis: 'portal', written: '<p>.gov.vn, *.<p>.gov.vn' },
  { label: 'thanhpho<p>', hostEnds: null, basis: 'portal', written: 'thanhpho<p>.*' },
  { label: 'tp<p>', hostEnds: null, basis: 'portal', written: 'tp<p>.*' },
  { label: 'tinh<p>', hostEnds: null, basis: 'portal', written: 'tinh<p>.*' },
  { label: 'ubnd<p>', hostEnds: null, basis: 'portal', written: 'ubnd<p>.*' },
  { label: 'congthongtin<p>', hostEnds: null, basis: 'portal', written: 'congthongtin<p>.*' },
  { label: '<p>', hostEnds: '.dcs.vn', basis: 'party', written: '<p>.dcs.vn, *.<p>.dcs.vn' },
  { label: 'tinhuy<p>', hostEnds: null, basis: 'party', written: 'tinhuy<p>.*' },
  { label: 'thanhuy<p>', hostEnds: null, basis: 'party', written: 'thanhuy<p>.*' },
  { label: 'bao<p>', hostEnds: null, basis: 'paper', written: 'bao<p>.*' },
];

/** Slugs of a province other than its name's ("hcm" in "tphcm.gov.vn"). Source: the hosts themselves. */
export const EXTRA_SLUGS: Readonly<Record<string, readonly string[]>> = {
  'Hồ Chí Minh': ['hcm', 'hcmc', 'hochiminhcity'],
  'Huế': ['thuathienhue'],
  'Bà Rịa - Vũng Tàu': ['brvt'],
  'Đắk Lắk': ['daklak', 'daclac'],
  'Kon Tum': ['kontum'],
};

/** Papers of a province whose host is not made from its name. Source: their mastheads. */
export const NAMED_OUTLETS: ReadonlyArray<{ host: string; province: string; basis: DomainBasis }> = [
  { host: 'hanoimoi.vn', province: 'Hà Nội', basis: 'paper' },
  { host: 'sggp.org.vn', province: 'Hồ Chí Minh', basis: 'paper' },
];
