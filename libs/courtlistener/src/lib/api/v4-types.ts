/**
 * The parts of CourtListener's REST API v4 answers that Casetrail reads, with CourtListener's field
 * names (cl/search/api_serializers.py, cl/people_db/api_serializers.py; see src/testing/README.md).
 */

/** A cursor page (`order_by=date_modified`, `id`, `date_created`): `count` is a URL that counts on demand. */
export interface V4Page<T> {
  count?: string | number | null;
  next: string | null;
  previous: string | null;
  results: T[];
}

export interface V4Docket {
  id: number;
  court_id: string;
  case_name: string;
  case_name_short?: string;
  case_name_full?: string;
  docket_number: string;
  date_filed: string | null;
  date_terminated: string | null;
  date_modified: string;
  cause: string;
  nature_of_suit: string;
  jury_demand: string;
  jurisdiction_type: string;
  assigned_to_str: string;
  referred_to_str: string;
  pacer_case_id: string | null;
  absolute_url: string;
}

export interface V4RecapDocument {
  id: number;
  description: string;
  document_type: number;
  document_number: string;
  attachment_number: number | null;
  pacer_doc_id: string | null;
  is_available: boolean | null;
  sha1: string;
  page_count: number | null;
  file_size: number | null;
  filepath_local: string | null;
  absolute_url: string;
  date_modified: string;
}

export interface V4DocketEntry {
  id: number;
  docket: string | number;
  date_filed: string | null;
  entry_number: number | null;
  recap_sequence_number: string;
  pacer_sequence_number: number | null;
  description: string;
  date_created: string;
  date_modified: string;
  recap_documents: V4RecapDocument[];
}

export interface V4AttorneyRole {
  attorney: string;
  attorney_id: number;
  date_action: string | null;
  docket: string;
  docket_id: number;
  role: number;
}

export interface V4Party {
  id: number;
  name: string;
  extra_info: string;
  attorneys: V4AttorneyRole[];
  party_types: { party_type: string }[];
}

export interface V4Attorney {
  id: number;
  name: string;
  contact_raw: string;
  phone: string;
  fax: string;
  email: string;
}

/** CourtListener's attorney roles (cl/people_db/models.py `Role.ATTORNEY_ROLES`). */
export const ATTORNEY_ROLES: Record<number, string> = {
  1: 'ATTORNEY TO BE NOTICED',
  2: 'LEAD ATTORNEY',
  3: 'ATTORNEY IN SEALED GROUP',
  4: 'PRO HAC VICE',
  5: 'SELF-TERMINATED',
  6: 'TERMINATED',
  7: 'SUSPENDED',
  8: 'INACTIVE',
  9: 'DISBARRED',
  10: 'UNKNOWN',
};

/** `document_type` of a RECAP document: the entry's main document or one of its attachments. */
export const RECAP_DOCUMENT_TYPE = { PacerDocument: 1, Attachment: 2 } as const;
