import { DocumentCreatedPayload } from '@casetrail/events';
import { Document } from './document.entity';

/** The docket entry number a filing is known by: its ECF stamp, else the entry it was attached to. */
export function documentEntryNumber(document: Pick<Document, 'ecfNumber' | 'entryNumber'>): string | null {
  const entryNumber = document.ecfNumber ?? document.entryNumber;
  return entryNumber !== null ? String(entryNumber) : null;
}

/** A filing's fields as `document.created` and `document.ocr_completed` tell them to alerts and feeds. */
export function documentEventPayload(document: Document, citationKeys: string[]): DocumentCreatedPayload {
  return {
    documentId: document.id,
    caseId: document.caseId,
    title: document.title ?? document.originalFileName,
    documentType: document.documentType,
    filedOn: document.filedOn,
    entryNumber: documentEntryNumber(document),
    pageCount: document.pageCount ?? 0,
    citations: citationKeys,
  };
}
