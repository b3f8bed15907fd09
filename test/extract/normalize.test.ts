import { describe, expect, it } from 'vitest';
import { compareKey, foldKey, normalizeText, slugify, toneKey } from '../../src/extract/normalize.js';

describe('normalizeText', () => {
  it('composes to NFC', () => {
    const nfd = 'Nghệ An'.normalize('NFD');
    expect(normalizeText(nfd)).toBe('Nghệ An'.normalize('NFC'));
  });
  it('turns odd and no-break spaces into spaces and drops zero-width characters', () => {
    expect(normalizeText('Sở\u00A0Y\u2009tế\u200B tỉnh\uFEFF\u00AD')).toBe('Sở Y tế tỉnh');
    expect(normalizeText('a\tb')).toBe('a b');
  });
  it('uses LF line ends', () => {
    expect(normalizeText('một\r\nhai\rba\u2028bốn')).toBe('một\nhai\nba\nbốn');
  });
  it('drops control characters, replacement characters and lone surrogates', () => {
    expect(normalizeText('a\u0000b\u0007c\u009Fd\uFFFDe\uD800f')).toBe('abcdef');
  });
  it('keeps what users see', () => {
    const s = 'Ủy ban nhân dân tỉnh Khánh Hoà – “Hội nghị”…';
    expect(normalizeText(s)).toBe(s);
  });
});

describe('toneKey', () => {
  it.each([
    ['hoà', 'hòa'], ['Khánh Hoà', 'Khánh Hòa'], ['HOÀ', 'HÒA'], ['khoẻ', 'khỏe'], ['xoá', 'xóa'],
    ['thuỷ', 'thủy'], ['Uỷ ban', 'Ủy ban'], ['Thành uỷ', 'Thành ủy'], ['luỹ kế', 'lũy kế'], ['hoạ sĩ', 'họa sĩ'],
    ['thuý', 'thúy'],
  ])('%s → %s', (old, now) => {
    expect(toneKey(old)).toBe(now);
  });
  it.each(['quý', 'hoàn thành', 'toàn', 'khuyến', 'hoặc', 'Huỳnh', 'khuya', 'hòa', 'ủy', 'người'])('leaves %s alone', (w) => {
    expect(toneKey(w)).toBe(w);
  });
  it('works on decomposed input', () => {
    expect(toneKey('thuỷ'.normalize('NFD'))).toBe('thủy');
  });
});

describe('foldKey and slugify', () => {
  it('folds case, diacritics, đ and spaces', () => {
    expect(foldKey('  Đặng\u00A0Thị   Hoà ')).toBe('dang thi hoa');
    expect(foldKey('Ủy ban')).toBe(foldKey('Uỷ ban'));
  });
  it('slugifies', () => {
    expect(slugify('Ban Chỉ đạo 35 – Tỉnh uỷ Bắc Ninh')).toBe('ban-chi-dao-35-tinh-uy-bac-ninh');
  });
});

describe('compareKey', () => {
  it('unifies tone placement, case and spacing but keeps diacritics', () => {
    expect(compareKey(' Uỷ  ban nhân dân ')).toBe('ủy ban nhân dân');
    expect(compareKey('Hoà Bình')).toBe(compareKey('hòa bình'));
    expect(compareKey('Hòa')).not.toBe(compareKey('Hoa'));
  });
});
