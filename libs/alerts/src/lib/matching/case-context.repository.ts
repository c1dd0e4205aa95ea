import { rows, SqlRunner } from '@casetrail/core';
import { CaseContext } from './event-facts';

interface CaseRow {
  id: string;
  slug: string;
  caption: string;
  short_name: string;
  court_id: string;
  docket_number: string | null;
  parties: string[];
  judges: string[];
}

/** Loads the case facts that structured targets key on, in one query (family heads: `CasesService.familyHeadsOf`). */
export async function loadCaseContexts(manager: SqlRunner, caseIds: string[]): Promise<Map<string, CaseContext>> {
  if (caseIds.length === 0) return new Map();
  const found = await rows<CaseRow>(
    manager,
    `SELECT c.id, c.slug, c.caption, c.short_name, c.court_id, c.docket_number,
       ARRAY(SELECT DISTINCT p.normalized_name FROM case_parties cp JOIN parties p ON p.id = cp.party_id WHERE cp.case_id = c.id) AS parties,
       ARRAY(SELECT DISTINCT j.normalized_name FROM case_judges cj JOIN judges j ON j.id = cj.judge_id WHERE cj.case_id = c.id) AS judges
     FROM cases c WHERE c.id = ANY($1::uuid[])`,
    [caseIds],
  );
  return new Map(
    found.map((row) => [
      row.id,
      {
        id: row.id,
        slug: row.slug,
        caption: row.caption,
        shortName: row.short_name,
        court: row.court_id,
        docketNumber: row.docket_number,
        parties: row.parties,
        judges: row.judges,
      },
    ]),
  );
}
