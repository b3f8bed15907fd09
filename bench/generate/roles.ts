/**
 * What one person holds at once (a role: "Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận,
 * Trưởng Ban Chỉ đạo 35 quận") and how many seats of it each locality has. A single-holder post
 * appears in exactly one role with one seat, so a seat's timeline having one holder at a time is
 * what makes such a post have one holder at a time.
 */
import { CITY_DEPARTMENTS, bodyKey, type BodyKey } from './bodies.js';
import type { Level } from './places.js';

export interface PostSpec {
  title: string;
  body: BodyKey;
  /** A new holder may first be acting ("quyền Chủ tịch UBND quận"). */
  mayAct?: boolean;
}

export interface RoleSpec {
  key: string;
  posts: readonly PostSpec[];
  seats: number;
  /** Police ranks written before the holder's name. */
  ranks?: readonly string[];
  /** Length of one tenure, in years. */
  years: readonly [number, number];
}

const standing: PostSpec = { title: 'Ủy viên', body: bodyKey('standing') };
const HEAD_YEARS = [2, 5] as const;
const DEPUTY_YEARS = [1.5, 5] as const;

const CITY_ROLES: readonly RoleSpec[] = [
  { key: 'secretary', posts: [{ title: 'Bí thư', body: 'party' }], seats: 1, years: HEAD_YEARS },
  { key: 'standing-deputy-secretary', posts: [{ title: 'Phó Bí thư Thường trực', body: 'party' }], seats: 1, years: HEAD_YEARS },
  {
    key: 'committee-chair',
    posts: [{ title: 'Phó Bí thư', body: 'party' }, { title: 'Chủ tịch', body: 'committee', mayAct: true }],
    seats: 1,
    years: HEAD_YEARS,
  },
  { key: 'council-chair', posts: [{ title: 'Phó Bí thư', body: 'party' }, { title: 'Chủ tịch', body: 'council' }], seats: 1, years: HEAD_YEARS },
  { key: 'committee-deputy-standing', posts: [standing, { title: 'Phó Chủ tịch', body: 'committee' }], seats: 1, years: DEPUTY_YEARS },
  { key: 'committee-deputy', posts: [{ title: 'Phó Chủ tịch', body: 'committee' }], seats: 3, years: DEPUTY_YEARS },
  { key: 'council-deputy', posts: [{ title: 'Phó Chủ tịch', body: 'council' }], seats: 2, years: DEPUTY_YEARS },
  {
    key: 'propaganda-head',
    posts: [standing, { title: 'Trưởng', body: bodyKey('board', 'Tuyên giáo') }, { title: 'Trưởng', body: 'steering' }],
    seats: 1,
    years: HEAD_YEARS,
  },
  {
    key: 'propaganda-deputy-steering',
    posts: [{ title: 'Phó Trưởng', body: bodyKey('board', 'Tuyên giáo') }, { title: 'Phó Trưởng', body: 'steering' }],
    seats: 1,
    years: DEPUTY_YEARS,
  },
  { key: 'propaganda-deputy', posts: [{ title: 'Phó Trưởng', body: bodyKey('board', 'Tuyên giáo') }], seats: 2, years: DEPUTY_YEARS },
  { key: 'organization-head', posts: [standing, { title: 'Trưởng', body: bodyKey('board', 'Tổ chức') }], seats: 1, years: HEAD_YEARS },
  { key: 'organization-deputy', posts: [{ title: 'Phó Trưởng', body: bodyKey('board', 'Tổ chức') }], seats: 2, years: DEPUTY_YEARS },
  { key: 'mass-head', posts: [standing, { title: 'Trưởng', body: bodyKey('board', 'Dân vận') }], seats: 1, years: HEAD_YEARS },
  { key: 'internal-head', posts: [standing, { title: 'Trưởng', body: bodyKey('board', 'Nội chính') }], seats: 1, years: HEAD_YEARS },
  { key: 'inspection-chair', posts: [standing, { title: 'Chủ nhiệm', body: 'inspection' }], seats: 1, years: HEAD_YEARS },
  { key: 'inspection-deputy', posts: [{ title: 'Phó Chủ nhiệm', body: 'inspection' }], seats: 2, years: DEPUTY_YEARS },
  { key: 'office-chief', posts: [{ title: 'Chánh Văn phòng', body: 'office' }], seats: 1, years: HEAD_YEARS },
  {
    key: 'police-head',
    posts: [standing, { title: 'Giám đốc', body: 'police' }],
    seats: 1,
    ranks: ['Thiếu tướng', 'Đại tá'],
    years: HEAD_YEARS,
  },
  { key: 'police-deputy', posts: [{ title: 'Phó Giám đốc', body: 'police' }], seats: 3, ranks: ['Đại tá', 'Thượng tá'], years: DEPUTY_YEARS },
  { key: 'front-chair', posts: [standing, { title: 'Chủ tịch', body: 'front' }], seats: 1, years: HEAD_YEARS },
  ...CITY_DEPARTMENTS.flatMap((label): RoleSpec[] => [
    { key: `department-director:${label}`, posts: [{ title: 'Giám đốc', body: bodyKey('department', label), mayAct: true }], seats: 1, years: HEAD_YEARS },
    { key: `department-deputy:${label}`, posts: [{ title: 'Phó Giám đốc', body: bodyKey('department', label) }], seats: 2, years: DEPUTY_YEARS },
  ]),
];

