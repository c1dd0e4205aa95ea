import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { JobName, JobsService } from '@casetrail/jobs';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AlertSubscription } from '../subscriptions/subscription.entity';
import { ChannelType, SubscriptionStatus } from '../subscriptions/subscription-enums';
import { AlertDelivery } from './delivery.entity';
import { DeliveryLaneRepository } from './delivery-lane.repository';
import { AttemptOutcome, DeliveryKind } from './delivery-enums';
import { EmailSender } from './email-sender';
import { nextRetryDelayMs } from './retry-schedule';
import { SendResult } from './send-result';
import { WebhookSender } from './webhook-sender';

export interface LaneRun {
  /** False when another worker held the subscription's lane. */
  claimed: boolean;
  delivered: number;
  failed: number;
}

/**
 * Sends a subscription's pending deliveries in sequence order, one at a time: its "lane". A worker
 * owns a lane through a lease on the subscription row (token + expiry, renewed before each send),
 * so two workers never send the same subscription's deliveries at once, and a killed worker's lane
 * is taken over once its lease expires. The head delivery blocks the ones behind it while it waits
 * for a retry, which keeps arrival in sequence order.
 */
@Injectable()
export class DeliveryDispatcher {
  private readonly logger = new Logger(DeliveryDispatcher.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly webhook: WebhookSender,
    private readonly email: EmailSender,
    private readonly lane: DeliveryLaneRepository,
  ) {}

  async runLane(subscriptionId: string): Promise<LaneRun> {
    const run: LaneRun = { claimed: false, delivered: 0, failed: 0 };
    // Re-claim after releasing when due work remains: a delivery committed while we held the lane
    // had its job find the lane busy, so we must not leave it behind.
    for (;;) {
      const token = randomUUID();
      if (!(await this.lane.claim(subscriptionId, token, this.config.alerts.leaseSeconds))) return run;
      run.claimed = true;
      try {
        await this.drain(subscriptionId, token, run);
      } finally {
        await this.lane.release(subscriptionId, token);
      }
      if (!(await this.headIsDue(subscriptionId))) return run;
    }
  }

  private async drain(subscriptionId: string, token: string, run: LaneRun): Promise<void> {
    for (;;) {
      const subscription = await this.renew(subscriptionId, token);
      if (!subscription) return;
      const head = await this.head(subscription);
      if (!head || !head.due) return;
      const delivery = await this.dataSource.getRepository(AlertDelivery).findOneByOrFail({ id: head.id });
      const result = await this.attempt(delivery, subscription);
      if (result.outcome === AttemptOutcome.Succeeded) {
        run.delivered += 1;
      } else {
        run.failed += 1;
        await this.scheduleRetry(delivery, subscription, token, result);
        return;
      }
    }
  }

  /** Extends the lease and reads the subscription afresh (status, secrets); null when the lease was lost. */
  private async renew(subscriptionId: string, token: string): Promise<AlertSubscription | null> {
    if (!(await this.lane.renew(subscriptionId, token, this.config.alerts.leaseSeconds))) return null;
    return this.dataSource.getRepository(AlertSubscription).findOneBy({ id: subscriptionId });
  }

  /** The lowest-sequence pending delivery that may be sent now (only tests while not active). */
  private head(subscription: AlertSubscription): Promise<{ id: string; due: boolean } | null> {
    return this.lane.head(subscription.id, subscription.status === SubscriptionStatus.Active);
  }

  private async headIsDue(subscriptionId: string): Promise<boolean> {
    const subscription = await this.dataSource.getRepository(AlertSubscription).findOneBy({ id: subscriptionId });
    if (!subscription) return false;
    return (await this.head(subscription))?.due ?? false;
  }

  /** Records the attempt before sending (so a killed worker leaves a trace), sends, records the outcome. */
  private async attempt(delivery: AlertDelivery, subscription: AlertSubscription): Promise<SendResult> {
    const attemptId = await this.lane.startAttempt(delivery.id);
    const result = await this.send(delivery, subscription);
    await this.lane.finishAttempt(attemptId, delivery.id, result);
    return result;
  }

  private send(delivery: AlertDelivery, subscription: AlertSubscription): Promise<SendResult> {
    switch (delivery.channel) {
      case ChannelType.Webhook:
        return this.webhook.send(delivery, subscription);
      case ChannelType.Email:
        return this.email.send(delivery, subscription);
      case ChannelType.Feed:
        return Promise.resolve({ outcome: AttemptOutcome.Succeeded, statusCode: null, error: null, durationMs: 0 });
    }
  }

  /**
   * After a failure: the next attempt per the retry schedule, with a job to wake the lane then; or,
   * when the schedule is spent, the delivery fails and the subscription is marked failing.
   */
  private async scheduleRetry(
    delivery: AlertDelivery,
    subscription: AlertSubscription,
    token: string,
    result: SendResult,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.lane.lockIfLaneHeld(manager, subscription.id, token))) return;
      const step = delivery.retryStep + 1;
      const delayMs = nextRetryDelayMs(this.config.alerts.retryScheduleMs, step);
      if (delayMs !== null) {
        await this.lane.scheduleRetry(manager, delivery.id, step, delayMs / 1000, result.error);
        await this.jobs.sendMany(JobName.AlertsDeliver, [{ subscriptionId: subscription.id }], {
          manager,
          startAfterSeconds: Math.ceil(delayMs / 1000),
        });
        return;
      }
      await this.lane.markFailed(manager, delivery.id, step, result.error);
      if (delivery.kind !== DeliveryKind.Test) {
        await this.lane.markSubscriptionFailing(
          manager,
          subscription.id,
          `Delivery ${delivery.id} (sequence ${delivery.sequence}) failed ${step} times; last error: ${result.error ?? 'unknown'}`,
        );
        this.logger.warn(
          `subscription ${subscription.id} marked failing after delivery ${delivery.id} failed ${step} times`,
        );
      }
    });
  }
}
