import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { JobName, JobsService } from '@casetrail/jobs';
import { RssPollerService } from './rss-poller.service';

/** One chain of poll jobs across every process: the queue is `stately` and all jobs share this key. */
export const RSS_POLL_KEY = 'rss-feeds';

/**
 * The RSS poller as a self-rescheduling job: each run first schedules the next one
 * (`CASETRAIL_RSS_INTERVAL_SECONDS` later), then polls every configured feed. Registering starts
 * the chain unless a run is already scheduled. A JobHandlerSet of @casetrail/runtime.
 */
@Injectable()
export class PacerJobHandlers {
  constructor(
    private readonly poller: RssPollerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(jobs: JobsService): Promise<void> {
    const { feeds, intervalSeconds } = this.config.pacer.rss;
    await jobs.work(JobName.PacerRssPoll, async () => {
      if (feeds.length === 0) return;
      await jobs.send(
        JobName.PacerRssPoll,
        { trigger: 'schedule' },
        { singletonKey: RSS_POLL_KEY, startAfterSeconds: intervalSeconds },
      );
      await this.poller.pollAll(feeds);
    });
    if (feeds.length > 0) await jobs.send(JobName.PacerRssPoll, { trigger: 'startup' }, { singletonKey: RSS_POLL_KEY });
  }
}
