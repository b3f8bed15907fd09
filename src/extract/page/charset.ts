/**
 * Bytes of a page → its text. Vietnamese sites still serve windows-1258 (tone marks as combining
 * characters), and some declare one encoding and send another: a page labelled windows-1258 whose
 * bytes are valid UTF-8 is UTF-8 (legacy bytes with Vietnamese letters are almost never valid
 * UTF-8), and a page labelled UTF-8 whose bytes are not is read as windows-1258. Node's
 * TextDecoder (WHATWG Encoding, full ICU) knows every label a page may give.
 */
import { isUtf8 } from 'node:buffer';

export interface DecodedPage {
  text: string;
  /** The encoding the bytes were read in (a WHATWG name: "utf-8", "windows-1258"). */
  encoding: string;
  /** Set when the page's label was wrong or unknown, in words. */
  note: string | null;
}

/** Where the declaration is looked for: the HTML spec's prescan reads the first 1024 bytes. */
const PRESCAN_BYTES = 1024;
const META_CHARSET_RE = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu;
const LEGACY_FALLBACK = 'windows-1258';

/** The encoding a Content-Type header names, or null. */
export const charsetOfContentType = (contentType: string | null): string | null => /charset\s*=\s*"?([\w.:-]+)/iu.exec(contentType ?? '')?.[1] ?? null;

/** The WHATWG name of a label, or null when no decoder knows it. */
function canonical(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

const hasHighBytes = (bytes: Uint8Array): boolean => bytes.some((b) => b >= 0x80);

export function decodePage(bytes: Uint8Array, headerCharset: string | null = null): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', note: null };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(encoding).decode(bytes), encoding, note: null };
  }
  const label = headerCharset ?? META_CHARSET_RE.exec(Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1'))?.[1] ?? null;
  const declared = label === null ? null : canonical(label);
  const utf8 = isUtf8(bytes);
  const read = (encoding: string, note: string | null): DecodedPage => ({ text: new TextDecoder(encoding).decode(bytes), encoding, note });
  if (declared === null || declared === 'utf-8') {
    const unknown = label !== null && declared === null ? `unknown charset "${label}"` : null;
    if (utf8) return read('utf-8', unknown);
    return read(LEGACY_FALLBACK, `${unknown ?? (label === null ? 'no charset declared' : 'declared UTF-8')} but the bytes are not UTF-8: read as ${LEGACY_FALLBACK}`);
  }
  if (utf8 && hasHighBytes(bytes)) return read('utf-8', `declared ${declared} but the bytes are valid UTF-8: read as UTF-8`);
  return read(declared, null);
}
