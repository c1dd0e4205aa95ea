import { SearchDocument } from './search-document';
import { SearchQuery, SearchResult } from './search-query';

/** What every search engine must do; both adapters pass one contract suite. */
export interface SearchIndex {
  readonly engine: string;
  /** Creates the index and applies its settings (idempotent). */
  ensureReady(): Promise<void>;
  upsert(documents: SearchDocument[]): Promise<void>;
  deleteByIds(ids: string[]): Promise<void>;
  /** Removes every search document of one filing (all its pages). */
  deleteByDocumentId(documentId: string): Promise<void>;
  deleteAll(): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  count(): Promise<number>;
  health(): Promise<void>;
}

export const SEARCH_INDEX = Symbol('SEARCH_INDEX');
