import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { rows, SqlRunner } from '@casetrail/core';
import { DataSource } from 'typeorm';
import { ChannelType, Frequency, SubscriptionStatus } from '../subscriptions/subscription-enums';
import { DeliveryKind, DeliveryStatus } from './delivery-enums';

export interface NewDigestDelivery {
  subscriptionId: string;
  frequency: Frequency;
  sequence: string;
  data: Record<string, unknown>;
  channel: ChannelType;
  periodStart: Date;
  periodEnd: Date;
  now: Date;
}

/** The digest builder's statements: which digests are due, the digest delivery, and its matches. */
@Injectable()
export class DigestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Digest subscriptions (paused ones aside) whose period closed at or before `now`, oldest first. */
  async dueSubscriptionIds(now: Date, limit: number): Promise<string[]> {
    const due = await rows<{ id: string }>(
      this.dataSource,
      `SELECT id FROM alert_subscriptions WHERE frequency <> $2 AND status <> $3 AND next_digest_at <= $1
       ORDER BY next_digest_at LIMIT $4`,
      [now, Frequency.Realtime, SubscriptionStatus.Paused, limit],
    );
    return due.map((r) => r.id);
  }

  /** Writes the digest delivery (a feed digest is delivered by being written); returns its id. */
  async insertDigest(manager: SqlRunner, digest: NewDigestDelivery): Promise<string> {
    const feed = digest.channel === ChannelType.Feed;
    const [{ id }] = await rows<{ id: string }>(
      manager,
      `INSERT INTO alert_deliveries (subscription_id, kind, type, sequence, data, channel, status, delivered_at, period_start, period_end)
       VALUES ($1, $10, $2, $3, $4::jsonb, $5, $6, $7, $8, $9) RETURNING id`,
      [
        digest.subscriptionId,
        `digest.${digest.frequency}`,
        digest.sequence,
        JSON.stringify(digest.data),
        digest.channel,
        feed ? DeliveryStatus.Delivered : DeliveryStatus.Pending,
        feed ? digest.now : null,
        digest.periodStart,
        digest.periodEnd,
        DeliveryKind.Digest,
      ],
    );
    return id;
  }

  async linkMatches(manager: SqlRunner, matchIds: string[], deliveryId: string): Promise<void> {
    await manager.query(`UPDATE alert_matches SET delivery_id = $2 WHERE id = ANY($1::bigint[])`, [
      matchIds,
      deliveryId,
    ]);
  }
}
