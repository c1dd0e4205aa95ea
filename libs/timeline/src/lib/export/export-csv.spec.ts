import { parse } from 'csv-parse/sync';
import { parse as parseStream } from 'csv-parse';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { CSV_COLUMNS, csvField, exportCsv } from './export-csv';
import { TimelineItem } from './timeline-item';
import { asAsync, readAll, SAMPLE_META, sampleItems } from '../../testing/sample-timeline';
import { TRICKY_ITEMS, TRICKY_META } from '../../testing/tricky-items';

const HEADERS = CSV_COLUMNS.map(([h]) => h);

function asRecord(item: TimelineItem): Record<string, string> {
  return {
    date: item.date,
    case_slug: item.caseSlug,
    case_name: item.caseName,
    court: item.court ?? '',
    docket_number: item.docketNumber ?? '',
    entry_number: item.entryNumber ?? '',
    type: item.type,
    significance: item.significance,
    title: item.title,
    summary: item.summary ?? '',
    source_url: item.sourceUrl ?? '',
    document_id: item.documentId ?? '',
    id: item.id,
  };
}

describe('exportCsv', () => {
  it('reads back, with csv-parse, to the same fields (quotes, commas, newlines, unicode)', async () => {
    const items = [...sampleItems(), ...TRICKY_ITEMS];
    const text = (await readAll(exportCsv(SAMPLE_META, asAsync(items), { escapeFormulas: false }))).toString('utf8');
    const rows: Record<string, string>[] = parse(text, {
      columns: true,
      relax_quotes: false,
      record_delimiter: '\r\n',
    });
    expect(rows).toEqual(items.map(asRecord));
    expect(Object.keys(rows[0])).toEqual(HEADERS);
  });

  it('ends records with CRLF and keeps bare newlines only inside quoted fields', async () => {
    const text = (await readAll(exportCsv(TRICKY_META, asAsync(TRICKY_ITEMS)))).toString('utf8');
    expect(text.startsWith('date,case_slug,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
    expect(outsideQuotes.split('\r\n').length - 1).toBe(TRICKY_ITEMS.length + 1);
    expect(text).toContain('"Complaint, with ""quotes"", commas, and a | pipe"');
  });

  it('adds a BOM only when asked', async () => {
    const plain = await readAll(exportCsv(TRICKY_META, asAsync([])));
    const bom = await readAll(exportCsv(TRICKY_META, asAsync([]), { bom: true }));
    expect(plain[0]).toBe('d'.charCodeAt(0));
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bom.subarray(3).equals(plain)).toBe(true);
  });

  it('defuses spreadsheet formulas by default', async () => {
    const text = (await readAll(exportCsv(TRICKY_META, asAsync([TRICKY_ITEMS[2]])))).toString('utf8');
    const [row] = parse(text, { columns: true }) as Record<string, string>[];
    expect(row.title).toBe(`'${TRICKY_ITEMS[2].title}`);
    expect(csvField('-1', true)).toBe("'-1");
    expect(csvField('@SUM(A1)', true)).toBe("'@SUM(A1)");
    expect(csvField('2024-01-01', true)).toBe('2024-01-01');
    expect(csvField(null)).toBe('');
  });

  it('streams 10,000 generated items without holding the output', async () => {
    const n = 10_000;
    async function* generated(): AsyncGenerator<TimelineItem> {
      for (let i = 0; i < n; i++) {
        const day = new Date(Date.UTC(2020, 0, 1) + (i % 2000) * 86_400_000).toISOString().slice(0, 10);
        yield { ...TRICKY_ITEMS[i % TRICKY_ITEMS.length], id: `entry:${i}`, date: day, entryNumber: String(i) };
      }
    }
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let peak = heapBefore;
    let rows = 0;
    let lastEntry = '';
    let bytes = 0;
    const csv = exportCsv(SAMPLE_META, generated());
    csv.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    await pipeline(
      csv,
      parseStream({ columns: true }),
      new Writable({
        objectMode: true,
        write(record: Record<string, string>, _enc, done) {
          rows++;
          lastEntry = record.entry_number;
          if (rows % 500 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
          done();
        },
      }),
    );
    expect(rows).toBe(n);
    expect(lastEntry).toBe(String(n - 1));
    const growthMb = (peak - heapBefore) / 1024 / 1024;
    console.log(`CSV 10k: ${(bytes / 1024 / 1024).toFixed(1)} MB streamed, peak heap growth ${growthMb.toFixed(1)} MB`);
    // Deliberately loose: garbage collection timing makes heap figures noisy.
    expect(growthMb).toBeLessThan(64);
  });

  it('pulls items lazily: output starts long before the input is exhausted', async () => {
    let pulled = 0;
    async function* counting(): AsyncGenerator<TimelineItem> {
      for (let i = 0; i < 5000; i++) {
        pulled++;
        yield { ...TRICKY_ITEMS[0], id: `entry:${i}` };
      }
    }
    const csv = exportCsv(SAMPLE_META, counting());
    const firstChunk = await new Promise<number>((resolve) => csv.once('data', () => resolve(pulled)));
    csv.destroy();
    expect(firstChunk).toBeLessThan(500);
  });
});
