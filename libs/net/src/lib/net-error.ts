import { DomainError } from '@casetrail/core';

export enum NetErrorCode {
  InvalidUrl = 'invalid_url',
  TargetNotAllowed = 'target_not_allowed',
  DnsLookupFailed = 'dns_lookup_failed',
  /** guardedFetch: no complete answer in time. */
  Timeout = 'fetch_timeout',
  ResponseTooLarge = 'response_too_large',
  TooManyRedirects = 'too_many_redirects',
  RequestFailed = 'request_failed',
}

/** A refused or unresolvable outbound target (SSRF guard decisions, URL problems), or a failed bounded fetch. */
export class NetError extends DomainError<NetErrorCode> {}
