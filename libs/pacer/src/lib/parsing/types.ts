import type { DocketEntryType } from '@casetrail/cases';

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

export interface ParsedAttorney {
  name: string;
  /** Address, phone and e-mail lines, each ending with a newline. */
  contact: string;
  roles: string[];
}

export interface ParsedCriminalCount {
  name: string;
  disposition: string;
  status: 'pending' | 'terminated';
}

export interface ParsedCriminalComplaint {
  name: string;
  disposition: string;
}

export interface ParsedCriminalData {
  counts: ParsedCriminalCount[];
  complaints: ParsedCriminalComplaint[];
  highestOffenseLevelOpening: string;
  highestOffenseLevelTerminated: string;
}

export interface ParsedParty {
  name: string;
  type: string;
  dateTerminated?: IsoDate | null;
  extraInfo?: string;
  attorneys: ParsedAttorney[];
  /** False when the docket shows no "represented by" column for this party at all. */
  counselListed: boolean;
  criminalData?: ParsedCriminalData;
}

export interface ParsedAttachment {
  attachmentNumber: number;
  description: string;
  pageCount: number | null;
  fileSizeStr: string;
  fileSizeBytes?: number;
  pacerDocId: string | null;
  pacerSeqNo: string | null;
}

export interface ParsedDocketEntry {
  dateFiled: IsoDate;
  dateEntered: IsoDate | null;
  documentNumber: string | null;
  description: string;
  pacerDocId?: string | null;
  pacerSeqNo?: string | null;
  pageCount?: number | null;
  fileSizeBytes?: number | null;
  fileSizeStr?: string;
  attachments?: ParsedAttachment[];
}

export interface ParsedDocketReport {
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
  parties: ParsedParty[];
  entries: ParsedDocketEntry[];
}

export interface ParsedRssItem {
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

/** What the classifier calls an entry: the values of the cases lib's `DocketEntryType`, as string literals. */
export type ParsedEntryType = `${DocketEntryType}`;
