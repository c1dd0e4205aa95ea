import { DomainError } from '@casetrail/core';

export enum ClaimsErrorCode {
  ClaimNotFound = 'claim_not_found',
  /** A status change must name where it comes from: a document, a docket entry or a URL. */
  ClaimStatusSourceMissing = 'claim_status_source_missing',
}

export class ClaimsError extends DomainError<ClaimsErrorCode> {}
