import { stripUnsafeText } from '@casetrail/core';
import MarkdownIt from 'markdown-it';
import TurndownService from 'turndown';
import { TosError, TosErrorCode } from '../tos-error';
import { cleanInvisible, repairMarkdown, stripA11yNotes } from './text';
import type { SnapshotFormat } from './types';
import { stripTrackingParams } from './urls';

/** CommonMark + GFM tables; raw HTML inside Markdown snapshots is kept and converted too. */
export const markdownParser = new MarkdownIt('default', { html: true, linkify: false });

/** The few DOM members the rules below read (the workspace compiles without the DOM lib). */
interface DomElement {
  nodeName: string;
  parentNode: DomElement | null;
  children: ArrayLike<unknown>;
  nextSibling: unknown;
  getAttribute(name: string): string | null;
  closest(selector: string): DomElement | null;
  querySelector(selector: string): unknown;
}

const dom = (node: unknown): DomElement => node as DomElement;

function createTurndown(): TurndownService {
  const td = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    br: '\\',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
    linkStyle: 'inlined',
  });
  addTableRules(td);
  td.remove(['script', 'style', 'noscript', 'template', 'iframe']);
  td.addRule('compactListItem', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = dom(node).parentNode;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? '1');
        prefix = `${start + Array.prototype.indexOf.call(parent.children, node)}. `;
      }
      const body = content
        .replace(/^\n+/, '')
        .replace(/\n+$/, '\n')
        .replace(/\n(?!$)/g, `\n${' '.repeat(prefix.length)}`);
      return prefix + body + (dom(node).nextSibling && !body.endsWith('\n') ? '\n' : '');
    },
  });
  td.addRule('cellLineBreak', {
    filter: (node) => dom(node).nodeName === 'BR' && dom(node).closest('td, th') !== null,
    replacement: () => '<br>',
  });
  td.addRule('cleanLink', {
    filter: (node) => dom(node).nodeName === 'A' && Boolean(dom(node).getAttribute('href')),
    replacement: (content, node) => {
      const href = stripTrackingParams(dom(node).getAttribute('href') ?? '').replace(/([<>()\s])/g, (c) =>
        c.trim() === '' ? '%20' : `\\${c}`,
      );
      const title = dom(node).getAttribute('title');
      const titlePart = title ? ` "${title.replace(/"/g, '\\"')}"` : '';
      return `[${stripA11yNotes(content).trim()}](${href}${titlePart})`;
    },
  });
  return td;
}

/** GFM pipe tables, one line per row; the header separator follows the first row. */
function addTableRules(td: TurndownService): void {
  td.addRule('tableCell', {
    filter: ['th', 'td'],
    replacement: (content) =>
      ` ${content
        .replace(/\s*\n\s*/g, ' ')
        .trim()
        .replace(/\|/g, '\\|')} |`,
  });
  td.addRule('tableRow', {
    filter: 'tr',
    replacement: (content, node) => {
      const row = `|${content}\n`;
      const table = dom(node).closest('table');
      if (!table || table.querySelector('tr') !== node) return row;
      return `${row}|${' --- |'.repeat(Math.max(1, dom(node).children.length))}\n`;
    },
  });
  td.addRule('tableSection', { filter: ['thead', 'tbody', 'tfoot'], replacement: (content) => content });
  td.addRule('table', { filter: 'table', replacement: (content) => `\n\n${content.replace(/^\n+|\n+$/g, '')}\n\n` });
  td.addRule('strikethrough', { filter: ['del', 's'], replacement: (content) => `~~${content}~~` });
}

const turndown = createTurndown();

/**
 * Reduces an HTML page or a Markdown snapshot to canonical Markdown: ATX headings, "-" bullets,
 * "*"/"**" emphasis, one blank line between blocks, no zero-width characters or non-breaking spaces,
 * no tracking parameters in links, no "(opens in a new window)" notes, link texts that a capture
 * split re-joined. Quotes are left as
 * published (folded only when comparing). Markdown goes through the same HTML rendering, so both
 * inputs land on one canonical form.
 */
export function normalizeSnapshot(content: string, format: SnapshotFormat): string {
  let html: string;
  if (format === 'html') html = content;
  else if (format === 'markdown')
    html = markdownParser.render(repairMarkdown(cleanInvisible(stripUnsafeText(content))));
  else throw new TosError(TosErrorCode.UnsupportedFormat, `Unsupported snapshot format: ${String(format)}`, { format });
  const markdown = turndown.turndown(cleanInvisible(stripUnsafeText(html)));
  return cleanInvisible(markdown)
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .concat('\n');
}
