import { DomainError } from '@casetrail/core';

export enum CasesErrorCode {
  CaseNotFound = 'case_not_found',
  CourtNotFound = 'court_not_found',
  CaseAlreadyExists = 'case_already_exists',
}

export class CasesError extends DomainError<CasesErrorCode> {}
