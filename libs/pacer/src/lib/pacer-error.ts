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
  /** The caller named a court, and the page or feed says it is from another one. */
  CourtMismatch = 'court_mismatch',
  MissingDocketNumber = 'missing_docket_number',
  InputTooLarge = 'input_too_large',
  /** A feed could not be fetched: network error, timeout, or a status other than 200/304. */
  FeedUnavailable = 'feed_unavailable',
  /** A feed URL that resolves to a private or loopback address, while those are not allowed. */
  PrivateTargetRefused = 'private_target_refused',
}

export class PacerError extends DomainError<PacerErrorCode> {}

/**
 * The court a page or feed states, else the one its caller named. `strict` (imports): a named court
 * that contradicts the stated one is refused rather than silently ignored.
 */
export function reconcileCourt(
  stated: string | null,
  given: string | undefined,
  what: string,
  strict = false,
): string | null {
  const named = given?.toLowerCase();
  if (strict && stated && named && stated !== named) {
    throw new PacerError(
      PacerErrorCode.CourtMismatch,
      `The ${what} is from ${stated}, not ${named}: leave the court out, or send the ${what} of ${named}.`,
      { court: named, statedCourt: stated },
    );
  }
  return stated ?? named ?? null;
}
