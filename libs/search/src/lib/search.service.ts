import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Case, CasesService, DocketEntry } from '@casetrail/cases';
import { Document, DocumentPage, DocumentsService, DocumentStatus } from '@casetrail/documents';
import { decodeCursor, encodeCursor } from '@casetrail/core';
import { JobName, JobsService, QueueHealth } from '@casetrail/jobs';
import { TosClause, TosDocument, TosVersion } from '@casetrail/tos';
import { Readable } from 'node:stream';
import { DataSource, In } from 'typeorm';
import { caseSearchDocument, caseSearchId } from './case-search-document';
import { docketEntrySearchDocument } from './docket-entry-search-document';
import { filingSearchDocuments } from './filing-search-documents';
import { SearchDocument } from './search-document';
import { SearchError, SearchErrorCode } from './search-error';
import { SEARCH_INDEX, SearchIndex } from './search-index.port';
import {
  FACETS,
  Facet,
  MAX_QUERY_LENGTH,
  MAX_SEARCH_WINDOW,
  SearchFilters,
  SearchQuery,
  SearchResult,
  SearchSort,
} from './search-query';
import { EXPORT_BATCH, searchHitPages, searchHitsCsv } from './export/search-csv';
import { tosClauseSearchDocument, tosClauseSearchId } from './tos-search-document';
import { clauseKeysEverRecorded, recordedTosDocumentIds } from './search-sources.repository';

export interface SearchRequest {
  q?: string;
  filters: SearchFilters;
  sort?: SearchSort;
  facets?: string;
  limit?: number;
  cursor?: string;
}

export interface SearchResponse extends SearchResult {
  nextCursor: string | null;
  tookMs: number;
}

export type ReindexProgress = (done: number, total: number) => void;

