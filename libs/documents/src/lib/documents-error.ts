import { DomainError } from '@casetrail/core';

export enum DocumentsErrorCode {
  DocumentNotFound = 'document_not_found',
  PageNotFound = 'page_not_found',
  /** The document has no pages yet (still `received`) or never will (`failed`). */
  DocumentNotExtracted = 'document_not_extracted',
  FileTooLarge = 'file_too_large',
}

export class DocumentsError extends DomainError<DocumentsErrorCode> {}
