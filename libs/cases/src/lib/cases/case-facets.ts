import { EntityManager } from 'typeorm';
import { partyGroup } from '../parties/organisation-groups';
import { CaseFacets } from './case-views';

type CountRows = { value: string | null; n: string }[];

/**
 * Counts per value of each list filter over `caseIds` (the cases matching the current filters):
 * a case counts once per value it has. Party groups count the listed organisations only.
 */
export async function caseFacets(manager: EntityManager, caseIds: readonly string[]): Promise<CaseFacets> {
  const ids = [...caseIds];
  const count = async (sql: string): Promise<Record<string, number>> => {
    const rows = ids.length === 0 ? [] : await manager.query<CountRows>(sql, [ids]);
    return Object.fromEntries(rows.filter((r) => r.value !== null).map((r) => [r.value as string, Number(r.n)]));
  };
  const byCase = (column: string) =>
    count(`SELECT ${column} AS value, count(*) AS n FROM cases WHERE id = ANY($1::uuid[]) GROUP BY 1 ORDER BY 1`);
  const byClaim = (column: string) =>
    count(
      `SELECT ${column} AS value, count(DISTINCT case_id) AS n FROM case_claims
        WHERE case_id = ANY($1::uuid[]) GROUP BY 1 ORDER BY 1`,
    );
  const judge = await count(
    `SELECT j.name AS value, count(DISTINCT cj.case_id) AS n FROM case_judges cj JOIN judges j ON j.id = cj.judge_id
      WHERE cj.case_id = ANY($1::uuid[]) GROUP BY 1 ORDER BY 1`,
  );
  return {
    claim: await byClaim('code'),
    claimStatus: await byClaim('status'),
    stage: await byCase('stage'),
    status: await byCase('status'),
    court: await byCase('court_id'),
    judge,
    partyGroup: await organisationCounts(manager, ids),
  };
}

async function organisationCounts(manager: EntityManager, ids: string[]): Promise<Record<string, number>> {
  if (ids.length === 0) return {};
  const rows = await manager.query<{ case_id: string; name: string }[]>(
    `SELECT cp.case_id, p.name FROM case_parties cp JOIN parties p ON p.id = cp.party_id
      WHERE cp.case_id = ANY($1::uuid[])`,
    [ids],
  );
  const cases = new Map<string, Set<string>>();
  for (const row of rows) {
    const group = partyGroup(row.name);
    if (!group?.organisation) continue;
    cases.set(group.key, (cases.get(group.key) ?? new Set()).add(row.case_id));
  }
  return Object.fromEntries([...cases].sort(([a], [b]) => a.localeCompare(b)).map(([key, set]) => [key, set.size]));
}
