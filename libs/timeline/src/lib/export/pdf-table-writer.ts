import { toWinAnsi } from './win-ansi';
import { TimelineItem, TimelineMeta } from './timeline-item';

export interface PdfFonts {
  regular: string | Buffer;
  bold: string | Buffer;
}

type Doc = PDFKit.PDFDocument;

interface Column {
  header: string;
  width: number;
}

export interface MeasuredRow {
  item: TimelineItem;
  cells: {
    caseName: string;
    docket: string;
    entry: string;
    type: string;
    title: string;
    summary: string;
    source: string;
  };
  titleH: number;
  caseH: number;
  height: number;
}

export const MARGIN = 36;
const FOOTER = 24;
const PAD = 4;
const HEAD_H = 8 + 2 * PAD + 2;
const SIZE = { title: 17, meta: 9, head: 8, cell: 8, small: 7 } as const;
const COLOR = {
  text: '#1a1a1a',
  muted: '#5f6670',
  rule: '#d4d8de',
  head: '#e8ecf1',
  zebra: '#f6f8fa',
  link: '#1f5fae',
  key: '#c62828',
  major: '#e08a00',
} as const;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

/** Draws the heading, table rows and footers of the PDF timeline; knows nothing about streams. */
export class PdfTableWriter {
  private readonly cols: Column[];
  private readonly x: number[];
  private readonly clean: (s: string) => string;
  private readonly regular: string;
  private readonly bold: string;
  private zebra = false;

