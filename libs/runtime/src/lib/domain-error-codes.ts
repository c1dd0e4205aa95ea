import { AlertsErrorCode } from '@casetrail/alerts';
import { CasesErrorCode, ClaimsErrorCode } from '@casetrail/cases';
import { CitationErrorCode } from '@casetrail/citations';
import { ConfigErrorCode } from '@casetrail/config';
import { CourtListenerErrorCode } from '@casetrail/courtlistener';
import { CommonErrorCode } from '@casetrail/core';
import { DocumentsErrorCode, ExtractionErrorCode } from '@casetrail/documents';
import { DatabaseErrorCode } from '@casetrail/database';
import { NetErrorCode } from '@casetrail/net';
import { WorkerErrorCode } from '@casetrail/workers';
import { PacerErrorCode } from '@casetrail/pacer';
import { SearchErrorCode } from '@casetrail/search';
import { TimelineErrorCode, TimelineExportErrorCode } from '@casetrail/timeline';
import { TosErrorCode } from '@casetrail/tos';

/**
 * Every enum of codes a domain lib throws. Naming rule for codes: lower snake case, a subject then
 * what is wrong with it (`case_not_found`, `invalid_cursor`), and each code in exactly ONE enum: a
 * domain that means another's code throws that domain's member (documents and timeline throw
 * `CasesErrorCode.UnknownCase`). `domain-error-codes.spec.ts` enforces both.
 */
export const DOMAIN_ERROR_CODE_ENUMS = {
  CommonErrorCode,
  ConfigErrorCode,
  CasesErrorCode,
  ClaimsErrorCode,
  DocumentsErrorCode,
  ExtractionErrorCode,
  SearchErrorCode,
  TimelineErrorCode,
  TimelineExportErrorCode,
  CitationErrorCode,
  PacerErrorCode,
  AlertsErrorCode,
  TosErrorCode,
  NetErrorCode,
  DatabaseErrorCode,
  WorkerErrorCode,
  CourtListenerErrorCode,
} as const;

type Enums = typeof DOMAIN_ERROR_CODE_ENUMS;

/** Any code a domain lib throws: the key type of each surface's exhaustive map (HTTP status, exit code). */
export type DomainErrorCode = { [K in keyof Enums]: Enums[K][keyof Enums[K]] }[keyof Enums];

export const ERROR_CODE_PATTERN = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
