import { DomainError } from '@casetrail/core';

export enum CourtListenerErrorCode {
  /** No `COURTLISTENER_TOKEN` is configured. */
  NotConfigured = 'courtlistener_not_configured',
  /** Neither a docket id nor a `https://www.courtlistener.com/docket/<id>/…` URL. */
  InvalidDocketReference = 'invalid_docket_reference',
  /** CourtListener answered 404 for the docket. */
  DocketNotFound = 'courtlistener_docket_not_found',
  /** The docket is already followed for another case. */
  SourceConflict = 'case_source_conflict',
  SourceNotFound = 'case_source_not_found',
  /** An answer that is not JSON, or JSON not in CourtListener's v4 shape: the sync writes nothing from it. */
  MalformedResponse = 'courtlistener_malformed_response',
  /** Network errors, timeouts or 5xx answers after every retry. */
  Unavailable = 'courtlistener_unavailable',
  /** A 429 whose Retry-After is longer than `COURTLISTENER_MAX_RETRY_AFTER_SECONDS`. */
  RateLimited = 'courtlistener_rate_limited',
  /** `COURTLISTENER_HOURLY_BUDGET` requests were made this hour. */
  BudgetExhausted = 'courtlistener_budget_exhausted',
  /** CourtListener refused the token (401/403). */
  Unauthorized = 'courtlistener_unauthorized',
  /** Wrong path secret, or the webhook is not configured: answered as an unknown route. */
  WebhookNotFound = 'webhook_not_found',
  /** The caller's address is not in `COURTLISTENER_WEBHOOK_ALLOWLIST`. */
  WebhookSourceRefused = 'webhook_source_refused',
  MissingIdempotencyKey = 'missing_idempotency_key',
  InvalidWebhookPayload = 'invalid_webhook_payload',
}

export class CourtListenerError extends DomainError<CourtListenerErrorCode> {}
