import { SearchError, SearchErrorCode } from './search-error';

export enum SearchKind {
  Case = 'case',
  Filing = 'filing',
  Tos = 'tos',
  DocketEntry = 'docket_entry',
}

export const SEARCH_KINDS = Object.values(SearchKind);

/**
 * One searchable unit: a page of a filing, a case, or a terms-of-service clause. Page-level
 * documents keep every word of long filings searchable and let a hit cite its page.
 */
export interface SearchDocument {
  id: string;
  kind: SearchKind;
  caseId: string | null;
  caseSlug: string | null;
  caseName: string | null;
  court: string | null;
  docketNumber: string | null;
  familyId: string | null;
  parties: string[];
  judges: string[];
  documentId: string | null;
  documentTitle: string | null;
  documentType: string | null;
  entryNumber: string | null;
  page: number | null;
  text: string;
  /** Epoch seconds. */
  filedAt: number | null;
  year: number | null;
  service: string | null;
  provider: string | null;
  tosDocumentType: string | null;
  recordedAt: number | null;
  citations: string[];
}

export function emptySearchDocument(id: string, kind: SearchKind): SearchDocument {
  return {
    id,
    kind,
    caseId: null,
    caseSlug: null,
    caseName: null,
    court: null,
    docketNumber: null,
    familyId: null,
    parties: [],
    judges: [],
    documentId: null,
    documentTitle: null,
    documentType: null,
    entryNumber: null,
    page: null,
    text: '',
    filedAt: null,
    year: null,
    service: null,
    provider: null,
    tosDocumentType: null,
    recordedAt: null,
    citations: [],
  };
}

export function epochSecondsOf(isoDate: string | null): number | null {
  if (!isoDate) return null;
  const ms = Date.parse(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  return Number.isNaN(ms) ? null : Math.floor(ms / 1000);
}

export function yearOf(epochSeconds: number | null): number | null {
  return epochSeconds === null ? null : new Date(epochSeconds * 1000).getUTCFullYear();
}

/** Ids every engine accepts (Meilisearch allows only these characters, up to 511 bytes). */
const SEARCH_ID = /^[A-Za-z0-9_-]{1,500}$/;

export function searchDocumentId(...parts: (string | number)[]): string {
  return parts.map((p) => String(p).replace(/[^A-Za-z0-9-]/g, '-')).join('_');
}

export function isValidSearchId(id: string): boolean {
  return SEARCH_ID.test(id);
}

export function assertValidIds(documents: SearchDocument[]): void {
  const invalid = documents.filter((d) => !isValidSearchId(d.id)).map((d) => d.id);
  if (invalid.length > 0) {
    throw new SearchError(
      SearchErrorCode.InvalidDocumentId,
      `Search document ids may hold only letters, digits, - and _: ${invalid.slice(0, 3).join(', ')}`,
      {
        invalid: invalid.slice(0, 10),
      },
    );
  }
}