const DISTRICT_ROLES: readonly RoleSpec[] = [
  { key: 'secretary', posts: [{ title: 'Bí thư', body: 'party' }], seats: 1, years: HEAD_YEARS },
  {
    key: 'standing-deputy-secretary',
    posts: [{ title: 'Phó Bí thư Thường trực', body: 'party' }, { title: 'Chủ tịch', body: 'council' }, { title: 'Trưởng', body: 'steering' }],
    seats: 1,
    years: HEAD_YEARS,
  },
  {
    key: 'committee-chair',
    posts: [{ title: 'Phó Bí thư', body: 'party' }, { title: 'Chủ tịch', body: 'committee', mayAct: true }],
    seats: 1,
    years: HEAD_YEARS,
  },
  { key: 'committee-deputy-standing', posts: [standing, { title: 'Phó Chủ tịch', body: 'committee' }], seats: 1, years: DEPUTY_YEARS },
  { key: 'committee-deputy', posts: [{ title: 'Phó Chủ tịch', body: 'committee' }], seats: 2, years: DEPUTY_YEARS },
  { key: 'council-deputy', posts: [{ title: 'Phó Chủ tịch', body: 'council' }], seats: 1, years: DEPUTY_YEARS },
  {
    key: 'propaganda-head',
    posts: [standing, { title: 'Trưởng', body: bodyKey('board', 'Tuyên giáo') }, { title: 'Phó Trưởng', body: 'steering' }],
    seats: 1,
    years: HEAD_YEARS,
  },
  { key: 'propaganda-deputy', posts: [{ title: 'Phó Trưởng', body: bodyKey('board', 'Tuyên giáo') }], seats: 1, years: DEPUTY_YEARS },
  { key: 'organization-head', posts: [standing, { title: 'Trưởng', body: bodyKey('board', 'Tổ chức') }], seats: 1, years: HEAD_YEARS },
  { key: 'mass-head', posts: [standing, { title: 'Trưởng', body: bodyKey('board', 'Dân vận') }], seats: 1, years: HEAD_YEARS },
  { key: 'inspection-chair', posts: [standing, { title: 'Chủ nhiệm', body: 'inspection' }], seats: 1, years: HEAD_YEARS },
  { key: 'office-chief', posts: [{ title: 'Chánh Văn phòng', body: 'office' }], seats: 1, years: HEAD_YEARS },
  { key: 'police-head', posts: [standing, { title: 'Trưởng', body: 'police' }], seats: 1, ranks: ['Đại tá', 'Thượng tá'], years: HEAD_YEARS },
  { key: 'police-deputy', posts: [{ title: 'Phó Trưởng', body: 'police' }], seats: 2, ranks: ['Thượng tá', 'Trung tá'], years: DEPUTY_YEARS },
  { key: 'front-chair', posts: [standing, { title: 'Chủ tịch', body: 'front' }], seats: 1, years: HEAD_YEARS },
];

const WARD_ROLES: readonly RoleSpec[] = [
  { key: 'secretary', posts: [{ title: 'Bí thư', body: 'party' }], seats: 1, years: HEAD_YEARS },
  {
    key: 'committee-chair',
    posts: [{ title: 'Phó Bí thư', body: 'party' }, { title: 'Chủ tịch', body: 'committee', mayAct: true }],
    seats: 1,
    years: HEAD_YEARS,
  },
  { key: 'committee-deputy', posts: [{ title: 'Phó Chủ tịch', body: 'committee' }], seats: 2, years: DEPUTY_YEARS },
  { key: 'police-head', posts: [{ title: 'Trưởng', body: 'police' }], seats: 1, ranks: ['Trung tá', 'Thiếu tá'], years: HEAD_YEARS },
];

export const ROLES: Readonly<Record<Level, readonly RoleSpec[]>> = { city: CITY_ROLES, district: DISTRICT_ROLES, ward: WARD_ROLES };

/** Deputies and members share their post; every other title, the standing deputy included, names one person. */
export const isSingleHolder = (title: string): boolean =>
  (!title.startsWith('Phó ') || title.endsWith(' Thường trực')) && title !== 'Ủy viên';
