import type { Settings } from 'meilisearch';
import { FACET_VALUES_LIMIT } from '../facet-values';
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
  // Twice the values listed, by count: the adapter re-sorts them (count, then value) and keeps
  // FACET_VALUES_LIMIT, so values tied at the cut are chosen by name as on PostgreSQL.
  faceting: { maxValuesPerFacet: FACET_VALUES_LIMIT * 2, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: MAX_SEARCH_WINDOW },
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
};

/** Lists whose order Meilisearch does not keep (it returns them sorted); compared as sets. */
const UNORDERED = new Set(['filterableAttributes', 'sortableAttributes', 'displayedAttributes']);

/**
 * Whether the index's current settings already hold every desired value. Only the keys we set are
 * compared (Meilisearch returns every setting, with defaults filled in), so applying the settings
 * at each start costs one GET instead of a settings task that re-indexes everything.
 */
export function settingsMatch(
  current: Record<string, unknown>,
  desired: Record<string, unknown> = INDEX_SETTINGS,
): boolean {
  return Object.entries(desired).every(([key, value]) => sameValue(current[key], value, UNORDERED.has(key)));
}

function sameValue(current: unknown, desired: unknown, unordered: boolean): boolean {
  if (Array.isArray(desired)) {
    if (!Array.isArray(current) || current.length !== desired.length) return false;
    const [a, b] = unordered ? [[...current].map(String).sort(), [...desired].map(String).sort()] : [current, desired];
    return a.every((item, i) => sameValue(item, b[i], false));
  }
  if (desired !== null && typeof desired === 'object') {
    if (current === null || typeof current !== 'object') return false;
    const record = current as Record<string, unknown>;
    return Object.entries(desired).every(([key, value]) => sameValue(record[key], value, false));
  }
  return current === desired;
}
