import { AlertsErrorCode } from '@casetrail/alerts';
import { CommonErrorCode } from '@casetrail/core';
import { CasesErrorCode, ClaimsErrorCode } from '@casetrail/cases';
import { ConfigErrorCode } from '@casetrail/config';
import { CourtListenerErrorCode } from '@casetrail/courtlistener';
import { DocumentsErrorCode, ExtractionErrorCode } from '@casetrail/documents';
import { CitationErrorCode } from '@casetrail/citations';
import { DatabaseErrorCode } from '@casetrail/database';
import { NetErrorCode } from '@casetrail/net';
import { DomainErrorCode } from '@casetrail/runtime';
import { SearchErrorCode } from '@casetrail/search';
import { TimelineErrorCode, TimelineExportErrorCode } from '@casetrail/timeline';
import { PacerErrorCode } from '@casetrail/pacer';
import { TosErrorCode } from '@casetrail/tos';
import { WorkerErrorCode } from '@casetrail/workers';

/** Codes the HTTP layer itself produces (the domains have their own enums). */
export enum ApiErrorCode {
  MalformedJson = 'malformed_json',
  UnknownQueryParameter = 'unknown_query_parameter',
  MissingApiKey = 'missing_api_key',
  InvalidApiKey = 'invalid_api_key',
  InsufficientScope = 'insufficient_scope',
  RateLimited = 'rate_limited',
  RouteNotFound = 'route_not_found',
  MethodNotAllowed = 'method_not_allowed',
  PayloadTooLarge = 'payload_too_large',
  FileMissing = 'file_missing',
  /** More uploads are streaming in than CASETRAIL_MAX_CONCURRENT_UPLOADS; retry after Retry-After. */
  TooManyUploads = 'too_many_uploads',
  InternalError = 'internal_error',
}

/** Every code a client can see: the HTTP layer's own and every domain's (see DomainErrorCode for the naming rule). */
export type ErrorCode = ApiErrorCode | DomainErrorCode;

/** The HTTP layer answers 415 with the extraction code: one code, one enum. */
export const UNSUPPORTED_MEDIA_TYPE = ExtractionErrorCode.UnsupportedMediaType;

