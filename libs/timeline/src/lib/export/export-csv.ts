import { Readable } from 'node:stream';
import { parseIsoDate } from './iso-date';
import { textStream } from './text-stream';
import { TimelineItem, TimelineMeta } from './timeline-item';

export interface CsvExportOptions {
  /** Prefix a UTF-8 byte order mark (helps old Excel versions); off by default. */
  bom?: boolean;
  /**
   * Prefix `'` to text cells that start with = + - @ TAB or CR so that spreadsheets do not run
   * them as formulas (CSV injection). On by default: docket text comes from outside.
   */
  escapeFormulas?: boolean;
}

type CsvColumn = readonly [header: string, value: (item: TimelineItem) => string | null];

export const CSV_COLUMNS: readonly CsvColumn[] = [
  ['date', (i) => i.date],
  ['case_slug', (i) => i.caseSlug],
  ['case_name', (i) => i.caseName],
  ['court', (i) => i.court],
  ['docket_number', (i) => i.docketNumber],
  ['entry_number', (i) => i.entryNumber],
  ['type', (i) => i.type],
  ['significance', (i) => i.significance],
  ['title', (i) => i.title],
  ['summary', (i) => i.summary],
  ['source_url', (i) => i.sourceUrl],
  ['document_id', (i) => i.documentId],
  ['id', (i) => i.id],
];

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | null, escapeFormulas = false): string {
  if (value === null || value === '') return '';
  let v = value;
  if (escapeFormulas && FORMULA_START.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function exportCsv(
  _meta: TimelineMeta,
  items: AsyncIterable<TimelineItem>,
  options: CsvExportOptions = {},
): Readable {
  const escapeFormulas = options.escapeFormulas ?? true;
  async function* chunks(): AsyncGenerator<string> {
    if (options.bom) yield '\uFEFF';
    yield CSV_COLUMNS.map(([h]) => h).join(',') + '\r\n';
    for await (const item of items) {
      parseIsoDate(item.date, item.id);
      yield CSV_COLUMNS.map(([, get]) => csvField(get(item), escapeFormulas)).join(',') + '\r\n';
    }
  }
  return textStream(chunks());
}
