import { Injectable } from '@nestjs/common';
import { rows, SqlRunner } from '@casetrail/core';

export interface ReportedCitationRow {
  id: string;
  key: string;
}

export interface DocketNumberRow {
  id: string;
  court_id: string | null;
  number: string;
}

/** The case lookups citation resolution runs, inside the caller's transaction. */
@Injectable()
export class CitationResolutionRepository {
  /** Cases carrying one of `keys` among their reported citations, oldest case first. */
  byReportedCitation(runner: SqlRunner, keys: string[]): Promise<ReportedCitationRow[]> {
    return rows<ReportedCitationRow>(
      runner,
      `SELECT c.id, k.key FROM cases c CROSS JOIN LATERAL unnest(c.reported_citations) AS k(key)
       WHERE c.reported_citations && $1::text[] AND k.key = ANY($1::text[])
       ORDER BY c.created_at, c.id`,
      [keys],
    );
  }

  /** Own and other docket numbers equal to one of `keys` or matching one of the regular expressions. */
  docketNumbers(runner: SqlRunner, keys: string[], patterns: string[]): Promise<DocketNumberRow[]> {
    return rows<DocketNumberRow>(
      runner,
      `SELECT * FROM (
         SELECT c.id, c.court_id, c.docket_number AS number FROM cases c WHERE c.docket_number IS NOT NULL
         UNION ALL
         SELECT c.id, o->>'courtId', o->>'docketNumber' FROM cases c CROSS JOIN LATERAL jsonb_array_elements(c.other_docket_numbers) o
       ) n
       WHERE n.number = ANY($1::text[]) OR n.number ~* ANY($2::text[])`,
      [keys, patterns],
    );
  }
}
