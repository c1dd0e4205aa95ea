import { DomainError } from '@casetrail/core';

export enum CitationErrorCode {
  InvalidPageOffsets = 'citations_invalid_page_offsets',
  InvalidReporterData = 'citations_invalid_reporter_data',
}

export class CitationError extends DomainError<CitationErrorCode> {}
