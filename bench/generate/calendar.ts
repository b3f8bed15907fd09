/**
 * Days as integers (days since 1970-01-01, UTC): careers, tenures and articles compare and search
 * them by number, and the conversion to a civil date is arithmetic, with no Date object per article.
 */

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
export function dayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (civil_from_days). */
export function civil(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

/** The span the population's careers and the articles cover. */
export const FIRST_DAY = dayOf(2018, 1, 1);
export const LAST_DAY = dayOf(2025, 12, 31);
export const DAYS_PER_YEAR = 365.25;

// 1970-01-01 was a Thursday; the portal spells weekdays this way in its print header.
const WEEKDAYS = ['Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư'] as const;

export const weekdayName = (dayNumber: number): string => WEEKDAYS[((dayNumber % 7) + 7) % 7] as string;

export const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function isoDate(d: CivilDate): string {
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
}
