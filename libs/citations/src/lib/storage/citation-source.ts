/** What a stored citation was found in. Filings and ToS versions live in their own libs. */
export enum CitationSourceKind {
  Document = 'document',
  TosVersion = 'tos_version',
}

export const CITATION_SOURCE_KINDS = Object.values(CitationSourceKind);

/**
 * The source handed to `CitationsService.replaceForSource` by the lib that owns it.
 * `caseId` is the case a filing belongs to (it makes "cites / cited by" edges of the case graph);
 * `courtId` breaks ties when a docket number is tracked in several courts.
 */
export interface CitationSource {
  kind: CitationSourceKind;
  id: string;
  caseId?: string | null;
  courtId?: string | null;
}
