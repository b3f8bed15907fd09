/**
 * The HTML parser: linkedom, a small DOM that Readability runs on (jsdom would do the same at ten
 * times the weight). Pages are parsed once; every reader takes the parsed document.
 */
import { parseHTML } from 'linkedom';

export type PageDocument = ReturnType<typeof parseHTML>['document'];
export type PageElement = NonNullable<ReturnType<PageDocument['querySelector']>>;

export const parsePage = (html: string): PageDocument => parseHTML(html).document;

/** An element's text with runs of whitespace (newlines and NBSP included) as one space. */
export const textOf = (el: { textContent: string | null }): string => (el.textContent ?? '').replace(/[\s\u00a0]+/gu, ' ').trim();
