import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ArgumentError, parseGenArgs } from '../../bench/generate/args.js';
import { DAYS_PER_YEAR, FIRST_DAY, LAST_DAY, dayOf } from '../../bench/generate/calendar.js';
import {
  MIN_PEOPLE, defaultPeople, emptyRecovery, generateArticle, generateArticles, holderAt, ratio, scoreArticle, tenureOn, worldFor, worldsFor,
  type GeneratedArticle,
} from '../../bench/generate/index.js';
import { isSingleHolder } from '../../bench/generate/roles.js';
import { extract } from '../../src/extract/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = 20240601;
const ARTICLES = 2000;
const world = worldFor({ seed: SEED, articles: ARTICLES });
const corpus: GeneratedArticle[] = [...generateArticles(world, ARTICLES)];

const dayOfIso = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dayOf(y, m, d);
};

describe('determinism', () => {
  it('gives the same articles for the same seed, built twice', () => {
    const again = worldFor({ seed: SEED, articles: ARTICLES });
    const a = corpus.slice(0, 100).map((g) => JSON.stringify(g));
    const b = [...generateArticles(again, 100)].map((g) => JSON.stringify(g));
    expect(b).toEqual(a);
  });

  it('gives other articles and other people for another seed', () => {
    const other = worldFor({ seed: SEED + 1, articles: ARTICLES });
    const texts = [...generateArticles(other, 50)].map((g) => g.article.text);
    const same = texts.filter((t, i) => t === corpus[i]?.article.text).length;
    expect(same).toBe(0);
    expect(other.people.map((p) => p.name)).not.toEqual(world.people.map((p) => p.name));
  });

  it('generates any article alone, without the ones before it', () => {
    expect(JSON.stringify(generateArticle(world, 1234))).toBe(JSON.stringify(corpus[1234]));
    expect([...generateArticles(world, 3, 500)].map((g) => g.article.id)).toEqual(['500', '501', '502'].map((n) => `gen-${SEED}-${n}`));
  });
});

describe('population', () => {
  it('has about one person per twenty articles, never fewer than the seats need', () => {
    expect(defaultPeople(ARTICLES)).toBe(MIN_PEOPLE);
    expect(defaultPeople(100_000)).toBe(5000);
    const big = worldFor({ seed: SEED, articles: 60_000 });
    expect(big.people.length).toBeGreaterThan(2700);
    expect(big.people.length).toBeLessThan(3300);
    expect(big.wards.length).toBeGreaterThan(0);
    expect(world.districts.length).toBeGreaterThanOrEqual(10);
    expect(world.districts.length).toBeLessThanOrEqual(15);
  });

  it('gives everyone a career of one to four tenures between 2018 and 2025, one after the other', () => {
    for (const p of world.people) {
      expect(p.tenures.length).toBeGreaterThanOrEqual(1);
      expect(p.tenures.length).toBeLessThanOrEqual(4);
      for (const [i, t] of p.tenures.entries()) {
        expect(t.start).toBeGreaterThanOrEqual(FIRST_DAY);
        expect(t.end).toBeLessThanOrEqual(LAST_DAY);
        expect(t.start).toBeLessThanOrEqual(t.end);
        if (i > 0) expect(t.start).toBeGreaterThan(p.tenures[i - 1]!.end);
      }
    }
  });

  it('plants homonyms: one full name, two people of different districts', () => {
    expect(world.homonyms.length).toBeGreaterThanOrEqual(3);
    for (const [a, b] of world.homonyms) {
      expect(a.name).toBe(b.name);
      expect(a.id).not.toBe(b.id);
      expect(a.home).not.toBe(b.home);
    }
    // And the articles name both people of some pair, each with their own posts.
    const idsByName = new Map<string, Set<number>>();
    for (const g of corpus) for (const p of g.truth.people) idsByName.set(p.name, (idsByName.get(p.name) ?? new Set()).add(p.id));
    const planted = world.homonyms.filter(([a]) => (idsByName.get(a.name)?.size ?? 0) >= 2);
    expect(planted.length).toBeGreaterThan(0);
  });

  it('never has two holders of a single-holder post on one day', () => {
    for (let day = FIRST_DAY; day <= LAST_DAY; day += 29) {
      const holders = new Map<string, number>();
      for (const seat of world.seats) {
        const { person } = holderAt(seat, day);
        for (const post of seat.posts) {
          if (!post.single) continue;
          const key = `${post.title}|${post.body.name}`;
          expect(holders.get(key) ?? person.id, `${key} on day ${day}`).toBe(person.id);
          holders.set(key, person.id);
        }
      }
    }
  });

  it('writes in every article only posts held on its day, and one holder per single-holder post and day', () => {
    const holder = new Map<string, number>();
    let former = 0;
    let acting = 0;
    for (const g of corpus) {
      const day = dayOfIso(g.truth.meeting.date);
      for (const p of g.truth.people) {
        const person = world.people[p.id]!;
        expect(person.name).toBe(p.name);
        for (const post of p.posts) {
          if (post.qualifier === 'former') {
            former++;
            const last = person.tenures.at(-1)!;
            expect(last.end).toBeLessThan(day);
            expect(last.seat.posts.some((q) => q.title === post.title && q.body.name === post.organization)).toBe(true);
            continue;
          }
          if (post.qualifier === 'acting') acting++;
          const tenure = tenureOn(person, day);
          expect(tenure?.seat.posts.some((q) => q.title === post.title && q.body.name === post.organization), `${p.name}: ${post.title} ${post.organization}`).toBe(true);
          if (!isSingleHolder(post.title)) continue;
          const key = `${day}|${post.title}|${post.organization}`;
          expect(holder.get(key) ?? p.id, key).toBe(p.id);
          holder.set(key, p.id);
        }
      }
    }
    expect(former).toBeGreaterThan(0);
    expect(acting).toBeGreaterThan(0);
  });
});

