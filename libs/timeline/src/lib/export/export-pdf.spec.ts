import { existsSync } from 'node:fs';
import { exportPdf } from './export-pdf';
import { TimelineExportErrorCode } from './timeline-format';
import { TimelineItem } from './timeline-item';
import { toWinAnsi } from './win-ansi';
import { pdfText } from '../../testing/pdf-text';
import { asAsync, readAll, SAMPLE_META, sampleItems } from '../../testing/sample-timeline';
import { TRICKY_ITEMS, TRICKY_META } from '../../testing/tricky-items';

/** pdf text extraction puts line breaks where the table wrapped; compare on squashed whitespace. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('exportPdf', () => {
  it('prints every item of the sample, with "Page n of N" footers', async () => {
    const items = sampleItems();
    const buf = await readAll(exportPdf(SAMPLE_META, asAsync(items)));
    expect(buf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages, total } = await pdfText(buf);
    const flat = squash(text);
    expect(total).toBeGreaterThan(1);
    pages.forEach((p, i) => expect(squash(p)).toContain(`Page ${i + 1} of ${total}`));
    for (const item of items) {
      expect(flat).toContain(item.date);
      expect(flat).toContain(squash(toWinAnsi(item.title)));
      if (item.entryNumber) expect(flat).toContain(item.entryNumber);
    }
    console.log(`sample PDF: ${items.length} items, ${total} pages, ${buf.length} bytes`);
  });

  it('keeps WinAnsi text such as "Müller — “quoted”" and degrades other scripts and emoji', async () => {
    const { text } = await pdfText(await readAll(exportPdf(TRICKY_META, asAsync(TRICKY_ITEMS))));
    const flat = squash(text);
    expect(flat).toContain('Müller — “quoted” ruling');
    expect(flat).toContain('naïve café façade');
    expect(flat).toContain('Polish lódz');
    expect(flat).toContain('CJK ???');
    expect(flat).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(flat).toContain('Page 1 of 1');
  });

  it('renders an empty timeline as one page', async () => {
    const { text, total } = await pdfText(await readAll(exportPdf(SAMPLE_META, asAsync([]))));
    expect(total).toBe(1);
    expect(squash(text)).toContain('No events.');
  });

  it('fails the stream with invalid_date for a malformed date', async () => {
    const bad: TimelineItem = { ...TRICKY_ITEMS[0], date: '2024-02-30' };
    await expect(readAll(exportPdf(TRICKY_META, asAsync([bad])))).rejects.toMatchObject({
      code: TimelineExportErrorCode.InvalidDate,
    });
  });

  const dejaVu = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
  const dejaVuBold = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
  (existsSync(dejaVu) && existsSync(dejaVuBold) ? it : it.skip)('prints full Unicode with embedded fonts', async () => {
    const stream = exportPdf(TRICKY_META, asAsync(TRICKY_ITEMS), { fonts: { regular: dejaVu, bold: dejaVuBold } });
    const flat = squash((await pdfText(await readAll(stream))).text);
    expect(flat).toContain('Polish łódź');
    expect(flat).toContain('✓');
  });
});
