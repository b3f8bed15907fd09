/**
 * The invented city, its districts and as many wards as the population needs. No name opens with a
 * family name ("Lê Chân"), which the extractor would have to tell from a person's name only by the
 * word before it; the city is no province, so the portal's footer cannot give it away and articles
 * must name it.
 */
import { mulberry32, shuffle, type Rng } from './random.js';

export type Level = 'city' | 'district' | 'ward';

export interface Locality {
  /** Unique among all localities; the city is 0. */
  id: number;
  level: Level;
  /** The locality word bodies put before the name: "thành phố Vân Lĩnh", "quận An Lạc". */
  word: 'thành phố' | 'quận' | 'phường';
  name: string;
  /** The district a ward lies in, or the district itself; null for the city. */
  district: Locality | null;
}

export const CITY_NAME = 'Vân Lĩnh';

/**
 * The cities of a multi-city corpus (`--cities K`), the first the single city's. Invented, none a
 * province, none opening with a family name, none a pair of WARD_FIRST and WARD_SECOND syllables.
 */
export const CITY_NAMES: readonly string[] = [CITY_NAME, 'Bích Lâm', 'Thụy Khê', 'Lạc Viên', 'Tường Vân', 'Khánh Lâm', 'Diên Khê', 'Chiêm Sơn'];

/** City `index` of `count`: each city's districts and wards take names no other city of the corpus takes. */
export interface CityShare {
  index: number;
  count: number;
}

export const ONLY_CITY: CityShare = { index: 0, count: 1 };

/** Which city of `count` a name belongs to: a fixed hash, so the cities' names never overlap. */
function ownerOf(name: string, count: number): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return (h >>> 0) % count;
}

const DISTRICT_NAMES: readonly string[] = [
  'An Lạc', 'Bình Khê', 'Cát Lâm', 'Đông Xuyên', 'Hồng Phúc', 'Kiến Xuân', 'Minh Khai', 'Nam Sơn', 'Phước Long',
  'Tân Hưng', 'Thanh Hà', 'Vạn Xuân', 'Yên Thành',
];

const WARD_FIRST: readonly string[] = [
  'An', 'Bình', 'Cát', 'Đông', 'Tây', 'Nam', 'Bắc', 'Hòa', 'Hưng', 'Kiến', 'Minh', 'Mỹ', 'Nghĩa', 'Phú',
  'Phúc', 'Phước', 'Quảng', 'Tân', 'Thạnh', 'Thịnh', 'Thuận', 'Trà', 'Vạn', 'Vĩnh', 'Xuân', 'Yên', 'Hạ', 'Thượng',
  'Sở', 'Cẩm', 'Đằng', 'Hải', 'Liên', 'Lam', 'Ngọc', 'Thủy', 'Hồng', 'Long',
];
const WARD_SECOND: readonly string[] = [
  'An', 'Bình', 'Hòa', 'Hưng', 'Lợi', 'Phú', 'Thành', 'Thịnh', 'Thuận', 'Tiến', 'Trung', 'Đông', 'Tây', 'Nam',
  'Bắc', 'Giang', 'Khê', 'Lâm', 'Sơn', 'Hải', 'Hà', 'Mỹ', 'Lộc', 'Phong', 'Xuyên', 'Đằng', 'Dương', 'Vinh',
  'Quang', 'Hồ', 'Lạc', 'Điền', 'Châu', 'Cầu', 'Kiều', 'Lĩnh', 'Ninh', 'Tường', 'Hạ', 'Viên',
];

export function cityLocality(share: CityShare = ONLY_CITY): Locality {
  return { id: 0, level: 'city', word: 'thành phố', name: CITY_NAMES[share.index] ?? CITY_NAME, district: null };
}

/** The first city's districts are DISTRICT_NAMES; another city's are as many of its own share of the ward names. */
export function districtLocalities(share: CityShare = ONLY_CITY): Locality[] {
  const names = share.index === 0 ? DISTRICT_NAMES : takeNames(wardNames(mulberry32(share.index), { index: share.index, count: share.count }), DISTRICT_NAMES.length);
  return names.map((name, i) => {
    const district: Locality = { id: i + 1, level: 'district', word: 'quận', name, district: null };
    district.district = district;
    return district;
  });
}

/**
 * Ward names, unique across the city (a ward's bodies are named without their district), never a
 * district's or the city's name: two syllables in a shuffled order, then three when pairs run out.
 */
export function* wardNames(rng: Rng, share: CityShare = ONLY_CITY, districts: readonly string[] = []): Generator<string> {
  const taken = new Set<string>([CITY_NAME, ...DISTRICT_NAMES, ...districts]);
  // One city takes every name; of several, each takes its own share.
  const mine = (name: string): boolean => share.count === 1 || ownerOf(name, share.count) === share.index;
  const pairs = shuffle(rng, WARD_FIRST.flatMap((a) => WARD_SECOND.filter((b) => b !== a).map((b) => `${a} ${b}`)));
  for (const name of pairs) {
    if (taken.has(name) || !mine(name)) continue;
    taken.add(name);
    yield name;
  }
  for (const pair of pairs) {
    for (const third of WARD_SECOND) {
      const name = `${pair} ${third}`;
      if (pair.endsWith(` ${third}`) || taken.has(name) || !mine(name)) continue;
      taken.add(name);
      yield name;
    }
  }
  throw new RangeError(`more wards than names (${taken.size})`);
}

function takeNames(names: Generator<string>, n: number): string[] {
  const out: string[] = [];
  for (const name of names) {
    out.push(name);
    if (out.length === n) break;
  }
  return out;
}
