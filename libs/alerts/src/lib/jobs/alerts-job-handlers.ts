import { Injectable } from '@nestjs/common';
import { JobName, JobsService } from '@casetrail/jobs';
import { DeliveryDispatcher } from '../deliveries/delivery-dispatcher';
import { AlertMatcher } from '../matching/alert-matcher';
import { AlertsSweeper } from './alerts-sweeper';

/** The worker side of alerts: match jobs, send jobs, and the sweep timer. A JobHandlerSet of @casetrail/runtime. */
@Injectable()
export class AlertsJobHandlers {
  constructor(
    private readonly matcher: AlertMatcher,
    private readonly dispatcher: DeliveryDispatcher,
    private readonly sweeper: AlertsSweeper,
  ) {}

  async register(jobs: JobsService): Promise<void> {
    await jobs.work(JobName.AlertsMatch, async ({ eventIds }) => {
      for (const id of eventIds) await this.matcher.matchEvent(id);
    });
    await jobs.work(JobName.AlertsDeliver, async ({ subscriptionId }) => {
      await this.dispatcher.runLane(subscriptionId);
    });
    this.sweeper.start();
  }
}
