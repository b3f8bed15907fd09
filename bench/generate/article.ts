/**
 * One article in the portal's style, and its ground truth. Article `index` of a world is a pure
 * function of (world seed, index): its own random stream, no state carried between articles.
 *
 * Shape: the print header; an announcement ("Chiều 27/12, Ban Chỉ đạo 35 quận X tổ chức Hội nghị
 * …"); the chair; zero to three speakers, sometimes directions from the level above; sometimes
 * attendees, retired officials among them; filler paragraphs and a caption; the byline; the footer.
 */
import { writeBody, type Body } from './bodies.js';
import { Cast, type Scope } from './cast.js';
import { FIRST_DAY, LAST_DAY, civil, isoDate, pad2, weekdayName, type CivilDate } from './calendar.js';
import { caption, fillerParagraph, type FillerContext } from './filler.js';
import { HOSTS, ORGANIZERS, SUPERIORS, meetingText, type KindKey, type MeetingText, type OrganizerSpec } from './meetings.js';
import { byline } from './names.js';
import { writePosts, writeTitleBeforeName, type TruthPost, type WritingContext } from './phrasing.js';
import type { Level, Locality } from './places.js';
import { bodyOf, wardsOf, type Person, type Tenure, type World } from './population.js';
import { chance, int, mixSeed, mulberry32, pick, shuffle, weighted, type Rng } from './random.js';
import {
  attendeeSentence, chairSentence, concludingSentence, directingSentence, jointSpeakerSentence, speakerSentence, titledSpeakerSentence,
  type Mention, type SpeakerRole, type Spoken,
} from './sentences.js';
import { slugify } from './slug.js';

/** One line of the JSONL output. */
export interface Article {
  id: string;
  url: string;
  /** ISO 8601 with +07:00, as the print header states it. */
  published: string;
  text: string;
}

export type PartOfDay = 'sáng' | 'trưa' | 'chiều' | 'tối';

export interface TruthPerson {
  id: number;
  name: string;
  /** The posts the article states, each held (or, "former", last held) on the meeting's day. */
  posts: TruthPost[];
}

export interface TruthRef {
  id: number;
  name: string;
}

export interface TruthMeeting {
  /** YYYY-MM-DD */
  date: string;
  partOfDay: PartOfDay | null;
  kind: string;
  title: string;
  /** `written` as the announcement writes it, without the ", quận Y" that only locates a ward. */
  organizer: { name: string; written: string };
  chairs: TruthRef[];
  speakers: Array<TruthRef & { role: SpeakerRole }>;
  attendees: TruthRef[];
}

export interface ArticleTruth {
  title: string;
  author: string;
  published: string;
  people: TruthPerson[];
  meeting: TruthMeeting;
}

export interface GeneratedArticle {
  article: Article;
  truth: ArticleTruth;
}

const ARTICLE_STREAM = 101;

const LEVELS = [['city', 3], ['district', 5], ['ward', 2]] as const;
const LEVELS_WITHOUT_WARDS = [['city', 3], ['district', 5]] as const;
const ORGANIZER_WEIGHTS = {
  city: ORGANIZERS.city.map((s) => [s, s.weight] as const),
  district: ORGANIZERS.district.map((s) => [s, s.weight] as const),
  ward: ORGANIZERS.ward.map((s) => [s, s.weight] as const),
};
const PARTS: ReadonlyArray<readonly [PartOfDay | null, number]> = [['sáng', 45], ['trưa', 2], ['chiều', 40], ['tối', 5], [null, 10]];
const SPEAKER_COUNTS: ReadonlyArray<readonly [number, number]> = [[0, 1.5], [1, 3.5], [2, 3], [3, 2]];

const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const refOf = ({ person }: Mention): TruthRef => ({ id: person.id, name: person.name });

/** Where and when the meeting is, who holds it and what it is. */
interface Setting {
  day: number;
  date: CivilDate;
  level: Level;
  locality: Locality;
  /** The body met in a working session, and that body's locality. */
  counterpart: { locality: Locality; written: string } | null;
  scope: Scope;
  spec: OrganizerSpec;
  organizer: Body;
  meeting: MeetingText;
  kind: KindKey;
}

