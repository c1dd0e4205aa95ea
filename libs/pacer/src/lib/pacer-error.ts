import { DomainError } from '@casetrail/core';

export enum PacerErrorCode {
  EmptyInput = 'empty_input',
  LoginPage = 'login_page',
  ErrorPage = 'error_page',
  AlteredPage = 'altered_page',
  NotADocketReport = 'not_a_docket_report',
  NotAnRssFeed = 'not_an_rss_feed',
}

export class PacerError extends DomainError<PacerErrorCode> {}
