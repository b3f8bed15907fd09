/**
 * Posts named without a name ("Chủ tịch UBND tỉnh nhấn mạnh …", "do Bí thư Đảng ủy phường chủ
 * trì"): the person is whoever the article shows holding that post, if exactly one person does.
 */
import { compareKey, toneKey } from './normalize.js';
import { TITLE_ANYWHERE, allMatches } from './patterns.js';
import { readPostList } from './positions.js';
import { expandAbbreviations } from './organizations.js';
import type { Mention } from './people.js';
import type { TitleRef } from './spans.js';

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

const TITLES = new RegExp(TITLE_ANYWHERE.source, 'giu');

/** The posts in the sentence, outside every mention, that name their one holder. */
export function titleRefs(sentence: string, mentions: readonly Mention[], holderOf: HolderOf): TitleRef[] {
  const key = toneKey(sentence);
  const taken = (at: number): boolean => mentions.some((m) => at >= Math.min(m.start, ...m.posts.map((p) => p.start)) && at < m.end);
  const refs: TitleRef[] = [];
  let floor = 0;
  for (const t of allMatches(TITLES, key)) {
    // Only a capitalized title names an office-holder: "phó chủ tịch" in lower case is a word of the text.
    if (t.index < floor || taken(t.index) || !/^\p{Lu}/u.test(key.slice(t.index))) continue;
    const post = readPostList(sentence, key, t.index).posts[0];
    if (!post?.orgText) continue;
    const end = mentions.find((m) => m.start > t.index && m.start < post.end);
    if (end) continue;
    const name = holderOf(post.text);
    if (name) refs.push({ start: t.index, end: post.end, name });
    floor = post.end;
  }
  return refs;
}
