/** Search-param readers for the routes: every page keeps its state in the URL, as plain strings. */
export function optionalString(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function positiveInt(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

export function pick<K extends string>(
  search: Record<string, unknown>,
  keys: readonly K[],
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = optionalString(search[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export const SEARCH_KEYS = ['q', 'kind', 'court', 'case', 'documentType', 'filedFrom', 'filedTo', 'cursor'] as const;
export type SearchPageParams = Partial<Record<(typeof SEARCH_KEYS)[number], string>>;

export const CASES_KEYS = ['q', 'court', 'status', 'party', 'cursor'] as const;
export type CasesPageParams = Partial<Record<(typeof CASES_KEYS)[number], string>>;

export const CASE_KEYS = ['entryType', 'dateFrom', 'dateTo', 'docketCursor'] as const;
export type CasePageParams = Partial<Record<(typeof CASE_KEYS)[number], string>>;

export interface DocumentPageParams {
  page?: number;
  q?: string;
}

export const TOS_DOCUMENT_KEYS = ['asOf', 'cursor'] as const;
export type TosDocumentPageParams = Partial<Record<(typeof TOS_DOCUMENT_KEYS)[number], string>>;

export const DIFF_KEYS = ['from', 'to'] as const;
export type DiffPageParams = Partial<Record<(typeof DIFF_KEYS)[number], string>>;

export const FOLLOW_KEYS = ['case', 'type', 'q', 'name', 'tosDocumentId', 'clauseKey'] as const;
export type FollowPageParams = Partial<Record<(typeof FOLLOW_KEYS)[number], string>>;