/** Parses API searches into engine queries, and keeps the index in step with PostgreSQL. */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_INDEX) private readonly index: SearchIndex,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly documents: DocumentsService,
    private readonly cases: CasesService,
  ) {}

  get engine(): string {
    return this.index.engine;
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const started = Date.now();
    const query = parseRequest(request);
    const result = await this.index.search(query);
    const next = query.offset + result.hits.length;
    return {
      ...result,
      nextCursor:
        result.hits.length === query.limit && next < Math.min(result.total, MAX_SEARCH_WINDOW)
          ? encodeCursor({ o: next })
          : null,
      tookMs: Date.now() - started,
    };
  }

  /**
   * Every hit of a search from its cursor on, up to the 10,000-hit window, as CSV streamed batch by
   * batch (EXPORT_BATCH hits per engine call). The request is checked and its first batch read
   * before anything is written, so bad input is still a 400.
   */
  async exportCsv(request: SearchRequest): Promise<Readable> {
    const checked = parseRequest({ ...request, limit: 1 });
    const query = { ...checked, facets: [], limit: Math.min(EXPORT_BATCH, MAX_SEARCH_WINDOW - checked.offset) };
    const first = await this.index.search(query);
    return searchHitsCsv(searchHitPages(this.index, query, first, EXPORT_BATCH));
  }

  async indexCase(caseId: string): Promise<void> {
    const entity = await this.dataSource.getRepository(Case).findOne({
      where: { id: caseId },
      relations: { parties: { party: true }, judges: { judge: true } },
    });
    if (!entity) {
      await this.index.deleteByIds([caseSearchId(caseId)]);
      return;
    }
    const familyId = await this.familyIdOf(caseId);
    await this.index.upsert([caseSearchDocument(entity, familyId)]);
    // Entry documents carry the case's name, court, parties and judges: they follow the case.
    await this.indexEntries(entity, familyId);
  }

  /**
   * Indexes docket entries of one case: those named (created or changed by an import), else all of
   * them (entries are merged, never removed, so an upsert keeps the index equal to the docket). A
   * case that is gone has no entries left to index.
   */
  async indexDocket(caseId: string, entryIds?: readonly string[]): Promise<void> {
    const owner = await this.dataSource.getRepository(Case).findOne({
      where: { id: caseId },
      relations: { parties: { party: true }, judges: { judge: true } },
    });
    if (owner) await this.indexEntries(owner, await this.familyIdOf(caseId), entryIds);
  }

  private async indexEntries(owner: Case, familyId: string | null, entryIds?: readonly string[]): Promise<void> {
    const caseId = owner.id;
    const entries = await this.dataSource.getRepository(DocketEntry).find({
      where: entryIds ? { caseId, id: In([...entryIds]) } : { caseId },
      order: { dateFiled: 'ASC', sortOrder: 'ASC', id: 'ASC' },
    });
    for (let i = 0; i < entries.length; i += DOCKET_BATCH) {
      await this.index.upsert(
        entries.slice(i, i + DOCKET_BATCH).map((entry) => docketEntrySearchDocument(owner, familyId, entry)),
      );
    }
  }

  /**
   * Replaces the page documents of one filing and marks it `indexed`. A filing that is gone, or
   * failed, leaves no pages in the index.
   */
  async indexDocument(documentId: string): Promise<void> {
    await this.index.deleteByDocumentId(documentId);
    const pages = await this.filingPages(documentId, (caseId) => this.indexedOwner(caseId));
    if (pages === null) return;
    await this.index.upsert(pages);
    await this.documents.markIndexed(documentId);
  }

  /** The page documents of an extracted filing; null when it is gone or not extracted. */
  private async filingPages(
    documentId: string,
    ownerOf: (caseId: string) => Promise<IndexedOwner | null>,
  ): Promise<SearchDocument[] | null> {
    const document = await this.dataSource.getRepository(Document).findOne({ where: { id: documentId } });
    if (!document || ![DocumentStatus.Extracted, DocumentStatus.Indexed].includes(document.status)) return null;
    const pages = await this.dataSource
      .getRepository(DocumentPage)
      .find({ where: { documentId }, order: { number: 'ASC' } });
    const owner = document.caseId ? await ownerOf(document.caseId) : null;
    return filingSearchDocuments(document, pages, owner?.entity ?? null, owner?.familyId ?? null);
  }

  private async indexedOwner(caseId: string): Promise<IndexedOwner | null> {
    const entity = await this.dataSource.getRepository(Case).findOne({
      where: { id: caseId },
      relations: { parties: { party: true }, judges: { judge: true } },
    });
    return entity ? { entity, familyId: await this.familyIdOf(caseId) } : null;
  }

  /**
   * Sends every filing's pages in batches of about `batchPages`, each written while the next one is
   * read from PostgreSQL, and marks the filings of a batch indexed once the engine has it. The index
   * was emptied first, so nothing is deleted filing by filing.
   */
  private async reindexFilings(
    documentIds: string[],
    batchPages: number,
    done: (filings: number) => void,
  ): Promise<void> {
    const owners = new Map<string, Promise<IndexedOwner | null>>();
    const ownerOf = (caseId: string) => {
      if (!owners.has(caseId)) owners.set(caseId, this.indexedOwner(caseId));
      return owners.get(caseId) as Promise<IndexedOwner | null>;
    };
    let writing: Promise<void> = Promise.resolve();
    const write = async (pages: SearchDocument[], filings: string[]) => {
      await writing;
      writing = this.writeFilingBatch(pages, filings).then(() => done(filings.length));
      // Awaited before the next write; handled now so that a failure while the next batch is read
      // is not reported as unhandled.
      writing.catch(() => undefined);
    };
    let pages: SearchDocument[] = [];
    let filings: string[] = [];
    for (const documentId of documentIds) {
      const filingPages = await this.filingPages(documentId, ownerOf);
      if (filingPages !== null) pages.push(...filingPages);
      filings.push(documentId);
      if (pages.length >= batchPages) {
        await write(pages, filings);
        pages = [];
        filings = [];
      }
    }
    await write(pages, filings);
    await writing;
  }

  private async writeFilingBatch(pages: SearchDocument[], filings: string[]): Promise<void> {
    await this.index.upsert(pages);
    await this.documents.markIndexed(filings);
  }

  /**
   * Indexes the text clauses of the latest version of a terms-of-service document, one search
   * document per clause key, and removes the clauses that earlier versions had and this one lacks.
   */
  async indexTosDocument(documentId: string): Promise<void> {
    const document = await this.dataSource
      .getRepository(TosDocument)
      .findOne({ where: { id: documentId }, relations: { service: true } });
    const version = document
      ? await this.dataSource
          .getRepository(TosVersion)
          .findOne({ where: { documentId }, order: { recordedAt: 'DESC', sequence: 'DESC' } })
      : null;
    if (!document?.service || !version) {
      await this.index.deleteByDocumentId(documentId);
      return;
    }
    const clauses = await this.dataSource
      .getRepository(TosClause)
      .find({ where: { versionId: version.id, kind: 'text' }, order: { ordinal: 'ASC' } });
    const service = document.service;
    await this.index.upsert(clauses.map((clause) => tosClauseSearchDocument(service, document, version, clause)));
    const current = new Set(clauses.map((c) => c.key));
    const everKeys = await clauseKeysEverRecorded(this.dataSource, documentId);
    await this.index.deleteByIds(
      everKeys.filter((key) => !current.has(key)).map((key) => tosClauseSearchId(documentId, key)),
    );
  }

  /** Rebuilds the whole index from PostgreSQL: settings, then every case, filing page and terms-of-service clause. */
  async reindex(
    progress: ReindexProgress = () => undefined,
    batchPages = REINDEX_BATCH_PAGES,
  ): Promise<{ documents: number }> {
    await this.index.ensureReady();
    await this.index.deleteAll();
    const caseIds = (await this.dataSource.getRepository(Case).find({ select: { id: true } })).map((c) => c.id);
    const tosDocumentIds = await recordedTosDocumentIds(this.dataSource);
    let done = 0;
    const documentIds = (
      await this.dataSource.getRepository(Document).find({
        select: { id: true },
        where: { status: In([DocumentStatus.Extracted, DocumentStatus.Indexed]) },
      })
    ).map((d) => d.id);
    const total = caseIds.length + documentIds.length + tosDocumentIds.length;
    for (const id of caseIds) {
      await this.indexCase(id); // the case and its docket entries
      progress((done += 1), total);
    }
    await this.reindexFilings(documentIds, batchPages, (filings) => progress((done += filings), total));
    for (const id of tosDocumentIds) {
      await this.indexTosDocument(id);
      progress((done += 1), total);
    }
    return { documents: await this.index.count() };
  }

  /** Jobs waiting to be indexed: what an engine outage leaves behind until it returns. */
  async backlog(): Promise<number> {
    return searchBacklog(await this.jobs.health());
  }

  /** The same count from a queue report the caller already read (as /health does). */
  backlogOf(queues: QueueHealth[]): number {
    return searchBacklog(queues);
  }

  async engineHealth(): Promise<void> {
    await this.index.health();
  }

  /** The head of the case's family when it has one (the MDL of its members), else null. */
  private async familyIdOf(caseId: string): Promise<string | null> {
    const family = await this.cases.familyOf(caseId);
    return family.members.length > 0 ? family.root.id : null;
  }
}

