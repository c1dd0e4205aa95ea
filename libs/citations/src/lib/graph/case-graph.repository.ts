import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { rows } from '@casetrail/core';
import type { CaseRelationType, PartyRole } from '@casetrail/cases';
import { DataSource } from 'typeorm';
import type { CaseNodeSummary } from './graph-views';

export interface RelationRow {
  from_case_id: string;
  to_case_id: string;
  type: CaseRelationType;
  note: string | null;
}

export interface CasePartyRow {
  case_id: string;
  role: PartyRole;
  name: string;
}

export interface SharedJudgeRow {
  a: string;
  b: string;
  name: string;
}

export interface CitationPairRow {
  a: string;
  b: string;
  n: number;
  keys: string[];
}

const PARTY_SQL = `SELECT cp.case_id, cp.role, p.name FROM case_parties cp JOIN parties p ON p.id = cp.party_id`;

/** The case graph's reads: relations, parties, judges and citations between cases, and node summaries. */
@Injectable()
export class CaseGraphRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  relationsOf(ids: string[]): Promise<RelationRow[]> {
    return rows<RelationRow>(
      this.dataSource,
      `SELECT from_case_id, to_case_id, type, note FROM case_relations
        WHERE from_case_id = ANY($1::uuid[]) OR to_case_id = ANY($1::uuid[]) ORDER BY type, created_at, id`,
      [ids],
    );
  }

  partiesOf(ids: string[]): Promise<CasePartyRow[]> {
    return rows<CasePartyRow>(this.dataSource, `${PARTY_SQL} WHERE cp.case_id = ANY($1::uuid[])`, [ids]);
  }

  /** Parties whose normalised name matches one of the LIKE patterns. */
  partiesLike(patterns: string[]): Promise<CasePartyRow[]> {
    return rows<CasePartyRow>(this.dataSource, `${PARTY_SQL} WHERE p.normalized_name LIKE ANY($1::text[])`, [patterns]);
  }

  sharedJudges(ids: string[]): Promise<SharedJudgeRow[]> {
    return rows<SharedJudgeRow>(
      this.dataSource,
      `SELECT DISTINCT a.case_id AS a, b.case_id AS b, j.name
         FROM case_judges a
         JOIN case_judges b ON b.judge_id = a.judge_id AND b.case_id <> a.case_id
         JOIN judges j ON j.id = a.judge_id
        WHERE a.case_id = ANY($1::uuid[])
        ORDER BY j.name`,
      [ids],
    );
  }

  /** Citing case, cited case, count and distinct keys, for pairs where either side is in `ids`. */
  citationPairs(ids: string[]): Promise<CitationPairRow[]> {
    return rows<CitationPairRow>(
      this.dataSource,
      `SELECT source_case_id AS a, resolved_case_id AS b, count(*)::int AS n, array_agg(DISTINCT key ORDER BY key) AS keys
         FROM citations
        WHERE source_case_id IS NOT NULL AND resolved_case_id IS NOT NULL AND source_case_id <> resolved_case_id
          AND (source_case_id = ANY($1::uuid[]) OR resolved_case_id = ANY($1::uuid[]))
        GROUP BY source_case_id, resolved_case_id`,
      [ids],
    );
  }

  /** The few columns the graph shows per case, for many cases in one query. */
  async caseSummaries(ids: readonly string[]): Promise<Map<string, CaseNodeSummary>> {
    if (ids.length === 0) return new Map();
    const found = await rows<CaseNodeSummary>(
      this.dataSource,
      `SELECT id, slug, short_name AS "shortName", caption, court_id AS "courtId", docket_number AS "docketNumber", status,
              to_char(filed_on, 'YYYY-MM-DD') AS "filedOn"
         FROM cases WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(found.map((r) => [r.id, r]));
  }
}
