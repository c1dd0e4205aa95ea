import { DomainError } from '@casetrail/core';

export enum CasesErrorCode {
  CaseNotFound = 'case_not_found',
  CourtNotFound = 'court_not_found',
  CaseAlreadyExists = 'case_already_exists',
  /** A case (or family) named in a request body or query is not tracked; `case_not_found` is for a path. */
  UnknownCase = 'unknown_case',
}

export class CasesError extends DomainError<CasesErrorCode> {}
