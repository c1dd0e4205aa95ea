import type { Token } from 'markdown-it';
import { chromeBlockLines, isChromeLine } from './chrome';
import { splitInlineEnumeration } from './inline-enumeration';
import { composeLabels, extractLeadingLabel } from './labels';
import { markdownParser } from './normalize';
import { collapseSpaces, inlineToPlain } from './text';
import type { Clause } from './types';

export interface SegmentOptions {
  /** Keep cookie dialogs, navigation lines and other page chrome as clauses (default false). */
  keepChrome?: boolean;
}

interface ItemFrame {
  number: string | null;
  paragraphs: string[];
  label: string | null;
}

class ClauseCollector {
  readonly clauses: Clause[] = [];
  private readonly headings: { level: number; text: string }[] = [];

  constructor(private readonly keepChrome: boolean) {}

  heading(level: number, inline: string): void {
    const raw = inlineText(inline);
    if (raw === '' || (!this.keepChrome && isChromeLine(raw))) return;
    while (this.headings.length && this.headings[this.headings.length - 1].level >= level) this.headings.pop();
    const { label, rest } = extractLeadingLabel(raw);
    this.push({ kind: 'heading', level, label, text: rest || raw });
    this.headings.push({ level, text: inlineToPlain(raw) });
  }

  /** Emits a paragraph (or list item body); returns the label it resolved to. */
  text(inline: string, ancestors: (string | null)[], number: string | null, tableRow = false): string | null {
    const raw = inlineText(inline);
    const chrome = !this.keepChrome && !tableRow && isChromeLine(raw);
    if (raw === '' || chrome) return composeLabels([...ancestors, number]);
    const { label, rest } = extractLeadingLabel(raw);
    const parts = [...ancestors, label ?? number];
    this.enumerated(rest, parts, 2);
    return composeLabels(parts);
  }

  private enumerated(text: string, parts: (string | null)[], depth: number): void {
    const split = depth > 0 ? splitInlineEnumeration(text) : null;
    if (!split) {
      if (text !== '') this.push({ kind: 'text', level: null, label: composeLabels(parts), text });
      return;
    }
    const lead = [split.intro, split.tail].filter((s) => s !== '').join(' ');
    if (lead !== '') this.push({ kind: 'text', level: null, label: composeLabels(parts), text: lead });
    for (const item of split.items) this.enumerated(item.text, [...parts, item.label], depth - 1);
  }

  private push(clause: Omit<Clause, 'headingPath' | 'ordinal'>): void {
    const headingPath = this.headings.map((h) => h.text);
    this.clauses.push({ ...clause, headingPath, ordinal: this.clauses.length + 1 });
  }
}

function inlineText(inline: string): string {
  return collapseSpaces(inline.replace(/\\\n/g, ' ')).replace(/\s*\\$/, '');
}

function withoutChromeBlocks(markdown: string): string {
  const lines = markdown.split(/\r?\n/);
  for (const i of chromeBlockLines(lines)) lines[i] = '';
  return lines.join('\n');
}

/**
 * Splits Markdown into clauses: headings, paragraphs, list items (nested items get composite labels
 * such as "1.4.a"), enumerations inside a paragraph ("(c)(iii)") and table rows.
 */
export function segmentClauses(markdown: string, options: SegmentOptions = {}): Clause[] {
  const keepChrome = options.keepChrome ?? false;
  const tokens = markdownParser.parse(keepChrome ? markdown : withoutChromeBlocks(markdown), {});
  const out = new ClauseCollector(keepChrome);
  const items: ItemFrame[] = [];
  const labelsAbove = (): (string | null)[] => items.slice(0, -1).map((f) => f.label);
  const flush = (frame: ItemFrame): void => {
    if (frame.paragraphs.length === 0) return;
    frame.label = out.text(frame.paragraphs.join(' '), labelsAbove(), frame.number);
    frame.paragraphs = [];
  };

  for (let i = 0; i < tokens.length; i++) {
    const token: Token = tokens[i];
    switch (token.type) {
      case 'heading_open':
        out.heading(Number(token.tag.slice(1)), tokens[i + 1]?.content ?? '');
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        if (items.length) flush(items[items.length - 1]);
        break;
      case 'list_item_open':
        items.push({ number: token.info || null, paragraphs: [], label: null });
        break;
      case 'list_item_close': {
        const frame = items[items.length - 1];
        if (frame) flush(frame);
        items.pop();
        break;
      }
      case 'paragraph_open': {
        const content = tokens[i + 1]?.content ?? '';
        if (items.length) items[items.length - 1].paragraphs.push(content);
        else out.text(content, [], null);
        break;
      }
      case 'tr_open': {
        const cells: string[] = [];
        for (i++; i < tokens.length && tokens[i].type !== 'tr_close'; i++) {
          if (tokens[i].type === 'inline') cells.push(tokens[i].content.trim());
        }
        if (cells.some((c) => c !== ''))
          out.text(
            cells.join(' | '),
            items.map((f) => f.label),
            null,
            true,
          );
        break;
      }
      case 'fence':
      case 'code_block':
        out.text(token.content, [], null);
        break;
      case 'html_block':
        out.text(inlineToPlain(token.content), [], null);
        break;
      default:
        break;
    }
  }
  return out.clauses;
}
