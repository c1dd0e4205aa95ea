import type { ChangeCounts, RecordOutcome } from '@casetrail/cases';

export interface DocketImportResult {
  court: { id: string; created: boolean };
  case: { id: string; slug: string; docketNumber: string; outcome: RecordOutcome };
  parties: ChangeCounts;
  judges: ChangeCounts;
  entries: ChangeCounts;
  /** `docket_entry.created` / `docket_entry.updated` domain events recorded. */
  events: number;
}

export interface RssImportResult {
  court: string;
  /** Items in the feed after PACER's multi-event items are merged. */
  items: number;
  /** Items of untracked cases, left out because only tracked cases are followed. */
  skipped: number;
  cases: { created: number; existing: number };
  entries: ChangeCounts;
  events: number;
}
