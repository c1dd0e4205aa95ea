import { DomainError } from '@casetrail/core';

export enum TosErrorCode {
  UnsupportedFormat = 'tos_unsupported_format',
  InvalidRecordedAt = 'tos_invalid_recorded_at',
  RecordedAtInFuture = 'tos_recorded_at_in_future',
  DuplicateClauseKey = 'tos_duplicate_clause_key',
  EmptySnapshot = 'tos_empty_snapshot',
  SnapshotOutOfOrder = 'tos_snapshot_out_of_order',
  ServiceNotFound = 'tos_service_not_found',
  DocumentNotFound = 'tos_document_not_found',
  VersionNotFound = 'tos_version_not_found',
  ClauseNotFound = 'tos_clause_not_found',
  NoVersionAsOf = 'tos_no_version_as_of',
  InvalidVersionReference = 'tos_invalid_version_reference',
  DatesOutOfOrder = 'tos_dates_out_of_order',
  VersionsNotComparable = 'tos_versions_not_comparable',
  SourceAlreadyTracked = 'tos_source_already_tracked',
  ImportFolderNotFound = 'tos_import_folder_not_found',
  InvalidDocumentName = 'tos_invalid_document_name',
  InvalidTopic = 'tos_invalid_topic',
  EvidenceCaseNotFound = 'tos_evidence_case_not_found',
}

export class TosError extends DomainError<TosErrorCode> {}
