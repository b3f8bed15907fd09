/**
 * The graph as one CSV table per kind, for a spreadsheet: RFC 4180 quoting, lists joined by "; ",
 * and a UTF-8 byte-order mark first, without which Excel reads UTF-8 as the machine's legacy code
 * page and Vietnamese letters come out garbled (LibreOffice and pandas skip the mark).
 */
import type { ArticleRow, MeetingRow, OrganizationRow, PersonRow, PositionRow, TenureRow } from './rows.js';
import { EXPORT_ARTICLES, EXPORT_MEETINGS, EXPORT_ORGANIZATIONS, EXPORT_PEOPLE, EXPORT_POSITIONS, EXPORT_TENURES } from './statements.js';

export const BOM = '\uFEFF';

type Cell = string | number | boolean | null | undefined | readonly string[];

const cell = (v: Cell): string => {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
};

export const csvLine = (cells: readonly Cell[]): string => `${cells.map(cell).join(',')}\r\n`;

export interface CsvTable<R> {
  /** File name without extension. */
  name: string;
  query: string;
  header: string[];
  /** One row of the query → lines of the table (a meeting gives one line per participant). */
  lines: (row: R) => Cell[][];
}

const table = <R>(t: CsvTable<R>): CsvTable<unknown> => t as CsvTable<unknown>;

export const CSV_TABLES: CsvTable<unknown>[] = [
  table<PersonRow>({
    name: 'people', query: EXPORT_PEOPLE, header: ['id', 'name', 'aliases', 'province', 'articles'],
    lines: (p) => [[p.id, p.name, p.aliases, p.province, p.articleIds.length]],
  }),
  table<OrganizationRow>({
    name: 'organizations', query: EXPORT_ORGANIZATIONS, header: ['id', 'name', 'kind', 'aliases', 'parent_id', 'place'],
    lines: (o) => [[o.id, o.name, o.kind, o.aliases, o.parentId, o.place]],
  }),
  table<PositionRow>({
    name: 'positions', query: EXPORT_POSITIONS, header: ['id', 'title', 'name', 'organization_id', 'organization'],
    lines: (p) => [[p.id, p.title, p.name, p.organizationId, p.organizationName]],
  }),
  table<TenureRow>({
    name: 'tenures', query: EXPORT_TENURES,
    header: ['id', 'person_id', 'person', 'position_id', 'position', 'organization', 'first_seen', 'last_seen', 'ended_by', 'status', 'acting', 'observations', 'article_urls'],
    lines: (t) => [[
      t.id, t.personId, t.personName, t.positionId, t.positionName, t.organizationName, t.firstSeen, t.lastSeen, t.endedBy,
      t.endedBy ? 'ended' : 'unknown', t.acting, t.observations, t.articles.map((a) => a.url ?? a.id),
    ]],
  }),
  table<MeetingRow>({
    name: 'meetings', query: EXPORT_MEETINGS, header: ['id', 'date', 'part_of_day', 'kind', 'title', 'organizers', 'chairs', 'article_urls'],
    lines: (m) => [[
      m.id, m.date, m.partOfDay, m.kind, m.title, m.organizers.map((o) => o.name),
      [...new Set(m.participants.filter((p) => p.role === 'CHAIRED').map((p) => p.personName))], m.articles.map((a) => a.url ?? a.id),
    ]],
  }),
  table<MeetingRow>({
    name: 'participations', query: EXPORT_MEETINGS, header: ['meeting_id', 'meeting_date', 'meeting', 'person_id', 'person', 'role', 'article_id', 'sentence'],
    lines: (m) => m.participants.map((p) => [m.id, m.date, m.title, p.personId, p.personName, p.role.toLowerCase(), p.article, p.sentence]),
  }),
  table<ArticleRow>({
    name: 'articles', query: EXPORT_ARTICLES, header: ['id', 'url', 'title', 'published_at', 'author', 'place', 'source'],
    lines: (a) => [[a.id, a.url, a.title, a.publishedAt, a.author, a.place, a.source]],
  }),
];
