import { DocumentType } from '../extraction/document-type';
import { TextLayerIssue } from '../extraction/extraction-result';
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
