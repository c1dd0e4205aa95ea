import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { mapConcurrent } from '@casetrail/core';
import { DocumentOcrCompletedPayload, DomainEventType, EventsService } from '@casetrail/events';
import { isDatabaseUnavailableError } from '@casetrail/database';
import { JobName, JobsService } from '@casetrail/jobs';
import { WorkerError, WorkerErrorCode } from '@casetrail/workers';
import { DataSource, EntityManager, In } from 'typeorm';
import { BlobStore } from '../blobs/blob-store';
import { DocumentCitations } from '../citations/document-citations';
import { DocumentsError, DocumentsErrorCode } from '../documents-error';
import { CaseMatchSource, DocumentStatus } from '../documents/document-status';
import { Document } from '../documents/document.entity';
import { documentEventPayload } from '../documents/document-event-payload';
import { analyseFiling } from '../extraction/analyse-filing';
import { DocumentType } from '../extraction/document-type';
import { MediaType } from '../extraction/media-type';
import { matchCase } from '../ingest/case-matcher';
import { DocumentPage } from '../pages/document-page.entity';
import { ocrTextWins } from './page-assessment';
import { markPagesNeedingOcr } from './ocr-planning';
import { DEFAULT_OCR_DPI, DEFAULT_OCR_MAX_PIXELS, OcrPool } from './ocr-pool';
import { DocumentOcrRepository } from './document-ocr.repository';
import { DocumentOcrStatus, OcrFinishFailureCode, PageOcrStatus, PageTextSource } from './ocr-status';
import { OcrPageOutcome } from './ocr-task';

export interface OcrRunOptions {
  /** Read again the pages OCR already read, failed or skipped (after a better model, say). */
  force?: boolean;
  /** Called after each page with the document's pages done and total. */
  onProgress?: (done: number, total: number) => void;
}

export type OcrRunStatus =
  /** Every page that needed OCR is read, failed or skipped. */
  | 'completed'
  /** No page needs OCR (a good text layer, or not a PDF). */
  | 'not_needed'
  /** Not extracted yet, or extraction failed: there are no pages to OCR. */
  | 'not_extracted'
  /** Another process is OCR-ing this document right now. */
  | 'busy'
  /** The pages were read, but what follows the text failed for good (`failure` says why). */
  | 'failed';

export interface OcrRunOutcome {
  documentId: string;
  status: OcrRunStatus;
  /** Pages read in this run (0 when a repeated run found nothing left to do). */
  pagesRead: number;
  /** The document's totals after the run. */
  pagesTotal: number;
  pagesDone: number;
  pagesFailed: number;
  pagesSkipped: number;
  /** Why the document's OCR failed (status `failed`); null otherwise. */
  failure: { code: string; message: string } | null;
}

const PAGE_CAP_CODE = 'page_cap';

/**
 * OCR of a document's pages without a usable text layer (the `document.ocr` job and the `ocr`
 * command). Pages are read in the OCR thread pool, each stored as soon as it is read (a crash
 * loses at most the pages in flight; the next run resumes at the first unread page). When all are
 * done, one transaction re-reads the header metadata, replaces the citations, records
 * `document.ocr_completed` (alerts match it once) and queues `document.index` (search).
 */
@Injectable()
export class DocumentOcrService implements OnApplicationShutdown {
  private readonly logger = new Logger(DocumentOcrService.name);
  private pool: OcrPool | null = null;
  private closing = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: DocumentOcrRepository,
    private readonly blobs: BlobStore,
    private readonly jobs: JobsService,
    private readonly citations: DocumentCitations,
    private readonly events: EventsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get threads(): number {
    return this.config.ocr.concurrency;
  }

  /**
   * Ids of extracted PDFs with pages waiting for OCR, never checked for it (extracted before OCR
   * existed), or whose last run stopped before finishing.
   */
  documentsMissingOcr(): Promise<string[]> {
    return this.repository.documentsMissingOcr();
  }

