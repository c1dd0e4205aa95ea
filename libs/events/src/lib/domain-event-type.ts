/** What happened. Alerts, timelines and feeds read these; the names are part of the webhook API. */
export enum DomainEventType {
  DocumentCreated = 'document.created',
  /** OCR read pages of a filing that had no usable text layer: its text grew after `document.created`. */
  DocumentOcrCompleted = 'document.ocr_completed',
  DocketEntryCreated = 'docket_entry.created',
  DocketEntryUpdated = 'docket_entry.updated',
  TosVersionCreated = 'tos.version_created',
  TosClauseChanged = 'tos.clause_changed',
  CitationCreated = 'citation.created',
  /** A hearing or deadline set by a docket entry (libs/cases hearings), on or after the day it was recorded. */
  HearingScheduled = 'hearing.scheduled',
  /** The same hearing moved, given a time, or vacated by a later entry (`payload.previous` says from what). */
  HearingRescheduled = 'hearing.rescheduled',
}

export const DOMAIN_EVENT_TYPES = Object.values(DomainEventType);
