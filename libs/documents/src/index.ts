// Extraction: pure functions over bytes and text, usable without a database.
export { extractDocument, inspectDocument, resolveMediaType } from './lib/extraction/extract-document';
export type { DocumentInspection, ExtractDocumentOptions } from './lib/extraction/extract-document';
export { TextLayerIssue } from './lib/extraction/extraction-result';
export type { ExtractedPage, ExtractionResult } from './lib/extraction/extraction-result';
export { ExtractionError, ExtractionErrorCode, isExtractionError } from './lib/extraction/extraction-error';
export { MediaType, OCTET_STREAM, mediaTypeFromFileName, sniffMediaType } from './lib/extraction/media-type';
export { findFederalHeaders, parseFederalHeader } from './lib/extraction/federal-header';
export type { FederalHeader, FederalHeaderStyle } from './lib/extraction/federal-header';
export { deriveFilingMetadata, documentLeadText } from './lib/extraction/filing-metadata';
export type { FilingMetadata, PageInput } from './lib/extraction/filing-metadata';
export { DocumentType } from './lib/extraction/document-type';
export { classifyDocument, explainClassification } from './lib/extraction/classify-document';
export type { Classification, ClassificationEvidence, ClassifyInput, EvidenceSource } from './lib/extraction/classify-document';
export { analyseFiling } from './lib/extraction/analyse-filing';
export type { FilingAnalysis } from './lib/extraction/analyse-filing';
export { detectDistrictCourt } from './lib/extraction/district-court';
export { deriveTitle } from './lib/extraction/derive-title';
export { textSimilarity, tokenF1 } from './lib/extraction/text-similarity';
