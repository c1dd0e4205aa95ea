import PDFDocument from 'pdfkit';
import { PassThrough, Readable } from 'node:stream';
import { parseIsoDate } from './iso-date';
import { MARGIN, MeasuredRow, PdfFonts, PdfTableWriter } from './pdf-table-writer';
import { TimelineItem, TimelineMeta } from './timeline-item';

export interface PdfExportOptions {
  /** Paper size; default 'LETTER' (landscape). */
  pageSize?: 'LETTER' | 'A4';
  /**
   * TrueType/OpenType fonts for full Unicode text. Without them the standard Helvetica fonts are
   * used and characters outside WinAnsi are transliterated or replaced (see toWinAnsi).
   */
  fonts?: PdfFonts;
  /** Longest summary printed per row, in characters; default 600. */
  maxSummaryChars?: number;
}

/**
 * Renders a paginated table with "Page n of N" footers. N must be known before the first page is
 * finished, so rows are measured first (kept as text plus heights, a few MB for 10k items) and
 * drawn second; finished pages are flushed to the stream at once, which costs far less memory
 * than pdfkit's bufferPages (that keeps every page's drawing operations until the end).
 */
export function exportPdf(
  meta: TimelineMeta,
  items: AsyncIterable<TimelineItem>,
  options: PdfExportOptions = {},
): Readable {
  const generated = new Date(meta.generatedAt);
  const doc = new PDFDocument({
    size: options.pageSize ?? 'LETTER',
    layout: 'landscape',
    margin: MARGIN,
    info: {
      Title: meta.title,
      Creator: 'Casetrail',
      Producer: 'Casetrail timeline export',
      ...(Number.isNaN(generated.getTime()) ? {} : { CreationDate: generated, ModDate: generated }),
    },
  });
  const out = new PassThrough();
  doc.pipe(out);

  (async () => {
    const writer = new PdfTableWriter(doc, meta, options.maxSummaryChars ?? 600, options.fonts);
    const firstTop = writer.writeHeading();
    const rows: MeasuredRow[] = [];
    let pages = 1;
    let y = firstTop;
    for await (const item of items) {
      parseIsoDate(item.date, item.id);
      const row = writer.measure(item);
      if (y + row.height > writer.bottom) {
        pages++;
        y = writer.continuationTop;
      }
      y += row.height;
      rows.push(row);
    }
    if (rows.length === 0) writer.writeEmpty();
    let page = 1;
    for (const row of rows) {
      if (doc.y + row.height > writer.bottom) {
        writer.writeFooter(page++, pages);
        doc.addPage();
        doc.y = MARGIN;
        writer.writeTableHead();
      }
      writer.writeRow(row);
    }
    writer.writeFooter(page, pages);
    doc.end();
  })().catch((err: unknown) => {
    doc.unpipe(out);
    out.destroy(err instanceof Error ? err : new Error(String(err)));
  });
  return out;
}
