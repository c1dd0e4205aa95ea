export type {
  Significance,
  TimelineHearing,
  TimelineItem,
  TimelineMeta,
  TimelineCaseRef,
} from './lib/export/timeline-item';
export {
  TIMELINE_FORMATS,
  parseTimelineFormat,
  contentTypeFor,
  fileExtensionFor,
  TimelineExportError,
  TimelineExportErrorCode,
} from './lib/export/timeline-format';
export type { TimelineFormat } from './lib/export/timeline-format';
export { exportTimeline } from './lib/export/export-timeline';
export type { TimelineExportOptions } from './lib/export/export-timeline';
export { exportJson } from './lib/export/export-json';
export { exportCsv, CSV_COLUMNS, csvField } from './lib/export/export-csv';
export { textStream } from './lib/export/text-stream';
export type { CsvExportOptions } from './lib/export/export-csv';
export { exportIcs, icsUid } from './lib/export/export-ics';
export type { IcsExportOptions } from './lib/export/export-ics';
export { exportMarkdown } from './lib/export/export-markdown';
export type { MarkdownExportOptions } from './lib/export/export-markdown';
export { exportPdf } from './lib/export/export-pdf';
export type { PdfExportOptions } from './lib/export/export-pdf';
export { exportSvg } from './lib/export/export-svg';
export type { SvgExportOptions } from './lib/export/export-svg';
export { significanceOf } from './lib/assembly/significance';
export { TimelineError, TimelineErrorCode } from './lib/assembly/timeline-error';
export { SIGNIFICANCES } from './lib/assembly/timeline-request';
export type { TimelineFilters, TimelineScopeRequest } from './lib/assembly/timeline-request';
export { TimelineService } from './lib/assembly/timeline.service';
export type { ResolvedScope } from './lib/assembly/timeline.service';
export { TimelineModule } from './lib/timeline.module';
