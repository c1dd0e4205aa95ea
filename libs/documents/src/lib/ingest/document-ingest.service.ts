import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CasesError, CasesErrorCode, CasesService } from '@casetrail/cases';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { sha256Hex } from '@casetrail/core';
import { JobName, JobsService } from '@casetrail/jobs';
import { WorkerPool } from '@casetrail/workers';
import { DataSource } from 'typeorm';
import { BlobStore } from '../blobs/blob-store';
import { DocumentsError, DocumentsErrorCode } from '../documents-error';
import { CaseMatchSource, DocumentStatus } from '../documents/document-status';
import { Document } from '../documents/document.entity';
import { DocumentType } from '../extraction/document-type';
import { EXTRACT_DOCUMENT_TASK, INSPECT_DOCUMENT_TASK } from '../extraction/documents-tasks';
import { isExtractionError } from '../extraction/extraction-error';
import { ExtractionResult } from '../extraction/extraction-result';
import { MediaType, OCTET_STREAM } from '../extraction/media-type';

/** An upload already streamed to disk (apps/api), with its size and digest computed on the way. */
export interface StagedFile {
  path: string;
  byteSize: number;
  sha256: string;
}

/** The file's bytes in memory (CLI, tests) or a staged file, which the blob store then takes over. */
export type IngestInput = IngestFields & ({ bytes: Buffer; file?: never } | { file: StagedFile; bytes?: never });

export interface IngestFields {
  fileName: string;
  /** The declared media type (the upload part's Content-Type); the bytes decide in the end. */
  declaredMediaType?: string;
  /** Case id or slug. */
  case?: string;
  documentType?: DocumentType;
  entryNumber?: number;
  filedOn?: string;
  title?: string;
  sourceUrl?: string;
}

export interface IngestOptions {
  /**
   * `worker` (the API): the `document.extract` job does the extraction. `caller` (the CLI): the
   * caller extracts right away with DocumentExtractionService; the job is still written, delayed,
   * as a safety net should the caller die first (it finds the document extracted and does nothing).
   */
  extractionBy?: 'worker' | 'caller';
}

export interface IngestResult {
  documentId: string;
  /** False when a document with the same bytes existed: nothing was written. */
  created: boolean;
  status: DocumentStatus;
  /**
   * With `extractionBy: 'caller'`, the text already read while checking the file, to hand to
   * DocumentExtractionService.extract so that the file is not parsed twice.
   */
  extraction?: ExtractionResult;
}

/**
 * Files a caller that extracts right away (the CLI) keeps in flight. PDF parsing runs in the
 * worker pool; with several files in flight it goes on while PostgreSQL writes
 * the others' pages instead of waiting. On the ingest benchmark (2 cores) one file in flight gave
 * 0.46 of raw pdf-parse's page rate, two 0.53-0.56, four 0.61-0.63; each file in flight holds its
 * bytes and parsed text in memory.
 */
export const CALLER_INGEST_CONCURRENCY = 4;

/** How long the safety-net job of a caller-extracted document waits before a worker may run it. */
export const CALLER_EXTRACTION_GRACE_SECONDS = 15 * 60;

/**
 * Accepts a file (in memory or staged on disk): the checks, in the worker pool (size, the case, empty, type sniffing, for PDFs that PDF.js
 * opens it without a password and reads page 1), then the blob, then the `received` row and its `document.extract`
 * job in one transaction. Idempotent by SHA-256, also under concurrency: the unique index decides
 * (INSERT ... ON CONFLICT DO NOTHING) and the loser returns the winner's document.
 */
