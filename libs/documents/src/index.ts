export { DocumentsError, DocumentsErrorCode } from './lib/documents-error';
export { DocumentsModule } from './lib/documents.module';
export { DOCUMENTS_ENTITIES } from './lib/documents.entities';
export { Document } from './lib/documents/document.entity';
export { documentEntryNumber } from './lib/documents/document-event-payload';
export { CaseMatchSource, DocumentFailureCode, DocumentStatus } from './lib/documents/document-status';
export { ListCaseDocumentsQuery, UploadDocumentFields } from './lib/documents/document.dto';
export { documentPath, toDocumentPageView, toDocumentView } from './lib/documents/document-views';
export type { DocumentPageView, DocumentView } from './lib/documents/document-views';
export { DocumentsService } from './lib/documents/documents.service';
export type { DocumentCitationsView, StoredFile } from './lib/documents/documents.service';
export { DocumentPage } from './lib/pages/document-page.entity';
export { BlobStore } from './lib/blobs/blob-store';
export { matchCase, sameDocket } from './lib/ingest/case-matcher';
export type { CaseMatch } from './lib/ingest/case-matcher';
export {
  CALLER_EXTRACTION_GRACE_SECONDS,
  CALLER_INGEST_CONCURRENCY,
  DocumentIngestService,
} from './lib/ingest/document-ingest.service';
export type {
  IngestFields,
  IngestInput,
  IngestOptions,
  IngestResult,
  StagedFile,
} from './lib/ingest/document-ingest.service';
export { DocumentExtractionService } from './lib/ingest/document-extraction.service';
export type { ExtractionOutcome } from './lib/ingest/document-extraction.service';
export { joinPages } from './lib/citations/document-citations';
export { DocumentJobHandlers } from './lib/jobs/document-job-handlers';
export { DocumentOcrService } from './lib/ocr/document-ocr.service';
export type { OcrRunOptions, OcrRunOutcome, OcrRunStatus } from './lib/ocr/document-ocr.service';
export { OcrJobHandlers } from './lib/ocr/ocr-job-handlers';
export { DocumentOcrStatus, OcrFinishFailureCode, PageOcrStatus, PageTextSource } from './lib/ocr/ocr-status';
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
