// Citations: a pure extractor driven by reporters-db facts (src/data/reporters.json), stored
// citations with resolution to tracked cases and ToS clauses, and the case graph.
// Keys: cases "765 F. Supp. 3d 382" (canonical edition, no pin; neutral forms "2006-Ohio-2095",
// "T.C. Memo. 2019-233"); statutes "17 U.S.C. § 107" (section level, subsections in `section`),
// bare sections "§ 1202"; dockets "1:23-cv-11195", "MDL No. 3143"; docket entries "ECF No. 231";
// short forms, Id. and supra take the key of the citation they refer to.
export { extractCitations } from './lib/extraction/extract-citations';
export { EXTRACT_CITATIONS_TASK } from './lib/extraction/citation-tasks';
export type { ExtractTaskInput, ExtractTaskOutput } from './lib/extraction/extract-task';
export { normalizeCitationKey } from './lib/extraction/normalize-key';
export { normalizeReporter } from './lib/extraction/reporter-index';
export { CitationError, CitationErrorCode } from './lib/citations-error';
export type {
  CaseCitation,
  Citation as ExtractedCitation,
  CitationType,
  DocketCitation,
  EcfCitation,
  ExtractOptions,
  IdCitation,
  JournalCitation,
  LawCitation,
  ShortCaseCitation,
  Span,
  SupraCitation,
} from './lib/extraction/types';
export * from './lib/tos-quotes/quote-linker';
export * from './lib/storage/citation.entity';
export * from './lib/storage/citation-source';
export * from './lib/storage/citation-views';
export * from './lib/storage/stored-citation-type';
export * from './lib/storage/citations.service';
export * from './lib/graph/case-links';
export * from './lib/graph/graph-views';
export * from './lib/graph/related-cases.service';
export * from './lib/graph/case-graph.service';
export * from './lib/citations.entities';
export * from './lib/citations.module';
