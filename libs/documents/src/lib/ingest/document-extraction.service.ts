import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Case } from '@casetrail/cases';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { DomainEventType, EventsService } from '@casetrail/events';
import { JobName, JobsService } from '@casetrail/jobs';
import { WorkerError, WorkerErrorCode, WorkerPool } from '@casetrail/workers';
import { DataSource, EntityManager } from 'typeorm';
import { BlobStore } from '../blobs/blob-store';
import { DocumentCitations, FoundCitations } from '../citations/document-citations';
import { DocumentsError, DocumentsErrorCode } from '../documents-error';
import { CaseMatchSource, DocumentFailureCode, DocumentStatus } from '../documents/document-status';
import { Document } from '../documents/document.entity';
import { documentEventPayload } from '../documents/document-event-payload';
import { analyseFiling } from '../extraction/analyse-filing';
import { EXTRACT_DOCUMENT_TASK } from '../extraction/documents-tasks';
import { isExtractionError } from '../extraction/extraction-error';
import { ExtractedPage, ExtractionResult } from '../extraction/extraction-result';
import { DocumentPage } from '../pages/document-page.entity';
import { matchCase } from './case-matcher';

export interface ExtractionOutcome {
  documentId: string;
  status: DocumentStatus;
  /** True when the document was not `received` (already extracted, indexed or failed): nothing changed. */
  skipped: boolean;
  failureCode?: string;
}

const PAGE_INSERT_BATCH = 200;

interface WrittenExtraction {
  document: Document;
  citationKeys: string[];
}

/**
 * Turns a `received` document into an `extracted` one (pages, header metadata, case, type,
 * citations) or a `failed` one (reason code, no pages), each in one transaction that also enqueues
 * what follows.
 * The same code runs in the `document.extract` job and in the CLI, which extracts in-process.
 */
