import { describe, expect, it } from 'vitest';
import { freshPersonId, PersonResolver, type PersonMention } from '../../../src/graph/write/people.js';

const mention = (over: Partial<PersonMention> = {}): PersonMention => ({
  articleId: 'article:a', name: 'Nguyễn Văn Bình', nameKey: 'nguyễn văn bình', slug: 'nguyen-van-binh', province: 'Hải Phòng', districts: [], positionIds: [], ...over,
});

describe('PersonResolver', () => {
  it('gives a new name its plain slug', () => {
    expect(new PersonResolver([]).resolve(mention())).toEqual({ id: 'person:nguyen-van-binh', created: true, keptApart: [] });
  });

  it('matches the same name in the same city when nothing conflicts', () => {
    const r = new PersonResolver([]);
    r.resolve(mention({ districts: ['Lê Chân'], positionIds: ['position:chu-tich@uy-ban-nhan-dan-quan-le-chan'] }));
    expect(r.resolve(mention({ positionIds: ['position:uy-vien@ban-thuong-vu-thanh-uy-hai-phong'] })).id).toBe('person:nguyen-van-binh');
  });

  it('keeps homonyms with posts in different districts apart, with a district discriminator and the reason', () => {
    const r = new PersonResolver([]);
    r.resolve(mention({ districts: ['Lê Chân'] }));
    const other = r.resolve(mention({ districts: ['An Lão'] }));
    expect(other.id).toBe('person:nguyen-van-binh-an-lao');
    expect(other.keptApart).toEqual([{ otherId: 'person:nguyen-van-binh', reason: 'posts in different districts (Lê Chân / An Lão) and no post in common' }]);
    expect(r.resolve(mention({ districts: ['An Lão'] })).id).toBe('person:nguyen-van-binh-an-lao');
  });

  it('keeps the same name in two provinces apart', () => {
    const r = new PersonResolver([{ id: 'person:nguyen-van-binh', slug: 'nguyen-van-binh', nameKey: 'nguyễn văn bình', province: 'Quảng Ninh', districts: [], positionIds: [] }]);
    const d = r.resolve(mention());
    expect(d.id).toBe('person:nguyen-van-binh-hai-phong');
    expect(d.keptApart[0]!.reason).toBe('named in articles about Quảng Ninh and about Hải Phòng');
  });

  it('lets a post in common outweigh different districts (a transfer keeps the person)', () => {
    const post = 'position:pho-chu-tich@uy-ban-nhan-dan-quan-le-chan';
    const r = new PersonResolver([{ id: 'person:nguyen-van-binh', slug: 'nguyen-van-binh', nameKey: 'nguyễn văn bình', province: 'Hải Phòng', districts: ['Lê Chân'], positionIds: [post] }]);
    expect(r.resolve(mention({ districts: ['An Lão'], positionIds: [post] })).id).toBe('person:nguyen-van-binh');
  });

  it('never confuses different names that fold to one slug, and numbers a third homonym', () => {
    const r = new PersonResolver([]);
    expect(r.resolve(mention({ name: 'Lê Văn An', nameKey: 'lê văn an', slug: 'le-van-an' })).id).toBe('person:le-van-an');
    const an = r.resolve(mention({ name: 'Lê Văn Ân', nameKey: 'lê văn ân', slug: 'le-van-an' }));
    expect(an).toEqual({ id: 'person:le-van-an-hai-phong', created: true, keptApart: [] });
    expect(r.resolve(mention({ name: 'Lê Văn Ấn', nameKey: 'lê văn ấn', slug: 'le-van-an' })).id).toBe('person:le-van-an-2');
  });

  it('picks the candidate with most in common, ties to the smaller id', () => {
    const base = { slug: 'nguyen-van-binh', nameKey: 'nguyễn văn bình', province: 'Hải Phòng', districts: [] };
    const r = new PersonResolver([
      { ...base, id: 'person:nguyen-van-binh-2', positionIds: ['position:a'] },
      { ...base, id: 'person:nguyen-van-binh', positionIds: [] },
    ]);
    expect(r.resolve(mention({ positionIds: ['position:a'] })).id).toBe('person:nguyen-van-binh-2');
    expect(r.resolve(mention()).id).toBe('person:nguyen-van-binh');
  });
});

