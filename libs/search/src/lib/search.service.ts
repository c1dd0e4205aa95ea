import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Case, CaseRelation, CaseRelationType } from '@casetrail/cases';
import { decodeCursor, encodeCursor } from '@casetrail/core';
import { JobName, JobsService } from '@casetrail/jobs';
import { DataSource } from 'typeorm';
import { caseSearchDocument, caseSearchId } from './case-search-document';
import { SearchError, SearchErrorCode } from './search-error';
import { SEARCH_INDEX, SearchIndex } from './search-index.port';
import { FACETS, Facet, MAX_QUERY_LENGTH, MAX_SEARCH_WINDOW, SearchFilters, SearchResult, SearchSort } from './search-query';

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
  ) {}

  get engine(): string {
    return this.index.engine;
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const started = Date.now();
    const q = (request.q ?? '').trim();
    if (q.length > MAX_QUERY_LENGTH) {
      throw new SearchError(SearchErrorCode.QueryTooLong, `q is ${q.length} characters; at most ${MAX_QUERY_LENGTH} are allowed.`, {
        maxLength: MAX_QUERY_LENGTH,
      });
    }
    const { filedFrom, filedTo } = request.filters;
    if (filedFrom !== undefined && filedTo !== undefined && filedFrom > filedTo) {
      throw new SearchError(SearchErrorCode.InvalidSearchParameter, 'filedFrom is after filedTo.', { parameter: 'filedFrom' });
    }
    const limit = request.limit ?? 20;
    const offset = request.cursor ? decodeCursor<{ o: number }>(request.cursor, ['o']).o : 0;
    if (!Number.isInteger(offset) || offset < 0 || offset + limit > MAX_SEARCH_WINDOW) {
      throw new SearchError(SearchErrorCode.InvalidSearchParameter, `Results can be paged up to ${MAX_SEARCH_WINDOW}; narrow the search.`, {
        parameter: 'cursor',
      });
    }
    const result = await this.index.search({
      q,
      filters: request.filters,
      sort: request.sort ?? SearchSort.Relevance,
      facets: parseFacets(request.facets),
      limit,
      offset,
    });
    const next = offset + result.hits.length;
    return {
      ...result,
      nextCursor: result.hits.length === limit && next < Math.min(result.total, MAX_SEARCH_WINDOW) ? encodeCursor({ o: next }) : null,
      tookMs: Date.now() - started,
    };
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
    await this.index.upsert([caseSearchDocument(entity, await this.familyOf(caseId))]);
  }

  /** Rebuilds the whole index from PostgreSQL: settings, then every case (and, as they land, pages and clauses). */
  async reindex(progress: ReindexProgress = () => undefined): Promise<{ documents: number }> {
    await this.index.ensureReady();
    await this.index.deleteAll();
    const caseIds = (await this.dataSource.getRepository(Case).find({ select: { id: true } })).map((c) => c.id);
    let done = 0;
    for (const id of caseIds) {
      await this.indexCase(id);
      progress((done += 1), caseIds.length);
    }
    return { documents: await this.index.count() };
  }

  /** Jobs waiting to be indexed: what an engine outage leaves behind until it returns. */
  async backlog(): Promise<number> {
    const queues = await this.jobs.health();
    return queues
      .filter((q) => q.name === JobName.DocumentIndex || q.name === JobName.SearchIndexCase)
      .reduce((sum, q) => sum + q.queued + q.active, 0);
  }

  async engineHealth(): Promise<void> {
    await this.index.health();
  }

  private async familyOf(caseId: string): Promise<string | null> {
    const membership = await this.dataSource
      .getRepository(CaseRelation)
      .findOne({ where: { fromCaseId: caseId, type: CaseRelationType.MdlMember } });
    return membership?.toCaseId ?? (await this.isFamilyHead(caseId) ? caseId : null);
  }

  private async isFamilyHead(caseId: string): Promise<boolean> {
    return this.dataSource.getRepository(CaseRelation).exists({ where: { toCaseId: caseId, type: CaseRelationType.MdlMember } });
  }
}

function parseFacets(raw: string | undefined): Facet[] {
  if (!raw) return [];
  const requested = raw.split(',').map((f) => f.trim()).filter(Boolean);
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
