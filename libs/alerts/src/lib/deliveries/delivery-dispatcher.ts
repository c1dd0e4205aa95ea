import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { JobName, JobsService } from '@casetrail/jobs';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AlertSubscription } from '../subscriptions/subscription.entity';
import { ChannelType, SubscriptionStatus } from '../subscriptions/subscription-enums';
import { AlertDelivery } from './delivery.entity';
import { AttemptOutcome, DeliveryKind, DeliveryStatus } from './delivery-enums';
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
  ) {}

  async runLane(subscriptionId: string): Promise<LaneRun> {
    const run: LaneRun = { claimed: false, delivered: 0, failed: 0 };
    // Re-claim after releasing when due work remains: a delivery committed while we held the lane
    // had its job find the lane busy, so we must not leave it behind.
    for (;;) {
      const token = randomUUID();
      if (!(await this.claim(subscriptionId, token))) return run;
      run.claimed = true;
      try {
        await this.drain(subscriptionId, token, run);
      } finally {
        await this.dataSource.query(
          `UPDATE alert_subscriptions SET lane_token = NULL, lane_until = NULL WHERE id = $1 AND lane_token = $2`,
          [subscriptionId, token],
        );
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

  private async claim(subscriptionId: string, token: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `UPDATE alert_subscriptions SET lane_token = $2, lane_until = now() + make_interval(secs => $3)
       WHERE id = $1 AND (lane_until IS NULL OR lane_until < now()) RETURNING id`,
      [subscriptionId, token, this.config.alerts.leaseSeconds],
    )) as [unknown[], number] | unknown[];
    return rowsOf(rows).length > 0;
  }

  /** Extends the lease and reads the subscription afresh (status, secrets); null when the lease was lost. */
  private async renew(subscriptionId: string, token: string): Promise<AlertSubscription | null> {
    const rows = (await this.dataSource.query(
      `UPDATE alert_subscriptions SET lane_until = now() + make_interval(secs => $3) WHERE id = $1 AND lane_token = $2 RETURNING id`,
      [subscriptionId, token, this.config.alerts.leaseSeconds],
    )) as [unknown[], number] | unknown[];
    if (rowsOf(rows).length === 0) return null;
    return this.dataSource.getRepository(AlertSubscription).findOneBy({ id: subscriptionId });
  }

  /** The lowest-sequence pending delivery that may be sent now (only tests while not active). */
  private async head(subscription: AlertSubscription): Promise<{ id: string; due: boolean } | null> {
    const [row] = (await this.dataSource.query(
      `SELECT id, next_attempt_at <= now() AS due FROM alert_deliveries
       WHERE subscription_id = $1 AND status = 'pending' AND channel <> 'feed' AND ($2 OR kind = 'test')
       ORDER BY sequence LIMIT 1`,
      [subscription.id, subscription.status === SubscriptionStatus.Active],
    )) as { id: string; due: boolean }[];
    return row ?? null;
  }

  private async headIsDue(subscriptionId: string): Promise<boolean> {
    const subscription = await this.dataSource.getRepository(AlertSubscription).findOneBy({ id: subscriptionId });
    if (!subscription) return false;
    return (await this.head(subscription))?.due ?? false;
  }

  /** Records the attempt before sending (so a killed worker leaves a trace), sends, records the outcome. */
  private async attempt(delivery: AlertDelivery, subscription: AlertSubscription): Promise<SendResult> {
    const attemptId = await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE alert_delivery_attempts SET outcome = $2, error = $3 WHERE delivery_id = $1 AND outcome IS NULL`,
        [
          delivery.id,
          AttemptOutcome.Interrupted,
          'the worker stopped during this attempt; the delivery was sent again',
        ],
      );
      const [[{ attempt_count: number }]] = (await manager.query(
        `UPDATE alert_deliveries SET attempt_count = attempt_count + 1 WHERE id = $1 RETURNING attempt_count`,
        [delivery.id],
      )) as [{ attempt_count: number }[], number];
      const [{ id }] = (await manager.query(
        `INSERT INTO alert_delivery_attempts (delivery_id, number, started_at) VALUES ($1, $2, now()) RETURNING id`,
        [delivery.id, number],
      )) as { id: string }[];
      return id;
    });
    const result = await this.send(delivery, subscription);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE alert_delivery_attempts SET outcome = $2, status_code = $3, duration_ms = $4, error = $5 WHERE id = $1`,
        [attemptId, result.outcome, result.statusCode, result.durationMs, result.error],
      );
      if (result.outcome === AttemptOutcome.Succeeded) {
        await manager.query(
          `UPDATE alert_deliveries SET status = 'delivered', delivered_at = now(), last_error = NULL WHERE id = $1 AND status = 'pending'`,
          [delivery.id],
        );
      }
    });
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
      const stillOurs = (await manager.query(
        `SELECT 1 FROM alert_subscriptions WHERE id = $1 AND lane_token = $2 FOR NO KEY UPDATE`,
        [subscription.id, token],
      )) as unknown[];
      if (stillOurs.length === 0) return;
      const step = delivery.retryStep + 1;
      const delayMs = nextRetryDelayMs(this.config.alerts.retryScheduleMs, step);
      if (delayMs !== null) {
        await manager.query(
          `UPDATE alert_deliveries SET retry_step = $2, next_attempt_at = now() + make_interval(secs => $3), last_error = $4 WHERE id = $1`,
          [delivery.id, step, delayMs / 1000, result.error],
        );
        await this.jobs.sendMany(JobName.AlertsDeliver, [{ subscriptionId: subscription.id }], {
          manager,
          startAfterSeconds: Math.ceil(delayMs / 1000),
        });
        return;
      }
      await manager.query(
        `UPDATE alert_deliveries SET status = $2, retry_step = $3, failed_at = now(), last_error = $4 WHERE id = $1`,
        [delivery.id, DeliveryStatus.Failed, step, result.error],
      );
      if (delivery.kind !== DeliveryKind.Test) {
        await manager.query(
          `UPDATE alert_subscriptions SET status = $2, failing_since = now(), status_reason = $3 WHERE id = $1 AND status = $4`,
          [
            subscription.id,
            SubscriptionStatus.Failing,
            `Delivery ${delivery.id} (sequence ${delivery.sequence}) failed ${step} times; last error: ${result.error ?? 'unknown'}`,
            SubscriptionStatus.Active,
          ],
        );
        this.logger.warn(
          `subscription ${subscription.id} marked failing after delivery ${delivery.id} failed ${step} times`,
        );
      }
    });
  }
}

/** TypeORM returns `[rows, count]` for UPDATE … RETURNING on PostgreSQL, and plain rows for SELECT. */
function rowsOf(result: [unknown[], number] | unknown[]): unknown[] {
  return Array.isArray(result[0]) ? (result[0] as unknown[]) : (result as unknown[]);
}
