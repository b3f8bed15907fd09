/** Pages decoded by what they declare, and by what their bytes are when the declaration is wrong. */
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../src/extract/page/charset.js';
import { encodeWindows1258 } from '../helpers/windows-1258.js';

const TEXT = 'Đồng chí Nguyễn Thị Hương, Phó Chủ tịch UBND huyện chủ trì hội nghị';

describe('decodePage', () => {
  it('reads windows-1258 declared in a meta tag, tone marks composed by the text’s normalization', () => {
    const page = decodePage(encodeWindows1258(`<meta charset="windows-1258"><p>${TEXT}</p>`));
    expect(page.encoding).toBe('windows-1258');
    expect(page.text.normalize('NFC')).toContain(TEXT);
    expect(page.note).toBeNull();
  });

  it('reads UTF-8 bytes labelled windows-1258 as UTF-8, and says so', () => {
    const page = decodePage(Buffer.from(`<p>${TEXT}</p>`), 'windows-1258');
    expect(page).toMatchObject({ encoding: 'utf-8', note: 'declared windows-1258 but the bytes are valid UTF-8: read as UTF-8' });
    expect(page.text).toContain(TEXT);
  });

  it('reads windows-1258 bytes labelled UTF-8 (or not labelled) as windows-1258, and says so', () => {
    const labelled = decodePage(encodeWindows1258(`<p>${TEXT}</p>`), 'utf-8');
    expect(labelled.note).toBe('declared UTF-8 but the bytes are not UTF-8: read as windows-1258');
    expect(labelled.text.normalize('NFC')).toContain(TEXT);
    expect(decodePage(encodeWindows1258(`<p>${TEXT}</p>`)).note).toBe('no charset declared but the bytes are not UTF-8: read as windows-1258');
  });

  it('names a charset no decoder knows', () => {
    expect(decodePage(Buffer.from(`<p>${TEXT}</p>`), 'x-unknown').note).toBe('unknown charset "x-unknown"');
  });
});
