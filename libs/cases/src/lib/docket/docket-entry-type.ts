/**
 * What a docket entry is, classified from its text (libs/pacer classifies; the list is kept equal
 * to its classifier's by a test there).
 */
export enum DocketEntryType {
  Complaint = 'complaint',
  AmendedComplaint = 'amended_complaint',
  Answer = 'answer',
  Motion = 'motion',
  Opposition = 'opposition',
  Reply = 'reply',
  Order = 'order',
  Opinion = 'opinion',
  Judgment = 'judgment',
  Stipulation = 'stipulation',
  Notice = 'notice',
  Letter = 'letter',
  Summons = 'summons',
  Transcript = 'transcript',
  MinuteEntry = 'minute_entry',
  Other = 'other',
}

export const DOCKET_ENTRY_TYPE_VALUES: readonly string[] = Object.values(DocketEntryType);
