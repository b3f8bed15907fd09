/**
 * Posts named without a name ("Chủ tịch UBND tỉnh nhấn mạnh …", "do Bí thư Đảng ủy phường chủ
 * trì"): the person is whoever the article shows holding that post, if exactly one person does.
 */
import { compareKey, toneKey } from './normalize.js';
import { TITLE_START, mayOpenTitle } from './patterns.js';
import { readPostList } from './positions.js';
import { expandAbbreviations } from './organizations.js';
import type { Mention } from './people.js';
import type { SpannedSentence, TitleRef } from './spans.js';

export type HolderOf = (post: string) => string | null;

/** Who holds each post the article names with a name; a post two people hold names nobody. */
export function holderIndex(mentionsBySentence: readonly (readonly Mention[])[]): HolderOf {
  const held: Array<{ post: string; name: string }> = [];
  const postKey = (text: string): string => compareKey(expandAbbreviations(text));
  for (const mentions of mentionsBySentence) {
    for (const m of mentions) {
      if (m.shortRef) continue;
      for (const p of m.posts) if (p.qualifier !== 'former') held.push({ post: postKey(p.text), name: m.name });
    }
  }
  return (post) => {
    const key = postKey(post);
    // "Bí thư Đảng ủy phường" is held by whoever is "Bí thư Đảng ủy phường Hải An".
    const names = new Set(held.filter((h) => h.post === key || h.post.startsWith(`${key} `)).map((h) => h.name));
    return names.size === 1 ? ([...names][0] ?? null) : null;
  };
}

/**
 * The posts in the sentence, outside every mention, that name their one holder. Only a capitalized
 * title opens one ("phó chủ tịch" in lower case is a word of the text), so the sentence's tokens
 * say where to look.
 */
export function titleRefs(s: SpannedSentence, mentions: readonly Mention[], holderOf: HolderOf): TitleRef[] {
  const key = toneKey(s.text);
  const refs: TitleRef[] = [];
  let floor = 0;
  for (const t of s.tokens) {
    if (t.person || !t.capital || t.start < floor || !mayOpenTitle(key.slice(t.start, t.end)) || !TITLE_START.test(key.slice(t.start, t.start + 60))) continue;
    const post = readPostList(s.text, key, t.start).posts[0];
    if (!post?.orgText || mentions.some((m) => m.start > t.start && m.start < post.end)) continue;
    const name = holderOf(post.text);
    if (name) refs.push({ start: t.start, end: post.end, name });
    floor = post.end;
  }
  return refs;
}