@Injectable()
export class DocumentIngestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly blobs: BlobStore,
    private readonly cases: CasesService,
    private readonly jobs: JobsService,
    private readonly workers: WorkerPool,
  ) {}

  /** Throws file_too_large for a size over the configured maximum; callers check before reading a file. */
  assertSize(byteSize: number, fileName: string): void {
    const limit = this.config.upload.maxBytes;
    if (byteSize > limit) {
      throw new DocumentsError(
        DocumentsErrorCode.FileTooLarge,
        `${fileName} is ${byteSize} bytes; the limit is ${limit}.`,
        {
          fileName,
          byteSize,
          limitBytes: limit,
        },
      );
    }
  }

  async ingest(input: IngestInput, options: IngestOptions = {}): Promise<IngestResult> {
    const byteSize = input.file ? input.file.byteSize : input.bytes.length;
    this.assertSize(byteSize, input.fileName);
    const caseId = input.case ? await this.resolveCase(input.case) : null;
    const sha256 = input.file ? input.file.sha256 : sha256Hex(input.bytes);
    // Known bytes passed these checks when they first came: answer at once.
    const existing = byteSize > 0 ? await this.findBySha(sha256) : null;
    if (existing) {
      // Sent again while still unread (its job lost, or left to a process that died): queue it again.
      if (existing.status === DocumentStatus.Received && options.extractionBy !== 'caller') {
        await this.jobs.requeue(JobName.DocumentExtract, { documentId: existing.id }, 'documentId');
      }
      return { documentId: existing.id, created: false, status: existing.status };
    }
    const { mediaType, extraction } = await this.check(input, options);

    const blobPath = input.file
      ? await this.blobs.putFile(sha256, input.file.path)
      : await this.blobs.put(sha256, input.bytes);
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Document)
        .values({
          sha256,
          mediaType,
          originalFileName: input.fileName,
          byteSize,
          blobPath,
          caseId,
          caseMatchedBy: caseId ? CaseMatchSource.Upload : null,
          documentType: input.documentType ?? null,
          documentTypeOverridden: input.documentType !== undefined,
          entryNumber: input.entryNumber ?? null,
          filedOn: input.filedOn ?? null,
          title: input.title ?? null,
          sourceUrl: input.sourceUrl ?? null,
          status: DocumentStatus.Received,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id) {
        // Another upload of the same bytes committed first; its row is visible now.
        const winner = await manager.getRepository(Document).findOneOrFail({ where: { sha256 } });
        return { documentId: winner.id, created: false, status: winner.status };
      }
      await this.jobs.send(
        JobName.DocumentExtract,
        { documentId: id },
        {
          manager,
          ...(options.extractionBy === 'caller' ? { startAfterSeconds: CALLER_EXTRACTION_GRACE_SECONDS } : {}),
        },
      );
      return { documentId: id, created: true, status: DocumentStatus.Received, ...(extraction ? { extraction } : {}) };
    });
  }

  /**
   * The checks that refuse a file before anything is written. A caller that extracts right away
   * gets the full extraction instead of the quick look, which would read the PDF a second time;
   * when that extraction fails, the quick look decides, as for everyone else, whether the file is
   * refused (unreadable) or accepted to be marked failed by its extraction.
   */
  private async check(
    input: IngestInput,
    options: IngestOptions,
  ): Promise<{ mediaType: MediaType; extraction?: ExtractionResult }> {
    const task = {
      source: input.file ? { path: input.file.path } : { bytes: input.bytes },
      mediaType: input.declaredMediaType ?? OCTET_STREAM,
      fileName: input.fileName,
      pdfLimits: this.config.pdf,
    };
    if (options.extractionBy === 'caller') {
      try {
        const extraction = await this.workers.run(EXTRACT_DOCUMENT_TASK, task);
        return { mediaType: extraction.mediaType, extraction };
      } catch (error) {
        if (!isExtractionError(error)) throw error;
      }
    }
    return { mediaType: (await this.workers.run(INSPECT_DOCUMENT_TASK, task)).mediaType };
  }

  private async findBySha(sha256: string): Promise<Pick<Document, 'id' | 'status'> | null> {
    return this.dataSource.getRepository(Document).findOne({ where: { sha256 }, select: { id: true, status: true } });
  }

  private async resolveCase(idOrSlug: string): Promise<string> {
    try {
      return (await this.cases.findEntity(idOrSlug)).id;
    } catch (error) {
      if (error instanceof CasesError && error.code === CasesErrorCode.CaseNotFound) {
        throw new CasesError(CasesErrorCode.UnknownCase, `No tracked case "${idOrSlug}".`, { case: idOrSlug });
      }
      throw error;
    }
  }
}
