/**
 * The article's title, publication time, author and address as the page states them, each with
 * where it was read. Sources in order of trust: JSON-LD (schema.org NewsArticle/Article, written for
 * machines), Open Graph and article:* meta tags, other meta tags, then the visible markup (<time>,
 * <h1>, <title>). The first source that gives a usable value wins.
 */
import type { PageDocument } from './dom.js';
import { textOf } from './dom.js';
import { toVietnamTime } from './published-time.js';
import type { PageField, PageMetadata } from './types.js';

type Json = Record<string, unknown>;

const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BlogPosting', 'WebPage']);

const asObjects = (v: unknown): Json[] =>
  Array.isArray(v) ? v.flatMap(asObjects) : v !== null && typeof v === 'object' ? [v as Json] : [];

const typesOf = (o: Json): string[] => [o['@type']].flat().filter((t): t is string => typeof t === 'string');

/** Every JSON-LD object describing an article, NewsArticle first; a block that is not valid JSON is skipped (portals ship broken ones). */
function jsonLdArticles(doc: PageDocument): { type: string; o: Json }[] {
  const found: { type: string; o: Json }[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const o of asObjects(parsed).flatMap((x) => [x, ...asObjects(x['@graph'])])) {
      const type = typesOf(o).find((t) => ARTICLE_TYPES.has(t));
      if (type) found.push({ type, o });
    }
  }
  // A WebPage describes the page, not the article: only a fallback.
  return found.sort((a, b) => Number(a.type === 'WebPage') - Number(b.type === 'WebPage'));
}

const stringOf = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  for (const o of asObjects(v)) {
    const name = o.name ?? o['@id'] ?? o.url;
    if (typeof name === 'string' && name.trim()) return name.trim();
  }
  return null;
};

const metaContent = (doc: PageDocument, attr: 'property' | 'name' | 'itemprop', key: string): string | null => {
  for (const el of doc.querySelectorAll(`meta[${attr}]`)) {
    if ((el.getAttribute(attr) ?? '').toLowerCase() === key.toLowerCase()) {
      const v = el.getAttribute('content')?.trim();
      if (v) return v;
    }
  }
  return null;
};

/** "Tiêu đề bài | Cổng thông tin điện tử…": the site's name after the separator is not the title. */
const withoutSiteName = (title: string): string => title.split(/\s+[|–—-]\s+/u)[0]!.trim();

const isWebAddress = (v: string): boolean => /^https?:\/\//iu.test(v);

/** An author given as a profile URL names no one a reader would recognise. */
const authorName = (v: string | null): string | null => (v && !isWebAddress(v) ? v.replace(/\s+/gu, ' ').trim() || null : null);

interface Candidate {
  field: PageField;
  via: string;
  value: () => string | null;
}

export function readMetadata(doc: PageDocument, pageUrl: string | null): PageMetadata {
  const ld = jsonLdArticles(doc);
  const fromLd = (field: PageField, key: string, clean: (v: unknown) => string | null = stringOf): Candidate[] =>
    ld.map(({ type, o }) => ({ field, via: `JSON-LD ${type}.${key}`, value: () => clean(o[key]) }));
  const meta = (field: PageField, attr: 'property' | 'name' | 'itemprop', key: string): Candidate => ({
    field, via: `meta ${key}`, value: () => metaContent(doc, attr, key),
  });
  const absolute = (v: string | null): string | null => {
    if (!v) return null;
    try {
      const u = new URL(v, pageUrl ?? undefined);
      return ['http:', 'https:'].includes(u.protocol) ? u.href : null;
    } catch {
      return null;
    }
  };

  const candidates: Candidate[] = [
    ...fromLd('title', 'headline'),
    meta('title', 'property', 'og:title'),
    meta('title', 'name', 'twitter:title'),
    { field: 'title', via: '<h1>', value: () => { const h = doc.querySelector('h1'); return h ? textOf(h) || null : null; } },
    { field: 'title', via: '<title>', value: () => { const t = doc.querySelector('title'); return t ? withoutSiteName(textOf(t)) || null : null; } },

    ...fromLd('publishedAt', 'datePublished'),
    meta('publishedAt', 'property', 'article:published_time'),
    meta('publishedAt', 'itemprop', 'datePublished'),
    meta('publishedAt', 'name', 'pubdate'),
    meta('publishedAt', 'name', 'publishdate'),
    meta('publishedAt', 'name', 'dc.date.issued'),
    meta('publishedAt', 'name', 'dc.date'),
    ...fromLd('publishedAt', 'dateCreated'),
    { field: 'publishedAt', via: '<time datetime>', value: () => doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null },

    ...fromLd('author', 'author', (v) => authorName(stringOf(v))),
    { ...meta('author', 'name', 'author'), value: () => authorName(metaContent(doc, 'name', 'author')) },
    { ...meta('author', 'property', 'article:author'), value: () => authorName(metaContent(doc, 'property', 'article:author')) },

    { field: 'url', via: '<link rel=canonical>', value: () => absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null) },
    { ...meta('url', 'property', 'og:url'), value: () => absolute(metaContent(doc, 'property', 'og:url')) },
    ...fromLd('url', 'url', (v) => absolute(stringOf(v))),
    ...fromLd('url', 'mainEntityOfPage', (v) => absolute(stringOf(v))),
  ];

  const out: PageMetadata = { title: null, publishedAt: null, author: null, url: null, foundBy: {} };
  for (const c of candidates) {
    if (out[c.field] !== null) continue;
    let value = c.value()?.replace(/\s+/gu, ' ').trim() || null;
    if (value !== null && c.field === 'publishedAt') value = toVietnamTime(value);
    if (value === null) continue;
    out[c.field] = value;
    out.foundBy[c.field] = c.via;
  }
  return out;
}
