import type { SqlRunner } from '@casetrail/core';

/** PostgreSQL types a bulk column can have; `text[]` travels as JSON, since unnest() flattens nested arrays. */
export type BulkType = 'uuid' | 'text' | 'integer' | 'smallint' | 'timestamptz' | 'date' | 'jsonb' | 'text[]';

export interface BulkColumn<T> {
  name: string;
  type: BulkType;
  value: (row: T) => unknown;
}

/** Rows per statement: each column is one array parameter, so this bounds memory, not parameters. */
const CHUNK = 5000;

/**
 * INSERT … SELECT FROM unnest($1::type[], $2::type[], …): one array parameter per column, so a
 * statement carries thousands of rows without building thousands of placeholders (much cheaper
 * than an ORM multi-row insert for the clauses and changes of an import).
 */
export async function bulkInsert<T>(
  manager: SqlRunner,
  table: string,
  columns: readonly BulkColumn<T>[],
  rows: readonly T[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const sources = columns
    .map((c, i) => `$${i + 1}::${c.type === 'text[]' || c.type === 'jsonb' ? 'jsonb' : c.type}[]`)
    .join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const selected = columns
    .map((c, i) => (c.type === 'text[]' ? `ARRAY(SELECT jsonb_array_elements_text(c${i}))` : `c${i}`))
    .join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${selected} FROM unnest(${sources}) AS u(${aliases.join(', ')})`;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const parameters = columns.map((c) =>
      chunk.map((row) => {
        const value = c.value(row);
        if (value === null || value === undefined) return null;
        return c.type === 'text[]' || c.type === 'jsonb' ? JSON.stringify(value) : value;
      }),
    );
    await manager.query(sql, parameters);
  }
}

/** Locks the document's row until the transaction ends: one import of a document at a time. */
export async function lockDocument(manager: SqlRunner, documentId: string): Promise<void> {
  await manager.query('SELECT id FROM tos_documents WHERE id = $1 FOR UPDATE', [documentId]);
}
