import { DomainError } from '@casetrail/core';

export enum TimelineErrorCode {
  InvalidTimelineRequest = 'invalid_timeline_request',
}

export class TimelineError extends DomainError<TimelineErrorCode> {}