function chooseSetting(world: World, rng: Rng): Setting {
  const day = int(rng, FIRST_DAY, LAST_DAY);
  const date = civil(day);
  const level = weighted(rng, world.wards.length ? LEVELS : LEVELS_WITHOUT_WARDS);
  const locality = level === 'city' ? world.city : level === 'district' ? pick(rng, world.districts) : pick(rng, world.wards);
  const scope: Scope = { city: world.city, district: locality.district, ward: level === 'ward' ? locality : null };
  const spec = weighted(rng, ORGANIZER_WEIGHTS[level]);
  const organizer = bodyOf(world, locality, spec.body);
  let kind: KindKey = pick(rng, spec.kinds);
  // Years are reviewed around the turn of the year; in mid-year the same meeting is an interim review.
  if (kind === 'review' && date.month >= 4 && date.month <= 10) kind = 'interim';
  // A working session meets the level below: a district's standing committee, a ward's party committee.
  let counterpart: Setting['counterpart'] = null;
  if (kind === 'working') {
    const below = level === 'city' ? world.districts : scope.district ? wardsOf(world, scope.district) : [];
    if (below.length === 0) kind = 'study';
    else {
      const other = pick(rng, below);
      if (other.level === 'district') scope.district = other;
      else scope.ward = other;
      counterpart = { locality: other, written: writeBody(bodyOf(world, other, other.level === 'district' ? 'standing' : 'party'), false, false) };
    }
  }
  const meeting = meetingText(kind, { date, locality, organizer, counterpart: counterpart?.written ?? null }, rng);
  return { day, date, level, locality, counterpart, scope, spec, organizer, meeting, kind };
}

/** Writes people's posts and keeps the article's ground truth of who holds what. */
class PeopleWriter {
  readonly people = new Map<Person, TruthPerson>();

  constructor(
    private readonly day: number,
    private readonly ctx: WritingContext,
    private readonly rng: Rng,
  ) {}

  /** The person with the posts of the tenure after the name; `former` for a retired official. */
  mention(tenure: Tenure, former = false): Mention {
    const written = writePosts(tenure, this.day, former, this.ctx, this.rng);
    this.note(tenure.person, written.posts);
    return { person: tenure.person, rank: former ? null : tenure.rank, written };
  }

  /** The person with one post before the name. */
  titled(tenure: Tenure): Mention {
    const written = writeTitleBeforeName(tenure, this.day, this.ctx, this.rng);
    this.note(tenure.person, written.posts);
    return { person: tenure.person, rank: null, written };
  }

  private note(person: Person, posts: readonly TruthPost[]): void {
    let truth = this.people.get(person);
    if (!truth) this.people.set(person, (truth = { id: person.id, name: person.name, posts: [] }));
    for (const p of posts) {
      if (!truth.posts.some((q) => q.title === p.title && q.organization === p.organization && q.qualifier === p.qualifier)) truth.posts.push(p);
    }
  }
}

interface Roles {
  chairs: Mention[];
  /** Each sentence of speech with the people it names (two when they share it). */
  spoken: Array<{ ms: Mention[]; s: Spoken }>;
  attendees: Mention[];
}

