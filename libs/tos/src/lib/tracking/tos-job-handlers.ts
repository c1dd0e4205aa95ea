import { Injectable } from '@nestjs/common';
import { JobName, JobsService } from '@casetrail/jobs';
import { TosTrackerService } from './tos-tracker.service';

/** Every five minutes, fetches the tracked sources that are due (each source has its own interval). */
export const TOS_CHECK_SCHEDULE = '*/5 * * * *';

@Injectable()
export class TosJobHandlers {
  constructor(private readonly tracker: TosTrackerService) {}

  async register(jobs: JobsService): Promise<void> {
    await jobs.work(JobName.TosCheckSources, async () => {
      await this.tracker.checkDue();
    });
    await jobs.schedule(JobName.TosCheckSources, TOS_CHECK_SCHEDULE, {});
  }
}
