import { DomainError } from '@casetrail/core';

export enum PacerErrorCode {
  EmptyInput = 'empty_input',
  LoginPage = 'login_page',
  ErrorPage = 'error_page',
  AlteredPage = 'altered_page',
  NotADocketReport = 'not_a_docket_report',
  NotAnRssFeed = 'not_an_rss_feed',
  /** The page or feed does not say its court, and the caller did not either. */
  UnknownCourt = 'unknown_court',
  MissingDocketNumber = 'missing_docket_number',
  InputTooLarge = 'input_too_large',
  /** A feed could not be fetched: network error, timeout, or a status other than 200/304. */
  FeedUnavailable = 'feed_unavailable',
  /** A feed URL that resolves to a private or loopback address, while those are not allowed. */
  PrivateTargetRefused = 'private_target_refused',
}

export class PacerError extends DomainError<PacerErrorCode> {}
