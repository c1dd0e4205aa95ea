/** `value` as literal text inside a SQL `LIKE` / `ILIKE` pattern (backslash is PostgreSQL's default escape). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
