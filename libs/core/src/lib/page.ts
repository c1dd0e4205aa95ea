import { encodeCursor } from './cursor';

/** One page of a list, with the cursor of the next page (null on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const DEFAULT_PAGE_LIMIT = 50;

/** The page size a list serves: the query's `limit`, or the list's default. Fetch one row more. */
export function pageLimit(query: { limit?: number }, fallback = DEFAULT_PAGE_LIMIT): number {
  return query.limit ?? fallback;
}

/**
 * Turns the `limit + 1` rows a keyset query fetched into a page: the first `limit` rows, and a
 * cursor built from the last row served when the extra row shows that more follow.
 */
export function toPage<R>(
  rows: readonly R[],
  limit: number,
  positionOf: (last: R) => Record<string, string | number>,
): Page<R> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(positionOf(last)) : null };
}
