/** Anything that runs SQL with positional parameters: a TypeORM DataSource, EntityManager or QueryRunner. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * The rows a statement returns, typed as `T`. TypeORM answers UPDATE and DELETE … RETURNING on
 * PostgreSQL with `[rows, affectedCount]` and everything else with the rows: both come back as rows.
 * Parameters carry every value, enum members included, so no status is spelled inside the SQL.
 */
export async function rows<T>(runner: SqlRunner, sql: string, parameters: readonly unknown[] = []): Promise<T[]> {
  const result = await runner.query(sql, [...parameters]);
  if (!Array.isArray(result)) return [];
  if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
