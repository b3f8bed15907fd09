/**
 * Readability's article HTML → the text a reader would copy: one line per paragraph, heading,
 * list item or caption, so the extractor's sentence splitter and byline finder see the same
 * layout as in copied text. The DOM is walked, not the HTML stripped, so entities, comments and
 * scripts never leak into the text.
 */
import type { PageElement } from './dom.js';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

interface NodeLike { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<NodeLike> }

export function blockText(root: PageElement): string {
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    const t = line.replace(/[\s\u00a0]+/gu, ' ').trim();
    if (t !== '') lines.push(t);
    line = '';
  };
  const walk = (node: NodeLike): void => {
    if (node.nodeType === TEXT_NODE) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE || SKIPPED.has(node.nodeName)) return;
    if (node.nodeName === 'BR') return flush();
    const block = BLOCKS.has(node.nodeName);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root as unknown as NodeLike);
  flush();
  return lines.join('\n');
}