  async ocrDocument(documentId: string, options: OcrRunOptions = {}): Promise<OcrRunOutcome> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // One OCR run per document across processes (worker, CLI): a session lock on the document.
      if (!(await this.repository.tryLock(runner, documentId)))
        return { ...(await this.outcome(documentId, 'busy')), pagesRead: 0 };
      try {
        return await this.run(documentId, options);
      } finally {
        await this.repository.unlock(runner, documentId);
      }
    } finally {
      await runner.release();
    }
  }

  private async run(documentId: string, options: OcrRunOptions): Promise<OcrRunOutcome> {
    const document = await this.findDocument(documentId);
    if (document.status !== DocumentStatus.Extracted && document.status !== DocumentStatus.Indexed) {
      return this.outcome(documentId, 'not_extracted');
    }
    const pending = await this.plan(document, options.force === true);
    if (pending.length === 0) {
      // Every page was read, but the run stopped before finishing (its process died, the citations
      // task failed): finish now, or the text's citations and event would never follow it.
      if (document.ocrStatus === DocumentOcrStatus.Running && !(await this.finish(documentId))) {
        return this.outcome(documentId, 'failed');
      }
      // A failure is not retried by itself: `--force` reads the pages again and finishes anew.
      if (document.ocrStatus === DocumentOcrStatus.Failed) return this.outcome(documentId, 'failed');
      const current = await this.outcome(documentId, 'completed');
      return current.pagesTotal === 0 ? { ...current, status: 'not_needed' } : current;
    }
    const file = this.blobs.resolve(document.blobPath);
    const pool = this.ensurePool();
    let pagesRead = 0;
    await mapConcurrent(pending, pool.threads, async (page) => {
      const outcome = await pool.readPage(file, page.number);
      // A page cut short by shutdown is not a page failure: it stays pending for the next run.
      if (this.closing) throw new Error('OCR stopped: the process is shutting down');
      const progress = await this.storePage(documentId, page, outcome);
      if (outcome.ok) pagesRead += 1;
      options.onProgress?.(progress.done, progress.total);
    });
    const finished = await this.finish(documentId);
    return { ...(await this.outcome(documentId, finished ? 'completed' : 'failed')), pagesRead };
  }

  /**
   * Marks what this run reads, in one transaction: pages never checked are checked, `force` puts
   * read pages back to pending, and pending pages beyond the page cap are skipped with a reason.
   * Returns the pending pages in page order.
   */
  private async plan(document: Document, force: boolean): Promise<DocumentPage[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(Document)
        .findOne({ where: { id: document.id }, lock: { mode: 'pessimistic_write' } });
      if (document.ocrPagesTotal === null) await markPagesNeedingOcr(manager, document.id, document.mediaType);
      if (force) {
        await manager.update(
          DocumentPage,
          { documentId: document.id, ocrStatus: In([PageOcrStatus.Done, PageOcrStatus.Failed, PageOcrStatus.Skipped]) },
          { ocrStatus: PageOcrStatus.Pending, ocrFailureCode: null, ocrFailureMessage: null },
        );
      }
      const pages = await manager.getRepository(DocumentPage).find({
        select: { documentId: true, number: true, text: true, textSource: true, ocrStatus: true },
        where: { documentId: document.id, ocrStatus: In(Object.values(PageOcrStatus)) },
        order: { number: 'ASC' },
      });
      const finished = pages.filter((p) => p.ocrStatus === PageOcrStatus.Done || p.ocrStatus === PageOcrStatus.Failed);
      const room = Math.max(0, this.config.ocr.maxPagesPerDocument - finished.length);
      const pending = pages.filter((p) => p.ocrStatus === PageOcrStatus.Pending);
      const reading = pending.slice(0, room);
      const beyondCap = pending.slice(room).map((p) => p.number);
      if (beyondCap.length > 0) {
        await manager.update(
          DocumentPage,
          { documentId: document.id, number: In(beyondCap) },
          {
            ocrStatus: PageOcrStatus.Skipped,
            ocrFailureCode: PAGE_CAP_CODE,
            ocrFailureMessage: `OCR reads at most ${this.config.ocr.maxPagesPerDocument} pages of a document (CASETRAIL_OCR_MAX_PAGES).`,
          },
        );
      }
      const skipped = pages.filter((p) => p.ocrStatus === PageOcrStatus.Skipped).length + beyondCap.length;
      await manager.update(
        Document,
        { id: document.id },
        {
          ocrStatus: reading.length > 0 ? DocumentOcrStatus.Running : document.ocrStatus,
          ...(reading.length > 0 ? { ocrFailureCode: null, ocrFailureMessage: null } : {}),
          ocrPagesTotal: finished.length + reading.length,
          ocrPagesDone: finished.length,
          ocrPagesFailed: finished.filter((p) => p.ocrStatus === PageOcrStatus.Failed).length,
          ocrPagesSkipped: skipped,
        },
      );
      return reading;
    });
  }

  /** Stores one page's result and advances the document's progress; returns that progress. */
  private async storePage(
    documentId: string,
    page: DocumentPage,
    outcome: OcrPageOutcome,
  ): Promise<{ done: number; total: number }> {
    return this.dataSource.transaction(async (manager) => {
      if (outcome.ok) {
        const replace = page.textSource === PageTextSource.Ocr || ocrTextWins(page.text, outcome.text);
        await manager.update(
          DocumentPage,
          { documentId, number: page.number },
          {
            ...(replace ? { text: storable(outcome.text), textSource: PageTextSource.Ocr } : {}),
            ocrConfidence: outcome.confidence,
            ocrStatus: PageOcrStatus.Done,
            ocrFailureCode: null,
            ocrFailureMessage: null,
          },
        );
      } else {
        await manager.update(
          DocumentPage,
          { documentId, number: page.number },
          { ocrStatus: PageOcrStatus.Failed, ocrFailureCode: outcome.code, ocrFailureMessage: outcome.message },
        );
        this.logger.warn(`document ${documentId} page ${page.number}: OCR failed [${outcome.code}] ${outcome.message}`);
      }
      return this.repository.countPage(manager, documentId, !outcome.ok);
    });
  }

  /**
   * After the last page: the text changed, so everything derived from it follows; false when that
   * failed for good and the document's OCR was marked failed instead. A failure that may pass (the
   * database out of reach, a deadlock, the pool busy or shutting down) is thrown: the job's retry,
   * or `ocr --missing`, finishes the document later.
   */
  private async finish(documentId: string): Promise<boolean> {
    try {
      await this.finishText(documentId);
      return true;
    } catch (error) {
      if (this.closing || isTransientFinishError(error)) throw error;
      const { code, message } = finishFailure(error);
      await this.markFinishFailed(documentId, code, message);
      return false;
    }
  }

  /**
   * Header metadata that was missing, citations, the event for alerts and re-indexing, in one
   * transaction. The citations are found in the worker pool first, from pages read before the
   * transaction: this run's lock on the document keeps them as they are.
   */
  private async finishText(documentId: string): Promise<void> {
    const pages = await this.dataSource.getRepository(DocumentPage).find({
      select: { number: true, text: true, textSource: true },
      where: { documentId },
      order: { number: 'ASC' },
    });
    const found = await this.citations.find(pages);
    await this.dataSource.transaction(async (manager) => {
      const document = await manager
        .getRepository(Document)
        .findOne({ where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
      if (!document) return;
      const changes = await this.metadataFromText(manager, document, pages);
      await manager.update(
        Document,
        { id: documentId },
        {
          ...changes,
          ocrStatus: DocumentOcrStatus.Completed,
          ocrCompletedAt: new Date(),
          ocrFailureCode: null,
          ocrFailureMessage: null,
        },
      );
      const updated = { ...document, ...changes };
      const citations = await this.citations.replace(manager, updated, found);
      const ocrPages = pages.filter((p) => p.textSource === PageTextSource.Ocr).map((p) => p.number);
      if (ocrPages.length > 0) await this.recordOcrCompleted(manager, updated, ocrPages, citations.keys);
      await this.jobs.send(JobName.DocumentIndex, { documentId }, { manager });
    });
  }

  /**
   * The pages keep the text OCR read, and it is indexed for search; the citations, metadata and
   * event that would have followed it are not written, and the reason is stored on the document.
   */
  private async markFinishFailed(documentId: string, code: OcrFinishFailureCode, message: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const document = await manager
        .getRepository(Document)
        .findOne({ where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
      if (!document) return;
      await manager.update(
        Document,
        { id: documentId },
        { ocrStatus: DocumentOcrStatus.Failed, ocrFailureCode: code, ocrFailureMessage: message.slice(0, 2000) },
      );
      await this.jobs.send(JobName.DocumentIndex, { documentId }, { manager });
    });
    this.logger.warn(`document ${documentId}: OCR failed after its pages were read [${code}] ${message}`);
  }

  /** What the header stamp, caption and headings of the new text say, where the document knew nothing yet. */
  private async metadataFromText(
    manager: EntityManager,
    document: Document,
    pages: DocumentPage[],
  ): Promise<Partial<Document>> {
    const analysis = analyseFiling(
      { mediaType: MediaType.Pdf, pages, pageCount: pages.length, textLayer: true },
      { title: document.title },
    );
    const docketNumber = document.docketNumber ?? analysis.docketNumber;
    const match = document.caseId ? null : await matchCase(manager, docketNumber, analysis.courtHint);
    const untyped = document.documentType === null || document.documentType === DocumentType.Other;
    return {
      docketNumber,
      ecfNumber: document.ecfNumber ?? analysis.ecfNumber,
      attachmentNumber: document.attachmentNumber ?? analysis.attachmentNumber,
      entryNumber: document.entryNumber ?? document.ecfNumber ?? analysis.ecfNumber,
      filedOn: document.filedOn ?? analysis.filedOn,
      title: document.title ?? analysis.title,
      documentType: !document.documentTypeOverridden && untyped ? analysis.documentType : document.documentType,
      ...(match?.caseId ? { caseId: match.caseId, caseMatchedBy: CaseMatchSource.Header } : {}),
      courtId: document.courtId ?? match?.courtId ?? null,
    };
  }

  private async recordOcrCompleted(
    manager: EntityManager,
    document: Document,
    ocrPages: number[],
    citationKeys: string[],
  ): Promise<void> {
    const earlier = await this.repository.earlierEventIds(manager, document.id);
    const payload: DocumentOcrCompletedPayload = {
      ...documentEventPayload(document, citationKeys),
      ocrPages,
      supersedes: earlier,
    };
    await this.events.record(manager, [
      {
        type: DomainEventType.DocumentOcrCompleted,
        caseId: document.caseId,
        subjectId: document.id,
        payload: { ...payload },
      },
    ]);
  }

  private async outcome(documentId: string, status: OcrRunStatus): Promise<OcrRunOutcome> {
    const document = await this.findDocument(documentId);
    return {
      documentId,
      status,
      pagesRead: 0,
      pagesTotal: document.ocrPagesTotal ?? 0,
      pagesDone: document.ocrPagesDone,
      pagesFailed: document.ocrPagesFailed,
      pagesSkipped: document.ocrPagesSkipped,
      failure:
        document.ocrStatus === DocumentOcrStatus.Failed && document.ocrFailureCode
          ? { code: document.ocrFailureCode, message: document.ocrFailureMessage ?? '' }
          : null,
    };
  }

  private async findDocument(documentId: string): Promise<Document> {
    const document = /^[0-9a-f-]{36}$/i.test(documentId)
      ? await this.dataSource.getRepository(Document).findOne({ where: { id: documentId } })
      : null;
    if (!document) {
      throw new DocumentsError(DocumentsErrorCode.DocumentNotFound, `No document ${documentId}.`, { documentId });
    }
    return document;
  }

  private ensurePool(): OcrPool {
    this.pool ??= new OcrPool({
      threads: this.config.ocr.concurrency,
      pageTimeoutMs: this.config.ocr.pageTimeoutSeconds * 1000,
      dpi: DEFAULT_OCR_DPI,
      maxPixels: DEFAULT_OCR_MAX_PIXELS,
      threadMemoryMb: 1024,
    });
    return this.pool;
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }
}

/** PostgreSQL text cannot hold NUL characters. */
function storable(text: string): string {
  return text.split(String.fromCharCode(0)).join('');
}

// Deadlocks and serialization failures (40), insufficient resources (53), lock timeouts and
// cancelled statements (55P03, 57014), system errors (58): the same statements may pass next time.
const TRANSIENT_SQLSTATES = /^(40|53|55P03|57014|58)/;

/** A failure of the step after OCR that may pass: the job is retried rather than the document failed. */
export function isTransientFinishError(error: unknown): boolean {
  if (isDatabaseUnavailableError(error)) return true;
  if (error instanceof WorkerError) {
    return error.code === WorkerErrorCode.PoolBusy || error.code === WorkerErrorCode.PoolClosed;
  }
  const sqlState = sqlStateOf(error);
  return sqlState !== null && TRANSIENT_SQLSTATES.test(sqlState);
}

/** The code and message a failure of the step after OCR is stored with. */
function finishFailure(error: unknown): { code: OcrFinishFailureCode; message: string } {
  if (error instanceof WorkerError && error.code === WorkerErrorCode.TimedOut) {
    return { code: OcrFinishFailureCode.TimedOut, message: error.message };
  }
  if (error instanceof WorkerError && error.code === WorkerErrorCode.OutOfMemory) {
    return { code: OcrFinishFailureCode.OutOfMemory, message: error.message };
  }
  const text = error instanceof Error ? error.message : String(error);
  const sqlState = sqlStateOf(error);
  return { code: OcrFinishFailureCode.CitationsFailed, message: sqlState ? `${text} (SQLSTATE ${sqlState})` : text };
}

/** PostgreSQL's SQLSTATE of a pg or TypeORM error, if it is one. */
function sqlStateOf(error: unknown): string | null {
  const { code, driverError } = (error ?? {}) as { code?: unknown; driverError?: { code?: unknown } };
  const found = driverError?.code ?? code;
  return typeof found === 'string' && /^[0-9A-Z]{5}$/.test(found) ? found : null;
}
