import type { Index, Meilisearch, SearchParams, Task } from 'meilisearch';
import { assertValidIds, SearchDocument, SearchKind } from '../search-document';
import { SearchError, SearchErrorCode } from '../search-error';
import { SearchIndex } from '../search-index.port';
import { Facet, MAX_SEARCH_WINDOW, SearchQuery, SearchResult, SearchSort } from '../search-query';
import { MARK_END, MARK_START, renderSnippet, stripMarkers } from '../snippet';
import { buildFilter, quoteFilterValue } from './filter-expression';
import { INDEX_SETTINGS } from './index-settings';

const FACET_ATTRIBUTES: Record<Facet, string> = {
  kind: 'kind',
  court: 'court',
  case: 'caseSlug',
  documentType: 'documentType',
  year: 'year',
  service: 'service',
};
const UPSERT_BATCH = 1000;
const TASK_TIMEOUT_MS = 120_000;

/** Meilisearch through its official client; every write waits for its task and surfaces its error. */
export class MeilisearchSearchIndex implements SearchIndex {
  readonly engine = 'meilisearch';
  private clientPromise: Promise<Meilisearch> | null = null;

  constructor(
    private readonly url: string,
    private readonly apiKey: string | null,
    private readonly indexUid = 'casetrail',
  ) {}

  async ensureReady(): Promise<void> {
    const client = await this.client();
    const exists = await client
      .index(this.indexUid)
      .getRawInfo()
      .then(
        () => true,
        () => false,
      );
    if (!exists)
      await this.settle(client.createIndex(this.indexUid, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS }));
    await this.settle((await this.index()).updateSettings(INDEX_SETTINGS).waitTask({ timeout: TASK_TIMEOUT_MS }));
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    assertValidIds(documents);
    const index = await this.index();
    for (let start = 0; start < documents.length; start += UPSERT_BATCH) {
      const batch = documents
        .slice(start, start + UPSERT_BATCH)
        .map((doc) => ({ ...doc, text: stripMarkers(doc.text) }));
      await this.settle(index.addDocuments(batch, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS }));
    }
  }

  async deleteByIds(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.settle((await this.index()).deleteDocuments(ids).waitTask({ timeout: TASK_TIMEOUT_MS }));
  }

  async deleteByDocumentId(documentId: string): Promise<void> {
    const filter = `documentId = ${quoteFilterValue(documentId)}`;
    await this.settle((await this.index()).deleteDocuments({ filter }).waitTask({ timeout: TASK_TIMEOUT_MS }));
  }

  async deleteAll(): Promise<void> {
    await this.settle((await this.index()).deleteAllDocuments().waitTask({ timeout: TASK_TIMEOUT_MS }));
  }

  async count(): Promise<number> {
    return (await (await this.index()).getStats()).numberOfDocuments;
  }

  async health(): Promise<void> {
    const client = await this.client();
    await client.health().catch((error: unknown) => {
      throw new SearchError(
        SearchErrorCode.EngineUnavailable,
        `Meilisearch at ${this.url} is not reachable: ${String(error)}`,
      );
    });
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const index = await this.index();
    const pageMode = query.offset % query.limit === 0;
    const params: SearchParams = {
      filter: buildFilter(query.filters),
      facets: query.facets.map((f) => FACET_ATTRIBUTES[f]),
      sort:
        query.sort === SearchSort.FiledAtAsc
          ? ['filedAt:asc']
          : query.sort === SearchSort.FiledAtDesc
            ? ['filedAt:desc']
            : undefined,
      attributesToCrop: ['text'],
      cropLength: 40,
      cropMarker: ' … ',
      attributesToHighlight: ['text'],
      highlightPreTag: MARK_START,
      highlightPostTag: MARK_END,
      showRankingScore: true,
      matchingStrategy: 'all',
      ...(pageMode
        ? { hitsPerPage: query.limit, page: query.offset / query.limit + 1 }
        : { limit: query.limit, offset: query.offset }),
    };
    const response = await index.search<SearchDocument>(query.q, params).catch((error: unknown) => {
      throw new SearchError(SearchErrorCode.EngineUnavailable, `Meilisearch search failed: ${String(error)}`);
    });
    const total =
      'totalHits' in response && typeof response.totalHits === 'number'
        ? response.totalHits
        : (response.estimatedTotalHits ?? 0);
    const facets: SearchResult['facets'] = {};
    for (const facet of query.facets) {
      facets[facet] = { ...(response.facetDistribution?.[FACET_ATTRIBUTES[facet]] ?? {}) };
    }
    return {
      hits: response.hits.map((hit) => ({
        id: hit.id,
        kind: hit.kind as SearchKind,
        documentId: hit.documentId,
        documentTitle: hit.documentTitle,
        page: hit.page,
        caseSlug: hit.caseSlug,
        caseName: hit.caseName,
        court: hit.court,
        documentType: hit.documentType,
        entryNumber: hit.entryNumber ?? null,
        filedAt: hit.filedAt,
        service: hit.service,
        snippet: renderSnippet(String(hit._formatted?.text ?? hit.text ?? '')),
        score: typeof hit._rankingScore === 'number' ? hit._rankingScore : 0,
      })),
      total,
      facets,
      totalIsEstimate:
        !('totalHits' in response && typeof response.totalHits === 'number') || total >= MAX_SEARCH_WINDOW,
      correctedQuery: null,
      engine: this.engine,
    };
  }

  private async settle(taskPromise: Promise<Task>): Promise<void> {
    const task = await taskPromise.catch((error: unknown) => {
      throw new SearchError(SearchErrorCode.EngineUnavailable, `Meilisearch did not accept the task: ${String(error)}`);
    });
    if (task.status !== 'succeeded') {
      throw new SearchError(
        SearchErrorCode.EngineTaskFailed,
        `Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? 'no reason given'}`,
        {
          taskUid: task.uid,
          type: task.type,
          error: task.error ?? null,
        },
      );
    }
  }

  private async index(): Promise<Index<SearchDocument>> {
    return (await this.client()).index<SearchDocument>(this.indexUid);
  }

  private client(): Promise<Meilisearch> {
    this.clientPromise ??= import('meilisearch').then(
      ({ Meilisearch: Client }) => new Client({ host: this.url, apiKey: this.apiKey ?? undefined }),
    );
    return this.clientPromise;
  }
}
