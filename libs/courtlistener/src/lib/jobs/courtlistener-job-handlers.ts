import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobName, JobsService } from '@casetrail/jobs';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { CourtListenerError, CourtListenerErrorCode } from '../courtlistener-error';
import { CaseSource } from '../sources/case-source.entity';
import { CourtListenerSyncService } from '../sync/courtlistener-sync.service';

/**
 * `courtlistener.sync` syncs one followed docket (a failure is retried with backoff by pg-boss, and
 * resumes where it stopped); `courtlistener.schedule` runs every minute and queues the syncs that
 * are due (`COURTLISTENER_SYNC_INTERVAL_SECONDS` after the last one), never a second for a docket
 * whose sync waits or runs. A JobHandlerSet of @casetrail/runtime.
 */
@Injectable()
export class CourtListenerJobHandlers {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sync: CourtListenerSyncService,
  ) {}

  async register(jobs: JobsService): Promise<void> {
    await jobs.work(JobName.CourtListenerSync, async ({ sourceId }) => {
      await this.runSync(sourceId);
    });
    await jobs.work(JobName.CourtListenerSchedule, async () => {
      await this.queueDue(jobs);
    });
    await jobs.schedule(JobName.CourtListenerSchedule, '* * * * *', {});
  }

  /** One `courtlistener.sync` job: false when the docket was unfollowed (or its case deleted), which ends the job cleanly. */
  async runSync(sourceId: string): Promise<boolean> {
    try {
      await this.sync.sync(sourceId);
      return true;
    } catch (error) {
      if (error instanceof CourtListenerError && error.code === CourtListenerErrorCode.SourceNotFound) return false;
      throw error;
    }
  }

  /** Queues a sync for every followed docket that is due and has none waiting or running. */
  async queueDue(jobs: JobsService, now = new Date()): Promise<number> {
    const due = await this.dataSource
      .getRepository(CaseSource)
      .find({ select: { id: true }, where: { nextSyncAt: LessThanOrEqual(now) } });
    if (due.length === 0) return 0;
    const pending = await jobs.pendingJobValues(
      JobName.CourtListenerSync,
      'sourceId',
      due.map((s) => s.id),
    );
    const toSend = due.filter((s) => !pending.has(s.id));
    await jobs.sendMany(
      JobName.CourtListenerSync,
      toSend.map((s) => ({ sourceId: s.id, trigger: 'schedule' as const })),
    );
    return toSend.length;
  }
}