/** The one place where an error code becomes an HTTP status. Exhaustive by type. */
export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = {
  [ApiErrorCode.MalformedJson]: 400,
  [ApiErrorCode.UnknownQueryParameter]: 400,
  [ApiErrorCode.MissingApiKey]: 401,
  [ApiErrorCode.InvalidApiKey]: 401,
  [ApiErrorCode.InsufficientScope]: 403,
  [ApiErrorCode.RateLimited]: 429,
  [ApiErrorCode.RouteNotFound]: 404,
  [ApiErrorCode.MethodNotAllowed]: 405,
  [ApiErrorCode.PayloadTooLarge]: 413,
  [ApiErrorCode.FileMissing]: 400,
  [ApiErrorCode.TooManyUploads]: 503,
  [ApiErrorCode.InternalError]: 500,
  [CommonErrorCode.ValidationFailed]: 400,
  [CommonErrorCode.NotFound]: 404,
  [CommonErrorCode.Conflict]: 409,
  [CommonErrorCode.InvalidCursor]: 400,
  [ConfigErrorCode.InvalidConfiguration]: 500,
  [CasesErrorCode.CaseNotFound]: 404,
  [CasesErrorCode.CourtNotFound]: 400,
  [CasesErrorCode.CaseAlreadyExists]: 409,
  [CasesErrorCode.UnknownCase]: 400,
  [ClaimsErrorCode.ClaimNotFound]: 404,
  [ClaimsErrorCode.ClaimStatusSourceMissing]: 400,
  [DocumentsErrorCode.DocumentNotFound]: 404,
  [DocumentsErrorCode.PageNotFound]: 404,
  [DocumentsErrorCode.DocumentNotExtracted]: 409,
  [DocumentsErrorCode.FileTooLarge]: 413,
  [ExtractionErrorCode.EmptyFile]: 400,
  [ExtractionErrorCode.NotAPdf]: 415,
  [ExtractionErrorCode.CorruptPdf]: 422,
  [ExtractionErrorCode.EncryptedPdf]: 422,
  // Also thrown by the HTTP layer for a request body it cannot read.
  [ExtractionErrorCode.UnsupportedMediaType]: 415,
  [ExtractionErrorCode.TooManyPages]: 422,
  [ExtractionErrorCode.InflatesTooMuch]: 422,
  [SearchErrorCode.QueryTooLong]: 400,
  [SearchErrorCode.InvalidSearchParameter]: 400,
  [SearchErrorCode.EngineUnavailable]: 503,
  [SearchErrorCode.EngineTaskFailed]: 502,
  [SearchErrorCode.InvalidDocumentId]: 500,
  [TimelineErrorCode.InvalidTimelineRequest]: 400,
  [TimelineExportErrorCode.UnknownFormat]: 400,
  [TimelineExportErrorCode.InvalidDate]: 500,
  [CitationErrorCode.InvalidPageOffsets]: 400,
  [CitationErrorCode.InvalidReporterData]: 500,
  [PacerErrorCode.EmptyInput]: 400,
  [PacerErrorCode.LoginPage]: 422,
  [PacerErrorCode.ErrorPage]: 422,
  [PacerErrorCode.AlteredPage]: 422,
  [PacerErrorCode.NotADocketReport]: 422,
  [PacerErrorCode.NotAnRssFeed]: 422,
  [PacerErrorCode.UnknownCourt]: 422,
  [PacerErrorCode.CourtMismatch]: 422,
  [PacerErrorCode.MissingDocketNumber]: 422,
  [PacerErrorCode.InputTooLarge]: 413,
  [PacerErrorCode.FeedUnavailable]: 502,
  [PacerErrorCode.PrivateTargetRefused]: 400,
  [CourtListenerErrorCode.NotConfigured]: 503,
  [CourtListenerErrorCode.InvalidDocketReference]: 400,
  [CourtListenerErrorCode.DocketNotFound]: 422,
  [CourtListenerErrorCode.SourceConflict]: 409,
  [CourtListenerErrorCode.SourceNotFound]: 404,
  [CourtListenerErrorCode.MalformedResponse]: 502,
  [CourtListenerErrorCode.Unavailable]: 502,
  [CourtListenerErrorCode.RateLimited]: 503,
  [CourtListenerErrorCode.BudgetExhausted]: 503,
  [CourtListenerErrorCode.Unauthorized]: 502,
  [CourtListenerErrorCode.WebhookNotFound]: 404,
  [CourtListenerErrorCode.WebhookSourceRefused]: 403,
  [CourtListenerErrorCode.MissingIdempotencyKey]: 400,
  [CourtListenerErrorCode.InvalidWebhookPayload]: 400,
  [AlertsErrorCode.SubscriptionNotFound]: 404,
  [AlertsErrorCode.DeliveryNotFound]: 404,
  [AlertsErrorCode.InvalidSubscription]: 400,
  [AlertsErrorCode.TargetNotFound]: 400,
  [AlertsErrorCode.WebhookTargetNotAllowed]: 400,
  [AlertsErrorCode.EmailNotConfigured]: 400,
  [AlertsErrorCode.InvalidFeedToken]: 401,
  [AlertsErrorCode.DeliveryNotReplayable]: 409,
  [TosErrorCode.UnsupportedFormat]: 400,
  [TosErrorCode.InvalidRecordedAt]: 400,
  [TosErrorCode.RecordedAtInFuture]: 400,
  [TosErrorCode.DuplicateClauseKey]: 500,
  [TosErrorCode.EmptySnapshot]: 400,
  [TosErrorCode.SnapshotOutOfOrder]: 409,
  [TosErrorCode.ServiceNotFound]: 404,
  [TosErrorCode.DocumentNotFound]: 404,
  [TosErrorCode.VersionNotFound]: 404,
  [TosErrorCode.ClauseNotFound]: 404,
  [TosErrorCode.NoVersionAsOf]: 404,
  [TosErrorCode.InvalidVersionReference]: 400,
  [TosErrorCode.DatesOutOfOrder]: 400,
  [TosErrorCode.VersionsNotComparable]: 400,
  [TosErrorCode.SourceAlreadyTracked]: 409,
  [TosErrorCode.ImportFolderNotFound]: 404,
  [TosErrorCode.InvalidDocumentName]: 400,
  [TosErrorCode.InvalidTopic]: 400,
  [TosErrorCode.EvidenceCaseNotFound]: 404,
  [NetErrorCode.InvalidUrl]: 400,
  [NetErrorCode.TargetNotAllowed]: 400,
  [NetErrorCode.DnsLookupFailed]: 400,
  [NetErrorCode.Timeout]: 504,
  [NetErrorCode.ResponseTooLarge]: 502,
  [NetErrorCode.TooManyRedirects]: 502,
  [NetErrorCode.RequestFailed]: 502,
  [DatabaseErrorCode.Unavailable]: 503,
  // Parsing in the worker pool: an input too costly to parse is refused, a full pool asks for a retry.
  [WorkerErrorCode.TimedOut]: 422,
  [WorkerErrorCode.OutOfMemory]: 422,
  [WorkerErrorCode.PoolBusy]: 503,
  [WorkerErrorCode.PoolClosed]: 503,
};

export function isKnownErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(HTTP_STATUS_BY_CODE, code);
}
