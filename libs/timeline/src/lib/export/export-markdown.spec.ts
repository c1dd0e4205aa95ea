import { escapeMarkdownCell, exportMarkdown, MarkdownExportOptions } from './export-markdown';
import { TimelineItem, TimelineMeta } from './timeline-item';
import { asAsync, readAll, SAMPLE_META, sampleItems } from '../../testing/sample-timeline';
import { TRICKY_ITEMS, TRICKY_META } from '../../testing/tricky-items';

async function md(meta: TimelineMeta, items: TimelineItem[], options?: MarkdownExportOptions): Promise<string> {
  return (await readAll(exportMarkdown(meta, asAsync(items), options))).toString('utf8');
}

/** A small GFM table reader: rows split on unescaped pipes, then cells unescaped. */
function tables(text: string): string[][][] {
  const result: string[][][] = [];
  let current: string[][] | null = null;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      current = null;
      continue;
    }
    if (/^\|(-+\|)+$/.test(line)) continue;
    const cells = line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim().replace(/<br>/g, '\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\\(.)/g, '$1'));
    if (!current) result.push((current = []));
    current.push(cells);
  }
  return result;
}

function eventCell(item: TimelineItem): string {
  const summary = item.summary ? `\n${item.summary.replace(/\r\n|\r/g, '\n')}` : '';
  return `**${item.title.trim()}**${summary}`.replace(/\n$/, '');
}

describe('exportMarkdown', () => {
  it('writes one merged table that reads back to the items', async () => {
    const items = [...sampleItems(), ...TRICKY_ITEMS];
    const text = await md(TRICKY_META, items);
    expect(text.startsWith(`# ${escapeMarkdownCell(TRICKY_META.title)}\n`)).toBe(true);
    const [table, ...rest] = tables(text);
    expect(rest).toHaveLength(0);
    expect(table[0]).toEqual(['Date', 'Case', 'Entry', 'Type', 'Event', 'Source']);
    expect(table.slice(1)).toHaveLength(items.length);
    table.slice(1).forEach((cells, i) => {
      const item = items[i];
      expect(cells).toHaveLength(6);
      expect(cells.slice(0, 4)).toEqual([item.date, item.caseName, item.entryNumber ?? '', item.type]);
      expect(cells[4]).toBe(eventCell(item));
      if (item.sourceUrl) expect(cells[5]).toContain(new URL(item.sourceUrl).href);
    });
  });

  it('escapes pipes, HTML and markdown syntax', () => {
    expect(escapeMarkdownCell('a | b')).toBe('a \\| b');
    expect(escapeMarkdownCell('<script>*x*_y_</script>')).toBe('&lt;script&gt;\\*x\\*\\_y\\_&lt;/script&gt;');
    expect(escapeMarkdownCell('one\r\ntwo\nthree')).toBe('one<br>two<br>three');
    expect(escapeMarkdownCell(null)).toBe('');
  });

  it('writes a section and table per case in meta order', async () => {
    const items = sampleItems();
    const text = await md(SAMPLE_META, items, { layout: 'per-case' });
    const headings = [...text.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(SAMPLE_META.cases.map((c) => escapeMarkdownCell(c.name)));
    const perCase = tables(text);
    expect(perCase).toHaveLength(SAMPLE_META.cases.length);
    SAMPLE_META.cases.forEach((c, i) => {
      const expected = items.filter((it) => it.caseSlug === c.slug);
      expect(perCase[i].slice(1).map((row) => row[0])).toEqual(expected.map((it) => it.date));
      expect(perCase[i][0]).toEqual(['Date', 'Entry', 'Type', 'Event', 'Source']);
    });
  });

  it('says so when there are no events', async () => {
    expect(await md(SAMPLE_META, [])).toContain('_No events._');
  });
});
