import { DomainError } from '@casetrail/core';

export enum NetErrorCode {
  InvalidUrl = 'net_invalid_url',
  TargetForbidden = 'net_target_forbidden',
  HostNotFound = 'net_host_not_found',
  Timeout = 'net_timeout',
  ResponseTooLarge = 'net_response_too_large',
  TooManyRedirects = 'net_too_many_redirects',
  RequestFailed = 'net_request_failed',
}

/** Why an outbound request was refused or failed; the message never carries response bodies. */
export class NetError extends DomainError<NetErrorCode> {}
