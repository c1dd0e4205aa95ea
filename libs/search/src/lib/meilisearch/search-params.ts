import type { SearchParams } from 'meilisearch';
import { Facet, SearchQuery, SearchSort } from '../search-query';
import { MARK_END, MARK_START } from '../snippet';
import { buildFilter } from './filter-expression';

export const FACET_ATTRIBUTES: Record<Facet, string> = {
  kind: 'kind',
  court: 'court',
  case: 'caseSlug',
  documentType: 'documentType',
  year: 'year',
  service: 'service',
};

/** What a hit shows; the page text comes back only as the cropped, highlighted snippet. */
export const HIT_ATTRIBUTES = [
  'id',
  'kind',
  'documentId',
  'documentTitle',
  'page',
  'caseSlug',
  'caseName',
  'court',
  'documentType',
  'entryNumber',
  'filedAt',
  'service',
] as const;

/** The body of `POST /indexes/{uid}/search` for an engine-neutral query (what the bench also sends raw). */
export function meiliSearchParams(query: SearchQuery): SearchParams {
  const pageMode = query.offset % query.limit === 0;
  return {
    filter: buildFilter(query.filters),
    facets: query.facets.map((f) => FACET_ATTRIBUTES[f]),
    sort:
      query.sort === SearchSort.FiledAtAsc
        ? ['filedAt:asc']
        : query.sort === SearchSort.FiledAtDesc
          ? ['filedAt:desc']
          : undefined,
    attributesToRetrieve: [...HIT_ATTRIBUTES],
    attributesToCrop: ['text'],
    cropLength: 40,
    cropMarker: ' … ',
    attributesToHighlight: ['text'],
    highlightPreTag: MARK_START,
    highlightPostTag: MARK_END,
    showRankingScore: true,
    matchingStrategy: 'all',
    ...(pageMode
      ? { hitsPerPage: query.limit, page: query.offset / query.limit + 1 }
      : { limit: query.limit, offset: query.offset }),
  };
}

/**
 * A Meilisearch phrase never crosses punctuation (`"reading and writing claude can do so"` misses
 * "reading and writing. Claude can do so"), so when a query with phrases finds nothing it is run
 * again with its required phrases unquoted: every word must still match (matching strategy `all`)
 * and the proximity rule ranks the pages where they stand together first. Negated phrases keep
 * their quotes. Returns null when the query has no phrase to unquote.
 */
export function unquotedPhrases(q: string): string | null {
  const unquoted = q.replace(/(^|[\s(])"([^"]*)"/g, '$1$2');
  return unquoted === q ? null : unquoted;
}
