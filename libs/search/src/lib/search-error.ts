import { DomainError } from '@casetrail/core';

export enum SearchErrorCode {
  QueryTooLong = 'query_too_long',
  InvalidSearchParameter = 'invalid_search_parameter',
  EngineUnavailable = 'search_engine_unavailable',
  EngineTaskFailed = 'search_engine_task_failed',
  InvalidDocumentId = 'invalid_search_document_id',
}

export class SearchError extends DomainError<SearchErrorCode> {}
