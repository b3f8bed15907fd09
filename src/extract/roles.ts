/**
 * The roles one sentence gives people at a meeting: the rule table (rules/roles.ts) applied to the
 * sentence's spans. What the rules do not explain is said: a role verb next to a person that gave
 * nobody a role is reported by its words, for the article's warnings and the coverage report.
 */
import type { ExtractedSpeaker } from './types.js';
import { ROLE_WORDS, type RoleTag } from './lexicon/role-words.js';
import { compile, matchAll, mayMatch, sentenceHolds, type Pattern } from './match.js';
import { ROLE_RULES, type RoleName, type RoleRule } from './rules/roles.js';
import { spanSentence, type SpannedSentence, type TagSpan } from './spans.js';
import { toneKey } from './normalize.js';
import { holderIndex, titleRefs, type HolderOf } from './title-refs.js';
import type { Mention } from './people.js';

export interface Roles {
  chairs: string[];
  speakers: ExtractedSpeaker[];
  attendees: string[];
}

export interface SentenceRoles {
  roles: Roles;
  /** The sentence ends by opening a list ("Dự hội nghị có các đồng chí:"): the role of the bulleted sentences after it. */
  listRole: RoleName | null;
  /** Role verbs next to a person, as written ("chủ trì"): what the rules are expected to explain. */
  verbs: string[];
  /** Those of them that no rule explained. */
  unexplained: string[];
  /** The names of the rules that gave a role, in table order. */
  fired: string[];
}

interface CompiledRule {
  rule: RoleRule;
  pattern: Pattern;
  notAfter: ReadonlySet<string>;
}

const COMPILED: readonly CompiledRule[] = ROLE_RULES.map((rule) => {
  try {
    return { rule, pattern: compile(rule.match), notAfter: new Set(rule.notAfter ?? []) };
  } catch (err) {
    throw new Error(`role rule "${rule.name}": ${err instanceof Error ? err.message : String(err)}`);
  }
});

/** The verbs whose neighbours should get a role; a sentence with none of them is skipped whole. */
const ROLE_VERBS: ReadonlySet<RoleTag> = new Set(['V_CHAIR', 'V_SPEAK', 'V_ATTEND', 'PRESIDIUM']);
/** How near a person must stand to a role verb for the verb to be expected to give a role. */
const NEAR = 3;
const LIST_FILLERS = new Set(['các', 'những']);

/** The token before a match, past plural words ("chúc mừng các đồng chí …"), and its tags. */
function before(s: SpannedSentence, from: number): { key: string; tags: RoleTag[] } | null {
  let i = from - 1;
  while (i >= 0 && LIST_FILLERS.has(s.tokens[i]?.key ?? '')) i--;
  if (i < 0) return null;
  const tags: RoleTag[] = [];
  // A tag ending at that token: walk back over the spans that cover it.
  for (let j = Math.max(0, i - 5); j <= i; j++) for (const t of s.tagsAt[j] ?? []) if (t.to === i + 1) tags.push(t.tag);
  return { key: s.tokens[i]?.key ?? '', tags };
}

const blocked = (c: CompiledRule, s: SpannedSentence, from: number): boolean => {
  if (!c.notAfter.size) return false;
  const b = before(s, from);
  return !!b && (c.notAfter.has(b.key) || b.tags.some((t) => c.notAfter.has(t)));
};

function speechRole(spans: readonly TagSpan[]): string {
  return spans.find((t) => t.tag === 'V_SPEAK')?.text ?? 'phát biểu';
}

/** Adds a name once, whatever its tone-mark placement. */
export const pushUnique = (xs: string[], x: string): void => {
  if (!xs.some((y) => toneKey(y) === toneKey(x))) xs.push(x);
};

