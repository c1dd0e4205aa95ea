import { SqlRunner } from '@casetrail/core';

/**
 * Takes transaction-scoped advisory locks on these keys, in sorted order so two writers never
 * deadlock; they are released when the transaction ends.
 */
export async function lockKeys(manager: SqlRunner, keys: string[]): Promise<void> {
  await manager.query(
    'SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM (SELECT k FROM unnest($1::text[]) AS k ORDER BY k) AS keys',
    [[...new Set(keys)]],
  );
}
