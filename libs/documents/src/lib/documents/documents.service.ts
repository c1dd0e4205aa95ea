import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CasesService } from '@casetrail/cases';
import { CitationSourceKind, CitationsService, SourceCitationView } from '@casetrail/citations';
import { decodeCursor, isUuid, Page, pageLimit, toPage } from '@casetrail/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { BlobStore } from '../blobs/blob-store';
import { DocumentsError, DocumentsErrorCode } from '../documents-error';
import { DocumentPage } from '../pages/document-page.entity';
import { ListCaseDocumentsQuery } from './document.dto';
import { Document } from './document.entity';
import { DocumentStatus } from './document-status';
import { DocumentPageView, DocumentView, toDocumentPageView, toDocumentView } from './document-views';

const NO_DATE = '9999-12-31';
const NO_ENTRY = 2147483647;

export interface DocumentCitationsView {
  documentId: string;
  count: number;
  citations: SourceCitationView[];
}

export interface StoredFile {
  path: string;
  mediaType: string;
  fileName: string;
  byteSize: number;
  sha256: string;
}

/** Reads documents, their pages and files; lists a case's documents. */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly blobs: BlobStore,
    private readonly cases: CasesService,
    private readonly citations: CitationsService,
  ) {}

  async get(id: string): Promise<DocumentView> {
    return toDocumentView(await this.findEntity(id, true));
  }

  async getPage(id: string, number: number): Promise<DocumentPageView> {
    const document = await this.findEntity(id);
    if (document.status !== DocumentStatus.Extracted && document.status !== DocumentStatus.Indexed) {
      throw new DocumentsError(
        DocumentsErrorCode.DocumentNotExtracted,
        document.status === DocumentStatus.Failed
          ? `Document ${id} failed extraction (${document.failureCode}); it has no pages.`
          : `Document ${id} is ${document.status}; its pages are not extracted yet.`,
        { documentId: id, status: document.status, failureCode: document.failureCode },
      );
    }
    const page = await this.dataSource.getRepository(DocumentPage).findOne({ where: { documentId: id, number } });
    if (!page) {
      throw new DocumentsError(
        DocumentsErrorCode.PageNotFound,
        `Document ${id} has no page ${number} (it has ${document.pageCount}).`,
        {
          documentId: id,
          page: number,
          pageCount: document.pageCount,
        },
      );
    }
    return toDocumentPageView(page, document.pageCount ?? 0);
  }

  /**
   * The text of each stored page of a document, in page order; none for an unknown or unextracted
   * document (what alerts match a new filing against, as their FilingTextSource).
   */
  async pageTexts(id: string): Promise<string[]> {
    if (!isUuid(id)) return [];
    const pages = await this.dataSource
      .getRepository(DocumentPage)
      .find({ select: { number: true, text: true }, where: { documentId: id }, order: { number: 'ASC' } });
    return pages.map((p) => p.text);
  }

  /** The citations found in a document's text, in text order (spans are offsets into its pages joined by newlines). */
  async citationsOf(id: string): Promise<DocumentCitationsView> {
    const document = await this.findEntity(id);
    const citations = await this.citations.listForSource({ kind: CitationSourceKind.Document, id: document.id });
    return { documentId: document.id, count: citations.length, citations };
  }

  /** Where the original bytes are, with what to serve them as (the sniffed type; text keeps its own encoding). */
  async file(id: string): Promise<StoredFile> {
    const document = await this.findEntity(id);
    if (!(await this.blobs.exists(document.blobPath))) {
      throw new Error(`The stored file of document ${id} (${document.blobPath}) is missing from the blob directory.`);
    }
    return {
      path: this.blobs.resolve(document.blobPath),
      mediaType: document.mediaType,
      fileName: document.originalFileName,
      byteSize: document.byteSize,
      sha256: document.sha256,
    };
  }

  /** A case's documents, by filing date, then entry number (undated last), with keyset pagination. */
  async listForCase(caseIdOrSlug: string, query: ListCaseDocumentsQuery): Promise<Page<DocumentView>> {
    const found = await this.cases.findEntity(caseIdOrSlug);
    const limit = pageLimit(query);
    const qb = this.dataSource
      .getRepository(Document)
      .createQueryBuilder('d')
      .select('d.id', 'id')
      .addSelect(`COALESCE(d.filed_on, '${NO_DATE}')::text`, 'f')
      .addSelect(`COALESCE(d.entry_number, ${NO_ENTRY})`, 'e')
      .where('d.case_id = :caseId', { caseId: found.id });
    if (query.documentType) qb.andWhere('d.document_type = :type', { type: query.documentType });
    if (query.filedFrom) qb.andWhere('d.filed_on >= :from', { from: query.filedFrom });
    if (query.filedTo) qb.andWhere('d.filed_on <= :to', { to: query.filedTo });
    if (query.cursor) {
      const after = decodeCursor(query.cursor, { f: 'date', e: 'int', id: 'uuid' });
      qb.andWhere(
        `(COALESCE(d.filed_on, '${NO_DATE}'), COALESCE(d.entry_number, ${NO_ENTRY}), d.id) > (:f::date, :e::int, :id::uuid)`,
        after,
      );
    }
    qb.orderBy(`COALESCE(d.filed_on, '${NO_DATE}')`, 'ASC')
      .addOrderBy(`COALESCE(d.entry_number, ${NO_ENTRY})`, 'ASC')
      .addOrderBy('d.id', 'ASC')
      .limit(limit + 1);
    const rows = await qb.getRawMany<{ id: string; f: string; e: number }>();
    const page = toPage(rows, limit, (last) => ({ f: last.f, e: Number(last.e), id: last.id }));
    const entities = await this.dataSource
      .getRepository(Document)
      .find({ where: { id: In(page.items.map((r) => r.id)) }, relations: { case: true } });
    const byId = new Map(entities.map((d) => [d.id, d]));
    return {
      items: page.items
        .map((r) => byId.get(r.id))
        .filter((d): d is Document => d !== undefined)
        .map(toDocumentView),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * Marks an extracted document (or several, in one statement) `indexed`. For the search indexer's
   * `document.index` handler and the full reindex; true when any was marked.
   */
  async markIndexed(
    ids: string | readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    if (typeof ids !== 'string' && ids.length === 0) return false;
    const result = await manager.update(
      Document,
      {
        id: typeof ids === 'string' ? ids : In([...ids]),
        status: In([DocumentStatus.Extracted, DocumentStatus.Indexed]),
      },
      {
        status: DocumentStatus.Indexed,
      },
    );
    return (result.affected ?? 0) > 0;
  }

  private async findEntity(id: string, withCase = false): Promise<Document> {
    const document = isUuid(id)
      ? await this.dataSource
          .getRepository(Document)
          .findOne({ where: { id }, relations: withCase ? { case: true } : {} })
      : null;
    if (!document)
      throw new DocumentsError(DocumentsErrorCode.DocumentNotFound, `No document ${id}.`, { documentId: id });
    return document;
  }
}
