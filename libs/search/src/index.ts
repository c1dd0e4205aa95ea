export { emptySearchDocument, SEARCH_KINDS, SearchKind } from './lib/search-document';
export type { SearchDocument } from './lib/search-document';
export {
  FACETS,
  MAX_QUERY_LENGTH,
  MAX_SEARCH_WINDOW,
  SEARCH_FORMATS,
  SEARCH_SORTS,
  SearchSort,
} from './lib/search-query';
export type { Facet, SearchFilters, SearchFormat, SearchHit, SearchQuery, SearchResult } from './lib/search-query';
export { SEARCH_INDEX } from './lib/search-index.port';
export type { SearchIndex } from './lib/search-index.port';
export { SearchError, SearchErrorCode } from './lib/search-error';
export { PostgresSearchIndex } from './lib/postgres/postgres-search.index';
export { MeilisearchSearchIndex } from './lib/meilisearch/meilisearch-search.index';
export { meiliSearchParams } from './lib/meilisearch/search-params';
export { SearchService } from './lib/search.service';
export type { SearchRequest, SearchResponse } from './lib/search.service';
export { SearchModule } from './lib/search.module';
export { SearchJobHandlers } from './lib/search-job-handlers';