@Injectable()
export class DocumentExtractionService {
  private readonly logger = new Logger(DocumentExtractionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly blobs: BlobStore,
    private readonly jobs: JobsService,
    private readonly citations: DocumentCitations,
    private readonly events: EventsService,
    private readonly workers: WorkerPool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `prepared`: the extraction DocumentIngestService already made for a caller that extracts itself. */
  async extract(documentId: string, prepared?: ExtractionResult): Promise<ExtractionOutcome> {
    const document = await this.dataSource.getRepository(Document).findOne({ where: { id: documentId } });
    if (!document)
      throw new DocumentsError(DocumentsErrorCode.DocumentNotFound, `No document ${documentId}.`, { documentId });
    if (document.status !== DocumentStatus.Received) return { documentId, status: document.status, skipped: true };

    const result = prepared ?? (await this.readStored(document));
    if ('failed' in result) return result.failed;
    const citations = await this.findCitations(document.id, result);
    if ('failed' in citations) return citations.failed;
    return this.dataSource.transaction(async (manager) => {
      const locked = await lockReceived(manager, documentId);
      if (!locked) return this.currentOutcome(manager, documentId);
      const written = await this.writeExtraction(manager, locked, result, citations.found);
      await this.jobs.send(JobName.DocumentIndex, { documentId }, { manager });
      await this.recordCreated(manager, written);
      return { documentId, status: DocumentStatus.Extracted, skipped: false };
    });
  }

  private async readStored(document: Document): Promise<ExtractionResult | { failed: ExtractionOutcome }> {
    if (!(await this.blobs.exists(document.blobPath))) {
      return {
        failed: await this.markFailed(
          document.id,
          DocumentFailureCode.BlobMissing,
          `The stored file ${document.blobPath} is missing.`,
        ),
      };
    }
    try {
      // The worker thread reads the blob itself; the bytes never pass through this thread.
      return await this.workers.run(EXTRACT_DOCUMENT_TASK, {
        source: { path: this.blobs.resolve(document.blobPath) },
        mediaType: document.mediaType,
        fileName: document.originalFileName,
        pdfLimits: this.config.pdf,
      });
    } catch (error) {
      if (isExtractionError(error) || isTooCostly(error)) {
        return { failed: await this.markFailed(document.id, error.code, error.message) };
      }
      throw error;
    }
  }

  /** The citations of the text as it will be stored, found in the worker pool. */
  private async findCitations(
    documentId: string,
    result: ExtractionResult,
  ): Promise<{ found: FoundCitations } | { failed: ExtractionOutcome }> {
    try {
      return {
        found: await this.citations.find(
          result.pages.map((page) => ({ number: page.number, text: storableText(page) })),
        ),
      };
    } catch (error) {
      if (isTooCostly(error)) return { failed: await this.markFailed(documentId, error.code, error.message) };
      throw error;
    }
  }

  /** Tells alerts and feeds about the new filing, in the transaction that stores its pages. */
  private async recordCreated(manager: EntityManager, written: WrittenExtraction): Promise<void> {
    const { document, citationKeys } = written;
    const payload = documentEventPayload(document, citationKeys);
    await this.events.record(manager, [
      {
        type: DomainEventType.DocumentCreated,
        caseId: document.caseId,
        subjectId: document.id,
        payload: { ...payload },
      },
    ]);
  }

  /** Marks a `received` document failed with a reason; it keeps no pages. */
  async markFailed(documentId: string, code: string, message: string): Promise<ExtractionOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await lockReceived(manager, documentId);
      if (!locked) return this.currentOutcome(manager, documentId);
      await manager.delete(DocumentPage, { documentId });
      await manager.update(
        Document,
        { id: documentId },
        {
          status: DocumentStatus.Failed,
          failureCode: code,
          failureMessage: message.slice(0, 2000),
          extractedAt: new Date(),
        },
      );
      this.logger.warn(`document ${documentId} failed: [${code}] ${message}`);
      return { documentId, status: DocumentStatus.Failed, skipped: false, failureCode: code };
    });
  }

  /** For the job handler: after its retries ran out, a crash becomes a `failed` status. */
  markCrashed(documentId: string, error: unknown): Promise<ExtractionOutcome> {
    const reason = error instanceof Error ? error.message : String(error);
    return this.markFailed(documentId, DocumentFailureCode.ExtractionCrashed, `Extraction kept failing: ${reason}`);
  }

  /** Stores pages, citations and metadata; returns the document as written, with its citation keys. */
  private async writeExtraction(
    manager: EntityManager,
    document: Document,
    result: ExtractionResult,
    found: FoundCitations,
  ): Promise<WrittenExtraction> {
    const analysis = analyseFiling(result, { title: document.title });
    const match = document.caseId ? null : await matchCase(manager, analysis.docketNumber, analysis.courtHint);
    await manager.delete(DocumentPage, { documentId: document.id });
    const rows = result.pages.map((page) => ({
      documentId: document.id,
      number: page.number,
      text: storableText(page),
    }));
    for (let i = 0; i < rows.length; i += PAGE_INSERT_BATCH) {
      await manager.insert(DocumentPage, rows.slice(i, i + PAGE_INSERT_BATCH));
    }
    const caseCourt = document.caseId
      ? (
          await manager
            .getRepository(Case)
            .findOne({ where: { id: document.caseId }, select: { id: true, courtId: true } })
        )?.courtId
      : undefined;
    const courtId = caseCourt ?? match?.courtId ?? null;
    const changes = {
      status: DocumentStatus.Extracted,
      failureCode: null,
      failureMessage: null,
      mediaType: result.mediaType,
      pageCount: result.pageCount,
      textLayer: result.textLayer,
      textLayerIssue: result.textLayerIssue ?? null,
      unreadablePages: result.unreadablePages ?? [],
      docketNumber: analysis.docketNumber,
      ecfNumber: analysis.ecfNumber,
      attachmentNumber: analysis.attachmentNumber,
      entryNumber: document.entryNumber ?? analysis.ecfNumber,
      filedOn: document.filedOn ?? analysis.filedOn,
      title: document.title ?? analysis.title,
      documentType: document.documentTypeOverridden ? document.documentType : analysis.documentType,
      ...(match?.caseId ? { caseId: match.caseId, caseMatchedBy: CaseMatchSource.Header } : {}),
      courtId,
      extractedAt: new Date(),
    } satisfies Partial<Document>;
    const written = { ...document, ...changes };
    const citations = await this.citations.replace(manager, written, found);
    await manager.update(Document, { id: document.id }, changes);
    return { document: written, citationKeys: citations.keys };
  }

  private async currentOutcome(manager: EntityManager, documentId: string): Promise<ExtractionOutcome> {
    const current = await manager
      .getRepository(Document)
      .findOne({ where: { id: documentId }, select: { id: true, status: true } });
    if (!current)
      throw new DocumentsError(DocumentsErrorCode.DocumentNotFound, `No document ${documentId}.`, { documentId });
    return { documentId, status: current.status, skipped: true };
  }
}

/** The document row, locked for this transaction, if it is still `received`. */
async function lockReceived(manager: EntityManager, documentId: string): Promise<Document | null> {
  const document = await manager
    .getRepository(Document)
    .findOne({ where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
  return document && document.status === DocumentStatus.Received ? document : null;
}

/** A file that took longer or more memory than a worker thread may use: a reason to fail, not to retry. */
function isTooCostly(error: unknown): error is WorkerError {
  return (
    error instanceof WorkerError &&
    (error.code === WorkerErrorCode.TimedOut || error.code === WorkerErrorCode.OutOfMemory)
  );
}

/** PostgreSQL text cannot hold NUL characters, which broken PDF fonts sometimes produce. */
function storableText(page: ExtractedPage): string {
  return page.text.split(String.fromCharCode(0)).join('');
}
