import type { DocketEntryAttachment, DocketEntrySource } from './docket-entry.entity';

/** One entry as a source reports it, ready to be merged into a case's docket. */
export interface DocketEntryInput {
  entryNumber: number | null;
  dateFiled: string;
  dateEntered?: string | null;
  /** The docket text; an RSS item gives its short description here too. */
  description: string;
  shortDescription?: string | null;
  pacerDocId?: string | null;
  pacerSeqNo?: string | null;
  pageCount?: number | null;
  attachments?: DocketEntryAttachment[];
  /** The classification of `description`. */
  entryType: string;
  /** Docket position within the filing date; defaults to entry number × 1000. */
  sortOrder?: number;
  /** Tells apart unnumbered entries of one day with the same text (an RSS item's publication time). */
  keyHint?: string;
}

export interface UpsertDocketEntriesOptions {
  source: DocketEntrySource;
  /** The case's court and docket number, copied into event payloads. */
  caseRef: { courtId: string; docketNumber: string | null };
}

/** One case's entries, for `DocketEntriesService.upsertMany`. */
export interface DocketBatch {
  caseId: string;
  inputs: DocketEntryInput[];
  caseRef: UpsertDocketEntriesOptions['caseRef'];
}

export interface ChangeCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface DocketEntriesUpsertResult extends ChangeCounts {
  /** Domain events recorded (one per created or updated entry). */
  events: number;
}

export function emptyCounts(): ChangeCounts {
  return { created: 0, updated: 0, unchanged: 0 };
}
