import { describe, expect, it } from 'vitest';
import { PersonResolver, type PersonMention } from '../../../src/graph/write/people.js';

const mention = (over: Partial<PersonMention> = {}): PersonMention => ({
  name: 'Nguyễn Văn Bình', nameKey: 'nguyễn văn bình', slug: 'nguyen-van-binh', province: 'Hải Phòng', districts: [], positionIds: [], ...over,
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
