/**
 * A small checker for the extraction contract (docs: EXTRACTION.md): returns the list of problems,
 * empty when the value is a valid Extraction. Used by property tests and the CLI test.
 */
const PARTS_OF_DAY = new Set(['sáng', 'trưa', 'chiều', 'tối']);
const QUALIFIERS = new Set(['former', 'acting', 'concurrent', 'appointed']);
const PUBLISHED_RE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?\+07:00)?$/u;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/u;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNfcString = (v: unknown): v is string => typeof v === 'string' && v === v.normalize('NFC') && v.isWellFormed();

function validDate(iso: string): boolean {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso.slice(0, 10);
}

export function contractProblems(x: unknown): string[] {
  const p: string[] = [];
  const str = (v: unknown, at: string): void => {
    if (!isNfcString(v)) p.push(`${at}: not an NFC string`);
  };
  const strOrNull = (v: unknown, at: string): void => {
    if (v !== null) str(v, at);
  };
  const strList = (v: unknown, at: string): void => {
    if (!Array.isArray(v)) p.push(`${at}: not an array`);
    else v.forEach((s, i) => str(s, `${at}[${i}]`));
  };
  if (!isObj(x)) return ['not an object'];
  const a = x.article;
  let published: string | null = null;
  if (!isObj(a)) p.push('article: not an object');
  else {
    strOrNull(a.title, 'article.title');
    strOrNull(a.author, 'article.author');
    strOrNull(a.place, 'article.place');
    str(a.body, 'article.body');
    if (a.publishedAt !== null) {
      if (typeof a.publishedAt !== 'string' || !PUBLISHED_RE.test(a.publishedAt) || !validDate(a.publishedAt)) {
        p.push(`article.publishedAt: bad value ${JSON.stringify(a.publishedAt)}`);
      } else published = a.publishedAt.slice(0, 10);
    }
  }
  if (!Array.isArray(x.people)) p.push('people: not an array');
  else x.people.forEach((person: unknown, i) => {
    if (!isObj(person)) return void p.push(`people[${i}]: not an object`);
    str(person.name, `people[${i}].name`);
    if (typeof person.name === 'string' && person.name.trim() === '') p.push(`people[${i}].name: empty`);
    if (!Array.isArray(person.positions)) return void p.push(`people[${i}].positions: not an array`);
    person.positions.forEach((pos: unknown, j) => {
      const at = `people[${i}].positions[${j}]`;
      if (!isObj(pos)) return void p.push(`${at}: not an object`);
      str(pos.text, `${at}.text`);
      str(pos.title, `${at}.title`);
      strOrNull(pos.organization, `${at}.organization`);
      str(pos.sentence, `${at}.sentence`);
      if (pos.qualifier !== null && !QUALIFIERS.has(String(pos.qualifier))) p.push(`${at}.qualifier: bad value`);
    });
  });
  if (!Array.isArray(x.organizations)) p.push('organizations: not an array');
  else x.organizations.forEach((o: unknown, i) => {
    if (!isObj(o)) return void p.push(`organizations[${i}]: not an object`);
    str(o.name, `organizations[${i}].name`);
    str(o.kind, `organizations[${i}].kind`);
    strOrNull(o.place, `organizations[${i}].place`);
    strOrNull(o.parent, `organizations[${i}].parent`);
  });
  if (!Array.isArray(x.meetings)) p.push('meetings: not an array');
  else x.meetings.forEach((m: unknown, i) => {
    const at = `meetings[${i}]`;
    if (!isObj(m)) return void p.push(`${at}: not an object`);
    if (m.date !== null) {
      if (typeof m.date !== 'string' || !DATE_RE.test(m.date) || !validDate(m.date)) p.push(`${at}.date: bad value ${JSON.stringify(m.date)}`);
      else if (published !== null && m.date > published) p.push(`${at}.date: after publication`);
    }
    if (m.partOfDay !== null && !PARTS_OF_DAY.has(String(m.partOfDay))) p.push(`${at}.partOfDay: bad value`);
    str(m.kind, `${at}.kind`);
    if (typeof m.kind === 'string' && m.kind !== m.kind.toLowerCase()) p.push(`${at}.kind: not lower case`);
    str(m.title, `${at}.title`);
    str(m.sentence, `${at}.sentence`);
    strList(m.organizers, `${at}.organizers`);
    strList(m.chairs, `${at}.chairs`);
    strList(m.attendees, `${at}.attendees`);
    if (!Array.isArray(m.speakers)) p.push(`${at}.speakers: not an array`);
    else m.speakers.forEach((s: unknown, j) => {
      if (!isObj(s)) return void p.push(`${at}.speakers[${j}]: not an object`);
      str(s.name, `${at}.speakers[${j}].name`);
      str(s.role, `${at}.speakers[${j}].role`);
      str(s.sentence, `${at}.speakers[${j}].sentence`);
    });
  });
  strList(x.warnings, 'warnings');
  return p;
}
