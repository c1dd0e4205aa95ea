import type { EnqueuedTask, Index, Meilisearch, SearchResponse, Task } from 'meilisearch';
import { topFacetValues } from '../facet-values';
import { assertValidIds, SearchDocument, SearchKind } from '../search-document';
import { SearchError, SearchErrorCode } from '../search-error';
import { SearchIndex } from '../search-index.port';
import { MAX_SEARCH_WINDOW, SearchQuery, SearchResult } from '../search-query';
import { renderSnippet, stripMarkers } from '../snippet';
import { quoteFilterValue } from './filter-expression';
import { INDEX_SETTINGS, settingsMatch } from './index-settings';
import { FACET_ATTRIBUTES, HIT_ATTRIBUTES, meiliSearchParams, unquotedPhrases } from './search-params';

const UPSERT_BATCH = 1000;
const TASK_TIMEOUT_MS = 120_000;
/** Added to the wait per document sent: Meilisearch may merge every batch into one indexing batch. */
const TASK_TIMEOUT_MS_PER_DOCUMENT = 10;
/** Task polling: first after 10 ms (a small write is done by then), doubling up to 250 ms. */
const POLL_FIRST_MS = 10;
const POLL_MAX_MS = 250;
const TASKS_PER_POLL = 200;

type Hit = Pick<SearchDocument, (typeof HIT_ATTRIBUTES)[number]>;

/**
 * Meilisearch through its official client. Writes are enqueued without waiting for each task and
 * awaited once; every failed task is reported.
 */
export class MeilisearchSearchIndex implements SearchIndex {
  readonly engine = 'meilisearch';
  private clientPromise: Promise<Meilisearch> | null = null;

  constructor(
    private readonly url: string,
    private readonly apiKey: string | null,
    private readonly indexUid = 'casetrail',
  ) {}

  /** Creates the index if missing and applies the settings only when they differ from the index's. */
  async ensureReady(): Promise<void> {
    const client = await this.client();
    const exists = await client
      .index(this.indexUid)
      .getRawInfo()
      .then(
        () => true,
        () => false,
      );
    if (!exists) await this.settle([await this.enqueue(client.createIndex(this.indexUid, { primaryKey: 'id' }))]);
    const index = await this.index();
    const current = await index.getSettings().catch((error: unknown) => {
      throw new SearchError(SearchErrorCode.EngineUnavailable, `Meilisearch settings unreadable: ${String(error)}`);
    });
    if (!settingsMatch(current as Record<string, unknown>))
      await this.settle([await this.enqueue(index.updateSettings(INDEX_SETTINGS))]);
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    assertValidIds(documents);
    const index = await this.index();
    const tasks: EnqueuedTask[] = [];
    // Batches are enqueued one after the other (so two versions of a document keep their order)
    // without waiting for each task: Meilisearch merges consecutive additions into one batch.
    for (let start = 0; start < documents.length; start += UPSERT_BATCH) {
      const batch = documents
        .slice(start, start + UPSERT_BATCH)
        .map((doc) => ({ ...doc, text: stripMarkers(doc.text) }));
      tasks.push(await this.enqueue(index.addDocuments(batch, { primaryKey: 'id' })));
    }
    await this.settle(tasks, TASK_TIMEOUT_MS + documents.length * TASK_TIMEOUT_MS_PER_DOCUMENT);
  }

  async deleteByIds(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.settle([await this.enqueue((await this.index()).deleteDocuments(ids))]);
  }

  async deleteByDocumentId(documentId: string): Promise<void> {
    const filter = `documentId = ${quoteFilterValue(documentId)}`;
    await this.settle([await this.enqueue((await this.index()).deleteDocuments({ filter }))]);
  }

  async deleteAll(): Promise<void> {
    await this.settle([await this.enqueue((await this.index()).deleteAllDocuments())]);
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
    let response = await this.request(query.q, query);
    const unquoted = this.total(response) === 0 ? unquotedPhrases(query.q) : null;
    if (unquoted !== null) response = await this.request(unquoted, query);
    const total = this.total(response);
    const facets: SearchResult['facets'] = {};
    for (const facet of query.facets) {
      facets[facet] = topFacetValues(response.facetDistribution?.[FACET_ATTRIBUTES[facet]] ?? {});
    }
    return {
      hits: response.hits.map((hit) => ({
        id: hit.id,
        kind: hit.kind as SearchKind,
        documentId: hit.documentId ?? null,
        documentTitle: hit.documentTitle ?? null,
        page: hit.page ?? null,
        caseSlug: hit.caseSlug ?? null,
        caseName: hit.caseName ?? null,
        court: hit.court ?? null,
        documentType: hit.documentType ?? null,
        entryNumber: hit.entryNumber ?? null,
        filedAt: hit.filedAt ?? null,
        service: hit.service ?? null,
        snippet: renderSnippet(String((hit._formatted as { text?: unknown } | undefined)?.text ?? '')),
        score: typeof hit._rankingScore === 'number' ? hit._rankingScore : 0,
      })),
      total,
      facets,
      totalIsEstimate: typeof response.totalHits !== 'number' || total >= MAX_SEARCH_WINDOW,
      correctedQuery: null,
      engine: this.engine,
    };
  }

