import { EntityManager } from 'typeorm';
import type { CaseNodeSummary } from './graph-views';

/** The few columns the graph shows per case, for many cases in one query. */
export async function loadCaseSummaries(
  manager: EntityManager,
  ids: readonly string[],
): Promise<Map<string, CaseNodeSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await manager.query<CaseNodeSummary[]>(
    `SELECT id, slug, short_name AS "shortName", caption, court_id AS "courtId", docket_number AS "docketNumber", status,
            to_char(filed_on, 'YYYY-MM-DD') AS "filedOn"
       FROM cases WHERE id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, r]));
}
