import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { assertPublicTarget, guardedFetch, GuardedResponse } from '@casetrail/net';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { WorkerPool } from '@casetrail/workers';
import { SNAPSHOT_MARKDOWN_TASK } from '../analysis/tos-tasks';
import { TosCatalogService } from '../catalog/tos-catalog.service';
import { TosIngestService } from '../snapshots/tos-ingest.service';
import { SnapshotOrigin, SnapshotOutcome } from '../snapshots/tos-snapshot.entity';
import { TosError, TosErrorCode } from '../tos-error';
import { TosSource, TosSourceStatus } from './tos-source.entity';

export interface TrackRequest {
  url: string;
  service: string;
  documentType: string;
  provider?: string;
  /** Defaults to the configured interval (12 hours). */
  intervalSeconds?: number;
}

export interface TosSourceView {
  id: string;
  url: string;
  service: string;
  documentType: string;
  intervalSeconds: number;
  nextCheckAt: string;
  lastCheckedAt: string | null;
  lastStatus: TosSourceStatus | null;
  lastMessage: string | null;
  consecutiveFailures: number;
}

export interface SourceCheck {
  sourceId: string;
  url: string;
  status: TosSourceStatus;
  message: string;
}

/** First retry after a failure; doubled per consecutive failure, never beyond the interval. */
const FIRST_RETRY_SECONDS = 300;
const MAX_SOURCES_PER_ROUND = 200;
const MAX_REDIRECTS = 5;

class FetchProblem extends Error {}

/**
 * Fetches tracked sources when they are due and feeds what they serve to the ingestion, like an
 * imported snapshot. Every fetch goes through the SSRF guard (libs/net), with a timeout, a size
 * limit and a conditional GET; each source's result or failure is recorded on its row, and one
 * failing source never stops the others.
 */
@Injectable()
export class TosTrackerService {
  private readonly logger = new Logger(TosTrackerService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly catalog: TosCatalogService,
    private readonly ingestion: TosIngestService,
    private readonly workers: WorkerPool,
  ) {}

  /** Registers a URL to fetch on an interval; the first fetch is due at once. */
  async track(request: TrackRequest, now: Date = new Date()): Promise<TosSourceView> {
    const { url } = await assertPublicTarget(request.url, { allowPrivate: this.config.allowPrivateTargets });
    const href = url.toString();
    const id = await this.dataSource.transaction(async (manager) => {
      const service = await this.catalog.ensureService(manager, request.service, request.provider ?? null);
      const document = await this.catalog.ensureDocument(manager, service, request.documentType, [href]);
      const sources = manager.getRepository(TosSource);
      if (await sources.exists({ where: { documentId: document.id, url: href } })) {
        throw new TosError(
          TosErrorCode.SourceAlreadyTracked,
          `${href} is already tracked for ${service.name} ${document.type}.`,
          { url: href },
        );
      }
      const saved = await sources.save(
        sources.create({
          documentId: document.id,
          url: href,
          intervalSeconds: request.intervalSeconds ?? null,
          nextCheckAt: now,
        }),
      );
      return saved.id;
    });
    return (await this.listSources()).find((s) => s.id === id) as TosSourceView;
  }

  async listSources(): Promise<TosSourceView[]> {
    const sources = await this.dataSource.getRepository(TosSource).find({
      relations: { document: { service: true } },
      order: { createdAt: 'ASC' },
    });
    return sources.map((s) => ({
      id: s.id,
      url: s.url,
      service: s.document?.service?.name ?? '',
      documentType: s.document?.type ?? '',
      intervalSeconds: this.intervalOf(s),
      nextCheckAt: s.nextCheckAt.toISOString(),
      lastCheckedAt: s.lastCheckedAt?.toISOString() ?? null,
      lastStatus: s.lastStatus,
      lastMessage: s.lastMessage,
      consecutiveFailures: s.consecutiveFailures,
    }));
  }

  /** Fetches every source due at `now`, one after the other; failures are recorded per source. */
  async checkDue(now: Date = new Date()): Promise<SourceCheck[]> {
    const due = await this.dataSource.getRepository(TosSource).find({
      where: { nextCheckAt: LessThanOrEqual(now) },
      order: { nextCheckAt: 'ASC' },
      take: MAX_SOURCES_PER_ROUND,
    });
    const results: SourceCheck[] = [];
    for (const source of due) results.push(await this.check(source, now));
    return results;
  }

