/** The URL slug of a title: diacritics folded ("Đồng" → "dong"), words joined by dashes, cut at a word. */

// Vietnamese letters all lie below U+1F00: a table by code unit folds each letter once (NFD, marks
// off), so a million slugs cost a lookup per character.
const TABLE_SIZE = 0x1f00;
const FOLDED: Array<string | undefined> = new Array<string | undefined>(TABLE_SIZE);

function fold(code: number): string {
  if (code >= TABLE_SIZE) return '-';
  let out = FOLDED[code];
  if (out === undefined) {
    const bare = String.fromCharCode(code).normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
    out = /^[a-z0-9]$/u.test(bare) ? bare : '-';
    FOLDED[code] = out;
  }
  return out;
}

export function slugify(title: string, max = 80): string {
  let slug = '';
  let dash = false;
  for (let i = 0; i < title.length; i++) {
    const f = fold(title.charCodeAt(i));
    if (f === '-') dash = slug !== '';
    else {
      // One dash between words, none leading or trailing.
      slug += dash ? `-${f}` : f;
      dash = false;
    }
  }
  if (slug.length <= max) return slug;
  const cut = slug.lastIndexOf('-', max);
  return slug.slice(0, cut > 0 ? cut : max);
}
