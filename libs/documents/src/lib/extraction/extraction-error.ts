import { DomainError } from '@casetrail/core';

export enum ExtractionErrorCode {
  EmptyFile = 'empty_file',
  NotAPdf = 'not_a_pdf',
  CorruptPdf = 'corrupt_pdf',
  EncryptedPdf = 'encrypted_pdf',
  UnsupportedMediaType = 'unsupported_media_type',
}

export class ExtractionError extends DomainError<ExtractionErrorCode> {}

export function isExtractionError(error: unknown, code?: ExtractionErrorCode): error is ExtractionError {
  return error instanceof ExtractionError && (code === undefined || error.code === code);
}
