import { Readable } from 'node:stream';
import { CsvExportOptions, exportCsv } from './export-csv';
import { exportIcs, IcsExportOptions } from './export-ics';
import { exportJson } from './export-json';
import { exportMarkdown, MarkdownExportOptions } from './export-markdown';
import { exportPdf, PdfExportOptions } from './export-pdf';
import { exportSvg, SvgExportOptions } from './export-svg';
import { TimelineFormat } from './timeline-format';
import { TimelineItem, TimelineMeta } from './timeline-item';

export interface TimelineExportOptions {
  csv?: CsvExportOptions;
  ics?: IcsExportOptions;
  md?: MarkdownExportOptions;
  pdf?: PdfExportOptions;
  svg?: SvgExportOptions;
}

/** One entry point for the API: pick the exporter by format. */
export function exportTimeline(
  format: TimelineFormat,
  meta: TimelineMeta,
  items: AsyncIterable<TimelineItem>,
  options: TimelineExportOptions = {},
): Readable {
  switch (format) {
    case 'json':
      return exportJson(meta, items);
    case 'csv':
      return exportCsv(meta, items, options.csv);
    case 'ics':
      return exportIcs(meta, items, options.ics);
    case 'md':
      return exportMarkdown(meta, items, options.md);
    case 'pdf':
      return exportPdf(meta, items, options.pdf);
    case 'svg':
      return exportSvg(meta, items, options.svg);
  }
}
