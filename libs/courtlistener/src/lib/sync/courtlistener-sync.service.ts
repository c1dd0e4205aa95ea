import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Case,
  CaseRecordsService,
  DocketEntriesService,
  DocketEntryInput,
  DocketEntrySource,
  JudgeRole,
  PartiesService,
} from '@casetrail/cases';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { isDomainError } from '@casetrail/core';
import { DocumentIngestService } from '@casetrail/documents';
import { JobName, JobsService } from '@casetrail/jobs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { CourtListenerClient } from '../api/courtlistener-client';
import type { V4Attorney, V4Docket, V4DocketEntry, V4Page, V4Party } from '../api/v4-types';
import { CourtListenerError, CourtListenerErrorCode } from '../courtlistener-error';
import { CaseSource, SyncStatus } from '../sources/case-source.entity';
import { RecapDocumentState, RecapDocumentStatus } from '../sources/recap-document-state.entity';
import { caseFromDocket, entryInput, partyLinks } from './v4-mapping';

export interface SyncResult {
  sourceId: string;
  caseId: string;
  /** The docket answered 304 Not Modified: metadata, parties and attorneys were not fetched again. */
  docketNotModified: boolean;
  pages: number;
  entries: { created: number; updated: number; unchanged: number; skipped: number };
  /** Domain events recorded for entries (`docket_entry.created` / `.updated`). */
  events: number;
  documents: { ingested: number; duplicates: number; failed: number };
  backfilled: boolean;
}

interface DocketState {
  docket: V4Docket;
  parties: V4Party[];
  attorneys: V4Attorney[];
}

/**
 * Syncs one followed CourtListener docket: metadata, parties and attorneys, entries by cursor
 * pages (every page its own transaction with the sync state, so a sync that dies resumes at the
 * next page), then the RECAP PDFs recorded with those pages, through the documents pipeline.
 * Nothing is written before the docket and the first entries page have been read and checked.
 */
@Injectable()
export class CourtListenerSyncService {
  private readonly logger = new Logger(CourtListenerSyncService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly client: CourtListenerClient,
    private readonly records: CaseRecordsService,
    private readonly parties: PartiesService,
    private readonly entries: DocketEntriesService,
    private readonly ingest: DocumentIngestService,
    private readonly jobs: JobsService,
  ) {}

  async sync(sourceId: string): Promise<SyncResult> {
    const repo = this.dataSource.getRepository(CaseSource);
    const source = await repo.findOneBy({ id: sourceId });
    if (!source) {
      throw new CourtListenerError(CourtListenerErrorCode.SourceNotFound, `No followed docket ${sourceId}.`, {
        sourceId,
      });
    }
    try {
      const result = await this.run(source);
      await repo.update(
        { id: source.id },
        {
          lastStatus: SyncStatus.Ok,
          lastError: null,
          lastResult: { ...result },
          lastSyncedAt: new Date(),
          nextSyncAt: this.nextSyncAt(),
        },
      );
      return result;
    } catch (error) {
      const reason = isDomainError(error)
        ? `${error.code}: ${error.message}`
        : error instanceof Error
          ? error.message
          : String(error);
      await repo.update(
        { id: source.id },
        { lastStatus: SyncStatus.Failed, lastError: reason, lastSyncedAt: new Date(), nextSyncAt: this.nextSyncAt() },
      );
      throw error;
    }
  }

  private nextSyncAt(): Date {
    return new Date(Date.now() + this.config.courtListener.syncIntervalSeconds * 1000);
  }