describe('articles', () => {
  it('have the portal shape, a unique URL and a publication time after the meeting', () => {
    const urls = new Set<string>();
    for (const { article, truth } of corpus) {
      expect(article.url).toMatch(/^https:\/\/example\.invalid\/tin-tuc\/[a-z0-9-]+-\d+\.html$/u);
      urls.add(article.url);
      expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/u);
      expect(article.published.slice(0, 10) >= truth.meeting.date).toBe(true);
      expect(article.text).toMatch(/^Print (?:Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} Gốc\n/u);
      expect(article.text).toContain(`\n\n${truth.author}\n\nTiện ích thông tin\nNguồn tin\nQR Code\nQR CODE: ${truth.title}\n`);
      for (const chair of truth.meeting.chairs) expect(article.text).toContain(chair.name);
    }
    expect(urls.size).toBe(corpus.length);
  });

  it('vary the meeting kinds, parts of the day and levels', () => {
    const kinds = new Set(corpus.map((g) => g.truth.meeting.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(10);
    expect(new Set(corpus.map((g) => g.truth.meeting.partOfDay))).toEqual(new Set(['sáng', 'trưa', 'chiều', 'tối', null]));
    const texts = corpus.map((g) => g.article.text).join('\n');
    for (const phrase of ['HĐND quận', 'UBND quận', 'Ban Chỉ đạo 35 quận', 'Trưởng Ban Tuyên giáo Thành ủy', 'nguyên ', 'quyền ', 'Phó ', 'Dự Hội nghị có', 'đồng chủ trì', ' và đồng chí ']) {
      expect(texts).toContain(phrase);
    }
  });
});

describe('extraction of generated articles', () => {
  it('recovers at least 95% of chairs and of (person, title, organization) facts', { timeout: 30_000 }, () => {
    const recovery = emptyRecovery();
    for (const { article, truth } of corpus.slice(0, 200)) scoreArticle(truth, extract(article.text, { url: article.url }), recovery);
    const line = (name: string, t: { found: number; total: number }): string => `${name} ${t.found}/${t.total} (${(ratio(t) * 100).toFixed(1)}%)`;
    console.log(
      ['chairs', 'facts', 'qualifiers', 'speakers', 'attendees', 'meetingDate', 'meetingKind', 'organizer']
        .map((k) => line(k, recovery[k as Exclude<keyof typeof recovery, 'missed'>]))
        .join('\n'),
    );
    expect(ratio(recovery.chairs)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(recovery.facts)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('several cities', () => {
  const worlds = worldsFor({ seed: SEED, articles: 3000, people: 1200, cities: 3 });
  const articles = [...generateArticles(worlds, 240)];
  // Extracted once for both tests below.
  let extracted: ReturnType<typeof extract>[] | null = null;
  const extractions = (): ReturnType<typeof extract>[] => (extracted ??= articles.map(({ article }) => extract(article.text, { url: article.url })));

  it('gives each city its own name, districts and wards, the first city the single city’s', () => {
    expect(worlds[0]!.city.name).toBe(world.city.name);
    expect(worlds[0]!.districts.map((d) => d.name)).toEqual(world.districts.map((d) => d.name));
    expect(new Set(worlds.map((w) => w.city.name)).size).toBe(3);
    const names = worlds.map((w) => new Set([...w.districts, ...w.wards].map((l) => l.name)));
    for (const [i, a] of names.entries()) for (const b of names.slice(i + 1)) expect([...a].filter((n) => b.has(n))).toEqual([]);
    expect(articles.map((g) => g.article.id).slice(0, 3)).toEqual([0, 1, 2].map((i) => `gen-${worlds[i]!.seed}-${i}`));
  });

  // Extraction of a few hundred articles: more than the default 5 s when the machine is busy.
  it('completes the bodies written without their place with the article’s own city, never another’s', { timeout: 30_000 }, () => {
    const cities = worlds.map((w) => w.city.name);
    let completed = 0;
    for (const [i, { article }] of articles.entries()) {
      const own = cities[i % cities.length]!;
      for (const p of extractions()[i]!.people) {
        for (const q of p.positions) {
          const named = cities.filter((c) => q.organization?.endsWith(` ${c}`));
          if (named.length === 0) continue;
          expect(named, `${article.id}: ${q.organization}`).toEqual([own]);
          if (!q.text.includes(own)) completed++;
        }
      }
    }
    // Many of them were written without the city ("Thành ủy", "UBND thành phố") and completed.
    expect(completed).toBeGreaterThan(50);
  });

  it('recovers at least 95% of chairs and facts in every city', { timeout: 30_000 }, () => {
    const recovery = emptyRecovery();
    for (const [i, { truth }] of articles.entries()) scoreArticle(truth, extractions()[i]!, recovery);
    expect(ratio(recovery.chairs)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(recovery.facts)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('CLI arguments', () => {
  it('reads the four arguments, as pairs or with "="', () => {
    expect(parseGenArgs(['--articles', '1000', '--seed', '7'])).toEqual({ articles: 1000, seed: 7, people: null, cities: 1, out: null });
    expect(parseGenArgs(['--seed=0', '--articles=5', '--people', '400', '--out', 'c.jsonl'])).toEqual({ articles: 5, seed: 0, people: 400, cities: 1, out: 'c.jsonl' });
    expect(parseGenArgs(['--seed=0', '--articles=5', '--cities=3']).cities).toBe(3);
    expect(() => parseGenArgs(['--seed=0', '--articles=5', '--cities=9'])).toThrow('--cities must be a whole number from 1 to 8, got "9"');
  });

  it.each([
    [['--seed', '1'], '--articles is required'],
    [['--articles', '10'], '--seed is required'],
    [['--articles', 'ten', '--seed', '1'], '--articles must be a whole number from 1 to 100000000, got "ten"'],
    [['--articles', '0', '--seed', '1'], '--articles must be a whole number from 1 to 100000000, got "0"'],
    [['--articles', '1.5', '--seed', '1'], '--articles must be a whole number from 1 to 100000000, got "1.5"'],
    [['--articles', '10', '--seed', '-3'], '--seed must be a whole number from 0 to 4294967295, got "-3"'],
    [['--articles', '10', '--seed', '--people'], '--seed needs a value'],
    [['--articles', '10', '--seed', '4294967296'], '--seed must be a whole number from 0 to 4294967295, got "4294967296"'],
    [['--articles', '10', '--seed', '1', '--people', '12'], `--people must be a whole number from ${MIN_PEOPLE} to 400000, got "12"`],
    [['--articles', '10', '--seed', '1', '--out'], '--out needs a value'],
    [['--articles', '10', '--seed', '1', '--out='], '--out needs a file name, got ""'],
    [['--articles', '10', '--seed', '1', '--seed', '2'], '--seed given twice, got "1" and "2"'],
    [['--articles', '10', '--seed', '1', '--format', 'csv'], 'unknown argument "--format"'],
    [['--articles', '10', '--seed', '1', 'extra'], 'unexpected argument "extra"'],
  ])('rejects %j: %s', (argv, message) => {
    expect(() => parseGenArgs(argv)).toThrow(new ArgumentError(message));
  });

  it('exits 2 on a bad argument and writes byte-identical JSONL for the same arguments', () => {
    const gen = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gen.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    const bad = gen(['--articles', 'many', '--seed', '1']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--articles must be a whole number from 1 to 100000000, got "many"');
    const first = gen(['--articles', '20', '--seed', '5']);
    const second = gen(['--articles', '20', '--seed', '5']);
    expect(first.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const lines = first.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(20);
    expect(Object.keys(lines[0]!)).toEqual(['id', 'url', 'published', 'text']);
    expect(first.stderr).toMatch(/^gen: 20 articles, seed 5, \d+ people/u);
  }, 30_000);
});

// The window holds 2018–2025: the generator's dates and the days the tests walk agree.
it('covers eight years', () => {
  expect(Math.round((LAST_DAY - FIRST_DAY + 1) / DAYS_PER_YEAR)).toBe(8);
});
