import { AlertsErrorCode } from '@casetrail/alerts';
import { CasesErrorCode, ClaimsErrorCode } from '@casetrail/cases';
import { CitationErrorCode } from '@casetrail/citations';
import { ConfigErrorCode } from '@casetrail/config';
import { CourtListenerErrorCode } from '@casetrail/courtlistener';
import { CommonErrorCode, isDomainError } from '@casetrail/core';
import { DocumentsErrorCode, ExtractionErrorCode } from '@casetrail/documents';
import { NetErrorCode } from '@casetrail/net';
import { PacerErrorCode } from '@casetrail/pacer';
import { DomainErrorCode } from '@casetrail/runtime';
import { SearchErrorCode } from '@casetrail/search';
import { TimelineErrorCode, TimelineExportErrorCode } from '@casetrail/timeline';
import { TosErrorCode } from '@casetrail/tos';
import { DatabaseErrorCode } from '@casetrail/database';
import { WorkerErrorCode } from '@casetrail/workers';

/** Exit codes; 69 and 78 are sysexits' EX_UNAVAILABLE and EX_CONFIG. */
export enum ExitCode {
  Ok = 0,
  /** A bug or an inconsistent store: retrying the same command will not help. */
  Failure = 1,
  Usage = 2,
  NotFound = 3,
  /** The input (a file, an argument, a URL) is wrong or conflicts with what is stored. */
  InvalidInput = 4,
  /** A dependency (search engine, remote server) is down or too slow: retry later. */
  Unavailable = 69,
  Config = 78,
}

/**
 * The CLI's one mapping from a domain error code to an exit code; exhaustive by type, like
 * apps/api's HTTP_STATUS_BY_CODE, so a new code does not compile until it is placed here.
 */
