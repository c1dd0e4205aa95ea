import type { Settings } from 'meilisearch';
import { MAX_SEARCH_WINDOW } from '../search-query';

/** Searchable attributes in order of weight: titles and captions first, body text last. */
export const INDEX_SETTINGS: Settings = {
  searchableAttributes: ['documentTitle', 'caseName', 'docketNumber', 'parties', 'judges', 'citations', 'text'],
  displayedAttributes: ['*'],
  filterableAttributes: [
    'kind',
    'caseId',
    'caseSlug',
    'court',
    'parties',
    'judges',
    'documentId',
    'documentType',
    'service',
    'provider',
    'tosDocumentType',
    'filedAt',
    'year',
    'familyId',
    'citations',
  ],
  sortableAttributes: ['filedAt', 'recordedAt'],
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: MAX_SEARCH_WINDOW },
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
};
