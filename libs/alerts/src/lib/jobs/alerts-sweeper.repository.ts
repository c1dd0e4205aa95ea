import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { rows } from '@casetrail/core';
import { DataSource } from 'typeorm';
import { DeliveryKind, DeliveryStatus } from '../deliveries/delivery-enums';
import { ChannelType, SubscriptionStatus } from '../subscriptions/subscription-enums';

/** The sweeper's reads of the event log and the lanes, and its consumer position. */
@Injectable()
export class AlertsSweeperRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Events above the consumer's position with no processed marker, older than the grace period. */
  async unprocessedEventIds(consumer: string, graceSeconds: number, limit: number): Promise<string[]> {
    const found = await rows<{ id: string }>(
      this.dataSource,
      `SELECT e.id FROM domain_events e
       WHERE e.id > coalesce((SELECT position FROM alert_consumer_positions WHERE consumer = $1), 0)
         AND NOT EXISTS (SELECT 1 FROM alert_processed_events p WHERE p.event_id = e.id)
         AND e.occurred_at < now() - make_interval(secs => $2)
       ORDER BY e.id LIMIT $3`,
      [consumer, graceSeconds, limit],
    );
    return found.map((r) => r.id);
  }

  /** Subscriptions whose head delivery is overdue by `stallSeconds` while no live lease holds their lane. */
  async stalledLanes(stallSeconds: number, limit: number): Promise<string[]> {
    const found = await rows<{ subscription_id: string }>(
      this.dataSource,
      `SELECT DISTINCT d.subscription_id FROM alert_deliveries d JOIN alert_subscriptions s ON s.id = d.subscription_id
       WHERE d.status = $2 AND d.channel <> $3 AND d.next_attempt_at <= now() - make_interval(secs => $1)
         AND (s.lane_until IS NULL OR s.lane_until < now()) AND (s.status = $4 OR d.kind = $5)
       LIMIT $6`,
      [stallSeconds, DeliveryStatus.Pending, ChannelType.Feed, SubscriptionStatus.Active, DeliveryKind.Test, limit],
    );
    return found.map((r) => r.subscription_id);
  }

  /** Moves the low-water mark up to just below the oldest unprocessed event (never past recent events). */
  async advancePosition(consumer: string, horizonSeconds: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO alert_consumer_positions (consumer, position)
       SELECT $1, least(
         coalesce((SELECT min(e.id) - 1 FROM domain_events e
                   WHERE e.id > coalesce((SELECT position FROM alert_consumer_positions WHERE consumer = $1), 0)
                     AND NOT EXISTS (SELECT 1 FROM alert_processed_events p WHERE p.event_id = e.id)),
                  (SELECT coalesce(max(id), 0) FROM domain_events)),
         (SELECT coalesce(max(id), 0) FROM domain_events WHERE occurred_at < now() - make_interval(secs => $2)))
       ON CONFLICT (consumer) DO UPDATE SET position = greatest(alert_consumer_positions.position, EXCLUDED.position), updated_at = now()`,
      [consumer, horizonSeconds],
    );
  }
}