  private async run(source: CaseSource): Promise<SyncResult> {
    const result: SyncResult = {
      sourceId: source.id,
      caseId: source.caseId,
      docketNotModified: false,
      pages: 0,
      entries: { created: 0, updated: 0, unchanged: 0, skipped: 0 },
      events: 0,
      documents: { ingested: 0, duplicates: 0, failed: 0 },
      backfilled: source.backfilledAt !== null,
    };
    // Documents recorded by a sync that died before ingesting them come first.
    await this.ingestPending(source, result);

    const answer = await this.client.docket(source.externalId, {
      etag: source.etag,
      lastModified: source.lastModified,
    });
    let state: DocketState | null = null;
    if (answer.docket) {
      state = {
        docket: answer.docket,
        parties: await this.client.parties(source.externalId),
        attorneys: await this.client.attorneys(source.externalId),
      };
    } else {
      result.docketNotModified = true;
    }

    let url: string | null = source.cursor ?? this.client.entriesUrl(source.externalId, source.modifiedSince);
    let page: V4Page<V4DocketEntry> = await this.client.entriesPage(url);
    let first = true;
    for (;;) {
      const metadata = first ? state : null;
      // Validators only from a 200: a 304 without them must not erase the ones that made it a 304.
      const validators = first && answer.docket ? answer : null;
      await this.dataSource.transaction(async (manager) => {
        await this.holdSource(manager, source.id);
        const caseRow = await manager.getRepository(Case).findOneByOrFail({ id: source.caseId });
        if (metadata) await this.writeDocket(manager, caseRow, metadata, source.externalId);
        const inputs: DocketEntryInput[] = [];
        for (const entry of page.results) {
          const input = entryInput(entry);
          if (input) inputs.push(input);
          else result.entries.skipped += 1;
        }
        const counts = await this.entries.upsert(manager, caseRow.id, inputs, {
          source: DocketEntrySource.CourtListener,
          caseRef: { courtId: caseRow.courtId, docketNumber: caseRow.docketNumber },
        });
        result.entries.created += counts.created;
        result.entries.updated += counts.updated;
        result.entries.unchanged += counts.unchanged;
        result.events += counts.events;
        await this.recordDocuments(manager, source, page.results);
        const newest = page.results.reduce<string | null>(
          (max, e) => (max === null || e.date_modified > max ? e.date_modified : max),
          source.modifiedSince,
        );
        const progress: Pick<
          Partial<CaseSource>,
          'cursor' | 'modifiedSince' | 'etag' | 'lastModified' | 'backfilledAt'
        > = { cursor: page.next, modifiedSince: newest };
        if (validators) Object.assign(progress, { etag: validators.etag, lastModified: validators.lastModified });
        if (!page.next && !source.backfilledAt) progress.backfilledAt = new Date();
        await manager.getRepository(CaseSource).update({ id: source.id }, progress);
        Object.assign(source, progress);
      });
      result.pages += 1;
      first = false;
      await this.ingestPending(source, result);
      if (!page.next) break;
      url = page.next;
      page = await this.client.entriesPage(url);
    }
    result.backfilled = source.backfilledAt !== null;
    return result;
  }

  /**
   * Locks the source row for the page's transaction (an unfollow waits for the page to commit) and
   * stops the sync when the docket was unfollowed since it started: nothing more is written.
   */
  private async holdSource(manager: EntityManager, sourceId: string): Promise<void> {
    const rows = (await manager.query('SELECT id FROM case_sources WHERE id = $1 FOR KEY SHARE', [
      sourceId,
    ])) as unknown[];
    if (rows.length === 0) {
      throw new CourtListenerError(CourtListenerErrorCode.SourceNotFound, `Docket ${sourceId} was unfollowed.`, {
        sourceId,
      });
    }
  }

  /** The docket's court, case fields, parties and attorneys, through libs/cases' writers. */
  private async writeDocket(
    manager: EntityManager,
    caseRow: Case,
    state: DocketState,
    docketId: string,
  ): Promise<void> {
    const { key, fields } = caseFromDocket(state.docket);
    let changed = false;
    const sameCase = caseRow.courtId === key.courtId && caseRow.docketNumber !== null && key.docketNumber !== '';
    if (sameCase) {
      // Matched by court and docket number: the row the follow linked, brought up to date (curated fields kept).
      const { entity, outcome } = await this.records.upsertCase(
        manager,
        { ...key, docketNumber: caseRow.docketNumber as string },
        fields,
      );
      changed = outcome !== 'unchanged' || entity.id !== caseRow.id;
    }
    const links = partyLinks(state.parties, state.attorneys, docketId);
    const parties = await this.parties.linkParties(manager, caseRow.id, links);
    const judges = await this.parties.linkJudges(
      manager,
      caseRow.id,
      [
        { name: state.docket.assigned_to_str.trim(), role: JudgeRole.Assigned },
        { name: state.docket.referred_to_str.trim(), role: JudgeRole.Referred },
      ].filter((j) => j.name),
    );
    if (changed || parties.created + parties.updated + judges.created > 0) {
      await this.jobs.send(JobName.SearchIndexCase, { caseId: caseRow.id }, { manager });
    }
  }

