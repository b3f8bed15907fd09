/**
 * How an article writes a person's posts: full names the first time a locality comes up, then the
 * short forms the portal relies on context for ("Chủ tịch HĐND quận", "Trưởng Ban Tuyên giáo Thành
 * ủy", a bare "Ban Thường vụ" before a post of the same party committee), abbreviations or not,
 * "quyền" while a new holder is acting and "nguyên" for someone retired.
 */
import { isPartyBody, writeBody, type Body } from './bodies.js';
import type { Locality } from './places.js';
import type { Post, Tenure } from './population.js';
import { chance, type Rng } from './random.js';

export type Qualifier = 'former' | 'acting';

/** A post as the article states it: what the extractor should recover. */
export interface TruthPost {
  title: string;
  organization: string;
  qualifier: Qualifier | null;
}

/**
 * What the article has written so far. Only one locality of each level ever appears in an article,
 * so a short form can only mean that one, as the extractor reads it.
 */
export interface WritingContext {
  /** Localities written out in full at least once. */
  named: Set<Locality>;
  /** The steering committee the announcement names: "Trưởng Ban Chỉ đạo" alone means it. */
  steering: Body | null;
}

export interface WrittenPosts {
  text: string;
  posts: TruthPost[];
}

const SHORT_SHARE = 0.6;
const ABBREVIATED_SHARE = 0.5;
const BARE_SHARE = 0.45;
const STANDING_OMITTED = 0.2;

function bodyText(body: Body, next: Body | undefined, ctx: WritingContext, rng: Rng): string {
  const l = body.locality;
  if (body.type === 'standing' && next && next.locality === l && isPartyBody(next) && next.type !== 'standing' && chance(rng, BARE_SHARE)) {
    return 'Ban Thường vụ';
  }
  if (body === ctx.steering && chance(rng, BARE_SHARE)) return 'Ban Chỉ đạo';
  if (body.type === 'party' && l.level === 'ward' && next?.type === 'committee' && next.locality === l && chance(rng, BARE_SHARE)) return 'Đảng ủy';
  const short = ctx.named.has(l) && chance(rng, SHORT_SHARE);
  if (!short) ctx.named.add(l);
  return writeBody(body, short, chance(rng, ABBREVIATED_SHARE));
}

/** "Chánh Văn phòng" + "Văn phòng Quận ủy": the title already holds the office's head word. */
function postText(title: string, body: string): string {
  return title.endsWith(' Văn phòng') && body.startsWith('Văn phòng ') ? `${title}${body.slice('Văn phòng'.length)}` : `${title} ${body}`;
}

const actingOn = (post: Post, tenure: Tenure, day: number): boolean => post.mayAct && day < tenure.actingUntil;

/** The posts of the tenure as a list after the name; `former` writes them as left ("nguyên …"). */
export function writePosts(tenure: Tenure, day: number, former: boolean, ctx: WritingContext, rng: Rng): WrittenPosts {
  let posts = tenure.seat.posts;
  if (posts.length > 1 && posts[0]?.title === 'Ủy viên' && chance(rng, STANDING_OMITTED)) posts = posts.slice(1);
  const pieces: string[] = [];
  const truth: TruthPost[] = [];
  for (const [i, post] of posts.entries()) {
    const acting = !former && actingOn(post, tenure, day);
    // "nguyên" carries over to the posts after it; writers repeat it now and then.
    const qualifier = former && (i === 0 || chance(rng, 0.3)) ? 'nguyên ' : acting ? 'quyền ' : '';
    pieces.push(qualifier + postText(post.title, bodyText(post.body, posts[i + 1]?.body, ctx, rng)));
    truth.push({ title: post.title, organization: post.body.name, qualifier: former ? 'former' : acting ? 'acting' : null });
  }
  return { text: pieces.join(', '), posts: truth };
}

/** The one post written before a name ("Phó Chủ tịch UBND quận An Lạc Nguyễn Văn A"), its locality in full. */
export function writeTitleBeforeName(tenure: Tenure, day: number, ctx: WritingContext, rng: Rng): WrittenPosts {
  const post = tenure.seat.posts.find((p) => p.title !== 'Ủy viên') ?? (tenure.seat.posts[0] as Post);
  const acting = actingOn(post, tenure, day);
  ctx.named.add(post.body.locality);
  const text = (acting ? 'quyền ' : '') + postText(post.title, writeBody(post.body, false, chance(rng, ABBREVIATED_SHARE)));
  return { text, posts: [{ title: post.title, organization: post.body.name, qualifier: acting ? 'acting' : null }] };
}

/** "Đồng chí Nguyễn Văn A", or a police officer by rank ("Thượng tá Vũ Văn B", "đồng chí Đại tá C"). */
export function intro(name: string, rank: string | null, sentenceStart: boolean, rng: Rng): string {
  const comrade = sentenceStart ? 'Đồng chí' : 'đồng chí';
  if (!rank) return `${comrade} ${name}`;
  const r = rng();
  return r < 0.45 ? `${rank} ${name}` : r < 0.6 ? `${comrade} ${rank} ${name}` : `${comrade} ${name}`;
}
