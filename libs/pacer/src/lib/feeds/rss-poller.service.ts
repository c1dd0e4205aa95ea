import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, RssFeedConfig } from '@casetrail/config';
import { isDomainError } from '@casetrail/core';
import { DataSource } from 'typeorm';
import { RssImportResult } from '../import/import-results';
import { PacerImportService } from '../import/pacer-import.service';
import { fetchFeed } from './fetch-feed';
import { FeedPollStatus, PacerFeed } from './pacer-feed.entity';

export interface FeedPollResult {
  court: string;
  url: string;
  status: FeedPollStatus;
  result?: RssImportResult;
  error?: string;
}

/** Polls the configured court RSS feeds, one after the other; each feed's outcome is kept on its row. */
@Injectable()
export class RssPollerService {
  private readonly logger = new Logger(RssPollerService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly importer: PacerImportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What the poller knows of each feed it has polled, by court. */
  async feeds(): Promise<PacerFeed[]> {
    return this.dataSource.getRepository(PacerFeed).find({ order: { court: 'ASC', url: 'ASC' } });
  }

  /** Polls every feed; a feed that fails is recorded as failed and the others are still polled. */
  async pollAll(feeds: RssFeedConfig[] = this.config.pacer.rss.feeds): Promise<FeedPollResult[]> {
    const results: FeedPollResult[] = [];
    for (const feed of feeds) results.push(await this.pollFeed(feed));
    return results;
  }

  async pollFeed(feed: RssFeedConfig): Promise<FeedPollResult> {
    const repo = this.dataSource.getRepository(PacerFeed);
    const state = await this.stateOf(feed);
    const polledAt = new Date();
    try {
      const fetched = await fetchFeed(feed.url, {
        etag: state.etag,
        lastModified: state.lastModified,
        timeoutMs: this.config.pacer.rss.timeoutSeconds * 1000,
        maxBytes: this.config.pacer.maxBodyBytes,
        allowPrivateTargets: this.config.allowPrivateTargets,
      });
      if (fetched.status === 'not_modified') {
        await repo.update(
          { id: state.id },
          {
            lastPolledAt: polledAt,
            lastSuccessAt: polledAt,
            lastStatus: FeedPollStatus.NotModified,
            lastError: null,
            consecutiveFailures: 0,
          },
        );
        return { court: feed.court, url: feed.url, status: FeedPollStatus.NotModified };
      }
      const result = await this.importer.importRss(fetched.body, {
        court: feed.court,
        trackedCasesOnly: this.config.pacer.rss.trackedCasesOnly,
      });
      // The validators are kept only once the import committed: a failed import is fetched in full again.
      await repo.update(
        { id: state.id },
        {
          etag: fetched.etag,
          lastModified: fetched.lastModified,
          lastPolledAt: polledAt,
          lastSuccessAt: polledAt,
          lastStatus: FeedPollStatus.Imported,
          lastError: null,
          consecutiveFailures: 0,
          lastResult: { ...result, bytes: fetched.bytes },
        },
      );
      return { court: feed.court, url: feed.url, status: FeedPollStatus.Imported, result };
    } catch (error) {
      const message = isDomainError(error)
        ? `${error.code}: ${error.message}`
        : error instanceof Error
          ? error.message
          : String(error);
      this.logger.warn(`RSS feed ${feed.court} ${feed.url} failed: ${message}`);
      await repo.update(
        { id: state.id },
        {
          lastPolledAt: polledAt,
          lastStatus: FeedPollStatus.Failed,
          lastError: message.slice(0, 2000),
          consecutiveFailures: state.consecutiveFailures + 1,
        },
      );
      return { court: feed.court, url: feed.url, status: FeedPollStatus.Failed, error: message };
    }
  }

  private async stateOf(feed: RssFeedConfig): Promise<PacerFeed> {
    const repo = this.dataSource.getRepository(PacerFeed);
    await repo.createQueryBuilder().insert().values({ url: feed.url, court: feed.court }).orIgnore().execute();
    const state = await repo.findOneOrFail({ where: { url: feed.url } });
    if (state.court !== feed.court) {
      await repo.update({ id: state.id }, { court: feed.court });
      state.court = feed.court;
    }
    return state;
  }
}
