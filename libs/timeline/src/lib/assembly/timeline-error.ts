import { DomainError } from '@casetrail/core';

export enum TimelineErrorCode {
  UnknownCase = 'unknown_case',
  InvalidTimelineRequest = 'invalid_timeline_request',
}

export class TimelineError extends DomainError<TimelineErrorCode> {}
