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
export {
  buildClauseIndex,
  findQuotations,
  linkQuotesToClauses,
  normalizeQuoteText,
  plainClauseText,
  shingles,
} from './lib/tos-quotes/quote-linker';
export type {
  ClauseIndex,
  QuoteFields,
  QuoteLinkOptions,
  TosClauseText,
  TosQuoteLink,
} from './lib/tos-quotes/quote-linker';
export { TosQuoteService } from './lib/tos-quotes/tos-quote.service';
export { Citation } from './lib/storage/citation.entity';
export type { JsonValue } from './lib/storage/citation.entity';
export { CITATION_SOURCE_KINDS, CitationSourceKind } from './lib/storage/citation-source';
export type { CitationSource } from './lib/storage/citation-source';
export { toSourceCitationView } from './lib/storage/citation-views';
export type { CaseRef, CitationsByKeyView, CitingSourceView, SourceCitationView } from './lib/storage/citation-views';
export { CASE_KEY_TYPES } from './lib/storage/stored-citation-type';
export type { StoredCitationType } from './lib/storage/stored-citation-type';
export { CitationsService } from './lib/storage/citations.service';
export type { ListByKeyQuery, ReplaceResult } from './lib/storage/citations.service';
export { CaseLinks, LINK_KINDS, LinkKind } from './lib/graph/case-links';
export type { CaseLink, LinkOptions, RelatedReason } from './lib/graph/case-links';
export type {
  CaseGraphView,
  CaseNodeSummary,
  GraphEdge,
  GraphNode,
  RelatedCasesView,
  RelatedCaseView,
} from './lib/graph/graph-views';
export { RelatedCasesService } from './lib/graph/related-cases.service';
export { CaseGraphService, MAX_GRAPH_DEPTH, MAX_GRAPH_NODES } from './lib/graph/case-graph.service';
export type { GraphQuery } from './lib/graph/case-graph.service';
export { CITATIONS_ENTITIES } from './lib/citations.entities';
export { CitationsModule } from './lib/citations.module';