  private async request(q: string, query: SearchQuery): Promise<SearchResponse<Hit>> {
    const index = (await this.client()).index<Hit>(this.indexUid);
    return index.search<Hit>(q, meiliSearchParams(query)).catch((error: unknown) => {
      throw new SearchError(SearchErrorCode.EngineUnavailable, `Meilisearch search failed: ${String(error)}`);
    });
  }

  private total(response: SearchResponse<Hit>): number {
    return typeof response.totalHits === 'number' ? response.totalHits : (response.estimatedTotalHits ?? 0);
  }

  private async enqueue(taskPromise: PromiseLike<EnqueuedTask>): Promise<EnqueuedTask> {
    try {
      return await taskPromise;
    } catch (error) {
      throw new SearchError(SearchErrorCode.EngineUnavailable, `Meilisearch did not accept the task: ${String(error)}`);
    }
  }

  /**
   * Waits for every task once and reports each one that did not succeed, with its reason. Polls the
   * tasks' statuses in one request per round (the client's waitForTask polls one task at a time and
   * adds an abort listener per poll, thousands during a long indexing wait).
   */
  private async settle(enqueued: EnqueuedTask[], timeout = TASK_TIMEOUT_MS): Promise<void> {
    if (enqueued.length === 0) return;
    const uids = enqueued.map((task) => task.taskUid);
    const deadline = Date.now() + timeout;
    let interval = POLL_FIRST_MS;
    for (;;) {
      const tasks = await this.tasksByUid(uids);
      if (tasks.every((task) => task.status !== 'enqueued' && task.status !== 'processing')) {
        this.throwIfAnyFailed(tasks);
        return;
      }
      if (Date.now() > deadline)
        throw new SearchError(
          SearchErrorCode.EngineUnavailable,
          `Meilisearch tasks ${uids.join(', ')} not finished after ${timeout} ms`,
          { taskUids: uids },
        );
      await new Promise((resolve) => setTimeout(resolve, interval));
      interval = Math.min(interval * 2, POLL_MAX_MS);
    }
  }

  private async tasksByUid(uids: number[]): Promise<Task[]> {
    const client = await this.client();
    const tasks: Task[] = [];
    for (let start = 0; start < uids.length; start += TASKS_PER_POLL) {
      const chunk = uids.slice(start, start + TASKS_PER_POLL);
      const page = await client.tasks.getTasks({ uids: chunk, limit: chunk.length }).catch((error: unknown) => {
        throw new SearchError(
          SearchErrorCode.EngineUnavailable,
          `Meilisearch tasks ${chunk.join(', ')} could not be read: ${String(error)}`,
        );
      });
      tasks.push(...page.results);
    }
    return tasks;
  }

  private throwIfAnyFailed(tasks: Task[]): void {
    const failed = tasks.filter((task) => task.status !== 'succeeded').sort((a, b) => a.uid - b.uid);
    if (failed.length === 0) return;
    const reasons = failed.map((task) => ({
      taskUid: task.uid,
      type: task.type,
      status: task.status,
      error: task.error ?? null,
    }));
    throw new SearchError(
      SearchErrorCode.EngineTaskFailed,
      `${failed.length} of ${tasks.length} Meilisearch tasks did not succeed: ${reasons
        .map((r) => `task ${r.taskUid} ${r.status}: ${r.error?.message ?? 'no reason given'}`)
        .join('; ')}`,
      { tasks: reasons },
    );
  }

  private async index(): Promise<Index<SearchDocument>> {
    return (await this.client()).index<SearchDocument>(this.indexUid);
  }

  private client(): Promise<Meilisearch> {
    // Node's fetch asks for gzip by default; compressing every response cost ~42 ms a call on the
    // loopback, far more than the search. Identity responses; the global agent keeps connections alive.
    this.clientPromise ??= import('meilisearch').then(
      ({ Meilisearch: Client }) =>
        new Client({
          host: this.url,
          apiKey: this.apiKey ?? undefined,
          requestInit: { headers: { 'Accept-Encoding': 'identity' } },
        }),
    );
    return this.clientPromise;
  }
}
