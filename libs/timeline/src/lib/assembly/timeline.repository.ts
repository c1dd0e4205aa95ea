import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CitationSourceKind, StoredCitationType } from '@casetrail/citations';
import { rows } from '@casetrail/core';
import { TosVersionKind } from '@casetrail/tos';
import { DataSource } from 'typeorm';
import { TimelineHearing } from '../export/timeline-item';
import { HEARING_DETAILS, TIMELINE_SOURCES, tosChangesSource, tosQuotesSource } from './timeline-sources';

export interface ItemRow {
  id: string;
  date: string;
  case_id: string;
  type: string;
  title: string;
  summary: string | null;
  entry_number: string | null;
  document_id: string | null;
  source_url: string | null;
  dedupe_key: string;
  source_rank: number;
}

export interface TosOwner {
  documentId: string;
  caseId: string;
}

export interface ItemQuery {
  caseIds: string[];
  /** null: no terms-of-service items; otherwise quotes, and the changes of these documents shown on these cases */
  tosOwners: TosOwner[] | null;
  from?: string;
  to?: string;
  /** the case whose copy of a shared item sorts first */
  leadCaseId: string | null;
}

interface HearingDetailRow {
  id: string;
  status: string;
  time: string | null;
  time_zone: string | null;
  sequence: number;
}

interface ProviderDocumentRow {
  document_id: string;
  case_id: string;
}

const PAGE = 1000;
const TOS_QUOTE: StoredCitationType = 'tos_quote';

/** The timeline's reads: the union of its sources in date order, and the ToS documents of a scope's providers. */
@Injectable()
export class TimelineRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The items of the cases in date order, PAGE rows at a time. */
  itemRows(query: ItemQuery): AsyncGenerator<ItemRow[]> {
    const params: unknown[] = [query.caseIds];
    const sources = [...TIMELINE_SOURCES];
    if (query.tosOwners) {
      const quoteType = `$${params.push(TOS_QUOTE)}::text`;
      const documentKind = `$${params.push(CitationSourceKind.Document)}::text`;
      sources.push(`(${tosQuotesSource(quoteType, documentKind)})`);
      const owners = query.tosOwners;
      if (owners.length > 0) {
        const documents = `$${params.push(owners.map((o) => o.documentId))}::uuid[]`;
        const cases = `$${params.push(owners.map((o) => o.caseId))}::uuid[]`;
        const changeKind = `$${params.push(TosVersionKind.Change)}::text`;
        sources.push(tosChangesSource(documents, cases, changeKind));
      }
    }
    const where: string[] = [];
    if (query.from) where.push(`s.date >= $${params.push(query.from)}`);
    if (query.to) where.push(`s.date <= $${params.push(query.to)}`);
    const lead = query.leadCaseId;
    const sql = `SELECT s.*, CASE WHEN s.case_id = ${lead ? `$${params.push(lead)}` : 'NULL'} THEN 0 ELSE 1 END AS lead_rank
       FROM (${sources.join(' UNION ALL ')}) s
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY date, dedupe_key, lead_rank, id`;
    return this.cursor<ItemRow>(sql, params);
  }

  /** Time, zone, status and sequence of the cases' hearings, by timeline item id (a case has tens, not thousands). */
  async hearingDetails(caseIds: string[]): Promise<Map<string, TimelineHearing>> {
    const found = await rows<HearingDetailRow>(this.dataSource, HEARING_DETAILS, [caseIds]);
    return new Map(
      found.map((r) => [r.id, { status: r.status, time: r.time, timeZone: r.time_zone, sequence: r.sequence }]),
    );
  }

  /**
   * Each ToS document whose provider a party of the cases names (the party's name contains the
   * provider), with the first such case, `preferredCaseId` first.
   */
  providerDocuments(caseIds: string[], preferredCaseId: string | undefined): Promise<ProviderDocumentRow[]> {
    return rows<ProviderDocumentRow>(
      this.dataSource,
      `SELECT DISTINCT ON (d.id) d.id AS document_id, cp.case_id
       FROM tos_documents d
       JOIN tos_services s ON s.id = d.service_id
       JOIN case_parties cp ON cp.case_id = ANY($1::uuid[])
       JOIN parties p ON p.id = cp.party_id
       WHERE length(s.provider) >= 3 AND position(lower(s.provider) IN lower(p.name)) > 0
       ORDER BY d.id, (cp.case_id = $2::uuid) DESC, cp.case_id`,
      [caseIds, preferredCaseId],
    );
  }

  /**
   * The rows of one query, PAGE at a time, through a server-side cursor: the union is sorted once,
   * however long the timeline (a keyset page per query re-sorted it for every page), and memory
   * holds one page. The cursor and its connection are released when the caller stops early too.
   */
  private async *cursor<T>(sql: string, params: unknown[]): AsyncGenerator<T[]> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query(`DECLARE timeline_items NO SCROLL CURSOR FOR ${sql}`, params);
      for (;;) {
        const page = await rows<T>(runner, `FETCH ${PAGE} FROM timeline_items`);
        if (page.length > 0) yield page;
        if (page.length < PAGE) break;
      }
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  }
}
