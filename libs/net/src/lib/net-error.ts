import { DomainError } from '@casetrail/core';

export enum NetErrorCode {
  InvalidUrl = 'invalid_url',
  TargetNotAllowed = 'target_not_allowed',
  DnsLookupFailed = 'dns_lookup_failed',
}

/** A refused or unresolvable outbound target: SSRF guard decisions and URL problems. */
export class NetError extends DomainError<NetErrorCode> {}
