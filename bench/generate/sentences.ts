/**
 * The sentences that name people, in the constructions the portal uses: "Đồng chí A, <posts> chủ
 * trì Hội nghị.", "Hội nghị do đồng chí A, <posts> chủ trì.", "Dự Hội nghị có đồng chí …; đồng chí
 * …", "Phát biểu kết luận Hội nghị, đồng chí A, <posts> đề nghị …", and a title before a name
 * ("Phát biểu tại Hội nghị, Phó Chủ tịch UBND quận An Lạc Nguyễn Văn B nhấn mạnh …").
 */
import { TASKS } from './filler.js';
import { intro, type WrittenPosts } from './phrasing.js';
import type { Person } from './population.js';
import { chance, pick, weighted, type Rng } from './random.js';

/** One person as one sentence states them. */
export interface Mention {
  person: Person;
  rank: string | null;
  written: WrittenPosts;
}

/** Speaker roles as the extractor reports them. */
export type SpeakerRole = 'phát biểu' | 'phát biểu chỉ đạo' | 'phát biểu kết luận' | 'báo cáo' | 'trình bày' | 'thông tin';

const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const named = (m: Mention, start: boolean, rng: Rng): string => `${intro(m.person.name, m.rank, start, rng)}, ${m.written.text}`;

export function chairSentence(chairs: readonly Mention[], noun: string, rng: Rng): string {
  const [first, second] = chairs;
  if (!first) throw new RangeError('a meeting needs a chair');
  if (second) return `${named(first, true, rng)} và ${named(second, false, rng)} đồng chủ trì ${noun}.`;
  switch (weighted(rng, CHAIR_FORMS)) {
    case 'after':
      return `${named(first, true, rng)} chủ trì ${noun}.`;
    case 'bare':
      return `${named(first, true, rng)} chủ trì.`;
    case 'passive':
      return `${capitalized(noun)} do ${named(first, false, rng)} chủ trì.`;
    case 'fronted':
      return `Chủ trì ${noun} có ${named(first, false, rng)}.`;
  }
}
const CHAIR_FORMS = [['after', 6], ['bare', 1], ['passive', 2], ['fronted', 1]] as const;

export interface Spoken {
  text: string;
  role: SpeakerRole;
}

const SPEECH = [['phát biểu', 6], ['báo cáo', 2], ['trình bày', 1]] as const;
const POLICE_SPEECH = [...SPEECH, ['thông tin', 3]] as const;

/** A speech by someone of the meeting's own bodies; police officers also brief on public order. */
export function speakerSentence(m: Mention, noun: string, work: string, police: boolean, rng: Rng): Spoken {
  const role = weighted<SpeakerRole>(rng, police ? POLICE_SPEECH : SPEECH);
  const who = named(m, true, rng);
  switch (role) {
    case 'báo cáo':
      return { role, text: `${who} báo cáo kết quả ${work} thời gian qua.` };
    case 'trình bày':
      return { role, text: `${who} trình bày dự thảo kế hoạch thực hiện nhiệm vụ thời gian tới.` };
    case 'thông tin':
      return { role, text: `${who} thông tin về tình hình an ninh, trật tự trên địa bàn.` };
    default:
      return { role: 'phát biểu', text: `${who} phát biểu ${pick(rng, ['tại', 'ý kiến tại', 'thảo luận tại'])} ${noun}.` };
  }
}

/** Two speakers of one sentence: "Đồng chí A, <posts> và đồng chí B, <posts> phát biểu tại Hội nghị." */
export function jointSpeakerSentence(a: Mention, b: Mention, noun: string, rng: Rng): Spoken {
  return { role: 'phát biểu', text: `${named(a, true, rng)} và ${named(b, false, rng)} phát biểu tại ${noun}.` };
}

/** A speech with the title before the name; `m.written` is that single title. */
export function titledSpeakerSentence(m: Mention, noun: string, rng: Rng): Spoken {
  const act = pick(rng, ['nhấn mạnh', 'khẳng định', 'đề nghị']);
  return { role: 'phát biểu', text: `Phát biểu tại ${noun}, ${m.written.text} ${m.person.name} ${act} ${pick(rng, TASKS)}.` };
}

/** Directions given by someone from the level above. */
export function directingSentence(m: Mention, noun: string, rng: Rng): Spoken {
  const text = chance(rng, 0.5)
    ? `${named(m, true, rng)} phát biểu chỉ đạo ${noun}.`
    : `Phát biểu chỉ đạo ${noun}, ${named(m, false, rng)} đề nghị ${pick(rng, TASKS)}.`;
  return { role: 'phát biểu chỉ đạo', text };
}

/** The chair's closing words. */
export function concludingSentence(m: Mention, noun: string, rng: Rng): Spoken {
  const text = chance(rng, 0.5)
    ? `Phát biểu kết luận ${noun}, ${named(m, false, rng)} đề nghị ${pick(rng, TASKS)}.`
    : `${named(m, true, rng)} phát biểu kết luận ${noun}.`;
  return { role: 'phát biểu kết luận', text };
}

export function attendeeSentence(ms: readonly Mention[], noun: string, rng: Rng): string {
  const [only] = ms;
  if (!only) throw new RangeError('no attendees');
  if (ms.length === 1 && chance(rng, 0.4)) return `${named(only, true, rng)} dự ${noun}.`;
  if (ms.length > 1 && chance(rng, 0.4)) {
    return `Tham dự ${noun} có các đồng chí: ${ms.map((m) => `${m.person.name}, ${m.written.text}`).join('; ')}.`;
  }
  const list = ms.map((m) => named(m, false, rng)).join('; ');
  return chance(rng, 0.7) ? `Dự ${noun} có ${list}.` : `Cùng dự có ${list}.`;
}
