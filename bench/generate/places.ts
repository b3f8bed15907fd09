/**
 * The invented city, its districts and as many wards as the population needs. No name opens with a
 * family name ("Lê Chân"), which the extractor would have to tell from a person's name only by the
 * word before it; the city is no province, so the portal's footer cannot give it away and articles
 * must name it.
 */
import { shuffle, type Rng } from './random.js';

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

export function cityLocality(): Locality {
  return { id: 0, level: 'city', word: 'thành phố', name: CITY_NAME, district: null };
}

export function districtLocalities(): Locality[] {
  return DISTRICT_NAMES.map((name, i) => {
    const district: Locality = { id: i + 1, level: 'district', word: 'quận', name, district: null };
    district.district = district;
    return district;
  });
}

/**
 * Ward names, unique across the city (a ward's bodies are named without their district), never a
 * district's or the city's name: two syllables in a shuffled order, then three when pairs run out.
 */
export function* wardNames(rng: Rng): Generator<string> {
  const taken = new Set<string>([CITY_NAME, ...DISTRICT_NAMES]);
  const pairs = shuffle(rng, WARD_FIRST.flatMap((a) => WARD_SECOND.filter((b) => b !== a).map((b) => `${a} ${b}`)));
  for (const name of pairs) {
    if (taken.has(name)) continue;
    taken.add(name);
    yield name;
  }
  for (const pair of pairs) {
    for (const third of WARD_SECOND) {
      const name = `${pair} ${third}`;
      if (pair.endsWith(` ${third}`) || taken.has(name)) continue;
      taken.add(name);
      yield name;
    }
  }
  throw new RangeError(`more wards than names (${taken.size})`);
}
