import { inlineToPlain, TosClause, TosDocument, TosService, TosVersion } from '@casetrail/tos';
import { emptySearchDocument, SearchDocument, searchDocumentId, SearchKind, yearOf } from './search-document';

/** Search ids of a document's clauses: stable per clause key, so a new version replaces the old text in place. */
export function tosClauseSearchId(documentId: string, key: string): string {
  return searchDocumentId('tos', documentId, key);
}

/** The search document of one clause of the latest version of a terms-of-service document. */
export function tosClauseSearchDocument(
  service: TosService,
  document: TosDocument,
  version: TosVersion,
  clause: TosClause,
): SearchDocument {
  const recordedAt = Math.floor(version.recordedAt.getTime() / 1000);
  const section = clause.headingPath[clause.headingPath.length - 1];
  return {
    ...emptySearchDocument(tosClauseSearchId(document.id, clause.key), SearchKind.Tos),
    documentId: document.id,
    documentTitle: `${service.name} ${document.type}${section ? ` › ${section}` : ''}`,
    text: [clause.label, inlineToPlain(clause.text)].filter(Boolean).join(' '),
    filedAt: recordedAt,
    year: yearOf(recordedAt),
    service: service.name,
    provider: service.provider,
    tosDocumentType: document.type,
    recordedAt,
  };
}