export function rolesOf(s: SpannedSentence): SentenceRoles {
  const out = noRoles();
  const { roles } = out;
  if (s.tokens.at(-1)?.key === ':') out.listRole = openedList(s);
  // Every rule gives its role to people of this sentence: without one, there is nothing to do.
  if (!s.tokens.some((t) => t.person)) return out;
  const verbs = s.tagsAt.flat().filter((t) => ROLE_VERBS.has(t.tag));
  const explained = new Set<TagSpan>();
  const held = sentenceHolds(s);
  for (const c of COMPILED) {
    if (!mayMatch(c.pattern, held)) continue;
    for (const m of matchAll(c.pattern, s)) {
      if (blocked(c, s, m.from)) continue;
      for (const t of m.spans) explained.add(t);
      const names = m.captured.map((t) => t.person?.name ?? '').filter(Boolean);
      const role = c.rule.role;
      if ((names.length || role === 'none') && !out.fired.includes(c.rule.name)) out.fired.push(c.rule.name);
      if (role !== 'none') for (const name of names) addRole(roles, role, name, s.text, speechRole(m.spans));
    }
  }
  // Who chairs or speaks attends too; listing them again as attendees adds nothing.
  roles.attendees = roles.attendees.filter((a) => !roles.chairs.includes(a) && !roles.speakers.some((x) => x.name === a));
  for (const v of verbs) {
    if (!s.tokens.slice(Math.max(0, v.from - NEAR), v.to + NEAR).some((t) => t.person)) continue;
    out.verbs.push(v.text);
    if (!explained.has(v) && ![...explained].some((e) => e.from === v.from)) out.unexplained.push(v.text);
  }
  return out;
}

/** Rules that may open a list, with their pattern cut where the people would start. */
const OPENERS: ReadonlyArray<{ role: RoleName; pattern: Pattern }> = ROLE_RULES.flatMap((r) => (r.opensList && r.role !== 'none' ? [{ ...r, role: r.role }] : [])).map((r) => ({
  role: r.role,
  pattern: compile(`${r.match.slice(0, r.match.lastIndexOf('[PERSON')).trim().replace(/(?:WHO\? :\?|:)$/u, '').trim()} WHO? : $`),
}));

/** "Dự hội nghị có các đồng chí:" with the names in the bulleted sentences after it: their role. */
function openedList(s: SpannedSentence): RoleName | null {
  return OPENERS.find((o) => matchAll(o.pattern, s).length > 0)?.role ?? null;
}

const BULLET = /^\s*[•·\-–+*]/u;

/**
 * The roles of every sentence of an article. Posts named without a name are read as the people the
 * article shows holding them, and a bulleted sentence after "… có các đồng chí:" is one item of
 * that list, with its role.
 */
export function articleRoles(sentences: ReadonlyArray<{ text: string; mentions: readonly Mention[] }>): SentenceRoles[] {
  const holderOf = holderIndex(sentences.map((s) => s.mentions));
  let list: RoleName | null = null;
  return sentences.map((s) => {
    const spans = spanned(s.text, s.mentions, holderOf);
    const found = spans ? rolesOf(spans) : noRoles();
    const item = list && BULLET.test(s.text) ? list : null;
    if (item) for (const m of s.mentions) addRole(found.roles, item, m.name, s.text);
    list = found.listRole ?? item;
    return found;
  });
}

const LIST_OPENING = /:\s*$/u;
/** A cheap look for any role verb's first syllable, to pass over sentences that have none. */
const ROLE_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${[...new Set(ROLE_WORDS.filter((w) => w.tags.some((t) => ROLE_VERBS.has(t))).map((w) => toneKey(w.text).toLowerCase().split(' ')[0]))].join('|')})(?![\\p{L}\\p{M}])`,
  'iu',
);

const noRoles = (): SentenceRoles => ({ roles: { chairs: [], speakers: [], attendees: [] }, listRole: null, verbs: [], unexplained: [], fired: [] });

const hasRoleVerb = (s: SpannedSentence): boolean => s.tagsAt.some((tags) => tags.some((t) => ROLE_VERBS.has(t.tag)));

/**
 * The sentence's spans. Posts named without a name are looked for only where a role verb could
 * give them a role: most sentences have none, and reading posts is the costly part.
 */
function spanned(text: string, mentions: readonly Mention[], holderOf: HolderOf): SpannedSentence | null {
  // With nobody named, only a list opening or a post named by its title can matter.
  if (!mentions.length && !LIST_OPENING.test(text) && !ROLE_WORD.test(text)) return null;
  const plain = spanSentence(text, mentions);
  if (!hasRoleVerb(plain)) return plain;
  const titles = titleRefs(plain, mentions, holderOf);
  return titles.length ? spanSentence(text, mentions, titles) : plain;
}

/** One role for one person in a sentence; a speaker's first speech act in it is the one kept. */
function addRole(roles: Roles, role: RoleName, name: string, sentence: string, speech = 'phát biểu'): void {
  if (role === 'chair') pushUnique(roles.chairs, name);
  else if (role === 'attendee') pushUnique(roles.attendees, name);
  else if (!roles.speakers.some((x) => toneKey(x.name) === toneKey(name))) roles.speakers.push({ name, role: speech, sentence: sentence.trim() });
}
