export * from './lib/documents-error';
export * from './lib/documents.module';
export * from './lib/documents.entities';
export * from './lib/documents/document.entity';
export { documentEntryNumber } from './lib/documents/document-event-payload';
export * from './lib/documents/document-status';
export * from './lib/documents/document.dto';
export * from './lib/documents/document-views';
export * from './lib/documents/documents.service';
export * from './lib/pages/document-page.entity';
export * from './lib/blobs/blob-store';
export * from './lib/ingest/case-matcher';
export * from './lib/ingest/document-ingest.service';
export * from './lib/ingest/document-extraction.service';
export { joinPages } from './lib/citations/document-citations';
export * from './lib/jobs/document-job-handlers';
export * from './lib/ocr/document-ocr.service';
export * from './lib/ocr/ocr-job-handlers';
export * from './lib/ocr/ocr-status';
export { OcrPool, defaultOcrThreads, DEFAULT_OCR_DPI, DEFAULT_OCR_MAX_PIXELS } from './lib/ocr/ocr-pool';
export { OcrFailureCode } from './lib/ocr/ocr-task';
export type { OcrPageOutcome, OcrPageTask } from './lib/ocr/ocr-task';
export { englishModelDir } from './lib/ocr/tesseract-engine';
export { pageNeedsOcr } from './lib/ocr/page-assessment';
export type { GreyImage } from './lib/ocr/render-page';
export { toPgm } from './lib/ocr/render-page';
export { wordSimilarity, wordsOf } from './lib/ocr/word-similarity';

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
export type {
  Classification,
  ClassificationEvidence,
  ClassifyInput,
  EvidenceSource,
} from './lib/extraction/classify-document';
export { analyseFiling } from './lib/extraction/analyse-filing';
export type { FilingAnalysis } from './lib/extraction/analyse-filing';
export { detectDistrictCourt } from './lib/extraction/district-court';
export { deriveTitle } from './lib/extraction/derive-title';
export { textSimilarity, tokenF1 } from './lib/extraction/text-similarity';
