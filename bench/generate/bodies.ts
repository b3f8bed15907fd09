/**
 * The bodies of each locality and how an article may write their names. The full name is the
 * ground truth: the form every written variant ("UBND quận", "Ủy ban nhân dân quận An Lạc") must
 * resolve to, the way the extractor names organizations.
 */
import type { Level, Locality } from './places.js';

export type BodyType =
  | 'party' | 'standing' | 'board' | 'inspection' | 'office' | 'council' | 'committee' | 'police' | 'steering' | 'front' | 'department';

export interface Body {
  id: number;
  type: BodyType;
  /** The board's or department's own name ("Tuyên giáo", "Nội vụ"); null for the others. */
  label: string | null;
  locality: Locality;
  name: string;
}

/** A body's place in its locality: its type, and for boards and departments their name ("board:Tuyên giáo"). */
export type BodyKey = string;

export const bodyKey = (type: BodyType, label: string | null = null): BodyKey => (label ? `${type}:${label}` : type);

const PARTY_BOARDS: Readonly<Record<Level, readonly string[]>> = {
  city: ['Tuyên giáo', 'Tổ chức', 'Dân vận', 'Nội chính'],
  district: ['Tuyên giáo', 'Tổ chức', 'Dân vận'],
  ward: [],
};

export const CITY_DEPARTMENTS: readonly string[] = [
  'Nội vụ', 'Tài chính', 'Xây dựng', 'Y tế', 'Tư pháp', 'Giáo dục và Đào tạo', 'Văn hóa và Thể thao', 'Công Thương',
];

const TYPES_AT: Readonly<Record<Level, readonly BodyType[]>> = {
  city: ['party', 'standing', 'inspection', 'office', 'council', 'committee', 'police', 'steering', 'front'],
  district: ['party', 'standing', 'inspection', 'office', 'council', 'committee', 'police', 'steering', 'front'],
  ward: ['party', 'committee', 'police'],
};

/** Every body of the locality, keyed as role specs refer to them; `nextId` numbers them city-wide. */
export function bodiesOf(locality: Locality, nextId: () => number): Map<BodyKey, Body> {
  const out = new Map<BodyKey, Body>();
  const add = (type: BodyType, label: string | null): void => {
    const draft = { id: nextId(), type, label, locality, name: '' };
    draft.name = writeBody(draft, false, false);
    out.set(bodyKey(type, label), draft);
  };
  for (const type of TYPES_AT[locality.level]) add(type, null);
  for (const label of PARTY_BOARDS[locality.level]) add('board', label);
  if (locality.level === 'city') for (const label of CITY_DEPARTMENTS) add('department', label);
  return out;
}

function partyBody(l: Locality, short: boolean): string {
  switch (l.level) {
    case 'city':
      return short ? 'Thành ủy' : `Thành ủy ${l.name}`;
    case 'district':
      return short ? 'Quận ủy' : `Quận ủy ${l.name}`;
    case 'ward':
      return short ? 'Đảng ủy phường' : `Đảng ủy phường ${l.name}`;
  }
}

/**
 * The body as written: `short` leaves the locality's name to the article's context ("UBND quận"),
 * `abbreviate` uses the press's abbreviations (HĐND, UBND, BCĐ, UBKT, MTTQ) where there is one.
 */
export function writeBody(b: Pick<Body, 'type' | 'label' | 'locality'>, short: boolean, abbreviate: boolean): string {
  const l = b.locality;
  const place = short ? l.word : `${l.word} ${l.name}`;
  switch (b.type) {
    case 'party':
      return partyBody(l, short);
    case 'standing':
      return `Ban Thường vụ ${partyBody(l, short)}`;
    case 'board':
      return `Ban ${b.label ?? ''} ${partyBody(l, short)}`;
    case 'inspection':
      return `${abbreviate ? 'UBKT' : 'Ủy ban Kiểm tra'} ${partyBody(l, short)}`;
    case 'office':
      return `Văn phòng ${partyBody(l, short)}`;
    case 'council':
      return `${abbreviate ? 'HĐND' : 'Hội đồng nhân dân'} ${place}`;
    case 'committee':
      return `${abbreviate ? 'UBND' : 'Ủy ban nhân dân'} ${place}`;
    case 'police':
      return `Công an ${place}`;
    case 'steering':
      return `${abbreviate ? 'BCĐ' : 'Ban Chỉ đạo'} 35 ${place}`;
    case 'front':
      return `${abbreviate ? 'Ủy ban MTTQ' : 'Ủy ban Mặt trận Tổ quốc'} Việt Nam ${place}`;
    case 'department':
      return `Sở ${b.label ?? ''} ${place}`;
  }
}

/** Bodies of the party committee itself: a bare "Ban Thường vụ" before one of them borrows its committee. */
export const isPartyBody = (b: Body): boolean =>
  b.type === 'party' || b.type === 'board' || b.type === 'inspection' || b.type === 'office' || b.type === 'standing';
