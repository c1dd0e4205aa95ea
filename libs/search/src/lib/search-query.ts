import { SearchKind } from './search-document';

export enum SearchSort {
  Relevance = 'relevance',
  FiledAtDesc = 'filedAt:desc',
  FiledAtAsc = 'filedAt:asc',
}

export const SEARCH_SORTS = Object.values(SearchSort);

/** What `GET /search` answers in: one JSON page, or every hit as CSV. */
export const SEARCH_FORMATS = ['json', 'csv'] as const;
export type SearchFormat = (typeof SEARCH_FORMATS)[number];

export const FACETS = ['kind', 'court', 'case', 'documentType', 'year', 'service'] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchFilters {
  kind?: SearchKind;
  /** A case slug. */
  case?: string;
  court?: string;
  /** An exact party name, case-insensitive. */
  party?: string;
  judge?: string;
  documentType?: string;
  document?: string;
  service?: string;
  /** Epoch seconds, inclusive. */
  filedFrom?: number;
  filedTo?: number;
}

/** An engine-neutral query: what the API parsed, before any engine syntax. */
export interface SearchQuery {
  q: string;
  filters: SearchFilters;
  sort: SearchSort;
  facets: Facet[];
  limit: number;
  offset: number;
}

export interface SearchHit {
  id: string;
  kind: SearchKind;
  documentId: string | null;
  documentTitle: string | null;
  page: number | null;
  caseSlug: string | null;
  caseName: string | null;
  court: string | null;
  /** For a docket entry: its entry type. */
  documentType: string | null;
  /** The docket number of a docket entry (null for unnumbered entries and other kinds). */
  entryNumber: string | null;
  filedAt: number | null;
  service: string | null;
  /** HTML-escaped text with `<mark>` around the matches. */
  snippet: string;
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /**
   * Exact up to the 10,000-hit window on both engines. Beyond it `totalIsEstimate` is true: the
   * total is an estimate, and facets count (and relevance orders) only the first 10,001 matches.
   */
  total: number;
  totalIsEstimate: boolean;
  facets: Partial<Record<Facet, Record<string, number>>>;
  /** The query actually run when misspelt words were corrected; null otherwise. */
  correctedQuery: string | null;
  engine: string;
}

/** The largest offset any engine must serve (Meilisearch's pagination.maxTotalHits). */
export const MAX_SEARCH_WINDOW = 10_000;
export const MAX_QUERY_LENGTH = 512;
