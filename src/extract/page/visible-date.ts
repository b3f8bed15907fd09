/**
 * The publication time a reader sees, when the page gives none for machines: Vietnamese portals
 * print it as "03/07/2024 14:05" or "Thứ Tư, 03/07/2024 - 14:05" in an element named for it
 * (class "date", "time", "publish", …), and the city portal's print view opens with
 * "Print Thứ Tư, 03/07/2024 14:05 Gốc".
 */
import type { PageDocument } from './dom.js';
import { textOf } from './dom.js';

const DMY_HM_RE = /(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{4})(?:\D{1,12}?(?<h>\d{1,2})[:h](?<min>\d{2}))?/u;
const DATE_CLASS_RE = /date|time|publish|ngay|thoi-?gian|print/iu;
const PRINT_RE = /^\s*Print\s/u;

const pad = (s: string): string => s.padStart(2, '0');

/** "03/07/2024 14:05" → "2024-07-03T14:05:00+07:00", or null when the text holds no such date. */
export function vietnameseDateTime(text: string): string | null {
  const m = DMY_HM_RE.exec(text)?.groups;
  if (!m) return null;
  const [d, mo, y] = [Number(m.d), Number(m.m), Number(m.y)];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  const day = `${m.y}-${pad(m.m!)}-${pad(m.d!)}`;
  if (m.h === undefined || Number(m.h) > 23) return day;
  return `${day}T${pad(m.h)}:${m.min}:00+07:00`;
}

/** The first visible date, and where it was: the print header, or an element named for dates. */
export function visibleDate(doc: PageDocument): { value: string; via: string } | null {
  for (const el of doc.querySelectorAll('body *')) {
    if (el.children.length > 3) continue;
    const text = textOf(el);
    if (text.length > 80) continue;
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const print = PRINT_RE.test(text);
    if (!print && !DATE_CLASS_RE.test(name)) continue;
    const value = vietnameseDateTime(text);
    if (value !== null) return { value, via: print ? 'the print header ("Print …")' : `the date line <${el.tagName.toLowerCase()} class="${name.trim()}">` };
  }
  return null;
}