function castRoles(world: World, s: Setting, writer: PeopleWriter, rng: Rng): Roles {
  const cast = new Cast(world, s.day, s.scope, rng);
  const noun = s.meeting.noun;
  const chairTenure = cast.holder(s.locality, weighted(rng, s.spec.chairs));
  if (!chairTenure) throw new Error(`no chair for ${s.organizer.name}`);
  const chairs = [writer.mention(chairTenure)];
  if (s.spec.coChair && s.kind === 'dialogue' && chance(rng, 0.5)) {
    const co = cast.holder(s.locality, s.spec.coChair);
    if (co) chairs.push(writer.mention(co));
  }

  const spoken: Roles['spoken'] = [];
  const wanted = weighted(rng, SPEAKER_COUNTS);
  for (const role of shuffle(rng, [...s.spec.speakers])) {
    if (spoken.length >= wanted) break;
    const tenure = cast.holder(s.locality, role);
    if (!tenure) continue;
    if (chance(rng, 0.12)) {
      const m = writer.titled(tenure);
      spoken.push({ ms: [m], s: titledSpeakerSentence(m, noun, rng) });
      continue;
    }
    const m = writer.mention(tenure);
    const police = s.organizer.type === 'police' || tenure.seat.role.key.startsWith('police');
    const said = speakerSentence(m, noun, s.meeting.work, police, rng);
    // Two speeches in a row may share one sentence, joined by "và".
    const before = spoken.at(-1);
    const [other] = before?.ms ?? [];
    if (before && other && before.ms.length === 1 && before.s.role === 'phát biểu' && said.role === 'phát biểu' && chance(rng, 0.25)) {
      before.ms.push(m);
      before.s = jointSpeakerSentence(other, m, noun, rng);
    } else spoken.push({ ms: [m], s: said });
  }
  if (s.counterpart) {
    for (const role of HOSTS.slice(0, int(rng, 1, HOSTS.length))) {
      const tenure = cast.holder(s.counterpart.locality, role);
      if (!tenure) continue;
      const m = writer.mention(tenure);
      spoken.push({ ms: [m], s: speakerSentence(m, noun, s.meeting.work, false, rng) });
    }
  }

  const attendees: Mention[] = [];
  const parent = s.level === 'district' ? world.city : s.level === 'ward' ? s.scope.district : null;
  if (parent && chance(rng, 0.4)) {
    const tenure = cast.holder(parent, pick(rng, SUPERIORS[s.level]));
    if (tenure) {
      const m = writer.mention(tenure);
      if (chance(rng, 0.6)) spoken.push({ ms: [m], s: directingSentence(m, noun, rng) });
      else attendees.push(m);
    }
  }
  if (parent && chance(rng, 0.25)) {
    const tenure = cast.holder(parent, pick(rng, SUPERIORS[s.level]));
    if (tenure) attendees.push(writer.mention(tenure));
  }
  if (chance(rng, 0.2)) {
    const tenure = cast.former(s.scope.district ?? world.city);
    if (tenure) attendees.push(writer.mention(tenure, true));
  }
  return { chairs, spoken, attendees };
}

