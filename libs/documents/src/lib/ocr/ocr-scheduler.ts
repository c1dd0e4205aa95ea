import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { isUuid } from '@casetrail/core';
import { DomainEventType, EventsService } from '@casetrail/events';
import { JobName, JobsService } from '@casetrail/jobs';
import { EntityManager } from 'typeorm';
import { Document } from '../documents/document.entity';
import { markPagesNeedingOcr } from './ocr-planning';
import { DocumentOcrStatus } from './ocr-status';

/**
 * Extraction's hand-off to OCR. Extraction records `document.created` in the transaction that
 * stores the pages; in that same transaction this marks the pages without a usable text layer and,
 * with CASETRAIL_OCR=auto, queues `document.ocr`. Extraction itself needs no knowledge of OCR.
 */

@Injectable()
export class OcrScheduler implements OnModuleInit {
  constructor(
    private readonly events: EventsService,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.events.onRecorded(async (events, manager) => {
      for (const event of events) {
        if (event.type === DomainEventType.DocumentCreated) await this.schedule(manager, event.subjectId);
      }
    });
  }

  private async schedule(manager: EntityManager, documentId: string): Promise<void> {
    // Other producers (tests, imports) may record the event for documents this library does not hold.
    if (!isUuid(documentId)) return;
    const document = await manager
      .getRepository(Document)
      .findOne({ where: { id: documentId }, select: { id: true, mediaType: true, ocrPagesTotal: true } });
    if (!document || document.ocrPagesTotal !== null) return;
    const pages = await markPagesNeedingOcr(manager, documentId, document.mediaType);
    if (pages === 0 || this.config.ocr.mode === 'off') return;
    await manager.update(Document, { id: documentId }, { ocrStatus: DocumentOcrStatus.Queued });
    await this.jobs.send(JobName.DocumentOcr, { documentId }, { manager });
  }
}
