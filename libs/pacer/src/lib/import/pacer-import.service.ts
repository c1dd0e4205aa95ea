import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Case,
  CaseRecordsService,
  DocketEntriesService,
  DocketEntrySource,
  emptyCounts,
  PartiesService,
} from '@casetrail/cases';
import { normalizeDocketNumber } from '@casetrail/core';
import { JobName, JobsService } from '@casetrail/jobs';
import { DataSource } from 'typeorm';
import { WorkerPool } from '@casetrail/workers';
import { PacerError, PacerErrorCode } from '../pacer-error';
import { PARSE_DOCKET_TASK, PARSE_RSS_TASK } from '../pacer-tasks';
import type { ParsedRssItem } from '../parsing/types';
import { caseFromReport, ensurePacerCourt, judgesOf, partyLinksOf } from './case-records';
import { reportEntryInputs, rssEntryInput } from './entry-inputs';
import { DocketImportResult, RssImportResult } from './import-results';

export interface ImportRssOptions {
  /** The feed's court when the feed does not say it. */
  court?: string;
  /** Leave out items of cases not tracked yet instead of creating those cases. */
  trackedCasesOnly?: boolean;
}

/**
 * Imports PACER docket reports and court RSS feeds: court, case, parties, judges and docket
 * entries, idempotently and in one transaction per import, so a failure leaves nothing behind.
 * New and changed entries become `docket_entry.*` domain events, and new or changed cases a
 * search indexing job, in that same transaction. The parsing runs in the worker pool.
 */
@Injectable()
export class PacerImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: CaseRecordsService,
    private readonly parties: PartiesService,
    private readonly entries: DocketEntriesService,
    private readonly jobs: JobsService,
    private readonly workers: WorkerPool,
  ) {}

  async importDocket(html: string, options: { court?: string } = {}): Promise<DocketImportResult> {
    // Parsing is CPU-bound and its cost grows with hostile input: it runs in the worker pool.
    const report = await this.workers.run(PARSE_DOCKET_TASK, { text: html, court: options.court, strictCourt: true });
    const courtId = report.court;
    if (!courtId) {
      throw new PacerError(
        PacerErrorCode.UnknownCourt,
        'The docket report does not say its court; give the court id (e.g. nysd).',
      );
    }
    const docketNumber = report.docketNumber;
    if (!docketNumber)
      throw new PacerError(PacerErrorCode.MissingDocketNumber, 'The docket report has no docket number.');
    const inputs = reportEntryInputs(report.entries);
    return this.dataSource.transaction(async (manager) => {
      const court = await ensurePacerCourt(this.records, manager, courtId);
      const { key, fromReport } = caseFromReport(court.id, { ...report, docketNumber });
      const { entity, outcome } = await this.records.upsertCase(manager, key, fromReport);
      const parties = await this.parties.linkParties(manager, entity.id, partyLinksOf(report.parties));
      const judges = await this.parties.linkJudges(manager, entity.id, judgesOf(report));
      if (outcome !== 'unchanged' || parties.created + parties.updated + judges.created > 0) {
        // The case's search document carries its parties and judges: re-index it with this transaction.
        await this.jobs.send(JobName.SearchIndexCase, { caseId: entity.id }, { manager });
      }
      const { events, ...entries } = await this.entries.upsert(manager, entity.id, inputs, {
        source: DocketEntrySource.DocketReport,
        caseRef: { courtId: court.id, docketNumber: entity.docketNumber },
      });
      return {
        court,
        case: { id: entity.id, slug: entity.slug, docketNumber: entity.docketNumber ?? docketNumber, outcome },
        parties,
        judges,
        entries,
        events,
      };
    });
  }

  async importRss(xml: string, options: ImportRssOptions = {}): Promise<RssImportResult> {
    const items = await this.workers.run(PARSE_RSS_TASK, { text: xml, court: options.court, strictCourt: true });
    const courtId = items.find((i) => i.court)?.court ?? options.court?.toLowerCase();
    if (!courtId) {
      throw new PacerError(
        PacerErrorCode.UnknownCourt,
        'The feed does not say its court; give the court id (e.g. nysd).',
      );
    }
    const byCase = new Map<string, ParsedRssItem[]>();
    for (const item of items) {
      const key = normalizeDocketNumber(item.docketNumber);
      byCase.set(key, [...(byCase.get(key) ?? []), item]);
    }
    return this.dataSource.transaction(async (manager) => {
      const court = await ensurePacerCourt(this.records, manager, courtId);
      const known = await this.records.findCases(manager, court.id, [...byCase.keys()]);
      const result: RssImportResult = {
        court: court.id,
        items: items.length,
        skipped: 0,
        cases: { created: 0, existing: known.size },
        entries: emptyCounts(),
        events: 0,
      };
      const missing = [...byCase].filter(([docketNumber]) => !known.has(docketNumber));
      if (options.trackedCasesOnly) {
        result.skipped = missing.reduce((n, [, caseItems]) => n + caseItems.length, 0);
      } else {
        const created = await this.records.createCases(
          manager,
          missing.map(([, [first]]) => ({
            courtId: court.id,
            docketNumber: first.docketNumber,
            caseName: first.caseName,
          })),
        );
        for (const entity of created) {
          known.set(entity.docketNumber as string, entity);
          await this.jobs.send(JobName.SearchIndexCase, { caseId: entity.id }, { manager });
        }
        result.cases.created = created.length;
      }
      const batches = [...byCase]
        .filter(([docketNumber]) => known.has(docketNumber))
        .map(([docketNumber, caseItems]) => {
          const entity = known.get(docketNumber) as Case;
          return {
            caseId: entity.id,
            inputs: caseItems.map(rssEntryInput),
            caseRef: { courtId: court.id, docketNumber: entity.docketNumber },
          };
        });
      const { events, ...entries } = await this.entries.upsertMany(manager, batches, DocketEntrySource.Rss);
      return { ...result, entries, events };
    });
  }
}