export function generateArticle(world: World, index: number): GeneratedArticle {
  const rng = mulberry32(mixSeed(world.seed, ARTICLE_STREAM, index));
  const s = chooseSetting(world, rng);
  const { date, meeting, organizer, locality } = s;
  const noun = meeting.noun;
  const ctx: WritingContext = { named: new Set([locality]), steering: organizer.type === 'steering' ? organizer : null };
  if (s.counterpart) ctx.named.add(s.counterpart.locality);

  // A ward's announcement names its district too ("Đảng ủy phường X, quận Y"), as the portal does.
  const organizerWritten = writeBody(organizer, false, chance(rng, 0.5));
  const district = s.scope.district;
  const announcedPlace = s.level === 'ward' && district ? `, ${district.word} ${district.name}` : '';
  if (announcedPlace && district) ctx.named.add(district);
  const part = weighted(rng, PARTS);
  const dm = `${date.day}/${date.month}`;
  const when = part
    ? `${capitalized(part)} ${chance(rng, 0.15) ? 'ngày ' : ''}${dm}${chance(rng, 0.1) ? `/${date.year}` : ''}`
    : `Ngày ${dm}`;
  const announcement = `${when}, ${organizerWritten}${announcedPlace} ${meeting.verb} ${meeting.title}.`;

  const writer = new PeopleWriter(s.day, ctx, rng);
  const { chairs, spoken, attendees } = castRoles(world, s, writer, rng);
  const chair = chairs[0] as Mention;
  const chairText = chairSentence(chairs, noun, rng);
  const concluding = chairs.length === 1 && chance(rng, 0.3) ? concludingSentence(chair, noun, rng) : null;

  const filler: FillerContext = { place: locality.word, city: world.city.name, year: date.month >= 11 ? date.year : date.year - 1, work: meeting.work, noun, used: new Set() };
  const paragraphs: string[] = [];
  const chairFirst = chance(rng, 0.3);
  const attendeeText = attendees.length ? attendeeSentence(attendees, noun, rng) : null;
  const attendeesEarly = attendeeText !== null && chance(rng, 0.5);
  paragraphs.push(chairFirst ? `${announcement} ${chairText}` : announcement);
  if (attendeesEarly) paragraphs.push(attendeeText);
  paragraphs.push(fillerParagraph(filler, rng));
  // The portal prints the chair and speakers as lines of one block or as paragraphs of their own.
  const block = spoken.map(({ s: said }) => said.text);
  if (!chairFirst) block.unshift(chairText);
  if (block.length && chance(rng, 0.5)) paragraphs.push(block.join('\n'));
  else paragraphs.push(...block);
  if (chance(rng, 0.3)) paragraphs.push(caption(filler, rng));
  if (chance(rng, 0.7)) paragraphs.push(fillerParagraph(filler, rng));
  if (attendeeText && !attendeesEarly) paragraphs.push(attendeeText);
  if (concluding) paragraphs.push(concluding.text);
  if (chance(rng, 0.3)) paragraphs.push(fillerParagraph(filler, rng));

  const author = byline(rng);
  const title = chance(rng, 0.5) ? `${writeBody(organizer, false, false)}: ${meeting.headline}` : capitalized(meeting.headline);
  const pub = publication(s.day, part, rng);
  const text = `${pub.header}\n\n${paragraphs.join('\n\n')}\n\n${author}\n\n${footer(title, world.city.name)}`;

  const speakers = spoken.flatMap(({ ms, s: said }) => ms.map(({ person }) => ({ id: person.id, name: person.name, role: said.role })));
  if (concluding) speakers.push({ id: chair.person.id, name: chair.person.name, role: concluding.role });
  return {
    article: {
      id: `gen-${world.seed}-${index}`,
      url: `https://example.invalid/tin-tuc/${slugify(title)}-${index}.html`,
      published: pub.iso,
      text,
    },
    truth: {
      title,
      author,
      published: pub.iso,
      people: [...writer.people.values()],
      meeting: {
        date: isoDate(date),
        partOfDay: part,
        kind: meeting.kind,
        title: meeting.title,
        organizer: { name: organizer.name, written: organizerWritten },
        chairs: chairs.map(refOf),
        speakers,
        attendees: attendees.map(refOf),
      },
    },
  };
}

function footer(title: string, city: string): string {
  return `Tiện ích thông tin\nNguồn tin\nQR Code\nQR CODE: ${title}\nChúng tôi trên Mạng Xã hội\nQR Code Fanpage\n` +
    `Mã QR Code truy cập vào Fanpage Cổng tin tức Thành phố ${city}\nTin khác`;
}

/** Published after the meeting: the same day after its part of the day, or a day or two later. */
function publication(day: number, part: PartOfDay | null, rng: Rng): { iso: string; header: string } {
  let later = chance(rng, 0.25) ? int(rng, 1, 2) : 0;
  if (part === 'tối') later = Math.max(later, 1);
  const earliest = later > 0 ? 7 : part === 'chiều' ? 17 : part === 'sáng' ? 11 : 14;
  const hour = int(rng, earliest, 22);
  const minute = int(rng, 0, 59);
  const published = day + later;
  const d = civil(published);
  const hm = `${pad2(hour)}:${pad2(minute)}`;
  return {
    iso: `${isoDate(d)}T${hm}:00+07:00`,
    header: `Print ${weekdayName(published)}, ${pad2(d.day)}/${pad2(d.month)}/${d.year} ${hm} Gốc`,
  };
}
