/**
 * The extraction layer's only entry: article text → Extraction (contract in EXTRACTION.md).
 *
 * The pipeline, in the order it must run:
 *  1. parseArticle: header/footer off first, so portal menus, teasers and bylines never reach the
 *     person and meeting finders, and publishedAt is known before any date is resolved.
 *  2. splitSentences over the body: every later step works sentence by sentence and keeps the
 *     sentence as evidence.
 *  3. A first pass of person mentions only to learn the article's full names, so that a second pass
 *     can recognise "ông Đức" or a bare name that appears before its anchored introduction.
 *  4. Organizations are resolved after all sentences are seen: "quận" or "Ban Chỉ đạo" mean the
 *     district or committee the whole article is about.
 *  5. Meetings last: they need the mentions of every sentence (chairs, speakers, attendees).
 */
import type { ExtractOptions, Extraction, ExtractedOrganization, ExtractedPerson, ExtractedPosition } from './types.js';
import { parseArticle, type ParsedArticle } from './article.js';
import { splitSentences } from './sentences.js';
import { compareKey, toneKey } from './normalize.js';
import { findArticleMentions, OTHER_SCRIPT_LETTER, OTHER_SCRIPT_WORD, type Mention } from './people.js';
import { findMeetings, type AnalyzedSentence } from './meetings.js';
import { articleRoles } from './roles.js';
import { describeOrganization, orgContext, resolveOrganization, splitTitleBody, type OrgContext } from './organizations.js';

export type * from './types.js';

export function extract(text: string, opts: ExtractOptions = {}): Extraction {
  try {
    return run(text, opts);
  } catch (err) {
    // The contract is "nothing throws": a bug shows up as a warning on this article, not a crash of the batch.
    return {
      article: { title: null, publishedAt: null, author: null, body: String(text ?? ''), place: null, placeBasis: null },
      people: [],
      organizations: [],
      meetings: [],
      warnings: [`extraction failed: ${err instanceof Error ? err.message : String(err)}`],
    };
  }
}

function run(text: string, opts: ExtractOptions): Extraction {
  const { parsed, analyzed } = analyze(text, opts);
  const { body } = parsed;
  // The page's own metadata is more reliable than a date line found in the text, when the caller has it.
  const pagePublishedAt = opts.publishedAt?.trim() || null;
  const info = pagePublishedAt === null ? parsed.info : { ...parsed.info, publishedAt: pagePublishedAt };
  const reference = pagePublishedAt ?? parsed.reference;
  const warnings = [...parsed.warnings];

  // A place read from the text is already among the localities the context finds there; only a source's or URL's is added.
  const ctx = orgContext(body, info.placeBasis === 'text' ? null : info.place);
  const last = analyzed.at(-1);
  // Excerpts are often cut mid-word ("Chủ tịch H"): a post running into the cut is not a post.
  if (last && !/[.!?…"”)\]]\s*$/u.test(last.text)) {
    const end = last.text.trimEnd().length;
    for (const m of last.mentions) if (m.posts.at(-1)?.end === end) m.posts.pop();
  }
  const { people, organizations } = collectPeople(analyzed, ctx);
  const { meetings, warnings: meetingWarnings } = findMeetings(analyzed, reference, parsed.urlReference);
  warnings.push(...meetingWarnings);
  if (!people.length && /(?:đồng chí|Đồng chí)\s+\p{Lu}/u.test(body)) warnings.push('a person seems named but none was understood');
  // The word regex backtracks at every letter; the one-letter test rules out almost every article first.
  const foreign = OTHER_SCRIPT_LETTER.test(body) ? OTHER_SCRIPT_WORD.exec(body) : null;
  if (foreign) warnings.push(`words in a script other than Vietnamese's Latin letters ("${foreign[0].slice(0, 40)}") were not read as names`);
  return { article: info, people, organizations, meetings, warnings };
}

/** The article's parts and its sentences with the people each names: what every later step reads. */
function analyze(text: string, opts: ExtractOptions): { parsed: ParsedArticle; analyzed: AnalyzedSentence[] } {
  const parsed = parseArticle(typeof text === 'string' ? text : '', { url: opts.url ?? null });
  const sentences = splitSentences(parsed.body).map((s) => s.text);
  const mentions = findArticleMentions(sentences);
  return { parsed, analyzed: sentences.map((s, i) => ({ text: s, mentions: mentions[i] ?? [] })) };
}

export interface RoleSentence {
  text: string;
  /** Role verbs standing next to a person ("chủ trì", "phát biểu"). */
  verbs: string[];
  /** Those that gave nobody a role: what the rules do not yet understand. */
  unexplained: string[];
}

/** The sentences of an article that put a role verb next to a person, for the coverage report. */
export function roleSentences(text: string, opts: ExtractOptions = {}): RoleSentence[] {
  const { analyzed } = analyze(text, opts);
  return articleRoles(analyzed)
    .map((r, i) => ({ text: analyzed[i]?.text.trim() ?? '', verbs: r.verbs, unexplained: r.unexplained }))
    .filter((r) => r.verbs.length > 0);
}

function collectPeople(sentences: AnalyzedSentence[], ctx: OrgContext): {
  people: ExtractedPerson[];
  organizations: ExtractedOrganization[];
} {
  const people = new Map<string, ExtractedPerson>();
  // Keys of each person's positions so far, so a repeated post is not keyed again for every later one.
  const held = new Map<string, Set<string>>();
  const orgs = new Map<string, ExtractedOrganization>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.shortRef) continue;
      const key = toneKey(m.name);
      let person = people.get(key);
      let keys = held.get(key);
      if (!person || !keys) {
        person = { name: m.name, positions: [] };
        keys = new Set();
        people.set(key, person);
        held.set(key, keys);
      }
      for (const p of positionsOf(m, s.text.trim(), ctx)) {
        const pk = `${compareKey(p.text)}|${p.qualifier === 'appointed'}`;
        if (keys.has(pk)) continue;
        keys.add(pk);
        person.positions.push(p);
        const orgKey = p.organization ? toneKey(p.organization) : null;
        if (p.organization && orgKey && !orgs.has(orgKey)) orgs.set(orgKey, describeOrganization(p.organization, ctx));
      }
    }
  }
  for (const person of people.values()) person.positions = dropPrefixes(person.positions);
  return { people: [...people.values()], organizations: [...orgs.values()] };
}

const postKey = (p: ExtractedPosition): string => toneKey(p.text).toLowerCase().replace(/[,;]/gu, ' ').replace(/\s+/gu, ' ').trim();

/**
 * "Bí thư Thành ủy" and "Bí thư Thành ủy Hải Phòng" said of one person are one post named more or
 * less fully: keep the fuller wording.
 */
function dropPrefixes(positions: ExtractedPosition[]): ExtractedPosition[] {
  const appointed = (p: ExtractedPosition): boolean => p.qualifier === 'appointed';
  // Keyed once each: every position is compared with every other.
  const keys = positions.map(postKey);
  return positions.filter((p, i) => {
    const k = `${keys[i]} `;
    return !positions.some((q, j) => j !== i && appointed(q) === appointed(p) && (keys[j] ?? '').startsWith(k));
  });
}

function positionsOf(m: Mention, sentence: string, ctx: OrgContext): ExtractedPosition[] {
  return m.posts.map((p, i) => {
    const { title, orgText } = splitTitleBody(p.title, p.orgText);
    return {
      text: p.text,
      title,
      organization: resolveOrganization(orgText, m.posts[i + 1]?.orgText ?? null, ctx),
      qualifier: p.qualifier,
      sentence,
    };
  });
}
