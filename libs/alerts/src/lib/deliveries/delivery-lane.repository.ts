import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { rows, SqlRunner } from '@casetrail/core';
import { DataSource } from 'typeorm';
import { ChannelType, SubscriptionStatus } from '../subscriptions/subscription-enums';
import { AttemptOutcome, DeliveryKind, DeliveryStatus } from './delivery-enums';
import { SendResult } from './send-result';

/** The SQL of a subscription's delivery lane: its lease, its head delivery, attempts and retries. */
@Injectable()
export class DeliveryLaneRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Takes the lane when no live lease holds it; false when another worker does. */
  async claim(subscriptionId: string, token: string, leaseSeconds: number): Promise<boolean> {
    const claimed = await rows<{ id: string }>(
      this.dataSource,
      `UPDATE alert_subscriptions SET lane_token = $2, lane_until = now() + make_interval(secs => $3)
       WHERE id = $1 AND (lane_until IS NULL OR lane_until < now()) RETURNING id`,
      [subscriptionId, token, leaseSeconds],
    );
    return claimed.length > 0;
  }

  async release(subscriptionId: string, token: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE alert_subscriptions SET lane_token = NULL, lane_until = NULL WHERE id = $1 AND lane_token = $2`,
      [subscriptionId, token],
    );
  }

  /** Extends the lease; false when it was lost. */
  async renew(subscriptionId: string, token: string, leaseSeconds: number): Promise<boolean> {
    const renewed = await rows<{ id: string }>(
      this.dataSource,
      `UPDATE alert_subscriptions SET lane_until = now() + make_interval(secs => $3)
       WHERE id = $1 AND lane_token = $2 RETURNING id`,
      [subscriptionId, token, leaseSeconds],
    );
    return renewed.length > 0;
  }

  /** The lowest-sequence pending delivery that may be sent (only tests while the subscription is not active). */
  async head(subscriptionId: string, active: boolean): Promise<{ id: string; due: boolean } | null> {
    const [row] = await rows<{ id: string; due: boolean }>(
      this.dataSource,
      `SELECT id, next_attempt_at <= now() AS due FROM alert_deliveries
       WHERE subscription_id = $1 AND status = $3 AND channel <> $4 AND ($2 OR kind = $5)
       ORDER BY sequence LIMIT 1`,
      [subscriptionId, active, DeliveryStatus.Pending, ChannelType.Feed, DeliveryKind.Test],
    );
    return row ?? null;
  }

  /**
   * Records an attempt before sending (so a killed worker leaves a trace): an attempt left open by a
   * killed worker becomes `interrupted`, the count goes up, and the new attempt's id is returned.
   */
  async startAttempt(deliveryId: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE alert_delivery_attempts SET outcome = $2, error = $3 WHERE delivery_id = $1 AND outcome IS NULL`,
        [deliveryId, AttemptOutcome.Interrupted, 'the worker stopped during this attempt; the delivery was sent again'],
      );
      const [{ attempt_count: number }] = await rows<{ attempt_count: number }>(
        manager,
        `UPDATE alert_deliveries SET attempt_count = attempt_count + 1 WHERE id = $1 RETURNING attempt_count`,
        [deliveryId],
      );
      const [{ id }] = await rows<{ id: string }>(
        manager,
        `INSERT INTO alert_delivery_attempts (delivery_id, number, started_at) VALUES ($1, $2, now()) RETURNING id`,
        [deliveryId, number],
      );
      return id;
    });
  }

  /** Records the outcome of an attempt, and a success on its pending delivery, in one transaction. */
  async finishAttempt(attemptId: string, deliveryId: string, result: SendResult): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE alert_delivery_attempts SET outcome = $2, status_code = $3, duration_ms = $4, error = $5 WHERE id = $1`,
        [attemptId, result.outcome, result.statusCode, result.durationMs, result.error],
      );
      if (result.outcome === AttemptOutcome.Succeeded) {
        await manager.query(
          `UPDATE alert_deliveries SET status = $2, delivered_at = now(), last_error = NULL WHERE id = $1 AND status = $3`,
          [deliveryId, DeliveryStatus.Delivered, DeliveryStatus.Pending],
        );
      }
    });
  }

  /** Locks the subscription row while `token` still holds its lane; false when the lane was lost. */
  async lockIfLaneHeld(manager: SqlRunner, subscriptionId: string, token: string): Promise<boolean> {
    const held = await rows<unknown>(
      manager,
      `SELECT 1 FROM alert_subscriptions WHERE id = $1 AND lane_token = $2 FOR NO KEY UPDATE`,
      [subscriptionId, token],
    );
    return held.length > 0;
  }

  async scheduleRetry(
    manager: SqlRunner,
    deliveryId: string,
    step: number,
    delaySeconds: number,
    error: string | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE alert_deliveries SET retry_step = $2, next_attempt_at = now() + make_interval(secs => $3), last_error = $4
       WHERE id = $1`,
      [deliveryId, step, delaySeconds, error],
    );
  }

  async markFailed(manager: SqlRunner, deliveryId: string, step: number, error: string | null): Promise<void> {
    await manager.query(
      `UPDATE alert_deliveries SET status = $2, retry_step = $3, failed_at = now(), last_error = $4 WHERE id = $1`,
      [deliveryId, DeliveryStatus.Failed, step, error],
    );
  }

  /** An active subscription becomes failing, with the reason. */
  async markSubscriptionFailing(manager: SqlRunner, subscriptionId: string, reason: string): Promise<void> {
    await manager.query(
      `UPDATE alert_subscriptions SET status = $2, failing_since = now(), status_reason = $3 WHERE id = $1 AND status = $4`,
      [subscriptionId, SubscriptionStatus.Failing, reason, SubscriptionStatus.Active],
    );
  }
}
