/**
 * Robustness: random text and mutated seed articles (truncation, NFD, HTML, junk bytes, doubled
 * whitespace, CRLF, …) through the text layer and the whole pipeline: 10,000 inputs in all. Nothing
 * throws, and what comes out always satisfies the contract.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/extract/article.js';
import { findDates, findEventDate } from '../../src/extract/dates.js';
import { extract } from '../../src/extract/index.js';
import { foldKey, normalizeText, toneKey } from '../../src/extract/normalize.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { contractProblems } from './contract-shape.js';

const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));
const SEEDS = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(SEED_DIR + f, 'utf8'));

// Pieces of the genre, so random texts hit the parsers' paths and not only their early exits.
const TOKENS = [
  'Print Thứ Ba, 12/03/2024 08:30 Gốc', 'Sáng', 'Chiều', 'tối', 'ngày', '29/11', '31/02', '4.5', '15-3', '8 và 9/6',
  'tháng', 'năm 2024', '(19/6)', 'chiều nay', 'hôm qua', 'Đồng chí', 'Nguyễn Văn An', 'Lê Thị Hoà', ',', ';', '.', '…',
  ':', '–', '-', '“', '”', '"', '(', ')', 'Bí thư Tỉnh ủy', 'Chủ tịch UBND huyện', 'chủ trì', 'phát biểu', 'dự',
  'Hội nghị', 'tổ chức', 'kỳ họp', 'TP.', 'PGS.TS.', 'Tiện ích thông tin', 'QR CODE: Tiêu đề bài', 'Tin khác',
  ' date 2024-05', '07:40 05/02/2022', 'Thứ 6, 11/10/2024 | 08:00:30', 'PV', 'Ảnh: TL', '\n', '\n\n', ' ', '  ', '\t',
  'Uỷ ban', 'thuỷ', '\u00A0', '\u200B', '\uFFFD', '<p>', '</div>', '&nbsp;', '0', '9', '2025', '2021-2026',
];

const genreText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((ts) => ts.join(' '));
const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  genreText,
);

type Mutation = (s: string) => string;
const at = (s: string, frac: number): number => Math.floor(frac * s.length);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((f): Mutation => (s) => s.slice(0, at(s, f))),
  fc.double({ min: 0, max: 1, noNaN: true }).map((f): Mutation => (s) => s.slice(at(s, f))),
  fc.constant<Mutation>((s) => s.normalize('NFD')),
  fc.constant<Mutation>((s) => s.replace(/\n/g, '\r\n')),
  fc.constant<Mutation>((s) => s.replace(/\s/g, '$&$&')),
  fc.constant<Mutation>((s) => s.replace(/ /g, '\u00A0')),
  fc.constant<Mutation>((s) => s.toUpperCase()),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('<p>', '</p>', '<br/>', '<div class="x">', '&nbsp;', '<script>x()</script>'))
    .map(([f, tag]): Mutation => (s) => s.slice(0, at(s, f)) + tag + s.slice(at(s, f))),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }))
    .map(([f, junk]): Mutation => (s) => s.slice(0, at(s, f)) + junk + s.slice(at(s, f))),
  // A cut inside a surrogate pair or a combining sequence, as byte-level truncation produces.
  fc.double({ min: 0, max: 1, noNaN: true }).map((f): Mutation => (s) => s.normalize('NFD').slice(0, at(s, f)) + '\uD83D'),
  fc.constant<Mutation>((s) => s + s),
);
const mutatedSeed = fc.tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([seed, ms]) => ms.reduce((s, m) => m(s), seed));

const anyText = fc.oneof({ weight: 2, arbitrary: randomText }, { weight: 3, arbitrary: mutatedSeed });
const anyUrl = fc.oneof(fc.constant(null), fc.webUrl(), fc.string({ maxLength: 30 }));

describe('text layer on random and mutated input', () => {
  it('parseArticle, splitSentences and findDates never throw and keep their promises', () => {
    fc.assert(
      fc.property(anyText, anyUrl, (text, url) => {
        const a = parseArticle(text, { url });
        expect(a.info.body).toBe(a.body);
        expect(a.body.includes('\r')).toBe(false);
        expect(a.body).toBe(a.body.normalize('NFC'));
        if (a.info.publishedAt !== null) expect(a.info.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$/);
        const limit = a.reference?.slice(0, 10) ?? null;
        for (const s of splitSentences(a.body)) {
          expect(a.body.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.trim()).toBe(s.text);
          for (const d of findDates(s.text, a.reference)) {
            expect(s.text.slice(d.index, d.index + d.text.length)).toBe(d.text);
            if (d.date !== null) {
              expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
              if (limit !== null && limit.length === 10) expect(d.date <= limit).toBe(true);
            } else expect(typeof d.reason).toBe('string');
          }
          findEventDate(s.text, a.reference);
        }
      }),
      { numRuns: 4000 },
    );
  }, 60_000);

  it('normalization is idempotent and keys are stable', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const n = normalizeText(text);
        expect(normalizeText(n)).toBe(n);
        expect(n.isWellFormed()).toBe(true);
        expect(toneKey(toneKey(n))).toBe(toneKey(n));
        expect(foldKey(foldKey(n))).toBe(foldKey(n));
        expect(foldKey(n.normalize('NFD'))).toBe(foldKey(n));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});

describe('extract() on random and mutated input', () => {
  it('never throws and always satisfies the contract', () => {
    fc.assert(
      fc.property(anyText, anyUrl, (text, url) => {
        const out = extract(text, { url });
        // extract() turns an internal exception into a warning; that still counts as a crash here.
        const problems = [...contractProblems(out), ...out.warnings.filter((w) => /failed/u.test(w))];
        expect(problems, `${problems.join('\n')}\n--- input ---\n${JSON.stringify(text).slice(0, 400)}`).toEqual([]);
        expect(JSON.parse(JSON.stringify(out))).toEqual(out);
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('gives the same output for the same input', () => {
    for (const seed of SEEDS) expect(extract(seed, { url: null })).toEqual(extract(seed, { url: null }));
  });
});
