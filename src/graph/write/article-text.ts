/**
 * What the writer refuses before extracting: texts that are not a news article's text. Each check
 * says what it found and where, so the sender can fix the input instead of guessing.
 */

/** Larger texts are not news articles (a dump, a binary, a whole site) and would hold a transaction for long. */
export const MAX_ARTICLE_CHARS = 1_000_000;

/**
 * Control characters (tab, line and page breaks aside) and U+FFFD, the mark a decoder leaves for
 * bytes that were not UTF-8. A stray one comes from a CMS and is dropped by normalization; past this
 * share of the text, the input is binary or was decoded with the wrong encoding.
 */
const JUNK_RE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/gu;
const MAX_JUNK_SHARE = 0.01;

/**
 * An HTML page (or its body) rather than the article's text. Stripping tags would keep the menus,
 * scripts and footers around the article, whose names the extractor would take for facts; the
 * reader's copied text is what it is built for, so the page is refused with that advice.
 */
const HTML_DOCUMENT_RE = /<!doctype\s+html|<(?:html|head|body)[\s>]/iu;
const HTML_TAG_RE = /<\/?(?:p|div|span|a|br|li|ul|ol|table|tr|td|img|script|style|meta|link|h[1-6])(?:\s[^<>]*)?\/?>/giu;
const MAX_HTML_TAGS = 10;

const LETTER_RE = /\p{L}/u;
/** Digits and punctuation alone ("1234 !!!") carry nothing to read. */
export const hasLetters = (text: string): boolean => LETTER_RE.test(text);

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** Why the raw text, before normalization, is not an article's text, or null when it may be one. */
export function textProblem(text: string): string | null {
  if (text.length > MAX_ARTICLE_CHARS) {
    return `text is ${text.length.toLocaleString('en')} characters; an article may have at most ${MAX_ARTICLE_CHARS.toLocaleString('en')}`;
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return `binary content (NUL byte at line ${lineOf(text, nul)}), not article text`;
  const junk = [...text.matchAll(JUNK_RE)];
  if (junk.length > 0 && junk.length > text.length * MAX_JUNK_SHARE) {
    return `binary or wrongly decoded content: ${junk.length} of ${text.length} characters are control or replacement characters (the first at line ${lineOf(text, junk[0]!.index)}); send UTF-8 text`;
  }
  const page = HTML_DOCUMENT_RE.exec(text);
  const tags = page ? [] : [...text.matchAll(HTML_TAG_RE)];
  if (page || tags.length > MAX_HTML_TAGS) {
    const [first] = page ? [page] : tags;
    return `looks like HTML (${first![0].slice(0, 20)} at line ${lineOf(text, first!.index)}); send the article's text as shown on the page, not its HTML source`;
  }
  return null;
}

/**
 * A publication date after tomorrow (a day of slack for time zones) is a typo or a wrong clock; its
 * facts would stretch every tenure it names into the future. `publishedAt` may be partial ("2031-03"):
 * compared as text, a prefix sorts first, i.e. the period's first day decides.
 */
export function futurePublication(publishedAt: string | null, now: Date): string | null {
  if (publishedAt === null) return null;
  const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  const day = publishedAt.slice(0, 10);
  if (day <= tomorrow) return null;
  return `publication date ${day} is in the future (today is ${now.toISOString().slice(0, 10)}); check the article's date line`;
}