/** Docket entries sent to the engine at a time (a docket can hold thousands). */
const DOCKET_BATCH = 1000;
/** Filing pages sent to the engine at a time by a full reindex. */
const REINDEX_BATCH_PAGES = 5000;

interface IndexedOwner {
  entity: Case;
  familyId: string | null;
}

function parseRequest(request: SearchRequest): SearchQuery {
  const q = (request.q ?? '').trim();
  if (q.length > MAX_QUERY_LENGTH) {
    throw new SearchError(
      SearchErrorCode.QueryTooLong,
      `q is ${q.length} characters; at most ${MAX_QUERY_LENGTH} are allowed.`,
      {
        maxLength: MAX_QUERY_LENGTH,
      },
    );
  }
  const { filedFrom, filedTo } = request.filters;
  if (filedFrom !== undefined && filedTo !== undefined && filedFrom > filedTo) {
    throw new SearchError(SearchErrorCode.InvalidSearchParameter, 'filedFrom is after filedTo.', {
      parameter: 'filedFrom',
    });
  }
  const limit = request.limit ?? 20;
  const offset = request.cursor ? decodeCursor(request.cursor, { o: 'int' }).o : 0;
  if (!Number.isInteger(offset) || offset < 0 || offset + limit > MAX_SEARCH_WINDOW) {
    throw new SearchError(
      SearchErrorCode.InvalidSearchParameter,
      `Results can be paged up to ${MAX_SEARCH_WINDOW}; narrow the search.`,
      {
        parameter: 'cursor',
      },
    );
  }
  return {
    q,
    filters: request.filters,
    sort: request.sort ?? SearchSort.Relevance,
    facets: parseFacets(request.facets),
    limit,
    offset,
  };
}

function parseFacets(raw: string | undefined): Facet[] {
  if (!raw) return [];
  const requested = raw
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  const unknown = requested.filter((f) => !(FACETS as readonly string[]).includes(f));
  if (unknown.length > 0) {
    throw new SearchError(SearchErrorCode.InvalidSearchParameter, `Unknown facet(s): ${unknown.join(', ')}.`, {
      parameter: 'facets',
      unknown,
      allowed: FACETS,
    });
  }
  return [...new Set(requested)] as Facet[];
}

const INDEXING_QUEUES: string[] = [
  JobName.DocumentIndex,
  JobName.SearchIndexCase,
  JobName.SearchIndexDocket,
  JobName.SearchIndexTosVersion,
];

/** Indexing jobs queued or running, from a queue report already read. */
export function searchBacklog(queues: QueueHealth[]): number {
  return queues.filter((q) => INDEXING_QUEUES.includes(q.name)).reduce((sum, q) => sum + q.queued + q.active, 0);
}
