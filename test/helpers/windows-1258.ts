/**
 * Text → windows-1258 bytes, for pages served the way old Vietnamese sites serve them. Node decodes
 * windows-1258 but cannot encode it, so the table is the decoder's, reversed: letters with a
 * circumflex, breve or horn are single bytes, tone marks are combining bytes after them.
 */
const decoder = new TextDecoder('windows-1258');
const BYTE_OF = new Map<string, number>();
for (let b = 0; b < 256; b++) {
  const ch = decoder.decode(Uint8Array.of(b));
  if (ch !== '\uFFFD' && !BYTE_OF.has(ch)) BYTE_OF.set(ch, b);
}

// The five tone marks windows-1258 writes as combining bytes; other marks (circumflex, breve, horn) are in its letters.
const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

const byteOf = (ch: string): number => {
  const b = BYTE_OF.get(ch);
  if (b === undefined) throw new Error(`windows-1258 has no byte for U+${ch.codePointAt(0)!.toString(16)}`);
  return b;
};

export function encodeWindows1258(text: string): Buffer {
  const out: number[] = [];
  // Each letter with its marks: the letter and its non-tone marks as one byte, then the tone marks.
  for (const [cluster] of text.normalize('NFD').matchAll(/\P{M}\p{M}*/gu)) {
    const [base, ...marks] = [...cluster];
    const letter = `${base}${marks.filter((m) => !TONES.has(m)).join('')}`.normalize('NFC');
    if (BYTE_OF.has(letter)) out.push(byteOf(letter));
    else for (const ch of letter.normalize('NFD')) out.push(byteOf(ch));
    for (const m of marks) if (TONES.has(m)) out.push(byteOf(m));
  }
  return Buffer.from(out);
}