export const EXIT_CODE_BY_CODE: Record<DomainErrorCode, ExitCode> = {
  [CommonErrorCode.ValidationFailed]: ExitCode.InvalidInput,
  [CommonErrorCode.NotFound]: ExitCode.NotFound,
  [CommonErrorCode.Conflict]: ExitCode.InvalidInput,
  [CommonErrorCode.InvalidCursor]: ExitCode.InvalidInput,
  [ConfigErrorCode.InvalidConfiguration]: ExitCode.Config,
  [CasesErrorCode.CaseNotFound]: ExitCode.NotFound,
  [CasesErrorCode.CourtNotFound]: ExitCode.NotFound,
  [CasesErrorCode.CaseAlreadyExists]: ExitCode.InvalidInput,
  [CasesErrorCode.UnknownCase]: ExitCode.InvalidInput,
  [ClaimsErrorCode.ClaimNotFound]: ExitCode.NotFound,
  [ClaimsErrorCode.ClaimStatusSourceMissing]: ExitCode.InvalidInput,
  [DocumentsErrorCode.DocumentNotFound]: ExitCode.NotFound,
  [DocumentsErrorCode.PageNotFound]: ExitCode.NotFound,
  [DocumentsErrorCode.DocumentNotExtracted]: ExitCode.InvalidInput,
  [DocumentsErrorCode.FileTooLarge]: ExitCode.InvalidInput,
  [ExtractionErrorCode.EmptyFile]: ExitCode.InvalidInput,
  [ExtractionErrorCode.NotAPdf]: ExitCode.InvalidInput,
  [ExtractionErrorCode.CorruptPdf]: ExitCode.InvalidInput,
  [ExtractionErrorCode.EncryptedPdf]: ExitCode.InvalidInput,
  [ExtractionErrorCode.UnsupportedMediaType]: ExitCode.InvalidInput,
  [SearchErrorCode.QueryTooLong]: ExitCode.InvalidInput,
  [SearchErrorCode.InvalidSearchParameter]: ExitCode.InvalidInput,
  [SearchErrorCode.EngineUnavailable]: ExitCode.Unavailable,
  [SearchErrorCode.EngineTaskFailed]: ExitCode.Unavailable,
  [SearchErrorCode.InvalidDocumentId]: ExitCode.Failure,
  [TimelineErrorCode.InvalidTimelineRequest]: ExitCode.InvalidInput,
  [TimelineExportErrorCode.UnknownFormat]: ExitCode.InvalidInput,
  [TimelineExportErrorCode.InvalidDate]: ExitCode.Failure,
  [CitationErrorCode.InvalidPageOffsets]: ExitCode.InvalidInput,
  [CitationErrorCode.InvalidReporterData]: ExitCode.Failure,
  [PacerErrorCode.EmptyInput]: ExitCode.InvalidInput,
  [PacerErrorCode.CourtMismatch]: ExitCode.InvalidInput,
  [DatabaseErrorCode.Unavailable]: ExitCode.Unavailable,
  [ExtractionErrorCode.TooManyPages]: ExitCode.InvalidInput,
  [ExtractionErrorCode.InflatesTooMuch]: ExitCode.InvalidInput,
  [WorkerErrorCode.TimedOut]: ExitCode.InvalidInput,
  [WorkerErrorCode.OutOfMemory]: ExitCode.InvalidInput,
  [WorkerErrorCode.PoolBusy]: ExitCode.Unavailable,
  [WorkerErrorCode.PoolClosed]: ExitCode.Unavailable,
  [TosErrorCode.InvalidTopic]: ExitCode.InvalidInput,
  [TosErrorCode.EvidenceCaseNotFound]: ExitCode.NotFound,
  [PacerErrorCode.LoginPage]: ExitCode.InvalidInput,
  [PacerErrorCode.ErrorPage]: ExitCode.InvalidInput,
  [PacerErrorCode.AlteredPage]: ExitCode.InvalidInput,
  [PacerErrorCode.NotADocketReport]: ExitCode.InvalidInput,
  [PacerErrorCode.NotAnRssFeed]: ExitCode.InvalidInput,
  [PacerErrorCode.UnknownCourt]: ExitCode.InvalidInput,
  [PacerErrorCode.MissingDocketNumber]: ExitCode.InvalidInput,
  [PacerErrorCode.InputTooLarge]: ExitCode.InvalidInput,
  [PacerErrorCode.FeedUnavailable]: ExitCode.Unavailable,
  [PacerErrorCode.PrivateTargetRefused]: ExitCode.InvalidInput,
  [CourtListenerErrorCode.NotConfigured]: ExitCode.Config,
  [CourtListenerErrorCode.InvalidDocketReference]: ExitCode.Usage,
  [CourtListenerErrorCode.DocketNotFound]: ExitCode.NotFound,
  [CourtListenerErrorCode.SourceConflict]: ExitCode.InvalidInput,
  [CourtListenerErrorCode.SourceNotFound]: ExitCode.NotFound,
  [CourtListenerErrorCode.MalformedResponse]: ExitCode.Unavailable,
  [CourtListenerErrorCode.Unavailable]: ExitCode.Unavailable,
  [CourtListenerErrorCode.RateLimited]: ExitCode.Unavailable,
  [CourtListenerErrorCode.BudgetExhausted]: ExitCode.Unavailable,
  [CourtListenerErrorCode.Unauthorized]: ExitCode.Config,
  [CourtListenerErrorCode.WebhookNotFound]: ExitCode.NotFound,
  [CourtListenerErrorCode.WebhookSourceRefused]: ExitCode.InvalidInput,
  [CourtListenerErrorCode.MissingIdempotencyKey]: ExitCode.InvalidInput,
  [CourtListenerErrorCode.InvalidWebhookPayload]: ExitCode.InvalidInput,
  [AlertsErrorCode.SubscriptionNotFound]: ExitCode.NotFound,
  [AlertsErrorCode.DeliveryNotFound]: ExitCode.NotFound,
  [AlertsErrorCode.InvalidSubscription]: ExitCode.InvalidInput,
  [AlertsErrorCode.TargetNotFound]: ExitCode.NotFound,
  [AlertsErrorCode.WebhookTargetNotAllowed]: ExitCode.InvalidInput,
  [AlertsErrorCode.EmailNotConfigured]: ExitCode.Config,
  [AlertsErrorCode.InvalidFeedToken]: ExitCode.InvalidInput,
  [AlertsErrorCode.DeliveryNotReplayable]: ExitCode.InvalidInput,
  [TosErrorCode.UnsupportedFormat]: ExitCode.InvalidInput,
  [TosErrorCode.InvalidRecordedAt]: ExitCode.InvalidInput,
  [TosErrorCode.RecordedAtInFuture]: ExitCode.InvalidInput,
  [TosErrorCode.DuplicateClauseKey]: ExitCode.Failure,
  [TosErrorCode.EmptySnapshot]: ExitCode.InvalidInput,
  [TosErrorCode.SnapshotOutOfOrder]: ExitCode.InvalidInput,
  [TosErrorCode.ServiceNotFound]: ExitCode.NotFound,
  [TosErrorCode.DocumentNotFound]: ExitCode.NotFound,
  [TosErrorCode.VersionNotFound]: ExitCode.NotFound,
  [TosErrorCode.ClauseNotFound]: ExitCode.NotFound,
  [TosErrorCode.NoVersionAsOf]: ExitCode.NotFound,
  [TosErrorCode.InvalidVersionReference]: ExitCode.InvalidInput,
  [TosErrorCode.DatesOutOfOrder]: ExitCode.InvalidInput,
  [TosErrorCode.VersionsNotComparable]: ExitCode.InvalidInput,
  [TosErrorCode.SourceAlreadyTracked]: ExitCode.InvalidInput,
  [TosErrorCode.ImportFolderNotFound]: ExitCode.NotFound,
  [TosErrorCode.InvalidDocumentName]: ExitCode.InvalidInput,
  [NetErrorCode.InvalidUrl]: ExitCode.InvalidInput,
  [NetErrorCode.TargetNotAllowed]: ExitCode.InvalidInput,
  [NetErrorCode.DnsLookupFailed]: ExitCode.Unavailable,
  [NetErrorCode.Timeout]: ExitCode.Unavailable,
  [NetErrorCode.ResponseTooLarge]: ExitCode.InvalidInput,
  [NetErrorCode.TooManyRedirects]: ExitCode.InvalidInput,
  [NetErrorCode.RequestFailed]: ExitCode.Unavailable,
};

/** The CLI's one mapping from errors to an exit code; an error that is not a domain error is a failure. */
export function exitCodeFor(error: unknown): ExitCode {
  if (!isDomainError(error) || !Object.hasOwn(EXIT_CODE_BY_CODE, error.code)) return ExitCode.Failure;
  return EXIT_CODE_BY_CODE[error.code as DomainErrorCode];
}

export function reportError(error: unknown): ExitCode {
  const code = exitCodeFor(error);
  if (isDomainError(error)) process.stderr.write(`error [${error.code}]: ${error.message}\n`);
  else process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  return code;
}

export class UsageError extends Error {}
