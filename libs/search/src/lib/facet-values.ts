/** Facet values listed per facet, on both engines. */
export const FACET_VALUES_LIMIT = 100;

/**
 * The facet semantics both engines share: the values with the most matches first, ties by value
 * (ascending, as text), at most `limit` values.
 */
export function topFacetValues(
  counts: Record<string, number>,
  limit: number = FACET_VALUES_LIMIT,
): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counts)
      .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, limit),
  );
}
