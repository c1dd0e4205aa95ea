import { DocumentCreatedPayload } from '@casetrail/events';
import { Document } from './document.entity';

/** A filing's fields as `document.created` and `document.ocr_completed` tell them to alerts and feeds. */
export function documentEventPayload(document: Document, citationKeys: string[]): DocumentCreatedPayload {
  const entryNumber = document.ecfNumber ?? document.entryNumber;
  return {
    documentId: document.id,
    caseId: document.caseId,
    title: document.title ?? document.originalFileName,
    documentType: document.documentType,
    filedOn: document.filedOn,
    entryNumber: entryNumber !== null ? String(entryNumber) : null,
    pageCount: document.pageCount ?? 0,
    citations: citationKeys,
  };
}
