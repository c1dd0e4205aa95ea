import type { V4Docket, V4DocketEntry, V4RecapDocument } from '../lib/api/v4-types';

/**
 * Builders of CourtListener REST API v4 objects with CourtListener's exact field names and value
 * types (see README.md for the commit and files each shape comes from). Fields Casetrail does not
 * read are included too, so that the parser is tested against whole objects.
 */
export const BASE_TIME = Date.parse('2024-01-02T10:00:00.000-08:00');

export function isoAt(offsetSeconds: number): string {
  return new Date(BASE_TIME + offsetSeconds * 1000).toISOString().replace('Z', '+00:00');
}

export function docketJson(id: number, overrides: Partial<V4Docket> = {}): Record<string, unknown> {
  return {
    resource_uri: `https://www.courtlistener.com/api/rest/v4/dockets/${id}/`,
    id,
    court: 'https://www.courtlistener.com/api/rest/v4/courts/nysd/',
    court_id: 'nysd',
    original_court_info: null,
    idb_data: null,
    clusters: [],
    audio_files: [],
    assigned_to: null,
    referred_to: null,
    absolute_url: `/docket/${id}/the-new-york-times-company-v-microsoft-corporation/`,
    date_created: '2023-12-27T13:34:47.224870-08:00',
    date_modified: '2024-01-02T10:00:00.000000-08:00',
    source: 9,
    appeal_from_str: '',
    assigned_to_str: 'Sidney H. Stein',
    referred_to_str: 'Ona T. Wang',
    panel_str: '',
    date_last_index: null,
    date_cert_granted: null,
    date_cert_denied: null,
    date_argued: null,
    date_reargued: null,
    date_reargument_denied: null,
    date_filed: '2023-12-27',
    date_terminated: null,
    date_last_filing: '2024-01-02',
    case_name_short: 'Microsoft Corporation',
    case_name: 'The New York Times Company v. Microsoft Corporation',
    case_name_full: '',
    slug: 'the-new-york-times-company-v-microsoft-corporation',
    docket_number: '1:23-cv-11195',
    docket_number_core: '2311195',
    docket_number_raw: '',
    docket_number_source: 1,
    federal_dn_office_code: '1',
    federal_dn_case_type: 'cv',
    federal_dn_judge_initials_assigned: 'SHS',
    federal_dn_judge_initials_referred: 'OTW',
    federal_defendant_number: null,
    pacer_case_id: '612697',
    cause: '17:501 Copyright Infringement',
    nature_of_suit: '820 Copyright',
    jury_demand: 'Plaintiff',
    jurisdiction_type: 'Federal question',
    appellate_fee_status: '',
    appellate_case_type_information: '',
    mdl_status: '',
    filepath_ia: '',
    filepath_ia_json: '',
    ia_upload_failure_count: null,
    ia_needs_upload: true,
    ia_date_first_change: null,
    date_blocked: null,
    blocked: false,
    appeal_from: null,
    parent_docket: null,
    tags: [],
    panel: [],
    ...overrides,
  };
}

export interface RecapDocumentSpec {
  id: number;
  attachmentNumber?: number | null;
  description?: string;
  /** A path under the replay's storage; null: CourtListener does not have the PDF (nobody bought it). */
  filepathLocal?: string | null;
  sha1?: string;
  pageCount?: number | null;
  fileSize?: number | null;
  pacerDocId?: string;
}

export function recapDocumentJson(
  docketId: number,
  entryNumber: number | null,
  modified: string,
  spec: RecapDocumentSpec,
): V4RecapDocument & Record<string, unknown> {
  const attachment = spec.attachmentNumber ?? null;
  const available = Boolean(spec.filepathLocal);
  return {
    resource_uri: `https://www.courtlistener.com/api/rest/v4/recap-documents/${spec.id}/`,
    id: spec.id,
    tags: [],
    absolute_url: `/docket/${docketId}/${entryNumber ?? 0}/${attachment ? `${attachment}/` : ''}the-new-york-times-company-v-microsoft-corporation/`,
    date_created: '2024-01-02T10:00:00.000000-08:00',
    date_modified: modified,
    date_upload: available ? modified : null,
    document_type: attachment ? 2 : 1,
    description: spec.description ?? '',
    acms_document_guid: '',
    document_number: entryNumber === null ? '' : String(entryNumber),
    attachment_number: attachment,
    pacer_doc_id: spec.pacerDocId ?? '',
    is_available: available,
    is_free_on_pacer: null,
    is_sealed: null,
    sha1: available ? (spec.sha1 ?? '') : '',
    page_count: spec.pageCount ?? null,
    file_size: spec.fileSize ?? null,
    filepath_local: spec.filepathLocal ?? null,
    filepath_ia: '',
    ia_upload_failure_count: null,
    thumbnail: null,
    thumbnail_status: 0,
    plain_text: '',
    ocr_status: null,
  };
}