  /** The page's available RECAP PDFs, recorded with the page so that none is lost if the sync dies before ingesting. */
  private async recordDocuments(manager: EntityManager, source: CaseSource, entries: V4DocketEntry[]): Promise<void> {
    const rows = entries.flatMap((entry) =>
      entry.recap_documents
        .filter((d) => d.is_available && d.filepath_local)
        .map((d) => ({
          recapDocumentId: String(d.id),
          sourceId: source.id,
          caseId: source.caseId,
          entryNumber: entry.entry_number,
          attachmentNumber: d.attachment_number,
          dateFiled: entry.date_filed,
          description: d.description || entry.description.slice(0, 500),
          filepathLocal: d.filepath_local as string,
          sha1: d.sha1,
          absoluteUrl: d.absolute_url || null,
          status: RecapDocumentStatus.Pending,
        })),
    );
    if (rows.length === 0) return;
    await manager.createQueryBuilder().insert().into(RecapDocumentState).values(rows).orIgnore().execute();
  }

  private async ingestPending(source: CaseSource, result: SyncResult): Promise<void> {
    const repo = this.dataSource.getRepository(RecapDocumentState);
    const pending = await repo.find({
      where: { sourceId: source.id, status: RecapDocumentStatus.Pending },
      order: { recapDocumentId: 'ASC' },
    });
    for (const doc of pending) {
      const bytes = await this.client.download(doc.filepathLocal);
      if (!bytes) {
        await repo.update(
          { recapDocumentId: doc.recapDocumentId },
          { status: RecapDocumentStatus.Failed, error: `not in CourtListener's storage: ${doc.filepathLocal}` },
        );
        result.documents.failed += 1;
        continue;
      }
      const sha1 = createHash('sha1').update(bytes).digest('hex');
      if (doc.sha1 && doc.sha1 !== sha1) {
        await repo.update(
          { recapDocumentId: doc.recapDocumentId },
          { status: RecapDocumentStatus.Failed, error: `sha1 mismatch: CourtListener states ${doc.sha1}, got ${sha1}` },
        );
        result.documents.failed += 1;
        continue;
      }
      try {
        const ingested = await this.ingest.ingest({
          bytes,
          fileName: path.posix.basename(doc.filepathLocal),
          declaredMediaType: 'application/pdf',
          case: doc.caseId,
          entryNumber: doc.entryNumber ?? undefined,
          filedOn: doc.dateFiled ?? undefined,
          title: doc.attachmentNumber ? `Attachment ${doc.attachmentNumber}: ${doc.description}` : doc.description,
          sourceUrl: doc.absoluteUrl ? `${this.config.courtListener.baseUrl}${doc.absoluteUrl}` : undefined,
        });
        await repo.update(
          { recapDocumentId: doc.recapDocumentId },
          { status: RecapDocumentStatus.Ingested, documentId: ingested.documentId, error: null },
        );
        if (ingested.created) result.documents.ingested += 1;
        else result.documents.duplicates += 1;
      } catch (error) {
        // A file the pipeline refuses (not a PDF, too large, encrypted) is recorded, not retried forever.
        if (!isDomainError(error)) throw error;
        await repo.update(
          { recapDocumentId: doc.recapDocumentId },
          { status: RecapDocumentStatus.Failed, error: `${error.code}: ${error.message}` },
        );
        result.documents.failed += 1;
        this.logger.warn(`RECAP document ${doc.recapDocumentId} refused: ${error.code}`);
      }
    }
  }
}