  private async check(source: TosSource, now: Date): Promise<SourceCheck> {
    const sources = this.dataSource.getRepository(TosSource);
    try {
      const response = await guardedFetch(source.url, {
        allowPrivate: this.config.allowPrivateTargets,
        timeoutMs: this.config.tos.fetchTimeoutMs,
        maxBytes: this.config.tos.maxBytes,
        maxRedirects: MAX_REDIRECTS,
        headers: { accept: 'text/html, application/xhtml+xml, text/markdown;q=0.9, text/plain;q=0.8' },
        conditional: { etag: source.etag, lastModified: source.lastModified },
      });
      if (response.notModified)
        return await this.record(
          source,
          now,
          TosSourceStatus.NotModified,
          'not modified since the last fetch',
          response,
        );
      if (response.status < 200 || response.status >= 300) throw new FetchProblem(`HTTP ${response.status}`);
      const page = decodePage(response);
      const { markdown } = await this.workers.run(SNAPSHOT_MARKDOWN_TASK, page);
      const report = await this.ingestion.ingest(
        source.documentId,
        [{ recordedAt: now, markdown, sourceUrl: response.url }],
        SnapshotOrigin.Tracker,
      );
      const taken = report.snapshots[0];
      const stored = taken?.outcome === SnapshotOutcome.Stored;
      const message = stored
        ? `new version ${taken.versionId}`
        : `skipped: ${taken?.outcome}${taken?.detail ? ` (${taken.detail})` : ''}`;
      return await this.record(
        source,
        now,
        stored ? TosSourceStatus.Stored : TosSourceStatus.Skipped,
        message,
        response,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failures = source.consecutiveFailures + 1;
      const retryIn = Math.min(this.intervalOf(source), FIRST_RETRY_SECONDS * 2 ** Math.min(failures - 1, 20));
      await sources.update(
        { id: source.id },
        {
          lastCheckedAt: now,
          lastStatus: TosSourceStatus.Failed,
          lastMessage: message.slice(0, 2000),
          lastHttpStatus: null,
          consecutiveFailures: failures,
          nextCheckAt: new Date(now.getTime() + retryIn * 1000),
        },
      );
      this.logger.warn(`fetching ${source.url} failed (${failures} in a row): ${message}`);
      return { sourceId: source.id, url: source.url, status: TosSourceStatus.Failed, message };
    }
  }

  private async record(
    source: TosSource,
    now: Date,
    status: TosSourceStatus,
    message: string,
    response: GuardedResponse,
  ): Promise<SourceCheck> {
    await this.dataSource.getRepository(TosSource).update(
      { id: source.id },
      {
        lastCheckedAt: now,
        lastStatus: status,
        lastMessage: message,
        lastHttpStatus: response.status,
        consecutiveFailures: 0,
        etag: response.etag ?? source.etag,
        lastModified: response.lastModified ?? source.lastModified,
        nextCheckAt: new Date(now.getTime() + this.intervalOf(source) * 1000),
      },
    );
    return { sourceId: source.id, url: source.url, status, message };
  }

  private intervalOf(source: TosSource): number {
    return source.intervalSeconds ?? this.config.tos.pollIntervalSeconds;
  }
}

/** The page's text, and whether it is HTML (to normalise) or Markdown and plain text (taken as they are). */
function decodePage(response: GuardedResponse): { content: string; html: boolean } {
  const contentType = String(response.headers['content-type'] ?? '').toLowerCase();
  const charset = /charset=([\w-]+)/.exec(contentType)?.[1] ?? 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(charset).decode(response.body);
  } catch {
    text = response.body.toString('utf8');
  }
  const type = contentType.split(';')[0].trim();
  if (type === 'text/html' || type === 'application/xhtml+xml' || (type === '' && /^\s*</.test(text)))
    return { content: text, html: true };
  if (type === 'text/markdown' || type === 'text/plain' || type === '') return { content: text, html: false };
  throw new FetchProblem(`unsupported content type ${type}`);
}
