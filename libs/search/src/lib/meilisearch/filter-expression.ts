import { SearchFilters } from '../search-query';

/**
 * Quotes a value for a Meilisearch filter: inside double quotes, backslashes and quotes are
 * escaped, so a user value can never close the string and change the filter's meaning.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** One condition per filter, ANDed by Meilisearch when passed as an array. */
export function buildFilter(filters: SearchFilters): string[] {
  const clauses: string[] = [];
  const equals = (attribute: string, value: string | undefined) => {
    if (value !== undefined) clauses.push(`${attribute} = ${quoteFilterValue(value)}`);
  };
  equals('kind', filters.kind);
  equals('caseSlug', filters.case);
  equals('court', filters.court);
  equals('documentType', filters.documentType);
  equals('documentId', filters.document);
  equals('service', filters.service);
  equals('parties', filters.party);
  equals('judges', filters.judge);
  if (filters.filedFrom !== undefined) clauses.push(`filedAt >= ${Math.trunc(filters.filedFrom)}`);
  if (filters.filedTo !== undefined) clauses.push(`filedAt <= ${Math.trunc(filters.filedTo)}`);
  return clauses;
}