  constructor(
    private readonly doc: Doc,
    private readonly meta: TimelineMeta,
    private readonly maxSummaryChars: number,
    fonts?: PdfFonts,
  ) {
    const widths: [string, number][] = [
      ['Date', 56],
      ['Case', 158],
      ['ECF', 34],
      ['Type', 66],
      ['Event', 0],
      ['Source', 104],
    ];
    widths[4][1] = this.contentWidth - widths.reduce((s, [, w]) => s + w, 0);
    this.cols = widths.map(([header, width]) => ({ header, width }));
    this.x = this.cols.map((_, i) => MARGIN + this.cols.slice(0, i).reduce((s, c) => s + c.width, 0));
    if (fonts) {
      doc.registerFont('tl-regular', fonts.regular);
      doc.registerFont('tl-bold', fonts.bold);
      this.regular = 'tl-regular';
      this.bold = 'tl-bold';
      // eslint-disable-next-line no-control-regex -- control characters are what this strips
      this.clean = (s) => s.replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '');
    } else {
      this.regular = 'Helvetica';
      this.bold = 'Helvetica-Bold';
      this.clean = toWinAnsi;
    }
  }

  private get contentWidth(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  /** Lowest y a row may reach. */
  get bottom(): number {
    return this.doc.page.height - MARGIN - FOOTER;
  }

  /** y where rows start on a continuation page. */
  get continuationTop(): number {
    return MARGIN + HEAD_H;
  }

  /** Writes the title block and the first table head; returns the y where rows start. */
  writeHeading(): number {
    const { doc, meta } = this;
    const width = this.contentWidth;
    doc
      .font(this.bold)
      .fontSize(SIZE.title)
      .fillColor(COLOR.text)
      .text(this.clean(truncate(meta.title, 300)), MARGIN, MARGIN, { width });
    const lines = [`Generated ${meta.generatedAt}`];
    if (meta.cases.length)
      lines.push(meta.cases.map((c) => [c.name, c.docketNumber].filter(Boolean).join(', ')).join('; '));
    const filters = Object.entries(meta.filters ?? {});
    if (filters.length) lines.push('Filters: ' + filters.map(([k, v]) => `${k} = ${v}`).join('; '));
    doc.moveDown(0.3).font(this.regular).fontSize(SIZE.meta).fillColor(COLOR.muted);
    doc.text(this.clean(truncate(lines.join('\n'), 1500)), { width });
    doc.moveDown(0.4);
    const y = doc.y;
    const swatch = (x: number, color: string, label: string): number => {
      doc.rect(x, y + 1, 2.5, 7).fill(color);
      doc.fillColor(COLOR.muted).text(label, x + 6, y, { lineBreak: false });
      return x + 6 + doc.widthOfString(label) + 14;
    };
    swatch(swatch(MARGIN, COLOR.key, 'Key ruling'), COLOR.major, 'Major filing');
    doc.x = MARGIN;
    doc.y = y + SIZE.meta + 8;
    this.writeTableHead();
    return doc.y;
  }

  writeTableHead(): void {
    const { doc } = this;
    const y = doc.y;
    doc.rect(MARGIN, y, this.contentWidth, HEAD_H).fill(COLOR.head);
    doc.font(this.bold).fontSize(SIZE.head).fillColor(COLOR.text);
    this.cols.forEach((c, i) =>
      doc.text(c.header, this.x[i] + PAD + (i === 0 ? 2 : 0), y + PAD + 1, {
        width: c.width - 2 * PAD,
        lineBreak: false,
      }),
    );
    doc.y = y + HEAD_H;
    this.zebra = false;
  }

  private w(i: number): number {
    return this.cols[i].width - 2 * PAD;
  }

  /** Lays a row out without drawing it. */
  measure(item: TimelineItem): MeasuredRow {
    const { doc } = this;
    const cells = {
      caseName: this.clean(truncate(item.caseName, 160)),
      docket: item.docketNumber ? this.clean(truncate(item.docketNumber, 80)) : '',
      entry: item.entryNumber ? this.clean(truncate(item.entryNumber, 12)) : '',
      type: this.clean(truncate(item.type.replace(/_/g, ' '), 40)),
      title: this.clean(truncate(item.title, 400)),
      summary: item.summary ? this.clean(truncate(item.summary, this.maxSummaryChars)) : '',
      source: item.sourceUrl ? this.clean(truncate(hostOf(item.sourceUrl), 60)) : '',
    };
    doc.fontSize(SIZE.cell).font(this.bold);
    const titleH = doc.heightOfString(cells.title, { width: this.w(4) });
    const caseH = doc.heightOfString(cells.caseName, { width: this.w(1) });
    doc.font(this.regular);
    const summaryH = cells.summary ? doc.heightOfString(cells.summary, { width: this.w(4) }) + 2 : 0;
    doc.fontSize(SIZE.small);
    const docketH = cells.docket ? doc.heightOfString(cells.docket, { width: this.w(1) }) + 1 : 0;
    const sourceH = cells.source ? doc.heightOfString(cells.source, { width: this.w(5) }) : 0;
    const typeH = doc.heightOfString(cells.type, { width: this.w(3) });
    const height = Math.max(titleH + summaryH, caseH + docketH, sourceH, typeH, SIZE.cell) + 2 * PAD;
    return { item, cells, titleH, caseH, height };
  }

  /** Draws a measured row at doc.y; the caller has made sure it fits. */
  writeRow(row: MeasuredRow): void {
    const { doc, x } = this;
    const { item, cells: c, height } = row;
    const y = doc.y;
    if (this.zebra) doc.rect(MARGIN, y, this.contentWidth, height).fill(COLOR.zebra);
    this.zebra = !this.zebra;
    if (item.significance !== 'routine') {
      doc.rect(MARGIN, y + 1, 2.5, height - 2).fill(item.significance === 'key_ruling' ? COLOR.key : COLOR.major);
    }
    const top = y + PAD;
    doc.fillColor(COLOR.text).font(this.regular).fontSize(SIZE.cell);
    doc.text(item.date, x[0] + PAD + 2, top, { width: this.w(0), lineBreak: false });
    doc.text(c.entry, x[2] + PAD, top, { width: this.w(2) });
    doc.font(this.bold).text(c.caseName, x[1] + PAD, top, { width: this.w(1) });
    doc.text(c.title, x[4] + PAD, top, { width: this.w(4) });
    if (c.summary) doc.font(this.regular).text(c.summary, x[4] + PAD, top + row.titleH + 2, { width: this.w(4) });
    doc.font(this.regular).fontSize(SIZE.small).fillColor(COLOR.muted);
    if (c.docket) doc.text(c.docket, x[1] + PAD, top + row.caseH + 1, { width: this.w(1) });
    doc.text(c.type, x[3] + PAD, top, { width: this.w(3) });
    if (c.source && item.sourceUrl)
      doc.fillColor(COLOR.link).text(c.source, x[5] + PAD, top, { width: this.w(5), link: item.sourceUrl });
    doc
      .moveTo(MARGIN, y + height)
      .lineTo(MARGIN + this.contentWidth, y + height)
      .lineWidth(0.4)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.x = MARGIN;
    doc.y = y + height;
  }

  writeEmpty(): void {
    this.doc
      .font(this.regular)
      .fontSize(SIZE.cell)
      .fillColor(COLOR.muted)
      .text('No events.', MARGIN, this.doc.y + PAD);
  }

  writeFooter(page: number, pages: number): void {
    const { doc } = this;
    // Text below the bottom margin would make pdfkit start a new page; lift the margin first.
    const savedBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN - FOOTER / 2;
    const width = this.contentWidth;
    doc.font(this.regular).fontSize(SIZE.small).fillColor(COLOR.muted);
    doc.text(this.clean(truncate(this.meta.title, 120)), MARGIN, y, {
      width: width * 0.7,
      lineBreak: false,
      ellipsis: true,
    });
    doc.text(`Page ${page} of ${pages}`, MARGIN, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = savedBottom;
  }
}
