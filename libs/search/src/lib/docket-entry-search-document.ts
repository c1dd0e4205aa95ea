import { Case, DocketEntry } from '@casetrail/cases';
import { caseSearchDocument } from './case-search-document';
import { epochSecondsOf, SearchDocument, searchDocumentId, SearchKind, yearOf } from './search-document';

export const docketEntrySearchId = (entryId: string) => searchDocumentId('entry', entryId);

/**
 * The search document of one docket entry: its text, with the case's caption, court, docket number,
 * parties and judges (so filters and facets work as for filings). The entry type is the
 * `documentType` (filter and facet); the number and the feed's short description make the title.
 */
export function docketEntrySearchDocument(owner: Case, familyId: string | null, entry: DocketEntry): SearchDocument {
  const base = caseSearchDocument(owner, familyId);
  const filedAt = epochSecondsOf(entry.dateFiled);
  const title = [entry.entryNumber === null ? null : `No. ${entry.entryNumber}`, entry.shortDescription]
    .filter((part): part is string => Boolean(part))
    .join(' — ');
  return {
    ...base,
    id: docketEntrySearchId(entry.id),
    kind: SearchKind.DocketEntry,
    documentTitle: title || null,
    documentType: entry.entryType,
    entryNumber: entry.entryNumber === null ? null : String(entry.entryNumber),
    text: entry.description,
    filedAt,
    year: yearOf(filedAt),
    citations: [],
  };
}
