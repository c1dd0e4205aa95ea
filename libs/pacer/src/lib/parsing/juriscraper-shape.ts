// Our parse in the field names and shapes of juriscraper's ParsedDocketReport.data and PacerRssFeed.data
// as serialised to JSON (dates as yyyy-mm-dd, feed times as ISO 8601 with offset).
import type {
  ParsedCriminalData,
  ParsedAttachment,
  ParsedDocketEntry,
  DocketNumberParts,
  ParsedDocketReport,
  ParsedParty,
  ParsedRssItem,
} from './types';

export interface JuriscraperDocketNumberParts {
  federal_defendant_number: string | null;
  federal_dn_case_type: string | null;
  federal_dn_judge_initials_assigned: string | null;
  federal_dn_judge_initials_referred: string | null;
  federal_dn_office_code: string | null;
}

export interface JuriscraperAttachment {
  attachment_number: number;
  description: string;
  file_size_bytes?: number;
  file_size_str: string;
  pacer_doc_id: string | null;
  pacer_seq_no: string | null;
  page_count: number | null;
}

export interface JuriscraperDocketEntry {
  date_entered: string | null;
  date_filed: string;
  description: string;
  document_number: string | null;
  pacer_doc_id: string | null;
  pacer_seq_no: string | null;
  attachments?: JuriscraperAttachment[];
  file_size_bytes?: number | null;
  file_size_str?: string;
  page_count?: number | null;
}

export interface JuriscraperCriminalData {
  complaints: { disposition: string; name: string }[];
  counts: { disposition: string; name: string; status: string }[];
  highest_offense_level_opening: string;
  highest_offense_level_terminated: string;
}

export interface JuriscraperParty {
  attorneys?: { contact: string; name: string; roles: string[] }[];
  criminal_data?: JuriscraperCriminalData;
  date_terminated: string | null;
  extra_info: string;
  name: string;
  type: string;
}

export interface JuriscraperDocket extends JuriscraperDocketNumberParts {
  assigned_to_str: string;
  case_name: string;
  cause: string;
  court_id: string | null;
  date_converted: string | null;
  date_discharged: string | null;
  date_filed: string | null;
  date_terminated: string | null;
  demand: string;
  docket_entries: JuriscraperDocketEntry[];
  docket_number: string | null;
  jurisdiction: string;
  jury_demand: string;
  mdl_status: string;
  nature_of_suit: string;
  ordered_by: string | null;
  parties: JuriscraperParty[];
  referred_to_str: string;
}

export interface JuriscraperRssEntry {
  date_filed: string;
  description: string;
  document_number: string | null;
  pacer_doc_id: string;
  pacer_seq_no: string | null;
  short_description: string;
}

export interface JuriscraperRssItem extends JuriscraperDocketNumberParts {
  assigned_to_str: string;
  case_name: string;
  cause: string;
  chapter: string;
  court_id: string | null;
  date_converted: null;
  date_discharged: null;
  date_filed: null;
  date_terminated: null;
  demand: string;
  docket_entries: JuriscraperRssEntry[];
  docket_number: string;
  jurisdiction: string;
  jury_demand: string;
  nature_of_suit: string;
  office: string;
  pacer_case_id: string | null;
  parties: null;
  referred_to_str: string;
  trustee_str: string;
  type: string;
}

function numberParts(p: DocketNumberParts): JuriscraperDocketNumberParts {
  return {
    federal_defendant_number: p.defendantNumber,
    federal_dn_case_type: p.caseType,
    federal_dn_judge_initials_assigned: p.judgeInitialsAssigned,
    federal_dn_judge_initials_referred: p.judgeInitialsReferred,
    federal_dn_office_code: p.officeCode,
  };
}

function attachment(a: ParsedAttachment): JuriscraperAttachment {
  return {
    attachment_number: a.attachmentNumber,
    description: a.description,
    ...(a.fileSizeBytes !== undefined ? { file_size_bytes: a.fileSizeBytes } : {}),
    file_size_str: a.fileSizeStr,
    pacer_doc_id: a.pacerDocId,
    pacer_seq_no: a.pacerSeqNo,
    page_count: a.pageCount,
  };
}

function entry(e: ParsedDocketEntry): JuriscraperDocketEntry {
  const out: JuriscraperDocketEntry = {
    date_entered: e.dateEntered,
    date_filed: e.dateFiled,
    description: e.description,
    document_number: e.documentNumber,
    pacer_doc_id: e.pacerDocId ?? null,
    pacer_seq_no: e.pacerSeqNo ?? null,
  };
  if (e.attachments) out.attachments = e.attachments.map(attachment);
  if (e.fileSizeStr !== undefined) {
    out.file_size_bytes = e.fileSizeBytes ?? null;
    out.file_size_str = e.fileSizeStr;
    out.page_count = e.pageCount ?? null;
  }
  return out;
}

function criminalData(d: ParsedCriminalData): JuriscraperCriminalData {
  return {
    complaints: d.complaints.map((c) => ({ disposition: c.disposition, name: c.name })),
    counts: d.counts.map((c) => ({ disposition: c.disposition, name: c.name, status: c.status })),
    highest_offense_level_opening: d.highestOffenseLevelOpening,
    highest_offense_level_terminated: d.highestOffenseLevelTerminated,
  };
}

function party(p: ParsedParty): JuriscraperParty {
  const out: JuriscraperParty = {
    date_terminated: p.dateTerminated ?? null,
    extra_info: p.extraInfo ?? '',
    name: p.name,
    type: p.type,
  };
  if (p.counselListed)
    out.attorneys = p.attorneys.map((a) => ({ contact: a.contact, name: a.name, roles: [...a.roles] }));
  if (p.criminalData) out.criminal_data = criminalData(p.criminalData);
  return out;
}

export function toJuriscraperDocket(report: ParsedDocketReport): JuriscraperDocket {
  return {
    assigned_to_str: report.assignedTo,
    case_name: report.caseName,
    cause: report.cause,
    court_id: report.court,
    date_converted: report.dateConverted,
    date_discharged: report.dateDischarged,
    date_filed: report.dateFiled,
    date_terminated: report.dateTerminated,
    demand: report.demand,
    docket_entries: report.entries.map(entry),
    docket_number: report.docketNumber,
    ...numberParts(report.docketNumberParts),
    jurisdiction: report.jurisdiction,
    jury_demand: report.juryDemand,
    mdl_status: report.mdlStatus,
    nature_of_suit: report.natureOfSuit,
    ordered_by: report.orderedBy,
    parties: report.parties.map(party),
    referred_to_str: report.referredTo,
  };
}

export function toJuriscraperRss(items: ParsedRssItem[]): JuriscraperRssItem[] {
  return items.map((item) => ({
    assigned_to_str: '',
    case_name: item.caseName,
    cause: '',
    chapter: item.bankruptcy.chapter,
    court_id: item.court,
    date_converted: null,
    date_discharged: null,
    date_filed: null,
    date_terminated: null,
    demand: '',
    docket_entries: [
      {
        date_filed: item.dateFiled,
        description: '',
        document_number: item.entryNumber,
        pacer_doc_id: item.pacerDocId,
        pacer_seq_no: item.pacerSeqNo,
        short_description: item.description,
      },
    ],
    docket_number: item.docketNumber,
    ...numberParts(item.docketNumberParts),
    jurisdiction: '',
    jury_demand: '',
    nature_of_suit: '',
    office: item.bankruptcy.office,
    pacer_case_id: item.pacerCaseId,
    parties: null,
    referred_to_str: '',
    trustee_str: item.bankruptcy.trustee,
    type: item.bankruptcy.type,
  }));
}
