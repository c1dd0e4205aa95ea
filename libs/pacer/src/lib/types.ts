/** ISO calendar date, yyyy-mm-dd. */
export type IsoDate = string;

export type DocketEntriesOrder = 'date_filed' | 'date_entered';

/** Parts encoded in a federal docket number such as `3:20-cr-00070-TKW-MAL-1`. */
export interface DocketNumberParts {
  officeCode: string | null;
  caseType: string | null;
  judgeInitialsAssigned: string | null;
  judgeInitialsReferred: string | null;
  defendantNumber: string | null;
}

export interface Attorney {
  name: string;
  /** Address, phone and e-mail lines, each ending with a newline. */
  contact: string;
  roles: string[];
}

export interface CriminalCount {
  name: string;
  disposition: string;
  status: 'pending' | 'terminated';
}

export interface CriminalComplaint {
  name: string;
  disposition: string;
}

export interface CriminalData {
  counts: CriminalCount[];
  complaints: CriminalComplaint[];
  highestOffenseLevelOpening: string;
  highestOffenseLevelTerminated: string;
}

export interface Party {
  name: string;
  type: string;
  dateTerminated?: IsoDate | null;
  extraInfo?: string;
  attorneys: Attorney[];
  /** False when the docket shows no "represented by" column for this party at all. */
  counselListed: boolean;
  criminalData?: CriminalData;
}

export interface DocketAttachment {
  attachmentNumber: number;
  description: string;
  pageCount: number | null;
  fileSizeStr: string;
  fileSizeBytes?: number;
  pacerDocId: string | null;
  pacerSeqNo: string | null;
}

export interface DocketEntry {
  dateFiled: IsoDate;
  dateEntered: IsoDate | null;
  documentNumber: string | null;
  description: string;
  pacerDocId?: string | null;
  pacerSeqNo?: string | null;
  pageCount?: number | null;
  fileSizeBytes?: number | null;
  fileSizeStr?: string;
  attachments?: DocketAttachment[];
}

export interface DocketReport {
  /** PACER court id such as `nysd`, or null when neither the page nor the caller says. */
  court: string | null;
  caseName: string;
  docketNumber: string | null;
  docketNumberParts: DocketNumberParts;
  dateFiled: IsoDate | null;
  dateTerminated: IsoDate | null;
  dateConverted: IsoDate | null;
  dateDischarged: IsoDate | null;
  assignedTo: string;
  referredTo: string;
  cause: string;
  natureOfSuit: string;
  juryDemand: string;
  jurisdiction: string;
  demand: string;
  mdlStatus: string;
  orderedBy: DocketEntriesOrder | null;
  isBankruptcy: boolean;
  parties: Party[];
  entries: DocketEntry[];
}

export interface RssItem {
  court: string | null;
  caseName: string;
  docketNumber: string;
  docketNumberParts: DocketNumberParts;
  /** Document number; for appellate feeds without one, the PACER document id. */
  entryNumber: string | null;
  /** The bracketed short description; merged multi-event entries are joined with " AND ". */
  description: string;
  /** Publication time as ISO 8601 with the court's UTC offset. */
  dateFiled: string;
  link: string;
  pacerCaseId: string | null;
  pacerDocId: string;
  pacerSeqNo: string | null;
  /** Bankruptcy feeds only (empty otherwise). */
  bankruptcy: { type: string; office: string; chapter: string; trustee: string };
}

export type DocketEntryType =
  | 'complaint'
  | 'amended_complaint'
  | 'answer'
  | 'motion'
  | 'opposition'
  | 'reply'
  | 'order'
  | 'opinion'
  | 'judgment'
  | 'stipulation'
  | 'notice'
  | 'letter'
  | 'summons'
  | 'transcript'
  | 'minute_entry'
  | 'other';
