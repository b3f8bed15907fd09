/**
 * Page timestamps come as "2024-07-03T07:05:00Z", "2024-07-03T14:05:00+07:00", "2024-07-03 14:05"
 * or "2024-07-03". The extractor reads times in Vietnam's zone (+07:00) and resolves "3/7" against
 * the date part, so a UTC time late in the day must move to the next day, not keep the UTC date.
 */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

const DATE_ONLY_RE = /^(\d{4})-(\d{2})-(\d{2})$/u;
// A local time without a zone is taken as the portal's own, i.e. Vietnam's.
const LOCAL_TIME_RE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/u;
const ZONED_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/iu;

const pad = (n: number): string => String(n).padStart(2, '0');

const validDay = (y: number, m: number, d: number): boolean => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** The time in the extractor's form, or null when the value is not a time a page would state. */
export function toVietnamTime(raw: string): string | null {
  const value = raw.trim();
  const dateOnly = DATE_ONLY_RE.exec(value);
  if (dateOnly) return validDay(Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])) ? value : null;
  const local = LOCAL_TIME_RE.exec(value);
  if (local) {
    const [, date, h, min, s] = local;
    const [y, m, d] = date!.split('-').map(Number) as [number, number, number];
    if (!validDay(y, m, d) || Number(h) > 23 || Number(min) > 59) return null;
    return `${date}T${h}:${min}:${s ?? '00'}+07:00`;
  }
  if (!ZONED_RE.test(value)) return null;
  const ms = Date.parse(value.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/u, '$1:$2'));
  if (Number.isNaN(ms)) return null;
  const t = new Date(ms + VIETNAM_OFFSET_MS);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}+07:00`;
}
