import { Case } from '@casetrail/cases';
import { Document, documentEntryNumber, DocumentPage } from '@casetrail/documents';
import {
  emptySearchDocument,
  epochSecondsOf,
  SearchDocument,
  searchDocumentId,
  SearchKind,
  yearOf,
} from './search-document';
import { caseFields } from './case-search-document';

export const pageSearchId = (documentId: string, page: number) => searchDocumentId('page', documentId, page);

/** One search document per page of a filing, carrying the filing's and its case's metadata. */
export function filingSearchDocuments(
  document: Document,
  pages: DocumentPage[],
  owner: Case | null,
  familyId: string | null,
): SearchDocument[] {
  const filedAt = epochSecondsOf(document.filedOn);
  const ofCase = owner ? caseFields(owner, familyId) : { familyId };
  return pages.map((page) => ({
    ...emptySearchDocument(pageSearchId(document.id, page.number), SearchKind.Filing),
    ...ofCase,
    court: document.courtId ?? owner?.courtId ?? null,
    docketNumber: document.docketNumber ?? owner?.docketNumber ?? null,
    documentId: document.id,
    documentTitle: document.title ?? document.originalFileName,
    documentType: document.documentType,
    entryNumber: documentEntryNumber(document),
    page: page.number,
    text: page.text,
    filedAt,
    year: yearOf(filedAt),
  }));
}
