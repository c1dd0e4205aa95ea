import { Readable } from 'node:stream';
import { parseIsoDate } from './iso-date';
import { textStream } from './text-stream';
import { TimelineItem, TimelineMeta } from './timeline-item';

export interface MarkdownExportOptions {
  /**
   * 'merged' (default): one table with a Case column, streamed row by row.
   * 'per-case': one section and table per case; holds the items in memory until the input ends.
   */
  layout?: 'merged' | 'per-case';
}

/** Escapes text for a GFM table cell: pipes, markdown punctuation, HTML, line breaks. */
export function escapeMarkdownCell(s: string | null): string {
  if (!s) return '';
  return s
    .replace(/[\\`*_[\]|#]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n/g, '<br>')
    .trim();
}

function escapeInline(s: string): string {
  return escapeMarkdownCell(s).replace(/<br>/g, ' ');
}

function sourceLink(url: string | null): string {
  if (!url) return '';
  try {
    const u = new URL(url.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return escapeMarkdownCell(url);
    // Angle-bracket destinations may not contain < > or spaces; URL.href has them encoded.
    return `[${escapeInline(u.hostname.replace(/^www\./, ''))}](<${u.href.replace(/\|/g, '%7C')}>)`;
  } catch {
    return escapeMarkdownCell(url);
  }
}

function titleCell(item: TimelineItem): string {
  const title = `**${escapeMarkdownCell(item.title)}**`;
  return item.summary ? `${title}<br>${escapeMarkdownCell(item.summary)}` : title;
}

const MERGED_HEAD = '| Date | Case | Entry | Type | Event | Source |\n|---|---|---|---|---|---|\n';
const CASE_HEAD = '| Date | Entry | Type | Event | Source |\n|---|---|---|---|---|\n';

function mergedRow(i: TimelineItem): string {
  const cells = [
    i.date,
    escapeMarkdownCell(i.caseName),
    escapeMarkdownCell(i.entryNumber),
    escapeMarkdownCell(i.type),
    titleCell(i),
    sourceLink(i.sourceUrl),
  ];
  return `| ${cells.join(' | ')} |\n`;
}

function caseRow(i: TimelineItem): string {
  const cells = [
    i.date,
    escapeMarkdownCell(i.entryNumber),
    escapeMarkdownCell(i.type),
    titleCell(i),
    sourceLink(i.sourceUrl),
  ];
  return `| ${cells.join(' | ')} |\n`;
}

function header(meta: TimelineMeta): string {
  const lines = [`# ${escapeInline(meta.title)}`, '', `Generated ${escapeInline(meta.generatedAt)}.`];
  const filters = Object.entries(meta.filters ?? {});
  if (filters.length) {
    lines.push('', 'Filters: ' + filters.map(([k, v]) => `${escapeInline(k)} = ${escapeInline(v)}`).join('; ') + '.');
  }
  return lines.join('\n') + '\n\n';
}

function caseHeading(name: string, court: string | null, docket: string | null): string {
  const sub = [court, docket]
    .filter((x): x is string => !!x)
    .map(escapeInline)
    .join(' · ');
  return `## ${escapeInline(name)}\n\n${sub ? `${sub}\n\n` : ''}`;
}

export function exportMarkdown(
  meta: TimelineMeta,
  items: AsyncIterable<TimelineItem>,
  options: MarkdownExportOptions = {},
): Readable {
  async function* merged(): AsyncGenerator<string> {
    yield header(meta);
    let count = 0;
    for await (const item of items) {
      parseIsoDate(item.date, item.id);
      if (count++ === 0) yield MERGED_HEAD;
      yield mergedRow(item);
    }
    if (count === 0) yield '_No events._\n';
  }

  async function* perCase(): AsyncGenerator<string> {
    yield header(meta);
    const groups = new Map<string, TimelineItem[]>();
    for await (const item of items) {
      parseIsoDate(item.date, item.id);
      const list = groups.get(item.caseSlug);
      if (list) list.push(item);
      else groups.set(item.caseSlug, [item]);
    }
    // Cases in the order meta lists them, then any others in order of appearance.
    const order = [...meta.cases.map((c) => c.slug), ...groups.keys()].filter((s, i, a) => a.indexOf(s) === i);
    for (const slug of order) {
      const list = groups.get(slug);
      const ref = meta.cases.find((c) => c.slug === slug);
      if (!list && !ref) continue;
      const first = list?.[0];
      yield caseHeading(
        ref?.name ?? first?.caseName ?? slug,
        ref?.court ?? first?.court ?? null,
        ref?.docketNumber ?? first?.docketNumber ?? null,
      );
      if (!list) {
        yield '_No events._\n\n';
        continue;
      }
      yield CASE_HEAD;
      for (const item of list) yield caseRow(item);
      yield '\n';
    }
  }

  return textStream(options.layout === 'per-case' ? perCase() : merged());
}
