import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { rows, SqlRunner } from '@casetrail/core';
import { DomainEventType } from '@casetrail/events';
import { DataSource } from 'typeorm';
import { DocumentStatus } from '../documents/document-status';
import { MediaType } from '../extraction/media-type';
import { DocumentOcrStatus, PageOcrStatus } from './ocr-status';

export interface OcrProgress {
  done: number;
  total: number;
}

/** The OCR run's statements: what needs OCR, the per-document session lock, page counters, earlier events. */
@Injectable()
export class DocumentOcrRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Extracted PDFs never checked for OCR, with a run that stopped, or with pages still pending. */
  async documentsMissingOcr(): Promise<string[]> {
    const found = await rows<{ id: string }>(
      this.dataSource,
      `SELECT d.id FROM documents d
       WHERE d.status = ANY($1::text[]) AND d.media_type = $2
         AND (d.ocr_pages_total IS NULL OR d.ocr_status = $3
              OR EXISTS (SELECT 1 FROM pages p WHERE p.document_id = d.id AND p.ocr_status = $4))
       ORDER BY d.created_at, d.id`,
      [
        [DocumentStatus.Extracted, DocumentStatus.Indexed],
        MediaType.Pdf,
        DocumentOcrStatus.Running,
        PageOcrStatus.Pending,
      ],
    );
    return found.map((r) => r.id);
  }

  /** A session lock on the document, on the runner's connection: false when another session holds it. */
  async tryLock(runner: SqlRunner, documentId: string): Promise<boolean> {
    const [{ locked }] = await rows<{ locked: boolean }>(
      runner,
      `SELECT pg_try_advisory_lock(hashtext('document.ocr:' || $1)) AS locked`,
      [documentId],
    );
    return locked;
  }

  async unlock(runner: SqlRunner, documentId: string): Promise<void> {
    await runner.query(`SELECT pg_advisory_unlock(hashtext('document.ocr:' || $1))`, [documentId]);
  }

  /** Counts one more page read (and failed, when it failed); the document's pages done and total after it. */
  async countPage(manager: SqlRunner, documentId: string, failed: boolean): Promise<OcrProgress> {
    const [progress] = await rows<OcrProgress>(
      manager,
      `UPDATE documents SET ocr_pages_done = ocr_pages_done + 1, ocr_pages_failed = ocr_pages_failed + $2
       WHERE id = $1 RETURNING ocr_pages_done AS done, ocr_pages_total AS total`,
      [documentId, failed ? 1 : 0],
    );
    return progress;
  }

  /** Ids of the document's created and OCR-completed events, oldest first. */
  async earlierEventIds(manager: SqlRunner, documentId: string): Promise<string[]> {
    const found = await rows<{ id: string }>(
      manager,
      `SELECT id::text FROM domain_events WHERE type = ANY($1::text[]) AND subject_id = $2 ORDER BY id`,
      [[DomainEventType.DocumentCreated, DomainEventType.DocumentOcrCompleted], documentId],
    );
    return found.map((e) => e.id);
  }
}