describe('freshPersonId', () => {
  it('takes the plain slug, then the place, then the first free number', () => {
    expect(freshPersonId('nguyen-van-binh', 'An Lão', new Set())).toBe('person:nguyen-van-binh');
    expect(freshPersonId('nguyen-van-binh', 'An Lão', new Set(['person:nguyen-van-binh']))).toBe('person:nguyen-van-binh-an-lao');
    expect(freshPersonId('nguyen-van-binh', null, new Set(['person:nguyen-van-binh', 'person:nguyen-van-binh-2']))).toBe('person:nguyen-van-binh-3');
  });
});

describe('PersonResolver on curated people', () => {
  const binh = { id: 'person:nguyen-van-binh', slug: 'nguyen-van-binh', nameKey: 'nguyễn văn bình', province: 'Hải Phòng', districts: ['Lê Chân'], positionIds: ['position:chu-tich@uy-ban-nhan-dan-quan-le-chan'] };

  it('finds a person under a name merged into it, even one with another slug', () => {
    const r = new PersonResolver([{ ...binh, aliases: ['Nguyễn Văn Binh Lê'] }]);
    expect(r.resolve(mention({ name: 'Nguyễn Văn Binh Lê', nameKey: 'nguyễn văn binh lê', slug: 'nguyen-van-binh-le', districts: ['Lê Chân'] }))).toEqual({ id: binh.id, created: false, keptApart: [] });
  });

  it('keeps a new homonym apart from a person it only shares an alias with', () => {
    const r = new PersonResolver([{ ...binh, aliases: ['Nguyễn Văn Binh Lê'] }]);
    const d = r.resolve(mention({ name: 'Nguyễn Văn Binh Lê', nameKey: 'nguyễn văn binh lê', slug: 'nguyen-van-binh-le', districts: ['An Lão'] }));
    expect(d).toMatchObject({ id: 'person:nguyen-van-binh-le', created: true, keptApart: [{ otherId: binh.id }] });
  });

  it('gives the survivor for an id merged into it, instead of making that id again', () => {
    const survivor = { ...binh, id: 'person:nguyen-van-binh-an-lao', districts: ['An Lão'], positionIds: ['position:bi-thu@huyen-uy-an-lao'], mergedIds: ['person:nguyen-van-binh'] };
    const r = new PersonResolver([survivor]);
    expect(r.resolve(mention({ districts: ['Kiến An'] }))).toEqual({ id: survivor.id, created: false, keptApart: [] });
    expect(r.resolve(mention({ districts: ['Kiến An'] })).id).toBe(survivor.id);
  });

  it('gives the person an article is pinned to, over a better match and over a conflict', () => {
    const split = { ...binh, id: 'person:nguyen-van-binh-le-chan', pinnedArticles: ['article:pinned'] };
    const r = new PersonResolver([binh, split]);
    const post = { districts: ['Lê Chân'], positionIds: binh.positionIds };
    expect(r.resolve(mention(post)).id).toBe(binh.id);
    expect(r.resolve(mention({ ...post, articleId: 'article:pinned' })).id).toBe(split.id);
    expect(r.resolve(mention({ articleId: 'article:pinned', province: 'Quảng Ninh' })).id).toBe(split.id);
  });

  it('pins a name, not an article: another name of the same slug in a pinned article resolves on its evidence', () => {
    const an = { id: 'person:le-van-an', slug: 'le-van-an', nameKey: 'lê văn an', province: 'Hải Phòng', districts: [], positionIds: [], pinnedArticles: ['article:pinned'] };
    const r = new PersonResolver([an]);
    const d = r.resolve(mention({ articleId: 'article:pinned', name: 'Lê Văn Ân', nameKey: 'lê văn ân', slug: 'le-van-an' }));
    expect(d).toEqual({ id: 'person:le-van-an-hai-phong', created: true, keptApart: [] });
  });
});
