import { DomainError } from '@casetrail/core';

export enum ExtractionErrorCode {
  EmptyFile = 'empty_file',
  NotAPdf = 'not_a_pdf',
  CorruptPdf = 'corrupt_pdf',
  EncryptedPdf = 'encrypted_pdf',
  UnsupportedMediaType = 'unsupported_media_type',
  /** More pages than CASETRAIL_PDF_MAX_PAGES. */
  TooManyPages = 'too_many_pages',
  /** Compressed streams that inflate beyond CASETRAIL_PDF_MAX_INFLATED_BYTES (a "PDF bomb"). */
  InflatesTooMuch = 'pdf_inflates_too_much',
}

export class ExtractionError extends DomainError<ExtractionErrorCode> {}

export function isExtractionError(error: unknown, code?: ExtractionErrorCode): error is ExtractionError {
  return error instanceof ExtractionError && (code === undefined || error.code === code);
}
