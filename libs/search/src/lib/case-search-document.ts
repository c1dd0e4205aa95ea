import { Case } from '@casetrail/cases';
import {
  emptySearchDocument,
  epochSecondsOf,
  SearchDocument,
  searchDocumentId,
  SearchKind,
  yearOf,
} from './search-document';

export const caseSearchId = (caseId: string) => searchDocumentId('case', caseId);

/** What every search document of a case carries about it (filters, facets and hit labels). */
export function caseFields(
  entity: Case,
  familyId: string | null,
): Pick<
  SearchDocument,
  'caseId' | 'caseSlug' | 'caseName' | 'court' | 'docketNumber' | 'familyId' | 'parties' | 'judges'
> {
  return {
    caseId: entity.id,
    caseSlug: entity.slug,
    caseName: entity.shortName,
    court: entity.courtId,
    docketNumber: entity.docketNumber,
    familyId,
    parties: (entity.parties ?? []).map((p) => p.party?.name ?? '').filter(Boolean),
    judges: (entity.judges ?? []).map((j) => j.judge?.name ?? '').filter(Boolean),
  };
}

/** The search document of a case: caption, short name, parties, judges, claims and status. */
export function caseSearchDocument(entity: Case, familyId: string | null): SearchDocument {
  const filedAt = epochSecondsOf(entity.filedOn);
  return {
    ...emptySearchDocument(caseSearchId(entity.id), SearchKind.Case),
    ...caseFields(entity, familyId),
    documentTitle: entity.caption,
    text: [entity.caption, entity.statusNote ?? '', ...entity.claims, entity.notes ?? ''].filter(Boolean).join('\n'),
    filedAt,
    year: yearOf(filedAt),
    citations: entity.reportedCitations,
  };
}
