import { DocumentType } from '../extraction/document-type';
import { TextLayerIssue } from '../extraction/extraction-result';
import { DocumentOcrStatus, PageOcrStatus, PageTextSource } from '../ocr/ocr-status';
import { DocumentPage } from '../pages/document-page.entity';
import { Document } from './document.entity';
import { CaseMatchSource, DocumentStatus } from './document-status';

export interface DocumentView {
  id: string;
  sha256: string;
  status: DocumentStatus;
  /** Why extraction failed; null unless `status` is `failed`. */
  failure: { code: string; message: string | null } | null;
  mediaType: string;
  originalFileName: string;
  byteSize: number;
  case: { id: string; slug: string; shortName: string; matchedBy: CaseMatchSource | null } | null;
  court: string | null;
  docketNumber: string | null;
  documentType: DocumentType | null;
  documentTypeOverridden: boolean;
  entryNumber: number | null;
  ecfNumber: number | null;
  attachmentNumber: number | null;
  filedOn: string | null;
  title: string | null;
  sourceUrl: string | null;
  /** Null until extracted; false for a scan without usable text (see `textLayerIssue`). */
  textLayer: boolean | null;
  textLayerIssue: TextLayerIssue | null;
  pageCount: number | null;
  unreadablePages: number[];
  /**
   * OCR of the pages without a usable text layer; null when no page needed it. `pagesDone` of
   * `pagesTotal` grows while it runs; pages beyond the page cap are counted in `pagesSkipped`.
   */
  ocr: {
    status: DocumentOcrStatus | null;
    pagesTotal: number;
    pagesDone: number;
    pagesFailed: number;
    pagesSkipped: number;
    completedAt: string | null;
    /** Why OCR failed after its pages were read (status `failed`): the text is kept and searchable. */
    failure: { code: string; message: string } | null;
  } | null;
  links: { self: string; file: string; firstPage: string | null };
  createdAt: string;
  updatedAt: string;
  extractedAt: string | null;
}

export interface DocumentPageView {
  documentId: string;
  number: number;
  pageCount: number;
  text: string;
  /** `ocr` when the text was read from the page image, `text-layer` when it is the PDF's own text. */
  textSource: PageTextSource;
  /** Null on pages that never needed OCR. `confidence`: Tesseract's mean word confidence, 0-100. */
  ocr: {
    status: PageOcrStatus;
    confidence: number | null;
    failure: { code: string; message: string | null } | null;
  } | null;
}

export function toDocumentPageView(page: DocumentPage, pageCount: number): DocumentPageView {
  return {
    documentId: page.documentId,
    number: page.number,
    pageCount,
    text: page.text,
    textSource: page.textSource,
    ocr: page.ocrStatus
      ? {
          status: page.ocrStatus,
          confidence: page.ocrConfidence,
          failure: page.ocrFailureCode ? { code: page.ocrFailureCode, message: page.ocrFailureMessage } : null,
        }
      : null,
  };
}

export function documentPath(id: string): string {
  return `/api/v1/documents/${id}`;
}

export function toDocumentView(entity: Document): DocumentView {
  const self = documentPath(entity.id);
  const hasPages = entity.status === DocumentStatus.Extracted || entity.status === DocumentStatus.Indexed;
  return {
    id: entity.id,
    sha256: entity.sha256,
    status: entity.status,
    failure: entity.failureCode ? { code: entity.failureCode, message: entity.failureMessage } : null,
    mediaType: entity.mediaType,
    originalFileName: entity.originalFileName,
    byteSize: entity.byteSize,
    case: entity.case
      ? {
          id: entity.case.id,
          slug: entity.case.slug,
          shortName: entity.case.shortName,
          matchedBy: entity.caseMatchedBy,
        }
      : null,
    court: entity.courtId,
    docketNumber: entity.docketNumber,
    documentType: entity.documentType,
    documentTypeOverridden: entity.documentTypeOverridden,
    entryNumber: entity.entryNumber,
    ecfNumber: entity.ecfNumber,
    attachmentNumber: entity.attachmentNumber,
    filedOn: entity.filedOn,
    title: entity.title,
    sourceUrl: entity.sourceUrl,
    textLayer: entity.textLayer,
    textLayerIssue: entity.textLayerIssue,
    pageCount: entity.pageCount,
    unreadablePages: entity.unreadablePages,
    ocr:
      entity.ocrPagesTotal || entity.ocrPagesSkipped
        ? {
            status: entity.ocrStatus,
            pagesTotal: entity.ocrPagesTotal ?? 0,
            pagesDone: entity.ocrPagesDone,
            pagesFailed: entity.ocrPagesFailed,
            pagesSkipped: entity.ocrPagesSkipped,
            completedAt: entity.ocrCompletedAt?.toISOString() ?? null,
            failure:
              entity.ocrStatus === DocumentOcrStatus.Failed && entity.ocrFailureCode
                ? { code: entity.ocrFailureCode, message: entity.ocrFailureMessage ?? '' }
                : null,
          }
        : null,
    links: {
      self,
      file: `${self}/file`,
      firstPage: hasPages && (entity.pageCount ?? 0) > 0 ? `${self}/pages/1` : null,
    },
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    extractedAt: entity.extractedAt?.toISOString() ?? null,
  };
}