export interface EntrySpec {
  id: number;
  entryNumber: number | null;
  dateFiled: string | null;
  description: string;
  /** Seconds after BASE_TIME: the entry's `date_modified` (pages are ordered by it). */
  modifiedAt: number;
  pacerSequenceNumber?: number | null;
  documents?: RecapDocumentSpec[];
}

export function docketEntryJson(docketId: number, spec: EntrySpec): V4DocketEntry & Record<string, unknown> {
  const modified = isoAt(spec.modifiedAt);
  return {
    resource_uri: `https://www.courtlistener.com/api/rest/v4/docket-entries/${spec.id}/`,
    id: spec.id,
    docket: `https://www.courtlistener.com/api/rest/v4/dockets/${docketId}/`,
    recap_documents: (spec.documents ?? []).map((d) => recapDocumentJson(docketId, spec.entryNumber, modified, d)),
    date_created: modified,
    date_modified: modified,
    date_filed: spec.dateFiled,
    time_filed: null,
    entry_number: spec.entryNumber,
    recap_sequence_number: spec.dateFiled ? `${spec.dateFiled}.${String(spec.entryNumber ?? 0).padStart(3, '0')}` : '',
    pacer_sequence_number: spec.pacerSequenceNumber ?? null,
    description: spec.description,
    tags: [],
  };
}

export function partyJson(
  id: number,
  docketId: number,
  name: string,
  partyType: string,
  attorneyIds: { id: number; role: number }[],
): Record<string, unknown> {
  return {
    resource_uri: `https://www.courtlistener.com/api/rest/v4/parties/${id}/`,
    id,
    attorneys: attorneyIds.map((a) => ({
      attorney: `https://www.courtlistener.com/api/rest/v4/attorneys/${a.id}/`,
      attorney_id: a.id,
      date_action: null,
      docket: `https://www.courtlistener.com/api/rest/v4/dockets/${docketId}/`,
      docket_id: docketId,
      role: a.role,
    })),
    party_types: [{ party: `https://www.courtlistener.com/api/rest/v4/parties/${id}/`, party_type: partyType }],
    date_created: '2023-12-27T13:34:47.224870-08:00',
    date_modified: '2024-01-02T10:00:00.000000-08:00',
    name,
    extra_info: '',
  };
}

export function attorneyJson(id: number, name: string, contact: string): Record<string, unknown> {
  return {
    resource_uri: `https://www.courtlistener.com/api/rest/v4/attorneys/${id}/`,
    id,
    parties_represented: [],
    date_created: '2023-12-27T13:34:47.224870-08:00',
    date_modified: '2024-01-02T10:00:00.000000-08:00',
    name,
    contact_raw: contact,
    phone: '',
    fax: '',
    email: '',
  };
}

/** A docket of `n` entries numbered 1…n, one day apart from 2023-12-27, modified one second apart. */
export function generatedEntries(n: number, firstId = 3_000_000): EntrySpec[] {
  return Array.from({ length: n }, (_, i) => {
    const date = new Date(Date.UTC(2023, 11, 27) + Math.floor(i / 5) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: firstId + i,
      entryNumber: i + 1,
      dateFiled: date,
      description:
        i === 0
          ? 'COMPLAINT against Microsoft Corporation, OpenAI Inc. (Filing fee $ 405.00)'
          : `LETTER addressed to Judge Sidney H. Stein (entry ${i + 1})`,
      modifiedAt: i,
      pacerSequenceNumber: 100 + i,
      documents: [
        {
          id: 9_000_000 + i,
          description: i === 0 ? 'Complaint' : 'Letter',
          pacerDocId: `12713${String(i).padStart(6, '0')}`,
        },
      ],
    };
  });
}
