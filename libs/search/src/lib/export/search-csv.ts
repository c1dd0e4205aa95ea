import { Readable } from 'node:stream';
import { csvField, textStream } from '@casetrail/timeline';
import { SearchIndex } from '../search-index.port';
import { MAX_SEARCH_WINDOW, SearchHit, SearchQuery } from '../search-query';

type SearchCsvColumn = readonly [header: string, value: (hit: SearchHit) => string | null];

const HTML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The snippet as plain text: a spreadsheet shows neither `<mark>` nor HTML escapes. */
export function plainSnippet(snippet: string): string {
  return snippet.replace(/<\/?mark>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => HTML_ENTITIES[e] ?? e);
}

const isoDate = (epochSeconds: number | null) =>
  epochSeconds === null ? null : new Date(epochSeconds * 1000).toISOString().slice(0, 10);

export const SEARCH_CSV_COLUMNS: readonly SearchCsvColumn[] = [
  ['rank', () => null], // filled in by position
  ['kind', (h) => h.kind],
  ['case_slug', (h) => h.caseSlug],
  ['case_name', (h) => h.caseName],
  ['court', (h) => h.court],
  ['filed_at', (h) => isoDate(h.filedAt)],
  ['document_id', (h) => h.documentId],
  ['document_title', (h) => h.documentTitle],
  ['entry_number', (h) => h.entryNumber],
  ['page', (h) => (h.page === null ? null : String(h.page))],
  ['document_type', (h) => h.documentType],
  ['service', (h) => h.service],
  ['snippet', (h) => plainSnippet(h.snippet)],
  ['id', (h) => h.id],
];

/**
 * Search hits as CSV (RFC 4180, CRLF), streamed as they are read. Text cells that a spreadsheet
 * would run as a formula get the timeline export's guard (a leading `'`): filing text comes from outside.
 */
export function searchHitsCsv(hits: AsyncIterable<SearchHit>): Readable {
  async function* chunks(): AsyncGenerator<string> {
    yield SEARCH_CSV_COLUMNS.map(([h]) => h).join(',') + '\r\n';
    let rank = 0;
    for await (const hit of hits) {
      rank += 1;
      const cells = SEARCH_CSV_COLUMNS.map(([header, get]) =>
        header === 'rank' ? String(rank) : csvField(get(hit), true),
      );
      yield cells.join(',') + '\r\n';
    }
  }
  return textStream(chunks());
}

/**
 * Hits an export reads per engine call. Each relevance-sorted call ranks every match again (up to the
 * 10,000-hit window), so a full export costs 5 searches rather than 100 at the API's page size,
 * while one batch's hits and snippets stay a few megabytes.
 */
export const EXPORT_BATCH = 2_000;

/**
 * Every hit of a query from its offset on, up to the 10,000-hit window, read `pageSize` at a time.
 * `first` is the page already read at `query.offset` (the caller reads it to surface errors early).
 */
export async function* searchHitPages(
  index: SearchIndex,
  query: SearchQuery,
  first: { hits: SearchHit[]; total: number },
  pageSize: number,
): AsyncGenerator<SearchHit> {
  let page = first;
  let offset = query.offset;
  for (;;) {
    yield* page.hits;
    offset += page.hits.length;
    if (page.hits.length === 0 || offset >= Math.min(page.total, MAX_SEARCH_WINDOW)) return;
    page = await index.search({ ...query, offset, limit: Math.min(pageSize, MAX_SEARCH_WINDOW - offset) });
  }
}
